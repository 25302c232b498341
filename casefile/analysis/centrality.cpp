#include "analysis/centrality.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace cb::casefile::analysis {

namespace {
constexpr size_t MaxStarts = 2000;
}

Result<Centrality> centrality(const std::vector<std::vector<size_t>> &links, const Progress &progress)
{
    const size_t n = links.size();
    Centrality c;
    c.betweenness.assign(n, 0.0), c.closeness.assign(n, 0.0);
    const size_t starts = std::min(n, MaxStarts);
    c.estimated = n > MaxStarts;
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
            for (size_t w : links[v]) {
                if (dist[w] < 0)
                    dist[w] = dist[v] + 1, q.push(w);
                if (dist[w] == dist[v] + 1)
                    sigma[w] += sigma[v], preds[w].push_back(v);
            }
        }
        c.closeness[s] = total > 0 ? double(order.size() - 1) / double(total) : 0.0;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            for (size_t v : preds[*it])
                delta[v] += sigma[v] / sigma[*it] * (1.0 + delta[*it]);
            if (*it != s)
                c.betweenness[*it] += delta[*it];
        }
    }
    const double scale = c.estimated ? double(n) / double(starts) : 1.0;
    for (double &b : c.betweenness)
        b = b * scale / 2.0; // each pair was counted from both ends
    // Eigenvector centrality by power iteration (normalised to a largest value of 1).
    c.eigenvector.assign(n, 1.0);
    for (int iter = 0; iter < 100 && n > 0; ++iter) {
        std::vector<double> next(n, 0.0);
        for (size_t v = 0; v < n; ++v)
            for (size_t w : links[v])
                next[v] += c.eigenvector[w];
        const double top = *std::max_element(next.begin(), next.end());
        if (top <= 0)
            break;
        for (double &x : next)
            x /= top;
        c.eigenvector.swap(next);
    }
    return c;
}

} // namespace cb::casefile::analysis
