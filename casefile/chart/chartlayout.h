#pragma once
// Where a chart's nodes go. Two mechanisms:
// - a whole layout by Graphviz in-process (sfdp for large charts, neato, dot with money flowing left to
//   right, circo, twopi); Graphviz is not thread-safe, so one layout runs at a time in the process;
// - incremental placement when most of the chart is already placed (an expansion, a page of "+N more"):
//   nothing placed moves; each new node goes to the nearest free spot around its placed neighbours (the
//   node it was expanded from), found on a grid of the occupied spots. Graphviz's own way to keep nodes
//   still (neato with pinned positions) re-solves the whole chart: 6 s for 100 new nodes among 4,900.
#include "chart/chart.h"

namespace cb::casefile::chart {

inline constexpr double IconSize = 28;    // points: the node's icon
inline constexpr double NodeWidth = 124;  // the node with its label under it, as laid out
inline constexpr double NodeHeight = 48;

struct LayoutReport
{
    QString engine;        // what placed the nodes: a Graphviz engine, or "incremental"
    int placed = 0;        // nodes given a position
    qint64 elapsedMs = 0;
};

const QStringList &layoutEngines();

// Places the nodes that have no position. `relayout`: the whole chart again, except pinned nodes (then
// neato places the others around them, whatever engine was asked). Cancel is checked between steps; a
// Graphviz run itself cannot be interrupted, so a cancelled layout ends when that run does.
Result<LayoutReport> layoutChart(Chart &chart, bool relayout = false, const Progress &progress = {});

} // namespace cb::casefile::chart
