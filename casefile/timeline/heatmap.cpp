// Activity by local weekday and hour. In a zone, from the pyramid's 15-minute buckets (every zone offset
// and every DST change falls on a quarter hour, so each bucket has one local hour); in each event's own
// offset, or for one entity, or with a source filter, from the events.
#include "casefile.h"
#include "timeline/timelinequery.h"

#include <QDateTime>

namespace cb::casefile::timeline {

namespace {

// A zone's offset at any instant in a range, from its transitions (a QTimeZone lookup per bucket is slow).
class Offsets
{
public:
    Offsets(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
    {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
        m_at << std::numeric_limits<qint64>::min();
        m_offset << zone.offsetFromUtc(from);
        for (const QTimeZone::OffsetData &t : zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()))) {
            m_at << t.atUtc.toMSecsSinceEpoch();
            m_offset << t.offsetFromUtc;
        }
    }
    int at(qint64 ms) const
    {
        const auto it = std::upper_bound(m_at.cbegin(), m_at.cend(), ms);
        return m_offset.at(int(it - m_at.cbegin()) - 1);
    }

private:
    QVector<qint64> m_at;
    QVector<int> m_offset;
};

void place(Heatmap &h, qint64 utcMs, int offsetS, qint64 n)
{
    const qint64 local = utcMs + qint64(offsetS) * 1000;
    const qint64 day = bucketOf(local, 86'400'000);
    const int weekday = int(((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday; Monday is 0
    const int hour = int((local - day * 86'400'000) / 3'600'000);
    h.cells[weekday][hour] += n;
}

Status rawPlace(CaseFile &cf, Heatmap &h, EventKind k, const QList<qint64> &group, const Filter &filter, qint64 a, qint64 b,
                const Offsets *zone, bool scan = false)
{
    if (a >= b)
        return {};
    QVariantList binds;
    const QString sql = detail::rawSelect(k, QStringLiteral("offset"), group, filter, detail::Part::Both, a, b, binds, scan);
    if (sql.isEmpty())
        return {};
    const QByteArray utf8 = sql.toUtf8();
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    while (st.step()) {
        const qint64 t = st.int64(0);
        place(h, t, zone ? zone->at(t) : int(st.int64(1)), 1);
    }
    return st.status();
}

} // namespace

qint64 Heatmap::total() const
{
    qint64 t = 0;
    for (const auto &row : cells)
        for (qint64 n : row)
            t += n;
    return t;
}

qint64 Heatmap::max() const
{
    qint64 m = 0;
    for (const auto &row : cells)
        for (qint64 n : row)
            m = qMax(m, n);
    return m;
}

Result<Heatmap> heatmap(CaseFile &cf, const Lane &lane, const Filter &filter, const std::optional<QTimeZone> &zone, qint64 fromMs,
                        qint64 toMs, const Progress &progress)
{
    Heatmap h;
    const QList<qint64> group = detail::laneGroup(cf, lane);
    std::optional<Offsets> offsets;
    if (zone)
        offsets.emplace(*zone, fromMs, toMs);
    sql::Interruptible guard(cf.db(), progress);
    const qint64 w = levelWidthsMs[HeatmapLevel];
    for (EventKind k : filter.effectiveKinds()) {
        const bool pyramid = zone && group.isEmpty() && int(k) < CountedKinds && !filter.narrowsRows();
        if (!pyramid) {
            // Every event of a kind over most of its period: read the table in order rather than seek per owner.
            bool scan = false;
            if (group.isEmpty()) {
                Filter one = filter;
                one.kinds = {k};
                const auto e = extent(cf, one);
                if (!e)
                    return guard.status(e.status());
                scan = e.value() && (toMs - fromMs) * 10 >= e.value()->second - e.value()->first;
            }
            if (Status s = rawPlace(cf, h, k, group, filter, fromMs, toMs, offsets ? &*offsets : nullptr, scan); !s)
                return guard.status(s);
            continue;
        }
        const qint64 A = -bucketOf(-fromMs, w) * w, B = bucketOf(toMs, w) * w;
        if (A >= B) {
            if (Status s = rawPlace(cf, h, k, group, filter, fromMs, toMs, &*offsets); !s)
                return guard.status(s);
            continue;
        }
        for (const auto &[a, b] : {std::pair{fromMs, A}, std::pair{B, toMs}})
            if (Status s = rawPlace(cf, h, k, group, filter, a, b, &*offsets); !s)
                return guard.status(s);
        sql::Statement st(cf.db(), "SELECT bucket, n FROM timeline_counts WHERE level = ? AND kind = ? AND lane = 0 AND bucket >= ? AND bucket < ?");
        st.bind(1, qint64(HeatmapLevel)).bind(2, qint64(int(k))).bind(3, A / w).bind(4, B / w);
        while (st.step()) {
            const qint64 t = st.int64(0) * w;
            place(h, t, offsets->at(t), st.int64(1));
        }
        if (!st.status().ok())
            return guard.status(st.status());
    }
    return h;
}

} // namespace cb::casefile::timeline
