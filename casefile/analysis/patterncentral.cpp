// `centrality` over the call graph (`--graph calls`, the default) or the money graph (`--graph money`):
// who holds the network together. Links are undirected and unweighted: two entities are linked when one
// called (or paid) the other at least once. For each entity: degree (distinct partners), betweenness
// (Brandes: on how many shortest paths between two others it lies; pairs counted once), closeness (how
// near it is to everyone it can reach: reachable / sum of distances) and eigenvector centrality (power
// iteration: linked to those who are themselves central). Betweenness and closeness take every entity as
// a start up to 2,000 entities; beyond, 2,000 starts spread evenly (an estimate, scaled; said in the result).
#include "analysis/patternrows.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <unordered_map>

namespace cb::casefile::analysis {

namespace {

constexpr size_t MaxStarts = 2000;

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
    sql::Statement st(cf.db(), money ? "SELECT account_id, counterparty_id, uuid, digest, time_utc, utc_offset, amount_minor, currency, source_id, "
                                       "locator FROM transactions WHERE counterparty_id IS NOT NULL AND duplicate_of IS NULL"
                                     : "SELECT subscriber_id, other_id, uuid, digest, start_utc, utc_offset, coalesce(duration_s, 0), direction, "
                                       "source_id, locator FROM calls WHERE other_id IS NOT NULL");
    while (st.step()) {
        const qint64 a = st.int64(0), b = st.int64(1);
        if (a == b)
            continue;
        ledger.noteRead(st.blob(2), st.blob(3));
        const size_t x = at(a), y = at(b);
        if (!seen.emplace(std::minmax(x, y), true).second)
            continue;
        g.links[x].push_back(y), g.links[y].push_back(x);
        const Evidence e = money ? Evidence{false, st.blob(2), {st.int64(4), qint32(st.int64(5))}, st.int64(6), st.text(7), 0, {}, a, b, st.int64(8), st.text(9)}
                                 : Evidence{true, st.blob(2), {st.int64(4), qint32(st.int64(5))}, 0, {}, st.int64(6), st.text(7), a, b, st.int64(8), st.text(9)};
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
    std::vector<double> betweenness(n, 0.0), closeness(n, 0.0);
    const size_t starts = std::min(n, MaxStarts);
    for (size_t k = 0; k < starts; ++k) {
        if ((k & 0x3F) == 0 && progress.isCancelled())
            return Status::cancelled();
        const size_t s = n <= MaxStarts ? k : k * n / starts;
        // Brandes: breadth-first from s counting shortest paths, then dependencies back from the farthest.
        std::vector<int> dist(n, -1);
        std::vector<double> sigma(n, 0.0), delta(n, 0.0);
        std::vector<std::vector<size_t>> preds(n);
        std::vector<size_t> order;
        std::queue<size_t> q;
        dist[s] = 0, sigma[s] = 1, q.push(s);
        qint64 total = 0;
        while (!q.empty()) {
            const size_t v = q.front();
            q.pop();
            order.push_back(v);
            total += dist[v];
            for (size_t w : g.links[v]) {
                if (dist[w] < 0)
                    dist[w] = dist[v] + 1, q.push(w);
                if (dist[w] == dist[v] + 1)
                    sigma[w] += sigma[v], preds[w].push_back(v);
            }
        }
        closeness[s] = total > 0 ? double(order.size() - 1) / double(total) : 0.0;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            for (size_t v : preds[*it])
                delta[v] += sigma[v] / sigma[*it] * (1.0 + delta[*it]);
            if (*it != s)
                betweenness[*it] += delta[*it];
        }
    }
    const double scale = n > MaxStarts ? double(n) / double(starts) : 1.0;
    // Eigenvector centrality by power iteration (normalised to a largest value of 1).
    std::vector<double> eig(n, 1.0);
    for (int iter = 0; iter < 100 && n > 0; ++iter) {
        std::vector<double> next(n, 0.0);
        for (size_t v = 0; v < n; ++v)
            for (size_t w : g.links[v])
                next[v] += eig[w];
        const double top = *std::max_element(next.begin(), next.end());
        if (top <= 0)
            break;
        for (double &x : next)
            x /= top;
        eig.swap(next);
    }
    QList<PatternRow> out;
    for (size_t v = 0; v < n; ++v) {
        PatternRow row;
        row.account = g.ids[v];
        const double b = betweenness[v] * scale / 2.0; // each pair was counted from both ends
        row.score = qint64(std::llround(b * 1000)) * 1000000 + qint64(g.links[v].size());
        row.figures = {{QStringLiteral("degree"), qint64(g.links[v].size())},
                       {QStringLiteral("betweenness"), std::round(b * 1000) / 1000},
                       {QStringLiteral("closeness"), std::round(closeness[v] * 1000) / 1000},
                       {QStringLiteral("eigenvector"), std::round(eig[v] * 1000) / 1000},
                       {QStringLiteral("estimated"), n > MaxStarts}};
        row.evidence = QList<Evidence>(g.cites[v].begin(), g.cites[v].end());
        out.append(row);
    }
    return out;
}

} // namespace cb::casefile::analysis
