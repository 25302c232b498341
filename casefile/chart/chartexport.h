#pragma once
// A chart as data for other tools: GraphML (yEd, Gephi), GEXF (Gephi) and Graphviz dot, with positions.
// Nodes carry kind, label and role; links carry kind, count, duration_s, amount_minor and currency; a
// "+N more" node has kind "more" and a label saying how many partners it stands for.
#include "chart/chart.h"

#include <QByteArray>

namespace cb::casefile::chart {

QByteArray toGraphml(const Chart &chart);
QByteArray toGexf(const Chart &chart);
QByteArray toDot(const Chart &chart);
// The node's label as drawn and exported ("+12 more" for a "+N more" node).
QString nodeLabel(const ChartNode &node);
// A summary for --json and the workbench: nodes, links and counts by kind.
QJsonObject chartJson(const Chart &chart);

} // namespace cb::casefile::chart
