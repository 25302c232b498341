#pragma once
// Who holds a network together, on any undirected graph given as neighbour lists: betweenness (Brandes: on
// how many shortest paths between two others a node lies, each pair counted once), closeness (reachable /
// sum of distances) and eigenvector centrality (power iteration, largest value 1). Betweenness and
// closeness take every node as a start up to 2,000 nodes; beyond, 2,000 starts spread evenly (an estimate,
// scaled, and said). Shared by the `centrality` pattern and the link chart's node sizes and ranking.
#include "progress.h"
#include "result.h"

#include <vector>

namespace cb::casefile::analysis {

struct Centrality
{
    std::vector<double> betweenness, closeness, eigenvector;
    bool estimated = false;
};

Result<Centrality> centrality(const std::vector<std::vector<size_t>> &links, const Progress &progress = {});

} // namespace cb::casefile::analysis
