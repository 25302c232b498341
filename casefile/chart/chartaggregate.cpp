#include "chart/chartaggregate.h"

#include "entitylinks.h"
#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cb::casefile::chart {

namespace {

// Which link kinds a source states or an analyst asserts, besides merges (a merge makes one node).
constexpr const char *StatedSql = "SELECT id, kind, from_id, to_id FROM links WHERE kind <> 'same_entity' AND undone_at IS NULL ORDER BY id";

QString timeWindow(const char *column, const ChartSpec &spec)
{
    QString w;
    if (spec.afterMs)
        w += QStringLiteral(" AND %1 >= %2").arg(QLatin1String(column)).arg(spec.afterMs);
    if (spec.beforeMs)
        w += QStringLiteral(" AND %1 < %2").arg(QLatin1String(column)).arg(spec.beforeMs);
    return w;
}

} // namespace

size_t qHash(const PairKey &k, size_t seed)
{
    return qHashMulti(seed, k.lo, k.hi, k.kind, k.currency);
}

Aggregator::Aggregator(CaseFile &cf, const ChartSpec &spec) : m_case(cf), m_spec(spec), m_norm(cf.settings().region)
{
    sql::Statement st(cf.db(), "SELECT entity_id, canonical_id FROM entity_groups WHERE entity_id <> canonical_id");
    while (st.step()) {
        m_canon.insert(st.int64(0), st.int64(1));
        m_twins[st.int64(1)] << st.int64(0);
    }
    m_time[0] = timeWindow("c.start_utc", spec);
    m_time[1] = timeWindow("t.time_utc", spec);
    m_time[2] = timeWindow("m.time_utc", spec);
}

QByteArray Aggregator::idsJson(const QList<qint64> &entities)
{
    QJsonArray a;
    for (qint64 e : entities) {
        a.append(e);
        for (qint64 t : m_twins.value(e))
            a.append(t);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

void Aggregator::add(qint64 from, qint64 to, const QString &kind, const QString &currency, int dir, qint64 n, qint64 dur, qint64 amount)
{
    from = canonical(from), to = canonical(to);
    if (from == to || from == 0 || to == 0)
        return;
    const bool forward = from < to;
    const PairKey key{std::min(from, to), std::max(from, to), kind, currency};
    auto it = m_links.find(key);
    if (it == m_links.end()) {
        it = m_links.insert(key, {});
        m_byEntity[from] << key;
        m_byEntity[to] << key;
    }
    const int slot = dir == 2 ? 2 : (forward ? 0 : 1);
    it->count[slot] += n, it->durationS[slot] += dur, it->amountMinor[slot] += amount;
}

Status Aggregator::load(const QList<qint64> &entities, const Progress &progress)
{
    QList<qint64> fresh;
    for (qint64 e : entities)
        if (!m_loaded.contains(e))
            fresh << e;
    if (m_all || fresh.isEmpty())
        return {};
    // Rows touching an entity loaded before were added then: leave them out.
    QJsonArray done;
    for (qint64 e : std::as_const(m_loaded)) {
        done.append(e);
        for (qint64 t : m_twins.value(e))
            done.append(t);
    }
    const QByteArray ids = idsJson(fresh), doneJson = QJsonDocument(done).toJson(QJsonDocument::Compact);
    for (qint64 e : fresh)
        m_loaded.insert(e);
    if (!m_messagesLoaded) {
        if (Status s = loadMessages(); !s)
            return s;
        if (Status s = loadStated(); !s)
            return s;
        m_messagesLoaded = true;
    }
    const QString callsWhere = QStringLiteral("(c.subscriber_id IN (SELECT value FROM json_each(?1)) OR c.other_id IN (SELECT value FROM json_each(?1))) "
                                              "AND c.subscriber_id NOT IN (SELECT value FROM json_each(?2)) "
                                              "AND c.other_id NOT IN (SELECT value FROM json_each(?2))");
    const QString moneyWhere = QString(callsWhere).replace(QLatin1String("c.subscriber_id"), QLatin1String("t.account_id"))
                                   .replace(QLatin1String("c.other_id"), QLatin1String("t.counterparty_id"));
    if (m_spec.shows(LinkFamily::Calls))
        if (Status s = loadCalls(callsWhere, ids + '\0' + doneJson, progress.scaled(0, 0.5)); !s)
            return s;
    if (m_spec.shows(LinkFamily::Money))
        if (Status s = loadMoney(moneyWhere, ids + '\0' + doneJson, progress.scaled(0.5, 1)); !s)
            return s;
    return {};
}

Status Aggregator::loadAll(const Progress &progress)
{
    m_all = true;
    if (Status s = loadMessages(); !s)
        return s;
    if (Status s = loadStated(); !s)
        return s;
    m_messagesLoaded = true;
    if (m_spec.shows(LinkFamily::Calls))
        if (Status s = loadCalls(QStringLiteral("1"), {}, progress.scaled(0, 0.5)); !s)
            return s;
    if (m_spec.shows(LinkFamily::Money))
        if (Status s = loadMoney(QStringLiteral("1"), {}, progress.scaled(0.5, 1)); !s)
            return s;
    return {};
}

Status Aggregator::loadCalls(const QString &where, const QByteArray &ids, const Progress &progress)
{
    // The callee's row of a call the caller's record holds too is the same call.
    const QString sql = QStringLiteral(
        "SELECT c.subscriber_id, c.other_id, c.direction, count(*), sum(coalesce(c.duration_s, 0)) FROM calls c "
        "WHERE c.other_id IS NOT NULL AND %1%2 AND NOT (c.direction <> 'out' AND EXISTS (SELECT 1 FROM calls o "
        "WHERE o.subscriber_id = c.other_id AND o.start_utc BETWEEN c.start_utc - 60000 AND c.start_utc + 60000 "
        "AND o.other_id = c.subscriber_id AND o.direction = 'out'%3)) GROUP BY 1, 2, 3").arg(where, m_time[0], QString(m_time[0]).replace(QLatin1String("c."), QLatin1String("o.")));
    sql::Interruptible guard(m_case.db(), progress);
    sql::Statement st(m_case.db(), sql.toUtf8().constData());
    if (!ids.isEmpty())
        st.bind(1, QString::fromUtf8(ids.left(ids.indexOf('\0')))).bind(2, QString::fromUtf8(ids.mid(ids.indexOf('\0') + 1)));
    while (st.step()) {
        const QString dir = st.text(2);
        const qint64 sub = st.int64(0), other = st.int64(1);
        if (dir == u"out")
            add(sub, other, LinkFamily::Calls, {}, 0, st.int64(3), st.int64(4), 0);
        else if (dir == u"unknown")
            add(sub, other, LinkFamily::Calls, {}, 2, st.int64(3), st.int64(4), 0);
        else
            add(other, sub, LinkFamily::Calls, {}, 0, st.int64(3), st.int64(4), 0);
    }
    return guard.status(st.status());
}

Status Aggregator::loadMoney(const QString &where, const QByteArray &ids, const Progress &progress)
{
    // The payee's credit of a transfer the payer's statement holds too is the same transfer.
    const QString sql = QStringLiteral(
        "SELECT t.account_id, t.counterparty_id, t.currency, t.amount_minor < 0, count(*), sum(abs(t.amount_minor)) FROM transactions t "
        "WHERE t.duplicate_of IS NULL AND t.counterparty_id IS NOT NULL AND %1%2 AND NOT (t.amount_minor > 0 AND EXISTS ("
        "SELECT 1 FROM transactions o WHERE o.account_id = t.counterparty_id AND o.time_utc BETWEEN t.time_utc - 259200000 "
        "AND t.time_utc + 259200000 AND o.counterparty_id = t.account_id AND o.amount_minor = -t.amount_minor "
        "AND o.currency = t.currency AND o.duplicate_of IS NULL%3)) GROUP BY 1, 2, 3, 4").arg(where, m_time[1], QString(m_time[1]).replace(QLatin1String("t."), QLatin1String("o.")));
    sql::Interruptible guard(m_case.db(), progress);
    sql::Statement st(m_case.db(), sql.toUtf8().constData());
    if (!ids.isEmpty())
        st.bind(1, QString::fromUtf8(ids.left(ids.indexOf('\0')))).bind(2, QString::fromUtf8(ids.mid(ids.indexOf('\0') + 1)));
    while (st.step()) {
        const qint64 account = st.int64(0), other = st.int64(1);
        if (st.int64(3))
            add(account, other, LinkFamily::Money, st.text(2), 0, st.int64(4), 0, st.int64(5));
        else
            add(other, account, LinkFamily::Money, st.text(2), 0, st.int64(4), 0, st.int64(5));
    }
    return guard.status(st.status());
}

qint64 Aggregator::recipientEntity(const QString &raw, const QString &app)
{
    const QString key = app + u'\n' + raw;
    if (const auto it = m_recipients.constFind(key); it != m_recipients.cend())
        return *it;
    const Identifier id = m_norm.party(raw, app);
    qint64 entity = 0;
    if (!id.isNull())
        entity = m_case.db().scalar("SELECT entity_id FROM identifiers WHERE type = ? AND value = ?", {id.type, id.value}).toLongLong();
    m_recipients.insert(key, entity);
    return entity;
}

Status Aggregator::loadMessages()
{
    if (!m_spec.shows(LinkFamily::Messages))
        return {};
    // A message received on a seized device went to the device's owner line (when one is marked or stated).
    QHash<qint64, qint64> owner;
    sql::Statement own(m_case.db(), "SELECT to_id, from_id FROM links WHERE kind IN ('uses_device', 'owns_device') AND undone_at IS NULL "
                                    "ORDER BY kind = 'owns_device', id");
    while (own.step())
        owner.insert(own.int64(0), own.int64(1));
    // A message received on one seized phone and sent from another is one message, counted from the sender's.
    const QString sql = QStringLiteral("SELECT m.sender_id, m.device_id, coalesce(m.direction, ''), coalesce(m.app, ''), coalesce(m.recipients, ''), "
                                       "count(*) FROM messages m WHERE 1%1 AND NOT (coalesce(m.direction, '') <> 'out' AND m.sender_id IS NOT NULL "
                                       "AND EXISTS (SELECT 1 FROM messages o WHERE o.time_utc BETWEEN m.time_utc - 60000 AND m.time_utc + 60000 "
                                       "AND o.direction = 'out' AND o.sender_id = m.sender_id AND coalesce(o.app, '') = coalesce(m.app, '') "
                                       "AND o.device_id IS NOT m.device_id)) GROUP BY 1, 2, 3, 4, 5").arg(m_time[2]);
    sql::Statement st(m_case.db(), sql.toUtf8().constData());
    while (st.step()) {
        const qint64 sender = st.int64(0), device = st.int64(1), n = st.int64(5);
        const qint64 holder = owner.value(device, device);
        if (st.text(2) == u"out") {
            const qint64 from = sender ? sender : holder;
            for (const QString &r : st.text(4).split(u';', Qt::SkipEmptyParts))
                add(from, recipientEntity(r.trimmed(), st.text(3)), LinkFamily::Messages, {}, 0, n, 0, 0);
        } else if (sender) {
            add(sender, holder, LinkFamily::Messages, {}, 0, n, 0, 0);
        }
    }
    return st.status();
}

Status Aggregator::loadStated()
{
    if (!m_spec.shows(LinkFamily::Links))
        return {};
    const bool hasStatus = m_case.db().scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'link_statuses'").toLongLong() > 0;
    QHash<qint64, QString> status;
    if (hasStatus) {
        sql::Statement s(m_case.db(), "SELECT link_id, status FROM link_statuses ORDER BY id");
        while (s.step())
            status.insert(s.int64(0), s.text(1)); // the latest wins
    }
    sql::Statement st(m_case.db(), StatedSql);
    while (st.step()) {
        const qint64 from = canonical(st.int64(2)), to = canonical(st.int64(3));
        if (from == to)
            continue;
        add(from, to, st.text(1), {}, 0, 1, 0, 0);
        PairAgg &a = m_links[PairKey{std::min(from, to), std::max(from, to), st.text(1), {}}];
        a.linkId = st.int64(0);
        a.status = status.value(a.linkId);
    }
    return st.status();
}

bool Aggregator::passes(const PairKey &k, const PairAgg &a) const
{
    if (k.kind != LinkFamily::Calls && k.kind != LinkFamily::Money && k.kind != LinkFamily::Messages)
        return true; // a stated or asserted link is never "weak"
    if (a.count[0] + a.count[1] + a.count[2] < m_spec.minCount)
        return false;
    if (k.kind == LinkFamily::Money && m_spec.minAmountMinor > 0 && (m_spec.currency.isEmpty() || k.currency == m_spec.currency))
        return a.amountMinor[0] + a.amountMinor[1] + a.amountMinor[2] >= m_spec.minAmountMinor;
    return true;
}

int Aggregator::hiddenWeak() const
{
    int n = 0;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        n += passes(it.key(), it.value()) ? 0 : 1;
    return n;
}

QList<qint64> Aggregator::partners(qint64 entity) const
{
    // Strength of each partner over every link kind that passes the filter: events, then amount.
    QHash<qint64, std::pair<qint64, qint64>> strength;
    for (const PairKey &k : m_byEntity.value(entity)) {
        const PairAgg &a = m_links[k];
        if (!passes(k, a))
            continue;
        auto &s = strength[k.lo == entity ? k.hi : k.lo];
        s.first += a.count[0] + a.count[1] + a.count[2];
        s.second += a.amountMinor[0] + a.amountMinor[1] + a.amountMinor[2];
    }
    QList<qint64> out = strength.keys();
    std::sort(out.begin(), out.end(), [&](qint64 x, qint64 y) {
        const auto a = strength.value(x), b = strength.value(y);
        return a != b ? a > b : x < y;
    });
    return out;
}

} // namespace cb::casefile::chart
