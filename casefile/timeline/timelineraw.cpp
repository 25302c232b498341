// Each kind's events as SQL, for counting and listing them where the pyramid does not answer.
#include "casefile.h"
#include "query/recordquery.h"
#include "timeline/timelinequery.h"

namespace cb::casefile::timeline::detail {

namespace {

struct KindSql
{
    const char *from;    // with the row alias r
    const char *time;    // the time in UTC milliseconds
    const char *base;    // always true of a shown row
    const char *owner;   // owner id column, for "IN group" (nullptr: by the entities table below)
    const char *other;   // the other party's id column, or nullptr
    const char *ownerIn; // for kinds without an owner column: a condition with %1 for the group's marks
    const char *loose;   // the column a loose index scan over owners can use for the lane of every event
    const char *columns; // id, offset, owner, other, amount, currency, duration, direction, text, file, locator
    bool hasSource;
};

const KindSql kinds[EventKindCount] = {
    {"transactions r", "r.time_utc", "r.duplicate_of IS NULL", "r.account_id", "r.counterparty_id", nullptr, "account_id",
     "r.id, r.utc_offset, r.account_id, r.counterparty_id, r.amount_minor, r.currency, NULL, "
     "CASE WHEN r.amount_minor < 0 THEN 'out' ELSE 'in' END, coalesce(r.counterparty_name, r.description, ''), "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true},
    {"calls r", "r.start_utc", "1", "r.subscriber_id", "r.other_id", nullptr, "subscriber_id",
     "r.id, r.utc_offset, r.subscriber_id, r.other_id, NULL, NULL, r.duration_s, r.direction, coalesce(r.other_number, ''), "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true},
    {"messages r", "r.time_utc", "1", nullptr, nullptr, "(r.sender_id IN (%1) OR (r.sender_id IS NULL AND r.device_id IN (%1)))", nullptr,
     "r.id, r.utc_offset, coalesce(r.sender_id, r.device_id), NULL, NULL, NULL, NULL, r.direction, "
     "coalesce(r.app || ': ', '') || substr(coalesce(r.body, ''), 1, 120), (SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true},
    {"locations r", "r.time_utc", "1", "r.entity_id", nullptr, nullptr, nullptr,
     "r.id, r.utc_offset, r.entity_id, NULL, NULL, NULL, NULL, NULL, coalesce(r.label, printf('%.5f, %.5f', r.lat, r.lon)), "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true},
    {"balances r", "r.time_utc", "1", "r.account_id", nullptr, nullptr, "account_id",
     "r.id, r.utc_offset, r.account_id, NULL, r.balance_minor, r.currency, NULL, NULL, '', "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true},
    {"analyst_events r", "r.time_utc", "r.deleted_at IS NULL", nullptr, nullptr,
     "r.id IN (SELECT event_id FROM analyst_event_entities WHERE entity_id IN (%1))", nullptr,
     "r.id, r.utc_offset, 0, NULL, NULL, NULL, NULL, NULL, r.text, '', coalesce(r.basis, '')", false},
    {"lead_history r JOIN leads l ON l.id = r.lead_id", "(unixepoch(r.at) * 1000)", "l.deleted_at IS NULL", nullptr, nullptr,
     "r.lead_id IN (SELECT lead_id FROM lead_entities WHERE entity_id IN (%1))", nullptr,
     "r.id, 0, 0, NULL, NULL, NULL, NULL, r.status, l.code || ' ' || r.status || coalesce(': ' || r.note, ''), '', l.code", false},
};

} // namespace

QString timeColumn(EventKind kind)
{
    return QLatin1String(kinds[int(kind)].time);
}

QList<qint64> laneGroup(CaseFile &cf, const Lane &lane)
{
    return lane.isAll() ? QList<qint64>{} : withMergedEntities(cf, lane.entities);
}

// SELECT <t>[, <the columns>] FROM ... WHERE the row is shown, in [from, to), in the lane (group empty:
// every event), from the filter's sources; binds appended in order. Part::Counterpart: rows the group takes
// part in as the other party only (empty SQL when the kind has none); Part::Owner: rows it owns.
QString rawSelect(EventKind kind, const QString &columns, const QList<qint64> &group, const Filter &filter, Part part, qint64 fromMs,
                  qint64 toMs, QVariantList &binds, bool scan)
{
    const KindSql &k = kinds[int(kind)];
    if (!filter.sources.isEmpty() && !k.hasSource)
        return {};
    if (part == Part::Counterpart && (group.isEmpty() || !k.other))
        return {};
    const QString t = QLatin1String(k.time);
    QString with, from = QLatin1String(k.from);
    QStringList where{QLatin1String(k.base), t + QStringLiteral(" >= ?"), t + QStringLiteral(" < ?")};
    binds << fromMs << toMs;
    const QString marks = sql::placeholders(group.size());
    if (group.isEmpty() && k.loose && !scan) {
        // Every event of a kind with no time index: one seek per owner (they are few) into (owner, time).
        const QString c = QLatin1String(k.loose), table = from.section(u' ', 0, 0);
        with = QStringLiteral("WITH RECURSIVE o(id) AS (SELECT (SELECT min(%1) FROM %2) UNION ALL "
                              "SELECT (SELECT min(%1) FROM %2 WHERE %1 > o.id) FROM o WHERE o.id IS NOT NULL) ")
                   .arg(c, table);
        from = QStringLiteral("o JOIN %1 ON r.%2 = o.id").arg(from, c);
    } else if (!group.isEmpty()) {
        const QString ownerIn = k.owner ? QLatin1String(k.owner) + QStringLiteral(" IN (") + marks + u')'
                                        : QString::fromLatin1(k.ownerIn).arg(marks);
        int uses = k.owner ? 1 : int(QString::fromLatin1(k.ownerIn).count(QStringLiteral("%1")));
        const QString otherIn = k.other ? QLatin1String(k.other) + QStringLiteral(" IN (") + marks + u')' : QString();
        if (part == Part::Counterpart) {
            where << otherIn + QStringLiteral(" AND ") + QLatin1String(k.owner) + QStringLiteral(" NOT IN (") + marks + u')';
            uses = 2;
        } else if (part == Part::Owner || !k.other) {
            where << ownerIn;
        } else {
            where << u'(' + ownerIn + QStringLiteral(" OR ") + otherIn + u')';
            uses += 1;
        }
        for (int i = 0; i < uses; ++i)
            for (qint64 e : group)
                binds << e;
    }
    if (!filter.sources.isEmpty()) {
        where << QStringLiteral("r.source_id IN (") + sql::placeholders(filter.sources.size()) + u')';
        for (qint64 s : filter.sources)
            binds << s;
    }
    QString select = t + QStringLiteral(" AS t");
    if (!columns.isEmpty())
        select += QStringLiteral(", ") + (columns == u"*"        ? QLatin1String(k.columns)
                                          : columns == u"offset" ? QString::fromLatin1(kind == EventKind::LeadMilestones ? "0" : "r.utc_offset")
                                                                 : columns);
    return with + QStringLiteral("SELECT ") + select + QStringLiteral(" FROM ") + from + QStringLiteral(" WHERE ") +
           where.join(QStringLiteral(" AND "));
}

} // namespace cb::casefile::timeline::detail
