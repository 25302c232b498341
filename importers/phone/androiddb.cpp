// Android telephony and contacts providers: the call log (`calls` in calllog.db, or in contacts2.db before
// Android 7), SMS and MMS (mmssms.db), and the contacts (raw_contacts/data in contacts2.db). Column
// meanings follow AOSP's CallLog.Calls, Telephony.Sms/Mms and ContactsContract.
#include "phone/androidtelephony.h"
#include "phone/devicereaders.h"

namespace cb::importers {

using namespace cb::casefile;
using casefile::sql::Statement;

namespace {

bool callLogPresent(const DeviceDatabase &db)
{
    return db.hasColumns("calls", {"number", "date", "type", "duration"});
}

Status readCallLog(DeviceReadContext &rc)
{
    DeviceDatabase &db = rc.db;
    const QByteArray sql = "SELECT rowid, number, date, duration, type, " + db.columnOrNull("calls", "presentation") + ", " +
                           db.columnOrNull("calls", "deleted") + ", " + db.columnOrNull("calls", "phone_account_address") +
                           ", " + db.columnOrNull("calls", "features") + " FROM calls ORDER BY rowid";
    Statement st(db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        CallRecord c;
        c.locator = rc.locator("calls", st.int64(0));
        if (!rc.timeOk(rc.unixMs(st.int64(2), c.start), c.locator, st.text(2), true))
            continue;
        c.otherParty = st.text(1).trimmed();
        if (android::isWithheld(c.otherParty, st.isNull(5) ? 0 : st.int64(5))) {
            c.otherParty.clear();
            c.status = QStringLiteral("number withheld");
        }
        c.durationS = st.int64(3);
        android::applyCallType(st.int64(4), c);
        QStringList notes{c.status};
        if (!st.isNull(8) && (st.int64(8) & 1))
            notes << QStringLiteral("video");
        if (!st.isNull(6) && st.int64(6) != 0)
            notes << QStringLiteral("deleted");
        c.status = notes.join(QStringLiteral(", "));
        const QString line = st.text(7).trimmed();
        c.subscriber = line.isEmpty() ? rc.ctx.owner : line;
        rc.call(std::move(c));
    }
    return rc.finish(st);
}

bool smsPresent(const DeviceDatabase &db)
{
    return db.hasColumns("sms", {"address", "date", "type", "body"});
}

Status readSms(DeviceReadContext &rc)
{
    Statement st(rc.db.db(), "SELECT rowid, address, date, type, body FROM sms ORDER BY rowid");
    while (!rc.cancelled() && st.step()) {
        MessageRecord m;
        m.locator = rc.locator("sms", st.int64(0));
        if (!rc.timeOk(rc.unixMs(st.int64(2), m.time), m.locator, st.text(2), false))
            continue;
        m.body = st.text(4);
        android::addressSms(m, st.int64(3), st.text(1).trimmed(), rc.ctx.owner);
        rc.message(std::move(m));
    }
    return rc.finish(st);
}

bool mmsPresent(const DeviceDatabase &db)
{
    return db.hasColumns("pdu", {"date", "msg_box"}) && db.hasColumns("part", {"mid", "ct", "text"}) &&
           db.hasColumns("addr", {"msg_id", "address", "type"});
}

// An MMS is a pdu row (date in seconds; msg_box 1 inbox, 2 sent), its text parts, and its addresses
// (137 from, 151 to, 130 cc, 129 bcc). "insert-address-token" stands for the phone's own number.
Status readMms(DeviceReadContext &rc)
{
    sql::Database &db = rc.db.db();
    Statement st(db, "SELECT rowid, date, msg_box FROM pdu ORDER BY rowid");
    Statement parts(db, "SELECT ct, text, cl FROM part WHERE mid = ? ORDER BY seq, rowid");
    Statement addrs(db, "SELECT address, type FROM addr WHERE msg_id = ? ORDER BY rowid");
    while (!rc.cancelled() && st.step()) {
        MessageRecord m;
        m.locator = rc.locator("pdu", st.int64(0));
        if (!rc.timeOk(rc.unixMs(st.int64(1) * 1000, m.time), m.locator, st.text(1), false))
            continue;
        m.direction = android::mmsDirection(st.int64(2));
        parts.bind(1, st.int64(0));
        while (parts.step())
            android::addMmsPart(m, parts.text(0), parts.text(1), parts.text(2));
        parts.reset();
        addrs.bind(1, st.int64(0));
        while (addrs.step())
            android::addMmsAddress(m, addrs.text(0).trimmed(), addrs.int64(1));
        addrs.reset();
        android::finishMms(m, rc.ctx.owner);
        rc.message(std::move(m));
    }
    return rc.finish(st);
}

bool contactsPresent(const DeviceDatabase &db)
{
    return db.hasColumns("data", {"raw_contact_id", "mimetype_id", "data1"}) && db.hasColumns("mimetypes", {"_id", "mimetype"}) &&
           db.hasTable("raw_contacts");
}

// ContactsContract: one raw contact has a structured-name row and any number of phone and e-mail rows.
// Each number or address becomes a contact entry under the contact's name.
Status readContacts(DeviceReadContext &rc)
{
    sql::Database &db = rc.db.db();
    const QByteArray display = rc.db.columnOrNull("raw_contacts", "display_name", "r");
    const QByteArray sql = "SELECT d.rowid, d.raw_contact_id, m.mimetype, d.data1, " + display +
                           " FROM data d JOIN mimetypes m ON m._id = d.mimetype_id LEFT JOIN raw_contacts r ON r._id = "
                           "d.raw_contact_id WHERE m.mimetype IN ('vnd.android.cursor.item/name', "
                           "'vnd.android.cursor.item/phone_v2', 'vnd.android.cursor.item/email_v2') "
                           "ORDER BY d.raw_contact_id, m.mimetype <> 'vnd.android.cursor.item/name', d.rowid";
    Statement st(db, sql.constData());
    qint64 current = -1;
    QString name, nameLocator;
    bool emitted = true;
    // The name row is accounted for when its contact is complete: kept with the numbers (skipped as a row
    // of its own), or, for a contact with no number or address, imported as a name-only contact.
    auto closeContact = [&] {
        if (nameLocator.isEmpty())
            return;
        if (!emitted) {
            rc.contact({nameLocator, rc.ctx.owner, name, {}});
            return;
        }
        rc.sink.rowsRead(1);
        rc.sink.rowSkipped(nameLocator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the contact's name row (its name is kept with its numbers)")));
    };
    while (!rc.cancelled() && st.step()) {
        const qint64 raw = st.int64(1);
        if (raw != current) {
            closeContact();
            current = raw, name = st.text(4).trimmed(), emitted = false, nameLocator.clear();
        }
        const QString mime = st.text(2);
        const QString loc = rc.locator("data", st.int64(0));
        if (mime.endsWith(u"/name")) {
            if (name.isEmpty())
                name = st.text(3).trimmed();
            nameLocator = loc;
            continue;
        }
        emitted = true;
        rc.contact({loc, rc.ctx.owner, name, st.text(3).trimmed()});
    }
    closeContact();
    return rc.finish(st);
}

} // namespace

void androidArtifacts(std::vector<DeviceArtifact> &out)
{
    out.push_back({"android-calllog", callLogPresent, readCallLog});
    out.push_back({"android-sms", smsPresent, readSms});
    out.push_back({"android-mms", mmsPresent, readMms});
    out.push_back({"android-contacts", contactsPresent, readContacts});
}

} // namespace cb::importers
