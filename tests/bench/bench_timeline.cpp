// Timeline benchmark: a case of EVENTS events over two years (70% calls, 30% transactions; generated and imported
// once into WORKDIR), then what the Timeline panel and `casebench timeline` do, each timed from the query to
// the finished picture (the scene read through the query layer, drawn 1600x900 by the shared painter):
// the whole period (first paint), zooming from it to one day in 12 steps (each step), panning by a screen,
// lanes by entity, and the hour-by-weekday heatmap (from the pyramid in a zone; from the events in their
// own offsets). One figure a line, NAME: VALUE UNIT.
// Usage: bench_timeline [EVENTS] [WORKDIR]   (bench_timeline --help)
#include "pipeline/pipeline.h"
#include "timeline/heatmappainter.h"
#include "timeline/timelinepainter.h"

#include "sqlite.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace cb;
using namespace cb::casefile;
using namespace cb::casefile::timeline;

namespace {

long peakRssMb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024;
}

constexpr int PlotWidth = 1600 - 190 - 48;

// Reads the scene of a view and draws it; the milliseconds, or -1.
double draw(CaseFile &cf, const ViewSpec &v, QImage &image, qint64 *events = nullptr)
{
    QElapsedTimer t;
    t.start();
    const Result<Scene> scene = loadScene(cf, v, PlotWidth);
    if (!scene)
        return -1;
    QPainter p(&image);
    widgets::TimelinePainter(scene.value()).paintPicture(p, QRectF(0, 0, 1600, 900));
    if (events)
        *events = scene.value().total();
    return double(t.nsecsElapsed()) / 1e6;
}

// Events spread over two years with a daily rhythm (busier in the day, quiet at night), as a real case's are:
// 70% calls among 2,000 lines and 50,000 other numbers, 30% transactions of 500 accounts.
bool writeSpread(const QString &calls, const QString &money, qint64 events)
{
    QFile c(calls), m(money);
    if (!c.open(QIODevice::WriteOnly) || !m.open(QIODevice::WriteOnly))
        return false;
    c.write("start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n");
    m.write("time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n");
    quint64 x = 20240301;
    auto next = [&x] { return (x = x * 6364136223846793005ULL + 1442695040888963407ULL) >> 17; };
    const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const QTimeZone plus8(8 * 3600);
    for (qint64 i = 0; i < events; ++i) {
        const qint64 day = qint64(next() % 730);
        const int hour = int(7 + next() % 16 + (next() % 5 == 0 ? next() % 8 : 0)) % 24; // mostly 07:00-22:59 local
        const qint64 t = start + day * 86'400'000 + qint64(hour - 8) * 3'600'000 + qint64(next() % 3'600'000);
        const QByteArray when = QDateTime::fromMSecsSinceEpoch(t, plus8).toString(Qt::ISODate).toLatin1();
        if (next() % 10 < 7) {
            c.write(when + ",1380000" + QByteArray::number(qint64(next() % 2000)).rightJustified(4, '0') + ",1390" +
                    QByteArray::number(qint64(next() % 50000)).rightJustified(7, '0') + (next() % 2 ? ",out," : ",in,") +
                    QByteArray::number(qint64(next() % 600)) + ",,,\n");
        } else {
            m.write(when + ",62220200000" + QByteArray::number(qint64(next() % 500)).rightJustified(5, '0') + ",62220210" +
                    QByteArray::number(qint64(next() % 20000)).rightJustified(8, '0') + ",,-" + QByteArray::number(qint64(1 + next() % 9999)) +
                    ".00,CNY,,,\n");
        }
    }
    return c.flush() && m.flush();
}

bool build(const QString &path, const QString &work, qint64 events)
{
    std::fprintf(stderr, "building a case of %lld events in %s ...\n", (long long)events, qPrintable(path));
    const QString calls = work + QStringLiteral("/tl_calls.csv"), money = work + QStringLiteral("/tl_money.csv");
    if (!writeSpread(calls, money, events))
        return false;
    auto cf = CaseFile::create(path, {QStringLiteral("timeline bench"), QStringLiteral("Asia/Shanghai"), QStringLiteral("CN"), {}});
    importers::ImporterRegistry registry;
    for (const QString &f : {calls, money})
        if (!cf || importers::importFile(*cf.value(), f, {}, registry).outcome != importers::FileReport::Outcome::Imported)
            return false;
    QFile::remove(calls);
    QFile::remove(money);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the density strip is a QtCharts chart
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: bench_timeline [EVENTS] [WORKDIR]\n"
                    "Builds (once) a case of EVENTS generated events over two years (default 1000000: 70%% calls, 30%% transactions)\n"
                    "in WORKDIR "
                    "(default: a temporary folder) and times reading and drawing the timeline 1600x900: first_paint (the whole\n"
                    "period), zoom_step_mean and zoom_step_max (whole period to one day in 12 steps), pan_screen_mean (one day,\n"
                    "by a screen), entity_lanes (the 12 busiest owners), heatmap_zone (from the pyramid) and heatmap_own_offsets\n"
                    "(from the events); beside them, reference_group_by_days: a plain GROUP BY of every event by day.\n"
                    "Prints NAME: VALUE ms, and peak_rss: N MB.\n");
        return 0;
    }
    bool ok = true;
    const qint64 events = args.size() > 0 ? args.at(0).toLongLong(&ok) : 1000000;
    if (!ok || events <= 1)
        return 2;
    QTemporaryDir tmp;
    const QString work = args.size() > 1 ? args.at(1) : tmp.path();
    QDir().mkpath(work);
    const QString path = work + QStringLiteral("/timeline_%1.casebench").arg(events);
    if (!QFileInfo::exists(path) && !build(path, work, events))
        return 1;
    QElapsedTimer t;
    t.start();
    auto cf = CaseFile::open(path);
    if (!cf)
        return 1;
    std::printf("open_case: %.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    ViewSpec whole;
    qint64 shown = 0;
    std::printf("first_paint: %.1f ms\n", draw(*cf.value(), whole, image, &shown));
    std::printf("events_in_case: %lld events\n", (long long)shown);
    std::printf("whole_period_again: %.1f ms\n", draw(*cf.value(), whole, image));
    // The reference: bucketing every event of the period with a plain GROUP BY (what the pyramid avoids).
    t.restart();
    qint64 bucketed = 0;
    for (const char *sql : {"SELECT start_utc / 86400000, count(*) FROM calls GROUP BY 1",
                            "SELECT time_utc / 86400000, count(*) FROM transactions WHERE duplicate_of IS NULL GROUP BY 1"}) {
        sql::Statement st(cf.value()->db(), sql);
        while (st.step())
            bucketed += st.int64(1);
    }
    std::printf("reference_group_by_days: %.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    const Result<Scene> all = loadScene(*cf.value(), whole, PlotWidth);
    if (!all)
        return 1;
    const qint64 from = all.value().spec.fromMs, to = all.value().spec.toMs;
    // Zoom towards a day in the middle of the period, keeping that day's centre still.
    const qint64 dayFrom = from + (to - from) / 2, dayTo = dayFrom + 86'400'000;
    const int steps = 12;
    double sum = 0, worst = 0;
    for (int i = 1; i <= steps; ++i) {
        const double f = std::pow(double(dayTo - dayFrom) / double(to - from), double(i) / steps);
        const double centre = dayFrom + 43'200'000.0, half = (to - from) * f / 2;
        ViewSpec v;
        v.fromMs = qint64(centre - half), v.toMs = qint64(centre + half);
        const double ms = draw(*cf.value(), v, image);
        sum += ms;
        worst = std::max(worst, ms);
    }
    std::printf("zoom_step_mean: %.1f ms\n", sum / steps);
    std::printf("zoom_step_max: %.1f ms\n", worst);
    sum = 0;
    for (int i = 1; i <= 5; ++i) {
        ViewSpec v;
        v.fromMs = dayFrom + i * 86'400'000LL, v.toMs = dayTo + i * 86'400'000LL;
        sum += draw(*cf.value(), v, image, &shown);
    }
    std::printf("pan_screen_mean: %.1f ms\n", sum / 5);
    std::printf("events_in_one_day: %lld events\n", (long long)shown);
    ViewSpec entities;
    entities.lanes = LaneMode::Entity;
    std::printf("entity_lanes: %.1f ms\n", draw(*cf.value(), entities, image));
    for (const bool own : {false, true}) {
        t.restart();
        const Result<Heatmap> h = heatmap(*cf.value(), {}, {}, own ? std::nullopt : std::optional(QTimeZone("Asia/Shanghai")), from, to);
        if (!h)
            return 1;
        widgets::HeatmapPicture pic;
        pic.cells = h.value();
        pic.displayZone = QTimeZone("Asia/Shanghai");
        pic.fromMs = from, pic.toMs = to;
        QPainter p(&image);
        widgets::HeatmapPainter(pic).paintPicture(p, QRectF(0, 0, 1600, 900));
        std::printf("%s: %.1f ms\n", own ? "heatmap_own_offsets" : "heatmap_zone", double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("peak_rss: %ld MB\n", peakRssMb());
    return 0;
}
