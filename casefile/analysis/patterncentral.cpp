// `centrality` over the call graph (`--graph calls`, the default) or the money graph (`--graph money`):
// who holds the network together. Links are undirected and unweighted: two entities are linked when one
// called (or paid) the other at least once. For each entity: degree (distinct partners), betweenness
// (Brandes: on how many shortest paths between two others it lies; pairs counted once), closeness (how
// near it is to everyone it can reach: reachable / sum of distances) and eigenvector centrality (power
// iteration: linked to those who are themselves central). Betweenness and closeness take every entity as
// a start up to 2,000 entities; beyond, 2,000 starts spread evenly (an estimate, scaled; said in the result).
#include "analysis/centrality.h"
#include "analysis/patternrows.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <unordered_map>

namespace cb::casefile::analysis {

namespace {

struct Graph
{
    std::vector<qint64> ids;                   // node -> entity
    std::vector<std::vector<size_t>> links;    // node -> neighbours
    std::vector<std::vector<Evidence>> cites;  // node -> a few records that made its links
};

Result<Graph> buildGraph(CaseFile &cf, Ledger &ledger, bool money)
{
    Graph g;
    std::unordered_map<qint64, size_t> node;
    auto at = [&](qint64 id) {
        auto [it, added] = node.emplace(id, g.ids.size());
        if (added) {
            g.ids.push_back(id);
            g.links.emplace_back();
            g.cites.emplace_back();
        }
        return it->second;
    };
    std::map<std::pair<size_t, size_t>, bool> seen;
    sql::Statement st(cf.db(), money ? "SELECT account_id, counterparty_id, uuid, digest, time_utc, utc_offset, amount_minor, id "
                                       "FROM transactions WHERE counterparty_id IS NOT NULL AND duplicate_of IS NULL"
                                     : "SELECT subscriber_id, other_id, uuid, digest, start_utc, utc_offset, coalesce(duration_s, 0), id "
                                       "FROM calls WHERE other_id IS NOT NULL");
    while (st.step()) {
        const qint64 a = ledger.canonical(st.int64(0)), b = ledger.canonical(st.int64(1));
        ledger.noteRead(st.blob(2), st.blob(3));
        if (a == b)
            continue; // a record of one party, or between two members of one merged identity
        const size_t x = at(a), y = at(b);
        if (!seen.emplace(std::minmax(x, y), true).second)
            continue;
        g.links[x].push_back(y), g.links[y].push_back(x);
        const Evidence e = money ? Evidence{false, st.int64(7), {st.int64(4), qint32(st.int64(5))}, st.int64(6), 0, a, b}
                                 : Evidence{true, st.int64(7), {st.int64(4), qint32(st.int64(5))}, 0, st.int64(6), a, b};
        for (size_t n : {x, y})
            if (g.cites[n].size() < 20) // each link once; enough to show what the figures rest on
                g.cites[n].push_back(e);
    }
    if (!st.status().ok())
        return st.status();
    return g;
}

} // namespace

Result<QList<PatternRow>> centralityPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const Progress &progress)
{
    const Result<Graph> built = buildGraph(cf, ledger, p.graph == u"money");
    if (!built)
        return built.status();
    const Graph &g = built.value();
    const size_t n = g.ids.size();
    const Result<Centrality> c = centrality(g.links, progress);
    if (!c)
        return c.status();
    const std::vector<double> &betweenness = c.value().betweenness, &closeness = c.value().closeness, &eig = c.value().eigenvector;
    QList<PatternRow> out;
    for (size_t v = 0; v < n; ++v) {
        PatternRow row;
        row.account = g.ids[v];
        const double b = betweenness[v];
        row.score = qint64(std::llround(b * 1000)) * 1000000 + qint64(g.links[v].size());
        row.figures = {{QStringLiteral("degree"), qint64(g.links[v].size())},
                       {QStringLiteral("betweenness"), std::round(b * 1000) / 1000},
                       {QStringLiteral("closeness"), std::round(closeness[v] * 1000) / 1000},
                       {QStringLiteral("eigenvector"), std::round(eig[v] * 1000) / 1000},
                       {QStringLiteral("estimated"), c.value().estimated}};
        row.evidence = QList<Evidence>(g.cites[v].begin(), g.cites[v].end());
        out.append(row);
    }
    return out;
}

} // namespace cb::casefile::analysis
