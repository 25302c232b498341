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
    const char *tagTable; // the table tags name its records by, or nullptr
    const char *text;     // what a text filter looks in
    const char *parties;  // a condition on its parties, %1 standing for a list of entity ids
    const char *amount;   // the amount an amount range applies to, or nullptr
};

const KindSql kinds[EventKindCount] = {
    {"transactions r", "r.time_utc", "r.duplicate_of IS NULL", "r.account_id", "r.counterparty_id", nullptr, "account_id",
     "r.id, r.utc_offset, r.account_id, r.counterparty_id, r.amount_minor, r.currency, NULL, "
     "CASE WHEN r.amount_minor < 0 THEN 'out' ELSE 'in' END, coalesce(r.counterparty_name, r.description, ''), "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true, "transactions",
     "coalesce(r.description, '') || ' ' || coalesce(r.counterparty_name, '') || ' ' || coalesce(r.counterparty_account, '') || ' ' || coalesce(r.reference, '')",
     "(r.account_id IN %1 OR r.counterparty_id IN %1)", "abs(r.amount_minor)"},
    {"calls r", "r.start_utc", "1", "r.subscriber_id", "r.other_id", nullptr, "subscriber_id",
     "r.id, r.utc_offset, r.subscriber_id, r.other_id, NULL, NULL, r.duration_s, r.direction, coalesce(r.other_number, ''), "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true, "calls", "coalesce(r.other_number, '')", "(r.subscriber_id IN %1 OR r.other_id IN %1)", nullptr},
    {"messages r", "r.time_utc", "1", nullptr, nullptr, "(r.sender_id IN (%1) OR (r.sender_id IS NULL AND r.device_id IN (%1)))", nullptr,
     "r.id, r.utc_offset, coalesce(r.sender_id, r.device_id), NULL, NULL, NULL, NULL, r.direction, "
     "coalesce(r.app || ': ', '') || substr(coalesce(r.body, ''), 1, 120), (SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true, "messages", "coalesce(r.body, '') || ' ' || coalesce(r.sender, '') || ' ' || coalesce(r.recipients, '')",
     "coalesce(r.sender_id, r.device_id) IN %1", nullptr},
    {"locations r", "r.time_utc", "1", "r.entity_id", nullptr, nullptr, nullptr,
     "r.id, r.utc_offset, r.entity_id, NULL, NULL, NULL, NULL, NULL, coalesce(r.label, printf('%.5f, %.5f', r.lat, r.lon)), "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true, "locations", "coalesce(r.label, '')", "r.entity_id IN %1", nullptr},
    {"balances r", "r.time_utc", "1", "r.account_id", nullptr, nullptr, "account_id",
     "r.id, r.utc_offset, r.account_id, NULL, r.balance_minor, r.currency, NULL, NULL, '', "
     "(SELECT file_name FROM sources WHERE id = r.source_id), r.locator",
     true, "balances", "''", "r.account_id IN %1", "abs(r.balance_minor)"},
    {"analyst_events r", "r.time_utc", "r.deleted_at IS NULL", nullptr, nullptr,
     "r.id IN (SELECT event_id FROM analyst_event_entities WHERE entity_id IN (%1))", nullptr,
     "r.id, r.utc_offset, 0, NULL, NULL, NULL, NULL, NULL, r.text, '', coalesce(r.basis, '')", false, nullptr,
     "r.text || ' ' || coalesce(r.basis, '')", "r.id IN (SELECT event_id FROM analyst_event_entities WHERE entity_id IN %1)", nullptr},
    {"lead_history r JOIN leads l ON l.id = r.lead_id", "(unixepoch(r.at) * 1000)", "l.deleted_at IS NULL", nullptr, nullptr,
     "r.lead_id IN (SELECT lead_id FROM lead_entities WHERE entity_id IN (%1))", nullptr,
     "r.id, 0, 0, NULL, NULL, NULL, NULL, r.status, l.code || ' ' || r.status || coalesce(': ' || r.note, ''), '', l.code", false, nullptr,
     "l.summary || ' ' || coalesce(r.note, '')", "r.lead_id IN (SELECT lead_id FROM lead_entities WHERE entity_id IN %1)", nullptr},
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
    if (!filter.tags.isEmpty()) {
        if (!k.tagTable)
            return {};
        where << QStringLiteral("EXISTS (SELECT 1 FROM tags g WHERE g.target_table = '%1' AND g.target_id = r.id AND g.tag IN (%2))")
                     .arg(QLatin1String(k.tagTable), sql::placeholders(filter.tags.size()));
        for (const QString &t : filter.tags)
            binds << t;
    }
    if (!filter.roles.isEmpty()) {
        // A party with one of the roles (entities merged with it share its role only through their own).
        const QString marks = QStringLiteral("(SELECT entity_id FROM roles WHERE role IN (%1))").arg(sql::placeholders(filter.roles.size()));
        const QString parties = QString::fromLatin1(k.parties);
        where << parties.arg(marks);
        for (int i = 0, uses = int(parties.count(QStringLiteral("%1"))); i < uses; ++i)
            for (const QString &r : filter.roles)
                binds << r;
    }
    if (filter.hasAmountRange()) {
        if (!k.amount)
            return {};
        where << QStringLiteral("r.currency = ?");
        binds << filter.currency;
        if (filter.minAmountMinor) {
            where << QLatin1String(k.amount) + QStringLiteral(" >= ?");
            binds << *filter.minAmountMinor;
        }
        if (filter.maxAmountMinor) {
            where << QLatin1String(k.amount) + QStringLiteral(" <= ?");
            binds << *filter.maxAmountMinor;
        }
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(QLatin1String(k.text));
        binds << filter.text;
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
