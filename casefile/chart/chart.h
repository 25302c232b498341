#pragma once
// The link chart's model: what a chart shows (ChartSpec, as the command line and "Save chart" keep it) and
// the chart built from it on a worker (Chart: nodes and aggregated links, with positions). A chart never
// loads everything: it starts from chosen entities and expands by hops, with a cap of links per node and a
// "+N more" node standing for the rest; links aggregate the events between two entities.
#include "casefile.h"
#include "progress.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QPointF>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <array>

namespace cb::casefile::chart {

// What links are drawn: events aggregated (calls, money, messages) and links between entities that a
// source states or an analyst asserts ("links": a device's owner line, an app account's holder, member of...).
namespace LinkFamily {
inline const QString Calls = QStringLiteral("calls");
inline const QString Money = QStringLiteral("money");
inline const QString Messages = QStringLiteral("messages");
inline const QString Links = QStringLiteral("links");
} // namespace LinkFamily
const QStringList &linkFamilies();
const QStringList &sizeMeasures(); // degree, betweenness, closeness, eigenvector

struct ChartGroup
{
    QString name;
    QList<qint64> members; // entity ids
    bool collapsed = false;
};

struct ChartSpec
{
    QList<qint64> seeds;        // where the chart starts; empty: the subjects and victims, else the seized devices' owners
    bool all = false;           // every entity with a link (large charts)
    int hops = 1;
    QStringList kinds;          // link families; empty: all
    qint64 minCount = 1;        // links of fewer events are hidden
    qint64 minAmountMinor = 0;  // money links moving less (in `currency`) are hidden
    QString currency;
    int maxLinksPerNode = 20;   // beyond it, a "+N more" node
    qint64 afterMs = 0, beforeMs = 0; // the time window; 0: open
    QString layout = QStringLiteral("sfdp");
    QString sizeBy;             // node size by degree, betweenness, closeness or eigenvector (analysis/centrality.h); empty: all alike
    // The analyst's work on the picture.
    QHash<qint64, QPointF> positions; // entity (or group node key's entity) -> position in points
    QSet<qint64> pinned;        // moved by the analyst: stays where it is
    QSet<qint64> hidden;
    QHash<qint64, int> morePages; // entity -> pages of its "+N more" opened
    QList<qint64> expanded;     // entities expanded one hop further than the spec's hops
    QList<ChartGroup> groups;

    bool shows(const QString &family) const { return kinds.isEmpty() || kinds.contains(family); }
    QJsonObject toJson() const;
    static ChartSpec fromJson(const QJsonObject &o);
};

struct ChartNode
{
    qint64 entity = 0;     // the canonical entity (a merged identity is one node); groups and "+N more": see kind
    QString kind;          // entity kind (phone, bank_account...), "more" or "group"
    QString label, name, role;
    QList<qint64> twins;   // the merged entities it stands for (besides itself)
    int degree = 0;        // distinct partners in the case under the chart's filters
    int hop = 0;           // 0: a starting entity
    qint64 moreOf = 0;     // "more": the entity whose further links it stands for
    int moreCount = 0;     // "more": how many partners
    int group = -1;        // index in spec.groups: a collapsed group's node, or the box an entity is drawn in
    double measure = 0;    // spec.sizeBy's value in this chart
    double size = 0;       // the same, 0..1 of the chart's largest: how much larger the node is drawn
    QPointF pos;
    bool placed = false, pinned = false;
    QString key() const;   // stable across builds: "e12", "more12", "g0"
};

struct ChartLink
{
    int a = 0, b = 0;      // node indexes
    QString kind;          // calls, money, messages, or a link kind (owns_device, uses_account, member_of...)
    QString currency;      // money
    // [0] a to b, [1] b to a, [2] direction not recorded
    std::array<qint64, 3> count{}, durationS{}, amountMinor{};
    QString status;        // asserted links: alleged, corroborated or refuted; empty when a source states it
    qint64 linkId = 0;     // asserted links: the links row
    qint64 total() const { return count[0] + count[1] + count[2]; }
    qint64 totalAmount() const { return amountMinor[0] + amountMinor[1] + amountMinor[2]; }
    qint64 totalDuration() const { return durationS[0] + durationS[1] + durationS[2]; }
    bool isEvents() const;
};

struct Chart
{
    ChartSpec spec;
    QVector<ChartNode> nodes;
    QVector<ChartLink> links;
    QString caseTitle, caseNumber, zoneId, name;
    int hiddenWeak = 0;    // links under the minimum count or amount
    int capped = 0;        // partners left behind "+N more" nodes
    int isolatedSeeds = 0; // starting entities not drawn: no link of the kinds shown
    int indexOf(const QString &key) const;
    QList<int> neighbours(int node) const;
    QVector<int> partnersDrawn() const; // per node: distinct entities it is drawn linked to ("+N more" aside)
    // Shortest path (fewest links) between two nodes; empty when they are not connected.
    QList<int> shortestPath(int from, int to) const;
};

// Builds the chart: aggregation in SQL on the caller's connection (a worker), expansion with caps, groups,
// hidden entities, saved positions. Not laid out (chartlayout.h places what has no position).
Result<Chart> buildChart(CaseFile &cf, const ChartSpec &spec, const Progress &progress = {});

// The default starting entities: the subjects and victims, else the seized devices' owners, else the
// holders of the statements and call records (never the busiest nodes).
QList<qint64> defaultSeeds(CaseFile &cf);

// Saved charts, kept in the case's meta table under "chart:NAME".
QString chartKey(const QString &name);
Result<QJsonObject> savedChart(CaseFile &cf, const QString &name);
QStringList savedCharts(CaseFile &cf);

} // namespace cb::casefile::chart
