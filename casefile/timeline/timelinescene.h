#pragma once
// Everything one picture of the timeline needs, read in one go on a worker (the screen, an exported image
// and the evidence packet draw the same Scene): the view (range, lanes, filters, zone), the density of the
// whole range, and per lane its bins and, when they are few enough to draw one by one, its events.
#include "timeline/timelinequery.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace cb::casefile::timeline {

enum class LaneMode { Kind, Entity };

inline constexpr qint64 MaxSpanMs = 1000LL * 366 * 86'400'000; // a view spans at most a thousand years

// A view of the timeline, as the command line and "Save view" keep it.
struct ViewSpec
{
    qint64 fromMs = 0, toMs = 0; // both 0: the case's whole period
    LaneMode lanes = LaneMode::Kind;
    QList<qint64> entities;      // entity lanes; empty: the case's subjects and victims, else the busiest owners
    Filter filter;
    QString zone;                // IANA id; empty: the case's display zone
    bool logScale = false;
    QJsonObject toJson() const;
    static ViewSpec fromJson(const QJsonObject &o);
};

struct LaneData
{
    QString label;
    QString role;                    // "subject", "victim"...; empty for kind lanes and entities without one
    qint64 entity = 0;               // entity lanes
    std::optional<EventKind> kind;   // kind lanes
    Histogram bins;
    QVector<Event> events;           // filled when the lane holds at most Scene::eventLimit events in range
    qint64 total = 0;
    bool drawsEvents() const { return !events.isEmpty() || total == 0; }
};

struct Scene
{
    ViewSpec spec;                   // with the range and entities filled in
    QTimeZone zone;
    QString zoneId, caseTitle, caseNumber;
    Histogram density;               // every lane's events together (the view's kinds): the overview strip
    QVector<LaneData> lanes;
    QHash<qint64, QString> labels;   // entity id -> label, for the parties of drawn events
    int eventLimit = 0;
    qint64 total() const { return density.total(); }
};

// plotWidthPx: how wide the time axis is drawn (bins are at least 3 pixels wide).
Result<Scene> loadScene(CaseFile &cf, const ViewSpec &spec, int plotWidthPx, const Progress &progress = {});

// Saved views, kept in the case's meta table under "timeline_view:NAME".
QString viewKey(const QString &name);

} // namespace cb::casefile::timeline
