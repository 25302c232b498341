#include "timeline/timelinequery.h"

#include "casefile.h"

namespace cb::casefile::timeline {

using detail::Part;

namespace {

qint64 ceilDiv(qint64 a, qint64 w)
{
    return -bucketOf(-a, w);
}

QString floorDivSql(const QString &x, qint64 w)
{
    const QString ws = QString::number(w);
    return QStringLiteral("(CASE WHEN (%1) >= 0 THEN (%1) / %2 ELSE -((-(%1) + %2 - 1) / %2) END)").arg(x, ws);
}

Result<qint64> scalar(CaseFile &cf, const QString &sql, const QVariantList &binds)
{
    const QByteArray utf8 = sql.toUtf8();
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    if (!st.step())
        return st.status().ok() ? Status::error(QStringLiteral("no row")) : st.status();
    return st.int64(0);
}

// Raw count of one kind's events of the group in [a, b).
Result<qint64> rawCount(CaseFile &cf, EventKind kind, const QList<qint64> &group, const Filter &filter, Part part, qint64 a, qint64 b)
{
    if (a >= b)
        return qint64(0);
    QVariantList binds;
    const QString inner = detail::rawSelect(kind, {}, group, filter, part, a, b, binds);
    if (inner.isEmpty())
        return qint64(0);
    return scalar(cf, QStringLiteral("SELECT count(*) FROM (") + inner + u')', binds);
}

bool counted(EventKind kind, const Filter &filter)
{
    return int(kind) < CountedKinds && !filter.narrowsRows();
}

QString laneList(const QList<qint64> &group)
{
    return group.isEmpty() ? QStringLiteral("0") : sql::placeholders(group.size());
}

// The pyramid's sum over [A, B) (both multiples of level minLevel's width), coarsest buckets first.
Result<qint64> sumPyramid(CaseFile &cf, EventKind kind, const QList<qint64> &group, qint64 A, qint64 B, int minLevel)
{
    if (A >= B)
        return qint64(0);
    for (int l = LevelCount - 1; l >= minLevel; --l) {
        const qint64 w = levelWidthsMs[l], al = ceilDiv(A, w) * w, bl = bucketOf(B, w) * w;
        if (al >= bl)
            continue;
        QVariantList binds{qint64(l), qint64(int(kind))};
        for (qint64 e : group)
            binds << e;
        binds << al / w << bl / w;
        const Result<qint64> mid = scalar(cf, QStringLiteral("SELECT coalesce(sum(n), 0) FROM timeline_counts WHERE level = ? AND kind = ? AND lane IN (") +
                                              laneList(group) + QStringLiteral(") AND bucket >= ? AND bucket < ?"),
                                          binds);
        if (!mid)
            return mid;
        const Result<qint64> left = sumPyramid(cf, kind, group, A, al, minLevel);
        if (!left)
            return left;
        const Result<qint64> right = sumPyramid(cf, kind, group, bl, B, minLevel);
        if (!right)
            return right;
        return mid.value() + left.value() + right.value();
    }
    return qint64(0);
}

// Exact count of the group's events of a counted kind in [a, b): the pyramid for whole buckets, the
// events for the slivers at the ends (and, for an entity, the events it is the other party of).
Result<qint64> exactCount(CaseFile &cf, EventKind kind, const QList<qint64> &group, const Filter &filter, qint64 a, qint64 b)
{
    if (a >= b)
        return qint64(0);
    if (!counted(kind, filter))
        return rawCount(cf, kind, group, filter, Part::Both, a, b);
    const int minLevel = group.isEmpty() ? 0 : FirstOwnerLevel;
    const qint64 w = levelWidthsMs[minLevel], A = ceilDiv(a, w) * w, B = bucketOf(b, w) * w;
    const Part own = group.isEmpty() ? Part::Both : Part::Owner;
    qint64 n = 0;
    if (A >= B) {
        const Result<qint64> r = rawCount(cf, kind, group, filter, own, a, b);
        if (!r)
            return r;
        n = r.value();
    } else {
        for (const Result<qint64> &r : {rawCount(cf, kind, group, filter, own, a, A), rawCount(cf, kind, group, filter, own, B, b),
                                        sumPyramid(cf, kind, group, A, B, minLevel)}) {
            if (!r)
                return r;
            n += r.value();
        }
    }
    const Result<qint64> other = rawCount(cf, kind, group, filter, Part::Counterpart, a, b);
    if (!other)
        return other;
    return n + other.value();
}

// Adds bins counted from the events: floor((t - first) / binMs).
Status addRawBins(CaseFile &cf, EventKind kind, const QList<qint64> &group, const Filter &filter, Part part, Histogram &h)
{
    QVariantList binds;
    const QString inner = detail::rawSelect(kind, {}, group, filter, part, h.fromMs, h.toMs, binds);
    if (inner.isEmpty())
        return {};
    const QString sql = QStringLiteral("SELECT ") + floorDivSql(QStringLiteral("t - %1").arg(h.firstBinMs), h.binMs) +
                        QStringLiteral(" AS i, count(*) FROM (") + inner + QStringLiteral(") GROUP BY i");
    const QByteArray utf8 = sql.toUtf8();
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QVector<qint64> &c = h.counts[int(kind)];
    while (st.step()) {
        const qint64 i = st.int64(0);
        if (i >= 0 && i < c.size())
            c[i] += st.int64(1);
    }
    return st.status();
}

Status addPyramidBins(CaseFile &cf, EventKind kind, const QList<qint64> &group, Histogram &h)
{
    QVariantList binds{qint64(h.level), qint64(int(kind))};
    for (qint64 e : group)
        binds << e;
    const qint64 first = h.firstBinMs / h.binMs;
    binds << first << first + h.binCount();
    const QString sql = QStringLiteral("SELECT bucket, sum(n) FROM timeline_counts WHERE level = ? AND kind = ? AND lane IN (") +
                        laneList(group) + QStringLiteral(") AND bucket >= ? AND bucket < ? GROUP BY bucket");
    const QByteArray utf8 = sql.toUtf8();
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QVector<qint64> &c = h.counts[int(kind)];
    while (st.step())
        c[st.int64(0) - first] += st.int64(1);
    return st.status();
}

// A bin width for a range too short for the pyramid's minute: 1, 2, 5, 10, 15, 30 seconds or milliseconds.
qint64 fineWidth(qint64 want)
{
    static const qint64 steps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 15000, 30000, 60000};
    for (qint64 s : steps)
        if (s >= want)
            return s;
    return 60000;
}

} // namespace

QList<EventKind> Filter::effectiveKinds() const
{
    return kinds.isEmpty() ? QList<EventKind>(allEventKinds.begin(), allEventKinds.end()) : kinds;
}

int Histogram::binCount() const
{
    return binMs > 0 ? int(ceilDiv(toMs - firstBinMs, binMs)) : 0;
}

QVector<qint64> Histogram::sum() const
{
    QVector<qint64> s(binCount(), 0);
    for (const QVector<qint64> &k : counts)
        for (int i = 0; i < k.size() && i < s.size(); ++i)
            s[i] += k[i];
    return s;
}

qint64 Histogram::total() const
{
    qint64 t = 0;
    for (const QVector<qint64> &k : counts)
        for (qint64 n : k)
            t += n;
    return t;
}

Result<qint64> countRange(CaseFile &cf, const Lane &lane, EventKind kind, qint64 fromMs, qint64 toMs, const Filter &filter)
{
    return exactCount(cf, kind, detail::laneGroup(cf, lane), filter, fromMs, toMs);
}

Result<Histogram> histogram(CaseFile &cf, const Lane &lane, qint64 fromMs, qint64 toMs, int maxBins, const Filter &filter,
                            const Progress &progress)
{
    Histogram h;
    h.fromMs = fromMs;
    h.toMs = qMax(toMs, fromMs + 1);
    const qint64 want = ceilDiv(h.toMs - h.fromMs, qMax(1, maxBins));
    int level = LevelCount - 1;
    for (int l = 0; l < LevelCount; ++l)
        if (levelWidthsMs[l] >= want) {
            level = l;
            break;
        }
    h.binMs = want <= levelWidthsMs[0] ? fineWidth(want) : levelWidthsMs[level];
    h.firstBinMs = bucketOf(h.fromMs, h.binMs) * h.binMs;
    const QList<qint64> group = detail::laneGroup(cf, lane);
    const bool pyramid = want > levelWidthsMs[0] && h.binMs >= levelWidthsMs[group.isEmpty() ? 0 : FirstOwnerLevel];
    h.level = pyramid && !filter.narrowsRows() ? level : -1;
    h.counts.resize(EventKindCount);
    sql::Interruptible guard(cf.db(), progress);
    const int bins = h.binCount();
    for (EventKind k : filter.effectiveKinds()) {
        h.counts[int(k)] = QVector<qint64>(bins, 0);
        Status s;
        if (pyramid && counted(k, filter)) {
            s = addPyramidBins(cf, k, group, h);
            if (s.ok())
                s = addRawBins(cf, k, group, filter, Part::Counterpart, h);
            // The bins at the ends hold only the part of their bucket inside the range.
            for (int i : {0, bins - 1}) {
                if (!s.ok() || (h.binStart(i) >= h.fromMs && h.binStart(i) + h.binMs <= h.toMs))
                    continue;
                const Result<qint64> n = exactCount(cf, k, group, filter, qMax(h.binStart(i), h.fromMs), qMin(h.binStart(i) + h.binMs, h.toMs));
                if (!n)
                    return guard.status(n.status());
                h.counts[int(k)][i] = n.value();
            }
        } else {
            s = addRawBins(cf, k, group, filter, Part::Both, h);
        }
        if (!s)
            return guard.status(s);
    }
    return h;
}

} // namespace cb::casefile::timeline
