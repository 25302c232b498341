// The xLEAPP artifacts Casebench imports, by their column headers (ALEAPP admin/data/generated/
// all_data_headers.csv; iLEAPP's test results), and how their rows become records. Times are what the
// tools write: epoch seconds in result JSON, "YYYY-MM-DD HH:MM:SS" in UTC (or the zone the examiner chose
// when running the tool: pass it with --timezone) in TSV exports.
#include "phone/devicereaders.h"
#include "common/recordbatcher.h"
#include "common/values.h"
#include "phone/xleappimporter.h"

#include <QRegularExpression>

namespace cb::importers {

using namespace cb::casefile;

namespace {

enum class Kind { Calls, Messages, Contacts };

struct Spec
{
    const char *name;
    Kind kind;
    QStringList required;
    QStringList time, end, duration, direction, other, otherAlt, status, body, app, account, name2, attachment;
    const char *defaultApp;
};

// A header list written as C strings.
struct L : QStringList
{
    L(std::initializer_list<const char *> names)
    {
        for (const char *n : names)
            append(QString::fromUtf8(n));
    }
};

const std::vector<Spec> &specs()
{
    static const std::vector<Spec> s = {
        // iLEAPP whatsAppCallHistory
        {"WhatsApp call history (iLEAPP)", Kind::Calls, L{"Starting Timestamp", "Direction", "Contact ID"}, L{"Starting Timestamp"}, L{"Ending Timestamp"},
         L{"Duration H:M:S"}, L{"Direction"}, L{"Contact ID"}, L{"Phone Number"}, L{"Disconnected cause"}, {}, {}, {}, L{"Contact Fullname"}, {}, "WhatsApp"},
        // ALEAPP get_calllog
        {"Call log (ALEAPP)", Kind::Calls, L{"Call Date", "Partner", "Type", "Duration in Secs"}, L{"Call Date"}, {}, L{"Duration in Secs"}, L{"Type"},
         L{"Partner"}, {}, L{"Deleted"}, {}, {}, L{"Phone Account Address"}, {}, {}, "Phone"},
        // ALEAPP get_whatsapp_call_logs
        {"WhatsApp call logs (ALEAPP)", Kind::Calls, L{"Call Start Timestamp", "Call Direction", "Caller JID"}, L{"Call Start Timestamp"},
         L{"Call End Timestamp"}, L{"Call Duration"}, L{"Call Direction"}, L{"Caller JID"}, L{"Caller"}, L{"Call Type", "Group Name"}, {}, {}, {}, {}, {}, "WhatsApp"},
        // ALEAPP get_signalCalls
        {"Signal calls (ALEAPP)", Kind::Calls, L{"Timestamp", "Phone Number", "Call Type", "Direction", "Outcome"}, L{"Timestamp"}, {}, {},
         L{"Direction"}, L{"Phone Number"}, {}, L{"Call Type", "Outcome"}, {}, {}, {}, L{"Contact"}, {}, "Signal"},
        // ALEAPP get_Viber
        {"Viber calls (ALEAPP)", Kind::Calls, L{"Call Start Time", "Phone Number", "Call Direction"}, L{"Call Start Time"},
         L{"Call End Time (computed: start + duration)"}, {}, L{"Call Direction"}, L{"Phone Number"}, {}, L{"Call Type"}, {}, {}, {}, {}, {}, "Viber"},
        // iLEAPP sms
        {"SMS / iMessage (iLEAPP)", Kind::Messages, L{"Message Timestamp", "Message", "Message Direction", "Chat Contact ID"}, L{"Message Timestamp"}, {}, {},
         L{"Message Direction"}, L{"Chat Contact ID"}, {}, {}, L{"Message"}, L{"Service"}, L{"Account"}, {}, L{"Attachment Name"}, "SMS"},
        // iLEAPP whatsAppMessages: direction from "Local User" in Sender Name / Receiver
        {"WhatsApp messages (iLEAPP)", Kind::Messages, L{"Timestamp", "Sender Name", "From ID", "Receiver", "To ID", "Message"}, L{"Timestamp"}, {}, {},
         {}, L{"From ID"}, L{"To ID"}, {}, L{"Message"}, {}, {}, {}, L{"Attachment File"}, "WhatsApp"},
        // ALEAPP get_sms_mms
        {"SMS/MMS (ALEAPP)", Kind::Messages, L{"Date", "Address", "Type", "Body"}, L{"Date"}, {}, {}, L{"Type"}, L{"Address"}, {}, {}, L{"Body"}, {}, {}, {}, {}, "SMS"},
        // ALEAPP get_sms_from_backup
        {"SMS backup (ALEAPP)", Kind::Messages, L{"Date", "Body", "Address", "Direction"}, L{"Date"}, {}, {}, L{"Direction", "Type"}, L{"Address"}, {}, {},
         L{"Body"}, {}, {}, {}, {}, "SMS"},
        // ALEAPP get_whatsapp_messages
        {"WhatsApp messages (ALEAPP)", Kind::Messages, L{"Message Timestamp", "Recipients", "Direction", "Message"}, L{"Message Timestamp"}, {}, {},
         L{"Direction"}, L{"Recipients"}, L{"Group Sender"}, {}, L{"Message"}, {}, {}, {}, L{"Attachment"}, "WhatsApp"},
        // ALEAPP contacts
        {"Contacts (ALEAPP)", Kind::Contacts, L{"Display Name", "Phone Number", "Email Address"}, {}, {}, {}, {}, L{"Phone Number"}, L{"Email Address"}, {}, {},
         {}, {}, L{"Display Name"}, {}, ""},
        // ALEAPP get_whatsapp_contacts
        {"WhatsApp contacts (ALEAPP)", Kind::Contacts, L{"Name", "JID", "Number"}, {}, {}, {}, {}, L{"Number"}, L{"JID"}, {}, {}, {}, {}, L{"Name"}, {}, "WhatsApp"},
    };
    return s;
}

const QString LocalUser = QStringLiteral("Local User");

struct Row
{
    const XleappTable &t;
    const QStringList &cells;
    QString operator()(const QStringList &names) const
    {
        for (const QString &n : names)
            if (const qsizetype i = t.headers.indexOf(n); i >= 0 && i < cells.size() && !cells.at(i).trimmed().isEmpty())
                return cells.at(i).trimmed();
        return {};
    }
    QString operator()(const char *name) const { return (*this)(QStringList{QLatin1String(name)}); }
};

bool parseTime(const QString &s, LocalZone &zone, Timestamp &out)
{
    bool digits = !s.isEmpty();
    for (QChar c : s)
        digits &= c.isDigit() || c == u'.';
    if (digits) {
        const double v = s.toDouble();
        const qint64 ms = v > 1e11 ? qint64(v) : qint64(v * 1000);
        if (ms <= 0)
            return false;
        out = {ms, 0};
        return true;
    }
    const auto p = parseDateTime(s, DateOrder::YMD);
    if (!p || !p->hasTime)
        return false;
    out = p->hasOffset ? Timestamp{p->localMs - qint64(p->offsetS) * 1000, p->offsetS} : resolveTime(*p, zone);
    return true;
}

CallDirection callDirection(const QString &text)
{
    const QString t = text.toLower();
    bool numeric = false;
    const int code = t.toInt(&numeric);
    if (numeric) // Android CallLog.Calls.TYPE
        return code == 2 ? CallDirection::Out : code == 1 || code == 4 || code == 7 ? CallDirection::In : code == 3 || code == 5 || code == 6 ? CallDirection::Missed : CallDirection::Unknown;
    for (const char *w : {"miss", "reject", "declin", "block", "unanswer", "not answer"})
        if (t.contains(QLatin1String(w)))
            return CallDirection::Missed;
    if (t.contains(u"out") || t.contains(u"dial"))
        return CallDirection::Out;
    if (t.contains(u"in") || t.contains(u"receiv"))
        return CallDirection::In;
    return CallDirection::Unknown;
}

QString messageDirection(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"2" || t.contains(u"out") || t.contains(u"sent"))
        return QStringLiteral("out");
    if (t == u"1" || t.contains(u"in") || t.contains(u"receiv"))
        return QStringLiteral("in");
    return {};
}

} // namespace

int xleappArtifact(const QStringList &headers)
{
    const auto &all = specs();
    for (size_t i = 0; i < all.size(); ++i)
        if (std::all_of(all[i].required.begin(), all[i].required.end(), [&](const QString &h) { return headers.contains(h); }))
            return int(i);
    return -1;
}

void xleappRecords(int artifact, const XleappTable &t, ImportContext &ctx, RecordSink &sink)
{
    const Spec &spec = specs().at(size_t(artifact));
    // iLEAPP names the phone's own side "Local User": its WhatsApp id is the owner's number.
    QString owner = ctx.owner;
    for (size_t i = 0; i < t.rows.size() && owner.isEmpty(); ++i) {
        const Row r{t, t.rows[i]};
        if (r("Receiver") == LocalUser)
            owner = numberFromJid(r("To ID"));
        else if (r("Sender Name") == LocalUser)
            owner = numberFromJid(r("From ID"));
    }
    DeviceRecord d;
    d.locator = QStringLiteral("file");
    d.label = ctx.device;
    d.ownerNumber = owner;
    sink.device(d);
    sink.statedFact(QStringLiteral("xleapp_artifact"), t.artifact.isEmpty() ? QLatin1String(spec.name) : t.artifact);

    LocalZone zone(ctx.zoneExplicit ? ctx.zone : QTimeZone::utc());
    RecordBatcher batch(sink);
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const Row r{t, t.rows[i]};
        const QString &loc = t.locators[i];
        sink.rowsRead(1);
        if (spec.kind == Kind::Contacts) {
            const QString name = r(spec.name2), a = r(spec.other), b = r(spec.otherAlt);
            if (a.isEmpty() && b.isEmpty() && name.isEmpty()) {
                sink.rowRejected(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the contact has neither a name nor a usable number")));
                continue;
            }
            batch.add(ContactRecord{loc, QString(), name, numberFromJid(a.isEmpty() ? b : a)});
            if (!a.isEmpty() && !b.isEmpty() && numberFromJid(b) != numberFromJid(a) && spec.defaultApp[0] == 0) {
                sink.rowsRead(1); // the e-mail address of the same address-book row
                batch.add(ContactRecord{loc + QStringLiteral(" (e-mail)"), QString(), name, b});
            }
            continue;
        }
        Timestamp at;
        if (!parseTime(r(spec.time), zone, at)) {
            sink.rowRejected(loc, implausibleTime(spec.kind == Kind::Calls, r(spec.time)));
            continue;
        }
        if (spec.kind == Kind::Calls) {
            CallRecord c;
            c.locator = loc;
            c.start = at;
            c.direction = callDirection(r(spec.direction));
            c.otherParty = numberFromJid(r(spec.other));
            if (c.otherParty.isEmpty())
                c.otherParty = r(spec.otherAlt);
            const QString account = r(spec.account);
            if (!account.isEmpty() && account.count(u'@') == 0 && std::any_of(account.begin(), account.end(), [](QChar ch) { return ch.isDigit(); }))
                c.subscriber = account;
            if (const auto dur = parseDuration(r(spec.duration)))
                c.durationS = *dur;
            else if (Timestamp end; parseTime(r(spec.end), zone, end) && end.utcMs >= at.utcMs)
                c.durationS = (end.utcMs - at.utcMs) / 1000;
            QStringList status{QLatin1String(spec.defaultApp)};
            for (const QString &h : spec.status)
                status << r(QStringList{h});
            status.removeAll(QString());
            status.removeDuplicates();
            c.status = status.join(QStringLiteral(", "));
            if (c.status.contains(QLatin1String("miss"), Qt::CaseInsensitive))
                c.direction = CallDirection::Missed; // Signal's outcome, WhatsApp's disconnect cause
            batch.add(std::move(c));
        } else {
            MessageRecord m;
            m.locator = loc;
            m.time = at;
            m.app = r(spec.app).isEmpty() ? QLatin1String(spec.defaultApp) : r(spec.app);
            m.body = r(spec.body);
            if (const QString a = r(spec.attachment); !a.isEmpty())
                m.body += (m.body.isEmpty() ? QString() : QStringLiteral("\n")) + u'[' + a + u']';
            const QString peer = numberFromJid(r(spec.other)), second = numberFromJid(r(spec.otherAlt));
            if (spec.direction.isEmpty()) { // iLEAPP WhatsApp: From ID -> To ID
                const bool out = r("Sender Name") == LocalUser;
                m.direction = out ? QStringLiteral("out") : QStringLiteral("in");
                if (!out)
                    m.sender = peer;
                if (out && !second.isEmpty())
                    m.recipients << second;
            } else {
                m.direction = messageDirection(r(spec.direction));
                if (m.direction == u"out")
                    m.recipients << peer;
                else
                    m.sender = second.isEmpty() ? peer : second; // a group message's sender, else the chat's peer
                m.recipients.removeAll(QString());
            }
            batch.add(std::move(m));
        }
    }
    batch.flush();
}

} // namespace cb::importers
