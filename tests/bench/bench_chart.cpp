// Link chart benchmark: a generated network of NODES phones and LINKS distinct pairs that called each other
// (one call each), imported as call records into WORKDIR, then:
// - the whole `casebench chart CASE --all -o chart.svg` (aggregation, sfdp layout in-process, drawing),
//   against the `sfdp -Tsvg` command line on the same graph written as dot (the reference, same run);
// - adding 1% new nodes to the laid-out chart (incremental placement; nothing placed moves: counted);
// - frame time of the on-screen chart (QGraphicsView, 1600x1000) for the whole chart, zoomed in, panning.
// One figure a line, NAME: VALUE UNIT.
// Usage: bench_chart [NODES] [LINKS] [WORKDIR]   (default 5000 15000; bench_chart --help)
#include "benchchild.h"

#include "chart/chartlayout.h"
#include "chartcanvas.h"
#include "pipeline/pipeline.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>

using namespace cb;
using namespace cb::casefile;
using namespace cb::casefile::chart;

namespace {

QByteArray phone(int i)
{
    return "1380" + QByteArray::number(i).rightJustified(7, '0');
}

// Distinct pairs of a random network with a few hubs (each node links to earlier ones, preferring the busy).
QList<QPair<int, int>> network(int nodes, int links)
{
    QList<QPair<int, int>> pairs;
    QSet<qint64> seen;
    QVector<int> ends;
    quint64 x = 20261202;
    auto next = [&x] { return (x = x * 6364136223846793005ULL + 1442695040888963407ULL) >> 17; };
    for (int i = 1; i < nodes && pairs.size() < links; ++i) { // every node joins the network
        const int j = ends.isEmpty() ? 0 : ends[int(next() % quint64(ends.size()))];
        pairs << qMakePair(i, j), seen.insert(qint64(std::min(i, j)) * nodes + std::max(i, j)), ends << i << j;
    }
    while (pairs.size() < links) {
        const int a = int(next() % quint64(nodes)), b = next() % 2 ? ends[int(next() % quint64(ends.size()))] : int(next() % quint64(nodes));
        if (a == b || seen.contains(qint64(std::min(a, b)) * nodes + std::max(a, b)))
            continue;
        seen.insert(qint64(std::min(a, b)) * nodes + std::max(a, b));
        pairs << qMakePair(a, b), ends << a << b;
    }
    return pairs;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Milliseconds per frame over `frames` paints of the view (its own paint event, into the window's backing
// store, item caches included), each after step() moved it.
double frameTime(widgets::ChartCanvas &canvas, int frames, const std::function<void()> &step)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < frames; ++i) {
        step();
        const QPixmap frame = canvas.viewport()->grab(); // the view's own paint event
        Q_UNUSED(frame)
    }
    return ms(t) / frames;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // one figure a line, as soon as it is measured
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("Usage: bench_chart [NODES] [LINKS] [WORKDIR]\n"
                    "Times `casebench chart --all` against the sfdp command line on a generated network of NODES phones and\n"
                    "LINKS call pairs (default 5000 15000), adding 1%% new nodes to the laid-out chart, and screen frame times.\n");
        return 0;
    }
    const int nodes = args.value(1, QStringLiteral("5000")).toInt(), links = args.value(2, QStringLiteral("15000")).toInt();
    QTemporaryDir tmp;
    const QString dir = args.size() > 3 ? args.at(3) : tmp.path();
    QDir().mkpath(dir);
    const QList<QPair<int, int>> pairs = network(nodes, links);
    QByteArray csv = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n", dot = "graph g {\n";
    for (int i = 0; i < pairs.size(); ++i) {
        csv += "2024-03-01T10:" + QByteArray::number(i / 60 % 60).rightJustified(2, '0') + ':' + QByteArray::number(i % 60).rightJustified(2, '0') +
               "+08:00," + phone(pairs[i].first) + ',' + phone(pairs[i].second) + ",out,60,,,\n";
        dot += "  n" + QByteArray::number(pairs[i].first) + " -- n" + QByteArray::number(pairs[i].second) + ";\n";
    }
    dot += "}\n";
    const QString csvPath = dir + QStringLiteral("/calls.csv"), dotPath = dir + QStringLiteral("/graph.dot"), casePath = dir + QStringLiteral("/chart.casebench");
    QFile::remove(casePath);
    if (!write(csvPath, csv) || !write(dotPath, dot)) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir));
        return 1;
    }
    const QString bin = QStringLiteral(CASEBENCH_BIN);
    if (run({bin, QStringLiteral("new"), casePath, QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai")}).code != 0 ||
        run({bin, QStringLiteral("import"), casePath, csvPath}).code != 0) {
        std::fprintf(stderr, "cannot create the case\n");
        return 1;
    }
    std::printf("nodes: %d count\nlinks: %lld count\n", nodes, qint64(pairs.size()));
    std::fflush(stdout);

    const bool screenOnly = qEnvironmentVariableIsSet("BENCH_CHART_SCREEN_ONLY"); // for profiling the view
    const Measure ours = screenOnly ? Measure{} : run({bin, QStringLiteral("chart"), casePath, QStringLiteral("--all"), QStringLiteral("-o"), dir + QStringLiteral("/chart.svg")});
    const Measure ref = screenOnly ? Measure{} : run({QStringLiteral("sfdp"), QStringLiteral("-Tsvg"), dotPath, QStringLiteral("-o"), dir + QStringLiteral("/sfdp.svg")});
    std::printf("chart_all_svg: %.2f s\nchart_all_peak_rss: %ld MB\nreference_sfdp_cli_svg: %.2f s\nratio_to_sfdp: %.2f x\n", ours.seconds,
                ours.peakKb / 1024, ref.seconds, ours.seconds / std::max(ref.seconds, 1e-9));
    std::fflush(stdout);

    // In-process: the laid-out chart, then 1% of its nodes taken away and brought back as new.
    auto cf = CaseFile::open(casePath);
    if (!cf)
        return 1;
    ChartSpec spec;
    spec.all = true;
    QElapsedTimer t;
    t.start();
    Result<Chart> chart = buildChart(*cf.value(), spec);
    if (!chart)
        return 1;
    const double built = ms(t);
    t.restart();
    if (!layoutChart(chart.value()))
        return 1;
    const double laid = ms(t);
    std::printf("aggregate_all: %.1f ms\nlayout_sfdp_in_process: %.1f ms\n", built, laid);
    for (const ChartNode &n : std::as_const(chart.value().nodes))
        spec.positions.insert(n.entity, n.pos);
    QHash<qint64, QPointF> before = spec.positions;
    const int fresh = std::max(1, int(chart.value().nodes.size() / 100));
    for (int i = 0; i < fresh; ++i)
        spec.positions.remove(chart.value().nodes[(i * 97) % chart.value().nodes.size()].entity);
    Result<Chart> again = buildChart(*cf.value(), spec);
    t.restart();
    const Result<LayoutReport> inc = layoutChart(again.value());
    const double incMs = ms(t);
    int moved = 0;
    for (const ChartNode &n : std::as_const(again.value().nodes))
        if (spec.positions.contains(n.entity) && n.pos != before.value(n.entity))
            ++moved;
    std::printf("add_1pct_nodes_placed: %d count\nadd_1pct_nodes: %.2f ms (%s)\nadd_1pct_nodes_moved_existing: %d count\n", inc ? inc.value().placed : -1, incMs,
                inc ? qPrintable(inc.value().engine) : "failed", moved);
    std::fflush(stdout);

    // On screen.
    widgets::ChartCanvas canvas;
    canvas.resize(1600, 1000);
    canvas.show();
    t.restart();
    canvas.setChart(chart.value());
    std::printf("screen_items_created: %.1f ms\n", ms(t));
    std::printf("frame_whole_chart: %.1f ms\n", frameTime(canvas, 10, [] {}));
    canvas.resetTransform();
    canvas.centerOn(chart.value().nodes.first().pos);
    std::printf("frame_zoomed_in: %.1f ms\n", frameTime(canvas, 20, [] {}));
    std::printf("frame_panning: %.1f ms\n", frameTime(canvas, 30, [&canvas] {
        canvas.horizontalScrollBar()->setValue(canvas.horizontalScrollBar()->value() + 40);
        canvas.verticalScrollBar()->setValue(canvas.verticalScrollBar()->value() + 25);
    }));
    canvas.fitChart();
    if (qEnvironmentVariableIsSet("BENCH_DEBUG")) {
        const QRectF b = canvas.scene()->itemsBoundingRect();
        std::printf("debug bounds %.0fx%.0f scale %.3f visible %lld\n", b.width(), b.height(), canvas.scaleFactor(),
                    qint64(canvas.items(canvas.viewport()->rect()).size()));
        for (int i = 0; i < 30; ++i) canvas.zoomBy(1.08);
        std::printf("debug scale %.3f visible %lld\n", canvas.scaleFactor(), qint64(canvas.items(canvas.viewport()->rect()).size()));
        canvas.fitChart();
    }
    std::printf("frame_zooming: %.1f ms\n", frameTime(canvas, 30, [&canvas] { canvas.zoomBy(1.08); }));
    return 0;
}
