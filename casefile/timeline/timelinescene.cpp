#include "timeline/timelinescene.h"

#include "casefile.h"
#include "query/recordquery.h"

#include <QJsonArray>

namespace cb::casefile::timeline {

namespace {

constexpr int MaxEntityLanes = 12;

// Entity lanes nobody chose: the subjects and victims (subjects first), else the busiest owners in range.
Result<QList<qint64>> defaultEntities(CaseFile &cf, qint64 fromMs, qint64 toMs)
{
    QList<qint64> out;
    sql::Statement roles(cf.db(), "SELECT entity_id FROM roles WHERE role IN ('subject', 'victim') "
                                  "ORDER BY CASE role WHEN 'subject' THEN 0 ELSE 1 END, entity_id LIMIT ?");
    roles.bind(1, qint64(MaxEntityLanes));
    while (roles.step())
        out << roles.int64(0);
    if (!out.isEmpty() || !roles.status().ok())
        return roles.status().ok() ? Result<QList<qint64>>(out) : Result<QList<qint64>>(roles.status());
    // The busiest by the coarsest buckets no wider than the period (a close enough ranking, from few rows).
    int level = FirstOwnerLevel;
    while (level + 1 < LevelCount && levelWidthsMs[level + 1] <= toMs - fromMs)
        ++level;
    const qint64 w = levelWidthsMs[level];
    sql::Statement busy(cf.db(), "SELECT lane FROM timeline_counts WHERE level = ? AND lane <> 0 AND bucket >= ? AND bucket <= ? "
                                 "GROUP BY lane ORDER BY sum(n) DESC, lane LIMIT ?");
    busy.bind(1, qint64(level)).bind(2, bucketOf(fromMs, w)).bind(3, bucketOf(toMs, w)).bind(4, qint64(MaxEntityLanes));
    while (busy.step())
        out << busy.int64(0);
    if (!busy.status().ok())
        return busy.status();
    return out;
}

// The labels and roles of the entities a scene names (lanes and the parties of its events).
Status fillLabels(CaseFile &cf, Scene &scene, QHash<qint64, QString> &roles)
{
    QSet<qint64> ids;
    for (const LaneData &l : std::as_const(scene.lanes)) {
        if (l.entity)
            ids.insert(l.entity);
        for (const Event &e : l.events) {
            if (e.owner)
                ids.insert(e.owner);
            if (e.other)
                ids.insert(e.other);
        }
    }
    if (ids.isEmpty())
        return {};
    const QList<qint64> list(ids.cbegin(), ids.cend());
    const QString sql = QStringLiteral("SELECT l.entity_id, l.label, r.role FROM entity_labels l LEFT JOIN roles r ON r.entity_id = l.entity_id "
                                       "WHERE l.entity_id IN (") + sql::placeholders(list.size()) + u')';
    const QByteArray utf8 = sql.toUtf8();
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < list.size(); ++i)
        st.bind(i + 1, list[i]);
    while (st.step()) {
        scene.labels.insert(st.int64(0), st.text(1));
        if (!st.isNull(2))
            roles.insert(st.int64(0), st.text(2));
    }
    return st.status();
}

Status fillLane(CaseFile &cf, Scene &scene, LaneData &lane, const Lane &which, const Filter &filter, int bins, const Progress &progress)
{
    const Result<Histogram> h = histogram(cf, which, scene.spec.fromMs, scene.spec.toMs, bins, filter, progress);
    if (!h)
        return h.status();
    lane.bins = h.value();
    lane.total = lane.bins.total();
    if (lane.total > 0 && lane.total <= scene.eventLimit) {
        const Result<QVector<Event>> ev = events(cf, which, scene.spec.fromMs, scene.spec.toMs, filter, scene.eventLimit, progress);
        if (!ev)
            return ev.status();
        lane.events = ev.value();
    }
    return {};
}

} // namespace

QJsonObject ViewSpec::toJson() const
{
    QJsonArray kinds, ents, sources;
    for (EventKind k : filter.kinds)
        kinds.append(eventKindName(k));
    for (qint64 e : entities)
        ents.append(e);
    for (qint64 s : filter.sources)
        sources.append(s);
    return {{QStringLiteral("from_ms"), fromMs},  {QStringLiteral("to_ms"), toMs},
            {QStringLiteral("lanes"), lanes == LaneMode::Kind ? QStringLiteral("kind") : QStringLiteral("entity")},
            {QStringLiteral("entities"), ents},   {QStringLiteral("kinds"), kinds},
            {QStringLiteral("sources"), sources}, {QStringLiteral("timezone"), zone},
            {QStringLiteral("roles"), QJsonArray::fromStringList(filter.roles)}, {QStringLiteral("tags"), QJsonArray::fromStringList(filter.tags)},
            {QStringLiteral("text"), filter.text},
            {QStringLiteral("currency"), filter.currency},
            {QStringLiteral("min_amount_minor"), filter.minAmountMinor ? QJsonValue(*filter.minAmountMinor) : QJsonValue()},
            {QStringLiteral("max_amount_minor"), filter.maxAmountMinor ? QJsonValue(*filter.maxAmountMinor) : QJsonValue()},
            {QStringLiteral("log_scale"), logScale}};
}

ViewSpec ViewSpec::fromJson(const QJsonObject &o)
{
    ViewSpec v;
    v.fromMs = qint64(o.value(QStringLiteral("from_ms")).toDouble());
    v.toMs = qint64(o.value(QStringLiteral("to_ms")).toDouble());
    v.lanes = o.value(QStringLiteral("lanes")).toString() == u"entity" ? LaneMode::Entity : LaneMode::Kind;
    for (const QJsonValue &e : o.value(QStringLiteral("entities")).toArray())
        v.entities << qint64(e.toDouble());
    for (const QJsonValue &k : o.value(QStringLiteral("kinds")).toArray())
        if (const auto kind = eventKindFromName(k.toString()))
            v.filter.kinds << *kind;
    for (const QJsonValue &s : o.value(QStringLiteral("sources")).toArray())
        v.filter.sources << qint64(s.toDouble());
    v.zone = o.value(QStringLiteral("timezone")).toString();
    for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
        v.filter.roles << r.toString();
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        v.filter.tags << t.toString();
    v.filter.text = o.value(QStringLiteral("text")).toString();
    v.filter.currency = o.value(QStringLiteral("currency")).toString();
    if (o.value(QStringLiteral("min_amount_minor")).isDouble())
        v.filter.minAmountMinor = o.value(QStringLiteral("min_amount_minor")).toInteger();
    if (o.value(QStringLiteral("max_amount_minor")).isDouble())
        v.filter.maxAmountMinor = o.value(QStringLiteral("max_amount_minor")).toInteger();
    v.logScale = o.value(QStringLiteral("log_scale")).toBool();
    return v;
}

QString viewKey(const QString &name)
{
    return QStringLiteral("timeline_view:") + name;
}

Result<Scene> loadScene(CaseFile &cf, const ViewSpec &spec, int plotWidthPx, const Progress &progress)
{
    Scene scene;
    scene.spec = spec;
    scene.zoneId = spec.zone.isEmpty() ? cf.settings().timezone : spec.zone;
    scene.zone = QTimeZone(scene.zoneId.toLatin1());
    if (!scene.zone.isValid())
        return Status::error(ErrorCode::Invalid, QStringLiteral("unknown time zone \"%1\"").arg(scene.zoneId));
    scene.caseTitle = cf.settings().title;
    scene.caseNumber = cf.settings().caseNumber;
    if (spec.fromMs == 0 && spec.toMs == 0) {
        // Lead milestones are when analysts worked, not when things happened: they do not stretch the period.
        Filter evidence = spec.filter;
        evidence.kinds = spec.filter.effectiveKinds();
        if (evidence.kinds.size() > 1)
            evidence.kinds.removeAll(EventKind::LeadMilestones);
        const auto e = extent(cf, evidence);
        if (!e)
            return e.status();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto [lo, hi] = e.value().value_or(std::pair{now - 86'400'000, now});
        const qint64 pad = qMax<qint64>((hi - lo) / 50, 60'000); // a margin, so the first and last events are not on the frame
        scene.spec.fromMs = lo - pad;
        scene.spec.toMs = hi + pad;
    }
    if (scene.spec.toMs <= scene.spec.fromMs)
        return Status::error(ErrorCode::Invalid, QStringLiteral("the period ends before it starts"));
    if (scene.spec.toMs - scene.spec.fromMs > MaxSpanMs)
        return Status::error(ErrorCode::Invalid, QStringLiteral("the period is longer than a thousand years"));
    const int bins = qMax(1, plotWidthPx / 3);
    scene.eventLimit = qBound(50, plotWidthPx / 3, 2000);
    // When a bin is a minute or more (a pixel is 20 seconds or more), the period is widened to whole
    // minutes: every count then comes from the pyramid, with no partial minute to count from the events.
    const qint64 w0 = levelWidthsMs[0];
    if ((scene.spec.toMs - scene.spec.fromMs) / bins > w0) {
        scene.spec.fromMs = bucketOf(scene.spec.fromMs, w0) * w0;
        scene.spec.toMs = -bucketOf(-scene.spec.toMs, w0) * w0;
    }
    if (spec.lanes == LaneMode::Entity && spec.entities.isEmpty()) {
        const auto chosen = defaultEntities(cf, scene.spec.fromMs, scene.spec.toMs);
        if (!chosen)
            return chosen.status();
        scene.spec.entities = chosen.value();
    }
    // A merged identity is one lane: a twin of an entity already given a lane gets none of its own.
    QList<qint64> distinct, covered;
    for (qint64 e : std::as_const(scene.spec.entities))
        if (!covered.contains(e)) {
            distinct << e;
            covered += withMergedEntities(cf, {e});
        }
    scene.spec.entities = distinct;
    if (spec.lanes == LaneMode::Kind) {
        // One lane per kind; the overview is their bins put together (same range and bins), not read again.
        for (EventKind k : spec.filter.effectiveKinds()) {
            LaneData lane;
            lane.kind = k;
            Filter one = spec.filter;
            one.kinds = {k};
            if (Status s = fillLane(cf, scene, lane, {}, one, bins, progress); !s)
                return s;
            if (scene.lanes.isEmpty())
                scene.density = lane.bins;
            scene.density.counts[int(k)] = lane.bins.counts.value(int(k));
            scene.lanes.append(lane);
        }
    } else {
        // The overview counts the lanes' entities together, each event once however many lanes it is in.
        const Result<Histogram> density = histogram(cf, {scene.spec.entities}, scene.spec.fromMs, scene.spec.toMs, bins, spec.filter, progress);
        if (!density)
            return density.status();
        scene.density = density.value();
        for (qint64 e : std::as_const(scene.spec.entities)) {
            LaneData lane;
            lane.entity = e;
            if (Status s = fillLane(cf, scene, lane, {{e}}, spec.filter, bins, progress); !s)
                return s;
            scene.lanes.append(lane);
        }
    }
    QHash<qint64, QString> roles;
    if (Status s = fillLabels(cf, scene, roles); !s)
        return s;
    for (LaneData &l : scene.lanes) {
        l.label = l.entity ? scene.labels.value(l.entity, QStringLiteral("#%1").arg(l.entity)) : eventKindName(*l.kind);
        l.role = roles.value(l.entity);
    }
    return scene;
}

} // namespace cb::casefile::timeline
