// The link chart on the command line: built, laid out and drawn as the workbench does, written to a
// picture (PNG, SVG, PDF) or to data for other tools (GraphML, GEXF, dot).
#include "clisupport.h"

#include "chart/chartexport.h"
#include "chart/chartlayout.h"
#include "chart/chartpainter.h"
#include "entitylinks.h"
#include "money.h"
#include "timeline/timelineexport.h"
#include "timeutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace cb::app {

using namespace casefile;
using namespace casefile::chart;

namespace {

const QStringList dataFormats{QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("dot")};

void addOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The file to write: .svg, .pdf, .png, .graphml, .gexf or .dot."), QStringLiteral("FILE")},
                  {QStringLiteral("from"), Cli::tr("Start from this entity (a phone number, an account...); repeat for more. Default: the subjects "
                                                   "and victims, else the seized devices' owners."), QStringLiteral("IDENTIFIER")},
                  {QStringLiteral("all"), Cli::tr("Every entity with a link (large charts).")},
                  {QStringLiteral("hops"), Cli::tr("How many steps out from the starting entities (default 1)."), QStringLiteral("N")},
                  {QStringLiteral("kinds"), Cli::tr("Which links: calls,money,messages,links (default: all)."), QStringLiteral("LIST")},
                  {QStringLiteral("min-count"), Cli::tr("Hide links of fewer events."), QStringLiteral("N")},
                  {QStringLiteral("min-amount"), Cli::tr("Hide money links moving less."), QStringLiteral("AMOUNT")},
                  {QStringLiteral("currency"), Cli::tr("The currency of --min-amount (default: the case's most used)."), QStringLiteral("CODE")},
                  {QStringLiteral("max-links-per-node"), Cli::tr("New partners drawn per entity; the rest behind a \"+N more\" node (default 20)."),
                   QStringLiteral("N")},
                  {QStringLiteral("after"), Cli::tr("Only events from this time on (a date or an ISO 8601 time)."), QStringLiteral("TIME")},
                  {QStringLiteral("before"), Cli::tr("Only events before this time."), QStringLiteral("TIME")},
                  {QStringLiteral("layout"), Cli::tr("sfdp (default), neato, dot (money left to right), circo or twopi."), QStringLiteral("ENGINE")},
                  {QStringLiteral("save"), Cli::tr("Keep the chart in the case under a name, with its positions."), QStringLiteral("NAME")},
                  {QStringLiteral("chart"), Cli::tr("Draw a saved chart (the other options change it)."), QStringLiteral("NAME")},
                  {QStringLiteral("size"), Cli::tr("A picture's size in pixels (default 1600x1000)."), QStringLiteral("WxH")},
                  {QStringLiteral("size-by"), Cli::tr("Draw nodes larger by degree, betweenness, closeness or eigenvector, and rank them (JSON)."),
                   QStringLiteral("MEASURE")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
}

// The spec the options describe, on top of a saved chart when one is named; -1 to go on, else the exit code.
int readSpec(QCommandLineParser &p, CaseFile &cf, ChartSpec &spec)
{
    if (p.isSet(QStringLiteral("chart"))) {
        const Result<QJsonObject> saved = savedChart(cf, p.value(QStringLiteral("chart")));
        if (!saved)
            return refused(saved.status());
        spec = ChartSpec::fromJson(saved.value());
    }
    for (const QString &id : p.values(QStringLiteral("from"))) {
        const Result<qint64> e = findEntity(cf, id);
        if (!e)
            return refused(e.status());
        if (!spec.seeds.contains(e.value()))
            spec.seeds << e.value();
    }
    spec.all = spec.all || p.isSet(QStringLiteral("all"));
    auto number = [&](const char *opt, int lo, int hi, auto &into) {
        if (!p.isSet(QLatin1String(opt)))
            return true;
        bool ok = false;
        const int n = p.value(QLatin1String(opt)).toInt(&ok);
        if (!ok || n < lo || n > hi)
            return false;
        into = n;
        return true;
    };
    if (!number("hops", 0, 6, spec.hops))
        return usage(p, Cli::tr("--hops is a number from 0 to 6"));
    if (!number("min-count", 1, 1'000'000'000, spec.minCount))
        return usage(p, Cli::tr("--min-count is a number of at least 1"));
    if (!number("max-links-per-node", 1, 100'000, spec.maxLinksPerNode))
        return usage(p, Cli::tr("--max-links-per-node is a number from 1 to 100000"));
    if (p.isSet(QStringLiteral("kinds"))) {
        spec.kinds.clear();
        for (const QString &k : p.value(QStringLiteral("kinds")).split(u',', Qt::SkipEmptyParts)) {
            if (!linkFamilies().contains(k.trimmed()))
                return usage(p, Cli::tr("unknown kind \"%1\" (calls, money, messages, links)").arg(k));
            spec.kinds << k.trimmed();
        }
    }
    if (p.isSet(QStringLiteral("layout"))) {
        if (!layoutEngines().contains(p.value(QStringLiteral("layout"))))
            return usage(p, Cli::tr("--layout is sfdp, neato, dot, circo or twopi"));
        spec.layout = p.value(QStringLiteral("layout"));
    }
    if (p.isSet(QStringLiteral("size-by"))) {
        if (!sizeMeasures().contains(p.value(QStringLiteral("size-by"))))
            return usage(p, Cli::tr("--size-by is degree, betweenness, closeness or eigenvector"));
        spec.sizeBy = p.value(QStringLiteral("size-by"));
    }
    if (p.isSet(QStringLiteral("min-amount"))) {
        QString currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
        if (currency.isEmpty())
            currency = cf.db().scalar("SELECT currency FROM transactions GROUP BY currency ORDER BY count(*) DESC LIMIT 1").toString();
        if (!isCurrencyCode(currency))
            return usage(p, Cli::tr("--currency: \"%1\" is not an ISO 4217 currency").arg(currency));
        const auto minor = parseMinorUnits(p.value(QStringLiteral("min-amount")), currency);
        if (!minor || *minor < 0)
            return usage(p, Cli::tr("--min-amount is an amount such as 1000 or 1000.50"));
        spec.minAmountMinor = *minor, spec.currency = currency;
    }
    const QTimeZone zone(cf.settings().timezone.toLatin1());
    for (const char *opt : {"after", "before"}) {
        if (!p.isSet(QLatin1String(opt)))
            continue;
        const auto t = parseUserTime(p.value(QLatin1String(opt)), zone);
        if (!t)
            return usage(p, Cli::tr("--%1: \"%2\" is not a date or an ISO 8601 time").arg(QLatin1String(opt), p.value(QLatin1String(opt))));
        (qstrcmp(opt, "after") == 0 ? spec.afterMs : spec.beforeMs) = *t;
    }
    return -1;
}

Status writeOutput(const Chart &chart, const QString &path, QSize size)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (!dataFormats.contains(ext)) {
        const widgets::ChartPainter painter(chart);
        return widgets::exportPicture(path, size, painter.titleLines().value(0), [&](QPainter &pt, const QRectF &r) { painter.paintPicture(pt, r); });
    }
    const QByteArray bytes = ext == u"graphml" ? toGraphml(chart) : ext == u"gexf" ? toGexf(chart) : toDot(chart);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush())
        return Status::error(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

int cmdChart(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Draw the link chart: the entities and the calls, money and messages between them, aggregated per pair, "
                                        "laid out by Graphviz."));
    addOptions(p);
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return usage(p, Cli::tr("CASE and -o FILE are required"));
    const QString path = p.value(QStringLiteral("output"));
    if (!widgets::isPictureFile(path) && !dataFormats.contains(QFileInfo(path).suffix().toLower()))
        return usage(p, Cli::tr("the file must be .svg, .pdf, .png, .graphml, .gexf or .dot"));
    QSize size(1600, 1000);
    if (const int code = readPictureSize(p, size); code >= 0)
        return code;
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    ChartSpec spec;
    if (const int c = readSpec(p, *cf, spec); c >= 0)
        return c;
    Result<Chart> chart = buildChart(*cf, spec);
    if (!chart)
        return refused(chart.status());
    chart.value().name = p.value(QStringLiteral("chart")).simplified();
    const Result<LayoutReport> laid = layoutChart(chart.value());
    if (!laid)
        return refused(laid.status());
    if (const Status s = writeOutput(chart.value(), path, size); !s)
        return refused(s);
    if (const Status s = recordFileExport(*cf, QStringLiteral("chart"), path, chart.value().spec.toJson()); !s)
        return refused(s);
    if (p.isSet(QStringLiteral("save"))) {
        auto session = openSession(cf->path(), code);
        if (!session)
            return code;
        ChartSpec keep = chart.value().spec; // with every node's position, so the chart reopens exactly
        for (const ChartNode &n : std::as_const(chart.value().nodes))
            if (n.kind != u"more")
                keep.positions.insert(n.kind == u"group" ? -(n.group + 1) : n.entity, n.pos);
        if (const Status s = session->saveChart(p.value(QStringLiteral("save")), keep.toJson()); !s)
            return refused(s);
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = chartJson(chart.value());
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("layout"), laid.value().engine);
        o.insert(QStringLiteral("layout_ms"), laid.value().elapsedMs);
        if (p.isSet(QStringLiteral("save")))
            o.insert(QStringLiteral("saved_chart"), p.value(QStringLiteral("save")).simplified());
        printJson(o);
    } else {
        out() << Cli::tr("%1: %2 entities, %3 links (layout %4)").arg(path).arg(chart.value().nodes.size()).arg(chart.value().links.size()).arg(laid.value().engine)
              << u'\n';
    }
    return 0;
}

} // namespace cb::app
