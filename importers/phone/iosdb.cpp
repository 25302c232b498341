// Apple databases: CallHistory.storedata (Core Data ZCALLRECORD; times in seconds since 2001-01-01 UTC;
// ZADDRESS as text or as a BLOB of UTF-8), the pre-iOS 8 call_history.db, Messages (sms.db / chat.db),
// the address book (AddressBook.sqlitedb) and visual voicemail (voicemail.db).
#include "phone/devicereaders.h"

namespace cb::importers {

using namespace cb::casefile;
using casefile::sql::Statement;

namespace {

bool callHistoryPresent(const DeviceDatabase &db)
{
    return db.hasColumns("ZCALLRECORD", {"ZDATE", "ZDURATION", "ZORIGINATED", "ZANSWERED", "ZADDRESS"});
}

QString callKind(const QVariant &type, const QString &provider)
{
    if (!provider.isEmpty() && provider != u"com.apple.Telephony" && provider != u"com.apple.FaceTime")
        return provider; // a third-party app's call (WhatsApp, Telegram...) logged by CallKit
    switch (type.isNull() ? 1 : type.toInt()) {
    case 1: return QStringLiteral("phone");
    case 8: return QStringLiteral("FaceTime video");
    case 16: return QStringLiteral("FaceTime audio");
    default: return provider.isEmpty() ? QStringLiteral("app call") : provider;
    }
}

Status readCallHistory(DeviceReadContext &rc)
{
    DeviceDatabase &db = rc.db;
    const QByteArray sql = "SELECT rowid, ZDATE, ZDURATION, ZORIGINATED, ZANSWERED, ZADDRESS, " +
                           db.columnOrNull("ZCALLRECORD", "ZCALLTYPE") + ", " + db.columnOrNull("ZCALLRECORD", "ZSERVICE_PROVIDER") +
                           " FROM ZCALLRECORD ORDER BY rowid";
    Statement st(db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        CallRecord c;
        c.locator = rc.locator("ZCALLRECORD", st.int64(0));
        if (!rc.timeOk(!st.isNull(1) && rc.appleTime(st.real(1), c.start), c.locator, st.text(1), true))
            continue;
        c.subscriber = rc.ctx.owner;
        c.otherParty = QString::fromUtf8(st.blob(5)).trimmed(); // text or a BLOB of UTF-8 bytes alike
        c.durationS = qint64(st.real(2)); // whole seconds, as the Phone app and iLEAPP show them
        c.direction = st.int64(3) == 1 ? CallDirection::Out : st.int64(4) == 1 ? CallDirection::In : CallDirection::Missed;
        c.status = callKind(st.value(6), st.text(7));
        rc.call(std::move(c));
    }
    return rc.finish(st);
}

bool oldCallHistoryPresent(const DeviceDatabase &db)
{
    return db.hasColumns("call", {"address", "date", "duration", "flags"});
}

// Before iOS 8: Unix seconds; flags bit 0 set = outgoing. Missed calls are not told apart.
Status readOldCallHistory(DeviceReadContext &rc)
{
    Statement st(rc.db.db(), "SELECT rowid, address, date, duration, flags FROM call ORDER BY rowid");
    while (!rc.cancelled() && st.step()) {
        CallRecord c;
        c.locator = rc.locator("call", st.int64(0));
        if (!rc.timeOk(rc.unixMs(st.int64(2) * 1000, c.start), c.locator, st.text(2), true))
            continue;
        c.subscriber = rc.ctx.owner;
        c.otherParty = st.text(1).trimmed();
        c.durationS = st.int64(3);
        c.direction = (st.int64(4) & 1) ? CallDirection::Out : CallDirection::In;
        rc.call(std::move(c));
    }
    return rc.finish(st);
}

bool messagesPresent(const DeviceDatabase &db)
{
    return db.hasColumns("message", {"text", "handle_id", "date", "is_from_me"}) && db.hasColumns("handle", {"id"});
}

// Since iOS 16 the text is often only in attributedBody, an NSAttributedString in Apple's typedstream
// format: the string follows the "NSString" class name, after a '+' marker and a length (one byte, or
// 0x81 + two bytes little-endian, or 0x82 + four bytes).
QString attributedText(const QByteArray &blob)
{
    qsizetype i = blob.indexOf("NSString");
    if (i < 0)
        return {};
    i = blob.indexOf('+', i + 8);
    if (i < 0 || i + 1 >= blob.size())
        return {};
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    qsizetype pos = i + 1;
    qint64 len = p[pos++];
    if (len == 0x81 && pos + 2 <= blob.size())
        len = p[pos] | (p[pos + 1] << 8), pos += 2;
    else if (len == 0x82 && pos + 4 <= blob.size())
        len = qint64(p[pos]) | (qint64(p[pos + 1]) << 8) | (qint64(p[pos + 2]) << 16) | (qint64(p[pos + 3]) << 24), pos += 4;
    else if (len >= 0x80)
        return {};
    if (len > blob.size() - pos)
        return {};
    return QString::fromUtf8(blob.constData() + pos, qsizetype(len));
}

Status readMessages(DeviceReadContext &rc)
{
    DeviceDatabase &db = rc.db;
    const bool joins = db.hasColumns("chat_message_join", {"chat_id", "message_id"}) && db.hasColumns("chat_handle_join", {"chat_id", "handle_id"});
    const bool attachments = db.hasColumns("message_attachment_join", {"message_id", "attachment_id"}) &&
                             db.hasColumns("attachment", {"filename", "mime_type"});
    const QByteArray sql =
        "SELECT m.rowid, m.date, m.is_from_me, m.text, " + db.columnOrNull("message", "service", "m") + ", h.id, " +
        (joins ? "(SELECT group_concat(h2.id, char(31)) FROM chat_message_join cmj JOIN chat_handle_join chj ON chj.chat_id = "
                 "cmj.chat_id JOIN handle h2 ON h2.rowid = chj.handle_id WHERE cmj.message_id = m.rowid)"
               : "NULL") +
        ", " + (db.hasColumn("message", "attributedBody") ? "m.attributedBody" : "NULL") + ", " +
        (attachments ? "(SELECT group_concat(coalesce(a.mime_type, '') || ' ' || coalesce(a.filename, ''), char(10)) FROM "
                       "message_attachment_join maj JOIN attachment a ON a.rowid = maj.attachment_id WHERE maj.message_id = m.rowid)"
                     : "NULL") +
        " FROM message m LEFT JOIN handle h ON h.rowid = m.handle_id ORDER BY m.rowid";
    Statement st(db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        MessageRecord m;
        m.locator = rc.locator("message", st.int64(0));
        if (!rc.timeOk(rc.appleTime(st.real(1), m.time), m.locator, st.text(1), false))
            continue;
        m.app = st.text(4).isEmpty() ? QStringLiteral("Messages") : st.text(4);
        m.body = st.isNull(3) ? attributedText(st.blob(7)) : st.text(3);
        if (!st.isNull(8)) {
            QStringList files;
            for (const QString &a : st.text(8).split(u'\n', Qt::SkipEmptyParts))
                files << u'[' + a.trimmed() + u']';
            m.body = (m.body.isEmpty() ? QString() : m.body + u'\n') + files.join(u'\n');
        }
        const QString handle = st.text(5).trimmed();
        QStringList chat = st.text(6).split(QChar(31), Qt::SkipEmptyParts);
        if (st.int64(2) == 1) {
            m.direction = QStringLiteral("out");
            m.recipients = chat.isEmpty() && !handle.isEmpty() ? QStringList{handle} : chat;
        } else {
            m.direction = QStringLiteral("in");
            m.sender = handle;
            chat.removeAll(handle);
            if (!rc.ctx.owner.isEmpty())
                chat.prepend(rc.ctx.owner);
            m.recipients = chat;
        }
        rc.message(std::move(m));
    }
    return rc.finish(st);
}

bool addressBookPresent(const DeviceDatabase &db)
{
    return db.hasColumns("ABPerson", {"First", "Last"}) && db.hasColumns("ABMultiValue", {"record_id", "property", "value"});
}

// ABMultiValue.property 3 is a phone number, 4 an e-mail address. People with neither keep their name.
Status readAddressBook(DeviceReadContext &rc)
{
    const QByteArray org = rc.db.columnOrNull("ABPerson", "Organization", "p");
    const QByteArray sql = "SELECT mv.rowid, 'ABMultiValue', trim(coalesce(p.First, '') || ' ' || coalesce(p.Last, '')), " + org +
                           ", mv.value FROM ABMultiValue mv JOIN ABPerson p ON p.rowid = mv.record_id WHERE mv.property IN (3, 4) "
                           "UNION ALL SELECT p.rowid, 'ABPerson', trim(coalesce(p.First, '') || ' ' || coalesce(p.Last, '')), " + org +
                           ", NULL FROM ABPerson p WHERE p.rowid NOT IN (SELECT record_id FROM ABMultiValue WHERE property IN (3, 4)) "
                           "ORDER BY 2 DESC, 1";
    Statement st(rc.db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        const bool person = st.text(1) == u"ABPerson";
        ContactRecord c;
        c.locator = rc.locator(person ? "ABPerson" : "ABMultiValue", st.int64(0));
        c.owner = rc.ctx.owner;
        c.name = st.text(2).isEmpty() ? st.text(3).trimmed() : st.text(2);
        c.value = st.text(4).trimmed();
        rc.contact(std::move(c));
    }
    return rc.finish(st);
}

bool voicemailPresent(const DeviceDatabase &db)
{
    return db.hasColumns("voicemail", {"date", "sender", "duration"});
}

Status readVoicemail(DeviceReadContext &rc)
{
    const QByteArray sql = "SELECT rowid, date, sender, duration, " + rc.db.columnOrNull("voicemail", "trashed_date") +
                           " FROM voicemail ORDER BY rowid";
    Statement st(rc.db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        CallRecord c;
        c.locator = rc.locator("voicemail", st.int64(0));
        if (!rc.timeOk(rc.unixMs(st.int64(1) * 1000, c.start), c.locator, st.text(1), true))
            continue;
        c.subscriber = rc.ctx.owner;
        c.otherParty = st.text(2).trimmed();
        c.durationS = st.int64(3);
        c.direction = CallDirection::In;
        c.status = !st.isNull(4) && st.int64(4) > 0 ? QStringLiteral("voicemail, deleted") : QStringLiteral("voicemail");
        rc.call(std::move(c));
    }
    return rc.finish(st);
}

} // namespace

void iosArtifacts(std::vector<DeviceArtifact> &out)
{
    out.push_back({"ios-callhistory", callHistoryPresent, readCallHistory});
    out.push_back({"ios-call-history-legacy", oldCallHistoryPresent, readOldCallHistory});
    out.push_back({"ios-messages", messagesPresent, readMessages});
    out.push_back({"ios-addressbook", addressBookPresent, readAddressBook});
    out.push_back({"ios-voicemail", voicemailPresent, readVoicemail});
}

} // namespace cb::importers
