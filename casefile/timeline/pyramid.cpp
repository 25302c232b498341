#include "timeline/pyramid.h"

#include <QMap>

namespace cb::casefile::timeline {

namespace {

const char *const kindNames[] = {"transactions", "calls", "messages", "locations", "balances", "events", "leads"};

// Each counted kind's owner and time, as the event query reads them (duplicates of overlapping
// statements are counted once: not at all here).
struct KindSource
{
    const char *table, *owner, *time, *where;
};
const KindSource kindSources[CountedKinds] = {
    {"transactions", "account_id", "time_utc", "duplicate_of IS NULL"},
    {"calls", "subscriber_id", "start_utc", "1"},
    {"messages", "coalesce(sender_id, device_id, 0)", "time_utc", "1"},
    {"locations", "coalesce(entity_id, 0)", "time_utc", "1"},
    {"balances", "account_id", "time_utc", "1"},
};

QString floorDiv(const QString &x, qint64 w)
{
    const QString ws = QString::number(w);
    return QStringLiteral("(CASE WHEN (%1) >= 0 THEN (%1) / %2 ELSE -((-(%1) + %2 - 1) / %2) END)").arg(x, ws);
}

// One prepared statement for every (level, kind, lane): an import across 20,000 lines has 100,000 of them.
Status upsert(sql::Statement &st, int level, int kind, qint64 lane, const QMap<qint64, qint64> &buckets)
{
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        st.bind(1, qint64(level)).bind(2, qint64(kind)).bind(3, lane).bind(4, it.key()).bind(5, it.value());
        if (Status s = st.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

QString eventKindName(EventKind k)
{
    return QString::fromLatin1(kindNames[int(k)]);
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    for (EventKind k : allEventKinds) {
        const QString s = eventKindName(k);
        if (n == s || n + u's' == s || (k == EventKind::AnalystEvents && n == u"analyst_events"))
            return k;
    }
    if (n == u"money")
        return EventKind::Transactions;
    return std::nullopt;
}

void Counter::add(EventKind kind, qint64 owner, qint64 timeUtcMs, qint64 n)
{
    if (int(kind) >= CountedKinds)
        return;
    m_minutes[{int(kind), 0, bucketOf(timeUtcMs, levelWidthsMs[0])}] += n;
    if (owner)
        m_ownerDays[{int(kind), owner, bucketOf(timeUtcMs, levelWidthsMs[FirstOwnerLevel])}] += n;
}

Status Counter::flush(sql::Database &db)
{
    // (kind, lane) -> bucket -> count, one map per level; coarser levels add up the finest kept one.
    QHash<QPair<int, qint64>, QMap<qint64, qint64>> levels[LevelCount];
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
        const qint64 start = it.key().bucket * levelWidthsMs[0];
        for (int l = 0; l < LevelCount; ++l)
            levels[l][{it.key().kind, 0}][bucketOf(start, levelWidthsMs[l])] += it.value();
    }
    for (auto it = m_ownerDays.cbegin(); it != m_ownerDays.cend(); ++it) {
        const qint64 start = it.key().bucket * levelWidthsMs[FirstOwnerLevel];
        for (int l = FirstOwnerLevel; l < LevelCount; ++l)
            levels[l][{it.key().kind, it.key().lane}][bucketOf(start, levelWidthsMs[l])] += it.value();
    }
    sql::Statement st(db, "INSERT INTO timeline_counts(level, kind, lane, bucket, n) VALUES (?, ?, ?, ?, ?) "
                          "ON CONFLICT(level, kind, lane, bucket) DO UPDATE SET n = n + excluded.n");
    for (int l = 0; l < LevelCount; ++l)
        for (auto it = levels[l].cbegin(); it != levels[l].cend(); ++it)
            if (Status s = upsert(st, l, it.key().first, it.key().second, it.value()); !s)
                return s;
    m_minutes.clear();
    m_ownerDays.clear();
    return {};
}

Result<QStringList> mismatchedTotals(sql::Database &db)
{
    QStringList out;
    for (int k = 0; k < CountedKinds; ++k) {
        const KindSource &src = kindSources[k];
        const QByteArray count = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(src.table), QLatin1String(src.where)).toUtf8();
        const qint64 events = db.scalar(count.constData()).toLongLong();
        sql::Statement st(db, "SELECT level, sum(n) FROM timeline_counts WHERE kind = ? AND lane = 0 GROUP BY level");
        st.bind(1, qint64(k));
        QHash<int, qint64> sums;
        while (st.step())
            sums.insert(int(st.int64(0)), st.int64(1));
        if (!st.status().ok())
            return st.status();
        for (int l = 0; l < LevelCount; ++l)
            if (sums.value(l) != events)
                out << QStringLiteral("%1: %2 events, the timeline counts %3 at its %4-second level")
                           .arg(eventKindName(EventKind(k)))
                           .arg(events)
                           .arg(sums.value(l))
                           .arg(levelWidthsMs[l] / 1000);
    }
    return out;
}

Status rebuild(sql::Database &db)
{
    if (Status s = db.exec("DELETE FROM timeline_counts"); !s)
        return s;
    QStringList sql;
    for (int k = 0; k < CountedKinds; ++k) {
        const KindSource &src = kindSources[k];
        const QString t = QLatin1String(src.time), owner = QLatin1String(src.owner);
        sql << QStringLiteral("INSERT INTO timeline_counts SELECT 0, %1, 0, %2 AS b, count(*) FROM %3 WHERE %4 GROUP BY b")
                   .arg(k).arg(floorDiv(t, levelWidthsMs[0]), QLatin1String(src.table), QLatin1String(src.where));
        sql << QStringLiteral("INSERT INTO timeline_counts SELECT %1, %2, o, b, count(*) FROM "
                              "(SELECT %3 AS o, %4 AS b FROM %5 WHERE %6) WHERE o <> 0 GROUP BY o, b")
                   .arg(FirstOwnerLevel)
                   .arg(k)
                   .arg(owner, floorDiv(t, levelWidthsMs[FirstOwnerLevel]), QLatin1String(src.table), QLatin1String(src.where));
    }
    for (int l = 1; l < LevelCount; ++l) {
        const int from = l > FirstOwnerLevel ? FirstOwnerLevel : 0;
        const QString start = QStringLiteral("(bucket * %1)").arg(levelWidthsMs[from]);
        // Lane 0 from the minutes; owner lanes (from the day up) from the days.
        sql << QStringLiteral("INSERT INTO timeline_counts SELECT %1, kind, lane, %2 AS b, sum(n) FROM timeline_counts "
                              "WHERE level = %3 AND (lane = 0 OR %3 = %4) GROUP BY kind, lane, b")
                   .arg(l)
                   .arg(floorDiv(start, levelWidthsMs[l]))
                   .arg(from)
                   .arg(FirstOwnerLevel);
    }
    for (const QString &s : std::as_const(sql))
        if (Status st = db.exec(s.toUtf8().constData()); !st)
            return st;
    return {};
}

} // namespace cb::casefile::timeline
