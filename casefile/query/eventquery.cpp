#include "query/eventquery.h"

#include "casefile.h"
#include "query/recordcolumns.h"
#include "query/recordquery.h"

namespace cb::casefile {

namespace {

// kind, id, time, offset, entity, counterpart, amount, currency, duration, direction, source file, locator
const char *eventSelect(RecordKind k)
{
    switch (k) {
    case RecordKind::Transactions:
        // The statements' own accounts are few: one seek per account into (account_id, time_utc).
        return "WITH RECURSIVE o(id) AS (SELECT (SELECT min(account_id) FROM transactions) UNION ALL "
               "SELECT (SELECT min(account_id) FROM transactions WHERE account_id > o.id) FROM o WHERE o.id IS NOT NULL) "
               "SELECT 0, r.id, r.time_utc, r.utc_offset, r.account_id, r.counterparty_id, r.amount_minor, r.currency, NULL, "
               "CASE WHEN r.amount_minor < 0 THEN 'out' ELSE 'in' END, s.file_name, r.locator FROM o JOIN transactions r ON r.account_id = o.id "
               "JOIN sources s ON s.id = r.source_id WHERE r.time_utc BETWEEN ? AND ? AND r.duplicate_of IS NULL";
    case RecordKind::Calls:
        // The lines the records belong to are few (a CDR's targets, a phone's owner): one seek per line into
        // (subscriber_id, start_utc). A tower dump's many subscribers still cost one seek each, not a scan.
        return "WITH RECURSIVE o(id) AS (SELECT (SELECT min(subscriber_id) FROM calls) UNION ALL "
               "SELECT (SELECT min(subscriber_id) FROM calls WHERE subscriber_id > o.id) FROM o WHERE o.id IS NOT NULL) "
               "SELECT 1, r.id, r.start_utc, r.utc_offset, r.subscriber_id, r.other_id, NULL, NULL, r.duration_s, r.direction, s.file_name, "
               "r.locator FROM o JOIN calls r ON r.subscriber_id = o.id JOIN sources s ON s.id = r.source_id WHERE r.start_utc BETWEEN ? AND ?";
    case RecordKind::Messages:
        return "SELECT 2, r.id, r.time_utc, r.utc_offset, coalesce(r.sender_id, r.device_id), NULL, NULL, NULL, NULL, r.direction, s.file_name, "
               "r.locator FROM messages r JOIN sources s ON s.id = r.source_id WHERE r.time_utc BETWEEN ? AND ?";
    case RecordKind::Locations:
        return "SELECT 4, r.id, r.time_utc, r.utc_offset, r.entity_id, NULL, NULL, NULL, NULL, NULL, s.file_name, r.locator "
               "FROM locations r JOIN sources s ON s.id = r.source_id WHERE r.time_utc BETWEEN ? AND ?";
    case RecordKind::Balances:
        return "SELECT 6, r.id, r.time_utc, r.utc_offset, r.account_id, NULL, r.balance_minor, r.currency, NULL, NULL, s.file_name, r.locator "
               "FROM balances r JOIN sources s ON s.id = r.source_id WHERE r.time_utc BETWEEN ? AND ?";
    default: return nullptr;
    }
}

QList<RecordKind> timedKinds(const EventQuery &q)
{
    QList<RecordKind> kinds;
    for (RecordKind k : q.kinds.isEmpty() ? QList<RecordKind>{allRecordKinds.begin(), allRecordKinds.end()} : q.kinds)
        if (eventSelect(k) && !kinds.contains(k))
            kinds << k;
    return kinds;
}

// One kind's select with the query's range and entity condition; appends its binds.
QString kindSql(CaseFile &cf, RecordKind k, const EventQuery &q, const QList<qint64> &entities, QVariantList &binds)
{
    QString sql = QLatin1String(eventSelect(k));
    binds << q.fromUtcMs << q.toUtcMs;
    if (!entities.isEmpty()) {
        QStringList any;
        const QString marks = sql::placeholders(entities.size());
        for (const char *col : partyColumns(k)) {
            any << QLatin1String(col) + QStringLiteral(" IN (") + marks + u')';
            for (qint64 e : entities)
                binds << e;
        }
        sql += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + u')';
    }
    Q_UNUSED(cf)
    return sql;
}

} // namespace

Result<QVector<EventRow>> queryEvents(CaseFile &cf, const EventQuery &q, const Progress &progress)
{
    const QList<qint64> entities = q.entities.isEmpty() ? QList<qint64>{} : withMergedEntities(cf, q.entities);
    // Each kind's part is limited too, so that a dense kind cannot make the final sort hold more rows.
    QVariantList binds;
    QString sql;
    for (RecordKind k : timedKinds(q)) {
        if (!sql.isEmpty())
            sql += QStringLiteral(" UNION ALL ");
        sql += QStringLiteral("SELECT * FROM (") + kindSql(cf, k, q, entities, binds) + QStringLiteral(" ORDER BY 3, 2 LIMIT ?)");
        binds << qint64(q.limit);
    }
    QVector<EventRow> rows;
    if (sql.isEmpty())
        return rows;
    sql += QStringLiteral(" ORDER BY 3, 1, 2 LIMIT ?");
    binds << qint64(q.limit);
    const QByteArray utf8 = sql.toUtf8();
    sql::Interruptible guard(cf.db(), progress);
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    static const RecordKind byCode[] = {RecordKind::Transactions, RecordKind::Calls,    RecordKind::Messages, RecordKind::Contacts,
                                        RecordKind::Locations,    RecordKind::CellSites, RecordKind::Balances, RecordKind::Artifacts};
    while (st.step()) {
        EventRow e;
        e.kind = byCode[qBound(0, int(st.int64(0)), 7)];
        e.id = st.int64(1);
        e.timeUtcMs = st.int64(2);
        e.offsetS = qint32(st.int64(3));
        e.entity = st.int64(4);
        e.counterpart = st.int64(5);
        if (!st.isNull(6))
            e.amountMinor = st.int64(6);
        e.currency = st.text(7);
        if (!st.isNull(8))
            e.durationS = st.int64(8);
        e.direction = st.text(9);
        e.sourceFile = st.text(10);
        e.locator = st.text(11);
        rows.append(e);
    }
    if (!st.status().ok())
        return guard.status(st.status());
    return rows;
}

Result<QList<QPair<RecordKind, qint64>>> countEvents(CaseFile &cf, const EventQuery &q, const Progress &progress)
{
    const QList<qint64> entities = q.entities.isEmpty() ? QList<qint64>{} : withMergedEntities(cf, q.entities);
    QList<QPair<RecordKind, qint64>> out;
    sql::Interruptible guard(cf.db(), progress);
    for (RecordKind k : timedKinds(q)) {
        QVariantList binds;
        const QString sql = QStringLiteral("SELECT count(*) FROM (") + kindSql(cf, k, q, entities, binds) + u')';
        const QByteArray utf8 = sql.toUtf8();
        sql::Statement st(cf.db(), utf8.constData());
        for (int i = 0; i < binds.size(); ++i)
            st.bind(i + 1, binds.at(i));
        if (!st.step())
            return guard.status(st.status());
        out.append({k, st.int64(0)});
    }
    return out;
}

} // namespace cb::casefile
