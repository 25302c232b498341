#include "chart/chartlayout.h"

#include <QElapsedTimer>
#include <cmath>
#include <mutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace cb::casefile::chart {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

// Most of the chart placed: the rest is placed around it.
bool incrementalFits(const Chart &c)
{
    int placed = 0;
    for (const ChartNode &n : c.nodes)
        placed += n.placed ? 1 : 0;
    return placed > 0 && placed * 2 >= c.nodes.size();
}

// Occupied spots on a grid of node-sized cells.
class Grid
{
public:
    bool isFree(QPointF p) const { return !m_cells.contains(cell(p)); }
    void take(QPointF p) { m_cells.insert(cell(p)); }

private:
    static QPair<qint64, qint64> cell(QPointF p) { return {qint64(std::floor(p.x() / NodeWidth)), qint64(std::floor(p.y() / NodeHeight))}; }
    QSet<QPair<qint64, qint64>> m_cells;
};

// New nodes around their placed neighbours: rings of free spots, nearest first, spread by angle.
int placeIncrementally(Chart &c)
{
    Grid grid;
    QPointF centre;
    int placed = 0;
    double maxRadius = 0;
    for (const ChartNode &n : std::as_const(c.nodes))
        if (n.placed)
            grid.take(n.pos), centre += n.pos, ++placed;
    centre /= std::max(placed, 1);
    for (const ChartNode &n : std::as_const(c.nodes))
        if (n.placed)
            maxRadius = std::max(maxRadius, std::hypot(n.pos.x() - centre.x(), n.pos.y() - centre.y()));
    QVector<QList<int>> adj(c.nodes.size());
    for (const ChartLink &l : std::as_const(c.links))
        adj[l.a] << l.b, adj[l.b] << l.a;
    int done = 0;
    QHash<int, int> around; // anchor -> new nodes placed around it so far, to spread them by angle
    for (int i = 0; i < c.nodes.size(); ++i) {
        ChartNode &n = c.nodes[i];
        if (n.placed)
            continue;
        QPointF anchor;
        int anchors = 0, first = -1;
        for (int m : adj[i])
            if (c.nodes[m].placed)
                anchor += c.nodes[m].pos, ++anchors, first = first < 0 ? m : first;
        const double start = (around[first]++) * 2.399963; // the golden angle: successive nodes never line up
        if (anchors)
            anchor /= anchors;
        else // nothing it links to is placed: outside the picture
            anchor = centre + QPointF(std::cos(start), std::sin(start)) * (maxRadius + 2 * NodeWidth);
        QPointF spot = anchor;
        const bool search = anchors > 0 || !grid.isFree(spot); // the anchor's own spot is its node's
        for (int ring = 1; search && ring < 400; ++ring) {
            const double r = ring * NodeHeight * 1.2;
            const int steps = std::max(6, int(2 * M_PI * r / NodeWidth));
            bool found = false;
            for (int s = 0; s < steps && !found; ++s) {
                const double a = start + 2 * M_PI * s / steps;
                const QPointF p = anchor + QPointF(std::cos(a) * r * 1.6, std::sin(a) * r);
                if (grid.isFree(p))
                    spot = p, found = true;
            }
            if (found)
                break;
        }
        n.pos = spot, n.placed = true;
        grid.take(spot);
        ++done;
    }
    return done;
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 3);
}

// The whole chart by Graphviz. Positions come back in points, y up; the picture's y goes down.
Status graphvizLayout(Chart &c, const QString &engine)
{
    const bool pins = std::any_of(c.nodes.cbegin(), c.nodes.cend(), [](const ChartNode &n) { return n.pinned; });
    const QByteArray algo = (pins ? QStringLiteral("neato") : engine).toLatin1();
    const bool dot = algo == "dot";
    const bool large = c.nodes.size() > 1500;
    std::lock_guard lock(graphvizMutex());
    static GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(const_cast<char *>("chart"), dot ? Agdirected : Agundirected, nullptr);
    auto graphAttr = [&](const char *name, const char *value) { agattr(g, AGRAPH, const_cast<char *>(name), const_cast<char *>(value)); };
    // Small charts: no two nodes overlap (prism). Large ones: sfdp's own default, which spreads nodes apart in a
    // fraction of prism's time (5,000 nodes: 1 s against 3.5 s here) and leaves few icons touching.
    if (!large)
        graphAttr("overlap", "prism");
    else if (algo == "sfdp")
        graphAttr("quadtree", "fast"); // the coarser force approximation: 50,000 nodes in 23 s instead of 33 s here
    graphAttr("splines", "false");
    graphAttr("outputorder", "edgesfirst");
    if (dot)
        graphAttr("rankdir", "LR"), graphAttr("nodesep", "0.35"), graphAttr("ranksep", "1.2");
    else
        graphAttr("sep", "+6");
    Agsym_t *label = agattr(g, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    Agsym_t *shape = agattr(g, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    Agsym_t *fixed = agattr(g, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    Agsym_t *width = agattr(g, AGNODE, const_cast<char *>("width"), inches(NodeWidth).data());
    Agsym_t *height = agattr(g, AGNODE, const_cast<char *>("height"), inches(NodeHeight).data());
    Agsym_t *pos = agattr(g, AGNODE, const_cast<char *>("pos"), const_cast<char *>(""));
    Agsym_t *pin = agattr(g, AGNODE, const_cast<char *>("pin"), const_cast<char *>("false"));
    (void)label, (void)shape, (void)fixed, (void)width, (void)height;
    QVector<Agnode_t *> nodes(c.nodes.size());
    for (int i = 0; i < c.nodes.size(); ++i) {
        QByteArray name = "n" + QByteArray::number(i);
        nodes[i] = agnode(g, name.data(), 1);
        if (c.nodes[i].pinned) {
            QByteArray p = inches(c.nodes[i].pos.x()) + ',' + inches(-c.nodes[i].pos.y()) + '!';
            agxset(nodes[i], pos, p.data());
            agxset(nodes[i], pin, const_cast<char *>("true"));
        }
    }
    QSet<QPair<int, int>> seen;
    for (const ChartLink &l : std::as_const(c.links)) {
        // dot ranks along the money: from the side that paid (or called) more.
        const bool forward = l.count[0] >= l.count[1];
        const int from = forward ? l.a : l.b, to = forward ? l.b : l.a;
        if (!seen.contains({std::min(from, to), std::max(from, to)}))
            agedge(g, nodes[from], nodes[to], nullptr, 1), seen.insert({std::min(from, to), std::max(from, to)});
    }
    const int rc = gvLayout(gvc, g, algo.constData());
    if (rc == 0) {
        for (int i = 0; i < c.nodes.size(); ++i)
            c.nodes[i].pos = QPointF(ND_coord(nodes[i]).x, -ND_coord(nodes[i]).y);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    if (rc != 0)
        return Status::error(QStringLiteral("Graphviz could not lay out the chart with %1").arg(QString::fromLatin1(algo)));
    return {};
}

} // namespace

const QStringList &layoutEngines()
{
    static const QStringList e{QStringLiteral("sfdp"), QStringLiteral("neato"), QStringLiteral("dot"), QStringLiteral("circo"), QStringLiteral("twopi")};
    return e;
}

Result<LayoutReport> layoutChart(Chart &c, bool relayout, const Progress &progress)
{
    QElapsedTimer t;
    t.start();
    LayoutReport report;
    const bool anyUnplaced = std::any_of(c.nodes.cbegin(), c.nodes.cend(), [](const ChartNode &n) { return !n.placed; });
    if (!relayout && !anyUnplaced) {
        report.engine = QStringLiteral("saved");
        return report;
    }
    if (!relayout && incrementalFits(c)) {
        report.engine = QStringLiteral("incremental");
        report.placed = placeIncrementally(c);
        report.elapsedMs = t.elapsed();
        return report;
    }
    if (!layoutEngines().contains(c.spec.layout))
        return Status::error(ErrorCode::Invalid, QStringLiteral("the layout is sfdp, neato, dot, circo or twopi, not \"%1\"").arg(c.spec.layout));
    QHash<int, QPointF> pinnedAt;
    for (int i = 0; i < c.nodes.size(); ++i)
        if (c.nodes[i].pinned)
            pinnedAt.insert(i, c.nodes[i].pos);
    progress.report(0.05);
    if (!c.nodes.isEmpty())
        if (Status s = graphvizLayout(c, c.spec.layout); !s)
            return s;
    if (progress.isCancelled())
        return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    // Graphviz moves the whole picture to its origin: move it back so that pinned nodes are where they were.
    if (!pinnedAt.isEmpty()) {
        const int first = pinnedAt.cbegin().key();
        const QPointF shift = pinnedAt.value(first) - c.nodes[first].pos;
        for (ChartNode &n : c.nodes)
            n.pos += shift;
        for (auto it = pinnedAt.cbegin(); it != pinnedAt.cend(); ++it)
            c.nodes[it.key()].pos = it.value(); // exactly, not to a rounding of inches
    }
    for (ChartNode &n : c.nodes)
        n.placed = true;
    report.engine = pinnedAt.isEmpty() ? c.spec.layout : QStringLiteral("neato");
    report.placed = int(c.nodes.size());
    report.elapsedMs = t.elapsed();
    progress.report(1.0);
    return report;
}

} // namespace cb::casefile::chart
