// WhatsApp's databases. Android: msgstore.db in its old shape (`messages`, one row per message keyed by
// the chat's JID) and its 2022+ shape (`message` + `chat` + `jid`), its `call_log`, and wa.db's contacts.
// iOS: ChatStorage.sqlite (ZWAMESSAGE), CallHistory.sqlite (ZWACDCALLEVENT) and ContactsV2.sqlite.
// A JID's user part is the account's phone number in international form, so parties join the phone
// numbers of every other source.
#include "phone/devicereaders.h"

namespace cb::importers {

using namespace cb::casefile;
using casefile::sql::Statement;

namespace {

const QString App = QStringLiteral("WhatsApp");

bool isGroup(const QString &jid)
{
    return jid.endsWith(QLatin1String("@g.us")) || jid.endsWith(QLatin1String("@broadcast"));
}

// A message's JID as a party: a phone number where it is one (older test data stores bare digits).
QString party(const QString &jid)
{
    const QString j = jid.trimmed();
    if (!j.isEmpty() && !j.contains(u'@') && j.size() >= 7 && std::all_of(j.begin(), j.end(), [](QChar c) { return c.isDigit(); }))
        return u'+' + j;
    return numberFromJid(j);
}

QString mediaNote(qint64 type)
{
    switch (type) {
    case 1: return QStringLiteral("[image]");
    case 2: return QStringLiteral("[video]");
    case 3: return QStringLiteral("[audio]");
    case 4: return QStringLiteral("[contact card]");
    case 5: return QStringLiteral("[location]");
    case 7: return QStringLiteral("[link]");
    case 8: return QStringLiteral("[document]");
    case 11: return QStringLiteral("[GIF]");
    case 15: return QStringLiteral("[sticker]");
    default: return {};
    }
}

void addressed(MessageRecord &m, bool fromMe, const QString &chat, const QString &member, const QString &owner)
{
    if (fromMe) {
        m.direction = QStringLiteral("out");
        m.recipients << party(chat);
    } else {
        m.direction = QStringLiteral("in");
        m.sender = party(isGroup(chat) && !member.isEmpty() ? member : chat);
        if (isGroup(chat))
            m.recipients << chat;
        else if (!owner.isEmpty())
            m.recipients << owner;
    }
}

bool androidLegacyPresent(const DeviceDatabase &db)
{
    return db.hasColumns("messages", {"key_remote_jid", "key_from_me", "data", "timestamp"});
}

// Both shapes select: rowid, chat JID, from_me, text, timestamp (ms), group member JID, media type.
Status readAndroidMessages(DeviceReadContext &rc, const QByteArray &sql, const char *table)
{
    Statement st(rc.db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        MessageRecord m;
        m.locator = rc.locator(table, st.int64(0));
        if (!rc.timeOk(rc.unixMs(st.int64(4), m.time), m.locator, st.text(4), false))
            continue;
        m.app = App;
        m.body = st.isNull(3) ? mediaNote(st.int64(6)) : st.text(3);
        addressed(m, st.int64(2) == 1, st.text(1), st.text(5), rc.ctx.owner);
        rc.message(std::move(m));
    }
    return rc.finish(st);
}

Status readAndroidLegacy(DeviceReadContext &rc)
{
    DeviceDatabase &db = rc.db;
    return readAndroidMessages(rc, "SELECT rowid, key_remote_jid, key_from_me, data, timestamp, " + db.columnOrNull("messages", "remote_resource") +
                                       ", " + db.columnOrNull("messages", "media_wa_type") + " FROM messages ORDER BY rowid",
                               "messages");
}

bool androidModernPresent(const DeviceDatabase &db)
{
    return db.hasColumns("message", {"chat_row_id", "from_me", "timestamp", "text_data"}) && db.hasColumns("chat", {"jid_row_id"}) &&
           db.hasColumns("jid", {"raw_string"});
}

Status readAndroidModern(DeviceReadContext &rc)
{
    DeviceDatabase &db = rc.db;
    return readAndroidMessages(rc,
                               "SELECT m.rowid, cj.raw_string, m.from_me, m.text_data, m.timestamp, sj.raw_string, " +
                                   db.columnOrNull("message", "message_type", "m") +
                                   " FROM message m LEFT JOIN chat c ON c.rowid = m.chat_row_id LEFT JOIN jid cj ON cj.rowid = c.jid_row_id "
                                   "LEFT JOIN jid sj ON sj.rowid = " +
                                   (db.hasColumn("message", "sender_jid_row_id") ? "m.sender_jid_row_id" : "NULL") + " ORDER BY m.rowid",
                               "message");
}

bool androidCallsPresent(const DeviceDatabase &db)
{
    return db.hasColumns("call_log", {"jid_row_id", "from_me", "timestamp", "duration"}) && db.hasColumns("jid", {"raw_string"});
}

Status readAndroidCalls(DeviceReadContext &rc)
{
    const QByteArray sql = "SELECT l.rowid, j.raw_string, l.from_me, l.timestamp, l.duration, " + rc.db.columnOrNull("call_log", "video_call", "l") +
                           " FROM call_log l LEFT JOIN jid j ON j.rowid = l.jid_row_id ORDER BY l.rowid";
    Statement st(rc.db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        CallRecord c;
        c.locator = rc.locator("call_log", st.int64(0));
        if (!rc.timeOk(rc.unixMs(st.int64(3), c.start), c.locator, st.text(3), true))
            continue;
        c.subscriber = rc.ctx.owner;
        c.otherParty = party(st.text(1));
        c.durationS = st.int64(4);
        c.direction = st.int64(2) == 1 ? CallDirection::Out : *c.durationS > 0 ? CallDirection::In : CallDirection::Missed;
        c.status = st.int64(5) == 1 ? QStringLiteral("WhatsApp video") : QStringLiteral("WhatsApp audio");
        rc.call(std::move(c));
    }
    return rc.finish(st);
}

bool androidContactsPresent(const DeviceDatabase &db)
{
    return db.hasColumns("wa_contacts", {"jid", "display_name"});
}

Status readAndroidContacts(DeviceReadContext &rc)
{
    Statement st(rc.db.db(), "SELECT rowid, jid, display_name FROM wa_contacts ORDER BY rowid");
    while (!rc.cancelled() && st.step())
        rc.contact({rc.locator("wa_contacts", st.int64(0)), rc.ctx.owner, st.text(2).trimmed(), party(st.text(1))});
    return rc.finish(st);
}

bool iosMessagesPresent(const DeviceDatabase &db)
{
    return db.hasColumns("ZWAMESSAGE", {"ZISFROMME", "ZFROMJID", "ZTOJID", "ZTEXT", "ZMESSAGEDATE"});
}

Status readIosMessages(DeviceReadContext &rc)
{
    DeviceDatabase &db = rc.db;
    // The phone's own account is whom one-to-one chats were sent to: the owner when nobody said.
    if (rc.ctx.owner.isEmpty()) {
        Statement own(db.db(), "SELECT ZTOJID, count(*) n FROM ZWAMESSAGE WHERE ZISFROMME = 0 AND ZTOJID LIKE '%@s.whatsapp.net' "
                               "GROUP BY ZTOJID ORDER BY n DESC LIMIT 1");
        if (own.step()) {
            rc.ctx.owner = party(own.text(0));
            DeviceRecord d;
            d.locator = QStringLiteral("ZWAMESSAGE.ZTOJID");
            d.ownerNumber = rc.ctx.owner;
            rc.sink.device(d);
        }
    }
    const bool members = db.hasColumns("ZWAGROUPMEMBER", {"ZMEMBERJID"}) && db.hasColumn("ZWAMESSAGE", "ZGROUPMEMBER");
    const bool sessions = db.hasColumns("ZWACHATSESSION", {"ZCONTACTJID"}) && db.hasColumn("ZWAMESSAGE", "ZCHATSESSION");
    const QByteArray sql = "SELECT m.rowid, m.ZISFROMME, m.ZFROMJID, m.ZTOJID, m.ZTEXT, m.ZMESSAGEDATE, " +
                           db.columnOrNull("ZWAMESSAGE", "ZMESSAGETYPE", "m") + ", " + (members ? "g.ZMEMBERJID" : "NULL") + ", " +
                           (sessions ? "s.ZCONTACTJID" : "NULL") + " FROM ZWAMESSAGE m " +
                           (members ? "LEFT JOIN ZWAGROUPMEMBER g ON g.rowid = m.ZGROUPMEMBER " : "") +
                           (sessions ? "LEFT JOIN ZWACHATSESSION s ON s.rowid = m.ZCHATSESSION " : "") + "ORDER BY m.rowid";
    Statement st(db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        MessageRecord m;
        m.locator = rc.locator("ZWAMESSAGE", st.int64(0));
        if (!rc.timeOk(rc.appleTime(st.real(5), m.time), m.locator, st.text(5), false))
            continue;
        m.app = App;
        const qint64 type = st.int64(6);
        m.body = st.isNull(4) ? (type == 6 || type == 10 ? QStringLiteral("[system message]") : mediaNote(type)) : st.text(4);
        const bool fromMe = st.int64(1) == 1;
        QString chat = st.text(8);
        if (chat.isEmpty())
            chat = fromMe ? st.text(3) : st.text(2);
        addressed(m, fromMe, chat, st.text(7), rc.ctx.owner);
        rc.message(std::move(m));
    }
    return rc.finish(st);
}

bool iosCallsPresent(const DeviceDatabase &db)
{
    return db.hasColumns("ZWACDCALLEVENT", {"ZDATE", "ZDURATION", "Z1CALLEVENTS"}) &&
           db.hasColumns("ZWAAGGREGATECALLEVENT", {"ZINCOMING", "ZMISSED", "ZVIDEO"});
}

Status readIosCalls(DeviceReadContext &rc)
{
    DeviceDatabase &db = rc.db;
    const bool participants = db.hasColumns("ZWACDCALLEVENTPARTICIPANT", {"Z1PARTICIPANTS", "ZJIDSTRING"});
    const QByteArray sql = "SELECT e.rowid, e.ZDATE, e.ZDURATION, a.ZINCOMING, a.ZMISSED, a.ZVIDEO, " +
                           QByteArray(participants ? "(SELECT group_concat(p.ZJIDSTRING, char(31)) FROM ZWACDCALLEVENTPARTICIPANT p "
                                                     "WHERE p.Z1PARTICIPANTS = e.rowid)"
                                                   : "NULL") +
                           ", " + db.columnOrNull("ZWACDCALLEVENT", "ZGROUPJIDSTRING", "e") +
                           " FROM ZWACDCALLEVENT e LEFT JOIN ZWAAGGREGATECALLEVENT a ON a.rowid = e.Z1CALLEVENTS ORDER BY e.rowid";
    Statement st(db.db(), sql.constData());
    while (!rc.cancelled() && st.step()) {
        CallRecord c;
        c.locator = rc.locator("ZWACDCALLEVENT", st.int64(0));
        if (!rc.timeOk(rc.appleTime(st.real(1), c.start), c.locator, st.text(1), true))
            continue;
        const QStringList people = st.text(6).split(QChar(31), Qt::SkipEmptyParts);
        c.subscriber = rc.ctx.owner;
        c.otherParty = people.size() == 1 ? party(people.first()) : st.text(7);
        c.durationS = qint64(st.real(2)); // whole seconds, as WhatsApp and iLEAPP show them
        c.direction = st.int64(4) == 1 ? CallDirection::Missed : st.int64(3) == 1 ? CallDirection::In : CallDirection::Out;
        c.status = st.int64(5) == 1 ? QStringLiteral("WhatsApp video") : QStringLiteral("WhatsApp audio");
        if (people.size() > 1)
            c.status += QStringLiteral(", group call: ") + people.join(QStringLiteral(", "));
        rc.call(std::move(c));
    }
    return rc.finish(st);
}

bool iosContactsPresent(const DeviceDatabase &db)
{
    return db.hasColumns("ZWAADDRESSBOOKCONTACT", {"ZFULLNAME", "ZPHONENUMBER", "ZWHATSAPPID"});
}

// The WhatsApp id is the number in international form; the address-book number is as the user typed it.
Status readIosContacts(DeviceReadContext &rc)
{
    Statement st(rc.db.db(), "SELECT rowid, ZFULLNAME, ZPHONENUMBER, ZWHATSAPPID FROM ZWAADDRESSBOOKCONTACT ORDER BY rowid");
    while (!rc.cancelled() && st.step()) {
        const QString jid = st.text(3).trimmed();
        rc.contact({rc.locator("ZWAADDRESSBOOKCONTACT", st.int64(0)), rc.ctx.owner, st.text(1).trimmed(),
                    jid.isEmpty() ? st.text(2).trimmed() : party(jid)});
    }
    return rc.finish(st);
}

} // namespace

void whatsappArtifacts(std::vector<DeviceArtifact> &out)
{
    out.push_back({"whatsapp-android-legacy", androidLegacyPresent, readAndroidLegacy});
    out.push_back({"whatsapp-android", androidModernPresent, readAndroidModern});
    out.push_back({"whatsapp-android-calls", androidCallsPresent, readAndroidCalls});
    out.push_back({"whatsapp-android-contacts", androidContactsPresent, readAndroidContacts});
    out.push_back({"whatsapp-ios", iosMessagesPresent, readIosMessages});
    out.push_back({"whatsapp-ios-calls", iosCallsPresent, readIosCalls});
    out.push_back({"whatsapp-ios-contacts", iosContactsPresent, readIosContacts});
}

} // namespace cb::importers
