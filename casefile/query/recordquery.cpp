#include "query/recordquery.h"

#include "casefile.h"
#include "query/recordcolumns.h"

namespace cb::casefile {

bool RecordFilter::isEmpty() const
{
    return !fromUtcMs && !toUtcMs && entities.isEmpty() && !minAmountMinor && !maxAmountMinor && currency.isEmpty() &&
           direction.isEmpty() && sources.isEmpty() && text.trimmed().isEmpty() && ids.isEmpty();
}

namespace {

// The WHERE conditions of a filter (joined by AND; empty for none) and the values they bind, in order.
struct Where
{
    QStringList conditions;
    QVariantList binds;
    void add(const QString &condition, const QVariantList &values = {})
    {
        conditions << condition;
        binds += values;
    }
    QString sql() const { return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")); }
};

Where filterWhere(CaseFile &cf, const RecordQuery &q)
{
    Where w;
    const RecordFilter &f = q.filter;
    if (const char *time = timeColumn(q.kind)) {
        if (f.fromUtcMs)
            w.add(QLatin1String(time) + QStringLiteral(" >= ?"), {*f.fromUtcMs});
        if (f.toUtcMs)
            w.add(QLatin1String(time) + QStringLiteral(" <= ?"), {*f.toUtcMs});
    }
    if (!f.entities.isEmpty()) {
        const QList<qint64> ids = withMergedEntities(cf, f.entities);
        QVariantList values;
        for (qint64 id : ids)
            values << id;
        QStringList any;
        QVariantList binds;
        for (const char *col : partyColumns(q.kind)) {
            any << QLatin1String(col) + QStringLiteral(" IN (") + sql::placeholders(ids.size()) + u')';
            binds += values;
        }
        w.add(u'(' + any.join(QStringLiteral(" OR ")) + u')', binds);
    }
    if (const char *amount = amountColumn(q.kind)) {
        if (f.minAmountMinor)
            w.add(QStringLiteral("abs(%1) >= ?").arg(QLatin1String(amount)), {*f.minAmountMinor});
        if (f.maxAmountMinor)
            w.add(QStringLiteral("abs(%1) <= ?").arg(QLatin1String(amount)), {*f.maxAmountMinor});
        if (!f.currency.isEmpty())
            w.add(QStringLiteral("r.currency = ?"), {f.currency.toUpper()});
    }
    if (!f.direction.isEmpty()) {
        if (const char *cond = directionCondition(q.kind, f.direction)) {
            const QString c = QLatin1String(cond);
            w.add(c, c.contains(u'?') ? QVariantList{f.direction} : QVariantList{});
        }
    }
    if (!f.sources.isEmpty()) {
        QVariantList values;
        for (qint64 id : f.sources)
            values << id;
        w.add(QStringLiteral("r.source_id IN (") + sql::placeholders(values.size()) + u')', values);
    }
    if (!f.ids.isEmpty()) {
        QVariantList values;
        for (qint64 id : f.ids)
            values << id;
        w.add(QStringLiteral("r.id IN (") + sql::placeholders(values.size()) + u')', values);
    }
    for (const QString &word : f.text.simplified().split(u' ', Qt::SkipEmptyParts))
        w.add(u'(' + QLatin1String(textColumns(q.kind)) + QStringLiteral(") LIKE ? ESCAPE '\\'"), {sql::likeContaining(word)});
    return w;
}

QString sortExpression(const RecordQuery &q)
{
    const QList<ColumnDef> &cols = recordColumns(q.kind);
    if (q.sortColumn < 0 || q.sortColumn >= cols.size() || !cols.at(q.sortColumn).sort)
        return QStringLiteral("r.id");
    return QLatin1String(cols.at(q.sortColumn).sort);
}

QString selectList(RecordKind kind, const QString &sort)
{
    QString s = QStringLiteral("SELECT r.id, ") + sort;
    for (const ColumnDef &c : recordColumns(kind))
        s += QStringLiteral(", ") + QLatin1String(c.select);
    return s + QStringLiteral(" FROM ") + QLatin1String(recordTable(kind)) + QStringLiteral(" r JOIN sources s ON s.id = r.source_id");
}

Result<QVector<RecordRow>> runPage(CaseFile &cf, const QString &sql, const QVariantList &binds, const Progress &progress)
{
    const QByteArray utf8 = sql.toUtf8();
    sql::Interruptible guard(cf.db(), progress);
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QVector<RecordRow> rows;
    while (st.step()) {
        RecordRow row;
        row.id = st.int64(0);
        row.sortKey = st.value(1);
        row.values.resize(st.columnCount() - 2);
        for (int c = 2; c < st.columnCount(); ++c)
            row.values[c - 2] = st.value(c);
        rows.append(std::move(row));
    }
    if (!st.status().ok())
        return guard.status(st.status());
    return rows;
}

} // namespace

Result<qint64> countRecords(CaseFile &cf, const RecordQuery &q, const Progress &progress)
{
    const Where w = filterWhere(cf, q);
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + QLatin1String(recordTable(q.kind)) + QStringLiteral(" r") + w.sql();
    const QByteArray utf8 = sql.toUtf8();
    sql::Interruptible guard(cf.db(), progress);
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < w.binds.size(); ++i)
        st.bind(i + 1, w.binds.at(i));
    if (!st.step())
        return guard.status(st.status().ok() ? Status::error(QStringLiteral("count returned no row")) : st.status());
    return st.int64(0);
}

Result<QVector<RecordRow>> recordPage(CaseFile &cf, const RecordQuery &q, const std::optional<RecordCursor> &after, int limit,
                                      const Progress &progress)
{
    Where w = filterWhere(cf, q);
    const QString sort = sortExpression(q);
    const QString cmp = q.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (after) {
        if (sort == u"r.id")
            w.add(QStringLiteral("r.id ") + cmp + QStringLiteral(" ?"), {after->id});
        else
            w.add(u'(' + sort + QStringLiteral(", r.id) ") + cmp + QStringLiteral(" (?, ?)"), {after->sortKey, after->id});
    }
    const QString dir = q.descending ? QStringLiteral(" DESC") : QString();
    const QString sql = selectList(q.kind, sort) + w.sql() + QStringLiteral(" ORDER BY ") + sort + dir +
                        (sort == u"r.id" ? QString() : QStringLiteral(", r.id") + dir) + QStringLiteral(" LIMIT ?");
    w.binds << qint64(qMax(0, limit));
    return runPage(cf, sql, w.binds, progress);
}

Result<QVector<RecordRow>> recordPageAt(CaseFile &cf, const RecordQuery &q, qint64 offset, int limit, const Progress &progress)
{
    Where w = filterWhere(cf, q);
    const QString sort = sortExpression(q);
    const QString dir = q.descending ? QStringLiteral(" DESC") : QString();
    const QString sql = selectList(q.kind, sort) + w.sql() + QStringLiteral(" ORDER BY ") + sort + dir +
                        (sort == u"r.id" ? QString() : QStringLiteral(", r.id") + dir) + QStringLiteral(" LIMIT ? OFFSET ?");
    w.binds << qint64(qMax(0, limit)) << qMax<qint64>(0, offset);
    return runPage(cf, sql, w.binds, progress);
}

Result<std::optional<qint64>> recordPosition(CaseFile &cf, const RecordQuery &q, qint64 id, const Progress &progress)
{
    const QString sort = sortExpression(q);
    const QString table = QLatin1String(recordTable(q.kind));
    sql::Interruptible guard(cf.db(), progress);
    // The record's own sort key, if the filter keeps it.
    Where self = filterWhere(cf, q);
    self.add(QStringLiteral("r.id = ?"), {id});
    QByteArray utf8 = (QStringLiteral("SELECT ") + sort + QStringLiteral(" FROM ") + table + QStringLiteral(" r") + self.sql()).toUtf8();
    sql::Statement key(cf.db(), utf8.constData());
    for (int i = 0; i < self.binds.size(); ++i)
        key.bind(i + 1, self.binds.at(i));
    if (!key.step())
        return key.status().ok() ? Result<std::optional<qint64>>(std::optional<qint64>{}) : guard.status(key.status());
    const QVariant k = key.isNull(0) ? QVariant() : key.value(0);
    // The rows before it in the order the table shows: SQLite puts NULL keys first when ascending.
    Where before = filterWhere(cf, q);
    if (sort == u"r.id")
        before.add(QStringLiteral("r.id ") + (q.descending ? u'>' : u'<') + QStringLiteral(" ?"), {id});
    else if (!q.descending)
        before.add(k.isNull() ? QStringLiteral("(%1 IS NULL AND r.id < ?)").arg(sort) : QStringLiteral("(%1 IS NULL OR (%1, r.id) < (?, ?))").arg(sort),
                   k.isNull() ? QVariantList{id} : QVariantList{k, id});
    else
        before.add(k.isNull() ? QStringLiteral("(%1 IS NOT NULL OR r.id > ?)").arg(sort) : QStringLiteral("(%1, r.id) > (?, ?)").arg(sort),
                   k.isNull() ? QVariantList{id} : QVariantList{k, id});
    utf8 = (QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" r") + before.sql()).toUtf8();
    sql::Statement count(cf.db(), utf8.constData());
    for (int i = 0; i < before.binds.size(); ++i)
        count.bind(i + 1, before.binds.at(i));
    if (!count.step())
        return guard.status(count.status());
    return std::optional<qint64>(count.int64(0));
}

QString entityLabel(CaseFile &cf, qint64 entityId)
{
    return entityId ? cf.db().scalar("SELECT label FROM entity_labels WHERE entity_id = ?", {entityId}).toString() : QString();
}

QList<qint64> withMergedEntities(CaseFile &cf, const QList<qint64> &entities)
{
    QList<qint64> out = entities;
    sql::Statement st(cf.db(), "SELECT g.entity_id FROM entity_groups g WHERE g.canonical_id = "
                               "(SELECT canonical_id FROM entity_groups WHERE entity_id = ?)");
    for (qint64 id : entities) {
        st.reset();
        st.bind(1, id);
        while (st.step())
            if (!out.contains(st.int64(0)))
                out << st.int64(0);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace cb::casefile
