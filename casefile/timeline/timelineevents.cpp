// The events themselves, for a timeline zoomed in far enough to draw each one, and the case's extent.
#include "casefile.h"
#include "timeline/timelinequery.h"

namespace cb::casefile::timeline {

Result<QVector<Event>> events(CaseFile &cf, const Lane &lane, qint64 fromMs, qint64 toMs, const Filter &filter, int limit,
                              const Progress &progress)
{
    const QList<qint64> group = detail::laneGroup(cf, lane);
    QVariantList binds;
    QString sql;
    for (EventKind k : filter.effectiveKinds()) {
        QVariantList own;
        const QString one = detail::rawSelect(k, QStringLiteral("*"), group, filter, detail::Part::Both, fromMs, toMs, own);
        if (one.isEmpty())
            continue;
        if (!sql.isEmpty())
            sql += QStringLiteral(" UNION ALL ");
        // Each kind is cut at the limit too, so that a dense kind does not make the final sort hold more.
        sql += QStringLiteral("SELECT %1 AS k, * FROM (").arg(int(k)) + one + QStringLiteral(" ORDER BY t LIMIT ?)");
        binds << own << qint64(limit);
    }
    QVector<Event> out;
    if (sql.isEmpty())
        return out;
    sql += QStringLiteral(" ORDER BY t, k, 3 LIMIT ?");
    binds << qint64(limit);
    const QByteArray utf8 = sql.toUtf8();
    sql::Interruptible guard(cf.db(), progress);
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    while (st.step()) {
        Event e;
        e.kind = EventKind(qBound(0, int(st.int64(0)), EventKindCount - 1));
        e.timeUtcMs = st.int64(1);
        e.id = st.int64(2);
        e.offsetS = qint32(st.int64(3));
        e.owner = st.int64(4);
        e.other = st.int64(5);
        if (!st.isNull(6))
            e.amountMinor = st.int64(6);
        e.currency = st.text(7);
        if (!st.isNull(8))
            e.durationS = st.int64(8);
        e.direction = st.text(9);
        e.text = st.text(10);
        e.sourceFile = st.text(11);
        e.locator = st.text(12);
        out.append(e);
    }
    if (!st.status().ok())
        return guard.status(st.status());
    return out;
}

Result<std::optional<std::pair<qint64, qint64>>> extent(CaseFile &cf, const Filter &filter)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    auto widen = [&](const QString &sql, const QVariantList &binds, qint64 scale, qint64 extra) -> Status {
        const QByteArray utf8 = sql.toUtf8();
        sql::Statement st(cf.db(), utf8.constData());
        for (int i = 0; i < binds.size(); ++i)
            st.bind(i + 1, binds.at(i));
        if (!st.step())
            return st.status();
        if (!st.isNull(0)) {
            lo = qMin(lo, st.int64(0) * scale);
            hi = qMax(hi, st.int64(1) * scale + extra);
        }
        return {};
    };
    for (EventKind k : filter.effectiveKinds()) {
        Status s;
        if (int(k) < CountedKinds && !filter.narrowsRows()) {
            // The pyramid's first and last minute: the range holds every event, to the minute.
            // (Two ordered look-ups: min() and max() with "n > 0" would read every minute of the kind.)
            s = widen(QStringLiteral("SELECT (SELECT bucket FROM timeline_counts WHERE level = 0 AND kind = ?1 AND lane = 0 AND n > 0 ORDER BY bucket LIMIT 1), "
                                     "(SELECT bucket FROM timeline_counts WHERE level = 0 AND kind = ?1 AND lane = 0 AND n > 0 ORDER BY bucket DESC LIMIT 1)"),
                      {qint64(int(k))}, levelWidthsMs[0], levelWidthsMs[0] - 1);
        } else {
            QVariantList binds;
            const QString one = detail::rawSelect(k, {}, {}, filter, detail::Part::Both, std::numeric_limits<qint64>::min() / 2,
                                                  std::numeric_limits<qint64>::max() / 2, binds);
            if (one.isEmpty())
                continue;
            s = widen(QStringLiteral("SELECT min(t), max(t) FROM (") + one + u')', binds, 1, 0);
        }
        if (!s)
            return s;
    }
    if (lo > hi)
        return std::optional<std::pair<qint64, qint64>>{};
    return std::optional<std::pair<qint64, qint64>>{std::pair{lo, hi}};
}

} // namespace cb::casefile::timeline
