// UFED decoded models as Casebench records. Parties carry the numbers (or app ids) and say which one is the
// phone's owner; the owner's side of a call or message is the owner's number when the report knows it,
// otherwise the seized device (the committer decides).
#include "phone/ufedreport.h"

#include <QRegularExpression>

namespace cb::importers {

using namespace cb::casefile;

namespace {

bool isTrue(const QString &v)
{
    return v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

qint64 timeSpan(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d+)\\.)?(\\d+):(\\d{1,2}):(\\d{1,2})(?:\\.\\d+)?$"));
    const QRegularExpressionMatch m = re.match(v.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60 +
           m.captured(4).toLongLong();
}

const std::vector<UfedModel> &childrenOf(const UfedModel &m, const char *field)
{
    static const std::vector<UfedModel> none;
    const auto it = m.children.constFind(QLatin1String(field));
    return it == m.children.constEnd() ? none : *it;
}

QString identifier(const UfedModel &party)
{
    const QString id = party.value(QStringLiteral("Identifier")).trimmed();
    return id.isEmpty() ? party.value(QStringLiteral("Name")).trimmed() : id;
}

bool isOwner(const UfedModel &party)
{
    return isTrue(party.value(QStringLiteral("IsPhoneOwner")));
}

QString statusOf(const UfedModel &m, QStringList parts)
{
    if (!m.deleted.isEmpty() && m.deleted != u"Intact")
        parts << m.deleted.toLower();
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

// Every field of a model and of the models inside it, as "Field" / "Container.Field" pairs in a stable
// order. A value longer than a stored field may be (a crafted report can hold a megabyte in one field) is
// cut, with a warning, where records are batched (textcap.h).
void flatten(const UfedModel &m, const QString &prefix, std::vector<std::pair<QString, QString>> &out, int depth = 0)
{
    QStringList keys = m.fields.keys();
    keys.sort();
    for (const QString &k : std::as_const(keys))
        for (const QString &v : m.fields.value(k))
            if (!v.isEmpty())
                out.emplace_back(prefix + k, v);
    if (depth > 8)
        return;
    keys = m.children.keys();
    keys.sort();
    for (const QString &k : std::as_const(keys))
        for (const UfedModel &c : m.children.value(k))
            flatten(c, prefix + k + u'.', out, depth + 1);
}

} // namespace

void UfedReportReader::call(const UfedModel &m)
{
    CallRecord c;
    if (!begin(m, c.locator, c.start, true))
        return;
    const QString dir = m.value(QStringLiteral("Direction")).toLower(), status = m.value(QStringLiteral("Status")).toLower();
    c.direction = dir == u"outgoing" ? CallDirection::Out
                  : dir == u"missed" || status.contains(u"missed") || status.contains(u"rejected") ? CallDirection::Missed
                  : dir == u"incoming" ? CallDirection::In : CallDirection::Unknown;
    c.subscriber = m_ctx.owner;
    const UfedModel *other = nullptr;
    for (const UfedModel &p : childrenOf(m, "Parties")) {
        if (isOwner(p))
            c.subscriber = identifier(p);
        else if (!other)
            other = &p;
    }
    if (other)
        c.otherParty = identifier(*other);
    const qint64 d = timeSpan(m.value(QStringLiteral("Duration")));
    if (d >= 0)
        c.durationS = d;
    c.status = statusOf(m, {m.value(QStringLiteral("Source")), m.value(QStringLiteral("Type")),
                            isTrue(m.value(QStringLiteral("VideoCall"))) ? QStringLiteral("video") : QString(), m.value(QStringLiteral("Status"))});
    m_batch.add(std::move(c));
}

void UfedReportReader::sms(const UfedModel &m)
{
    MessageRecord r;
    if (!begin(m, r.locator, r.time, false))
        return;
    r.app = m.value(QStringLiteral("Source")).isEmpty() ? m.type : m.value(QStringLiteral("Source"));
    r.body = m.value(QStringLiteral("Body"));
    const QString folder = m.value(QStringLiteral("Folder")).toLower();
    bool out = folder == u"sent" || folder == u"outbox";
    for (const UfedModel &p : childrenOf(m, "Parties")) {
        const QString role = p.value(QStringLiteral("Role")).toLower();
        if (role == u"from") {
            out = out || isOwner(p);
            if (!isOwner(p))
                r.sender = identifier(p);
        } else if (!isOwner(p)) {
            r.recipients << identifier(p);
        }
    }
    r.direction = out ? QStringLiteral("out") : folder == u"draft" ? QStringLiteral("draft") : QStringLiteral("in");
    if (!out && !m_ctx.owner.isEmpty() && r.recipients.isEmpty())
        r.recipients << m_ctx.owner;
    m_batch.add(std::move(r));
}

void UfedReportReader::instantMessage(const UfedModel &m, const UfedModel *chat)
{
    MessageRecord r;
    if (!begin(m, r.locator, r.time, false))
        return;
    r.app = m.value(QStringLiteral("Source"));
    if (r.app.isEmpty() && chat)
        r.app = chat->value(QStringLiteral("Source"));
    r.body = m.value(QStringLiteral("Body"));
    for (const UfedModel &a : childrenOf(m, "Attachments"))
        r.body += (r.body.isEmpty() ? QString() : QStringLiteral("\n")) + u'[' +
                  QStringList{a.value(QStringLiteral("ContentType")), a.value(QStringLiteral("Filename"))}.join(u' ').trimmed() + u']';
    const UfedModel *from = m.child(QStringLiteral("From"));
    const bool out = (from && isOwner(*from)) || m.value(QStringLiteral("Status")).compare(QLatin1String("Sent"), Qt::CaseInsensitive) == 0;
    r.direction = out ? QStringLiteral("out") : QStringLiteral("in");
    if (from && !out)
        r.sender = identifier(*from);
    for (const UfedModel &p : childrenOf(m, "To"))
        if (!isOwner(p))
            r.recipients << identifier(p);
    if (r.recipients.isEmpty() && chat)
        for (const UfedModel &p : childrenOf(*chat, "Participants"))
            if (!isOwner(p) && identifier(p) != r.sender)
                r.recipients << identifier(p);
    if (!out && !m_ctx.owner.isEmpty() && r.recipients.isEmpty())
        r.recipients << m_ctx.owner;
    m_batch.add(std::move(r));
}

void UfedReportReader::contact(const UfedModel &m)
{
    const QString name = m.value(QStringLiteral("Name")).trimmed();
    const QString loc = locator(m);
    int n = 0;
    for (const UfedModel &e : childrenOf(m, "Entries")) {
        const QString v = e.value(QStringLiteral("Value")).trimmed();
        if (v.isEmpty())
            continue;
        m_sink.rowsRead(1);
        m_batch.add(ContactRecord{loc + QStringLiteral(" entry ") + QString::number(++n), m_ctx.owner, name, v});
    }
    if (n == 0) {
        m_sink.rowsRead(1);
        m_batch.add(ContactRecord{loc, m_ctx.owner, name, {}});
    }
}

void UfedReportReader::location(const UfedModel &m)
{
    m_sink.rowsRead(1);
    LocationRecord l;
    l.locator = locator(m);
    const UfedModel *pos = m.child(QStringLiteral("Position"));
    bool okLat = false, okLon = false;
    if (pos) {
        l.lat = pos->value(QStringLiteral("Latitude")).toDouble(&okLat);
        l.lon = pos->value(QStringLiteral("Longitude")).toDouble(&okLon);
    }
    if (!okLat || !okLon || !parseIsoTimestamp(m.value(QStringLiteral("TimeStamp")), m_ctx.zone, l.time)) {
        m_sink.rowRejected(l.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the location has no usable time or coordinates")));
        return;
    }
    l.label = QStringList{m.value(QStringLiteral("Source")), m.value(QStringLiteral("Name")), m.value(QStringLiteral("Description"))}.join(u' ').simplified();
    m_batch.add(std::move(l));
}

void UfedReportReader::cellTower(const UfedModel &m)
{
    m_sink.rowsRead(1);
    CellSiteRecord c;
    c.locator = locator(m);
    const QString cid = m.value(QStringLiteral("CID"));
    if (!cid.isEmpty())
        c.cellId = QStringList{m.value(QStringLiteral("MCC")), m.value(QStringLiteral("MNC")), m.value(QStringLiteral("LAC")), cid}.join(u'-');
    else if (!m.value(QStringLiteral("BID")).isEmpty()) // CDMA
        c.cellId = QStringList{m.value(QStringLiteral("SID")), m.value(QStringLiteral("NID")), m.value(QStringLiteral("BID"))}.join(u'-');
    if (const UfedModel *pos = m.child(QStringLiteral("Position"))) {
        bool okLat = false, okLon = false;
        const double lat = pos->value(QStringLiteral("Latitude")).toDouble(&okLat), lon = pos->value(QStringLiteral("Longitude")).toDouble(&okLon);
        if (okLat && okLon)
            c.lat = lat, c.lon = lon;
    }
    m_batch.add(std::move(c));
}

void UfedReportReader::userAccount(const UfedModel &m)
{
    m_sink.rowsRead(1);
    AccountRecord a;
    a.locator = locator(m);
    a.service = m.value(QStringLiteral("ServiceType"));
    if (a.service.isEmpty())
        a.service = m.value(QStringLiteral("Source"));
    a.username = m.value(QStringLiteral("Username")).trimmed();
    a.name = m.value(QStringLiteral("Name")).trimmed();
    for (const UfedModel &e : childrenOf(m, "Entries")) {
        const QString v = e.value(QStringLiteral("Value")).trimmed();
        if (!v.isEmpty() && v != a.username)
            a.identifiers << v;
    }
    if (a.username.isEmpty() && !a.identifiers.isEmpty()) // an account known only by its number or address
        a.username = a.identifiers.takeFirst();
    m_batch.add(std::move(a));
}

void UfedReportReader::artifact(const UfedModel &m)
{
    m_sink.rowsRead(1);
    ArtifactRecord a;
    a.locator = locator(m);
    a.type = m.type;
    for (const char *field : {"TimeStamp", "StartDate", "StartTime", "LastActivity", "LastConnection", "CreationTime", "PurchaseDate"}) {
        Timestamp t;
        if (parseIsoTimestamp(m.value(QLatin1String(field)), m_ctx.zone, t)) {
            a.time = t;
            break;
        }
    }
    flatten(m, {}, a.fields);
    if (!m.deleted.isEmpty() && m.deleted != u"Intact")
        a.fields.emplace_back(QStringLiteral("deleted_state"), m.deleted);
    m_batch.add(std::move(a));
}

} // namespace cb::importers
