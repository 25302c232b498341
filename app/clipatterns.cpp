// `analyze`: the fraud patterns over the money and the calls (analysis/patterns.h), each saved as a run.
#include "clisupport.h"

#include "analysis/tracerun.h"
#include "common/values.h"
#include "money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cb::app {

using namespace casefile;
using namespace casefile::analysis;

namespace {

void printRows(const QJsonObject &result, const QString &runCode)
{
    for (const QJsonValue &v : result.value(QStringLiteral("rows")).toArray()) {
        QJsonObject r = v.toObject();
        const int cited = int(r.value(QStringLiteral("evidence")).toArray().size());
        r.remove(QStringLiteral("evidence"));
        QStringList figures;
        for (auto it = r.begin(); it != r.end(); ++it)
            if (it.key() != u"entity")
                figures << it.key() + u'=' + (it.value().isArray() ? it.value().toVariant().toStringList().join(u',') : it.value().toVariant().toString());
        out() << r.value(QStringLiteral("entity")).toString() << QStringLiteral("  ") << figures.join(QStringLiteral("  "))
              << QStringLiteral("  ") << Cli::tr("(%n record(s) cited)", nullptr, cited) << u'\n';
    }
    const int found = result.value(QStringLiteral("rows_found")).toInt();
    out() << (runCode.isEmpty() ? Cli::tr("%n row(s) found; not saved: another Casebench has the case open for writing", nullptr, found)
                                : Cli::tr("%n row(s) found; saved as run %1", nullptr, found).arg(runCode))
          << u'\n';
}

} // namespace

int cmdAnalyze(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Find a fraud pattern over the money or the calls; every row cites its transactions or calls. Saved as a run.\n"
                                        "KIND: %1").arg(patternKinds().join(QStringLiteral(", "))));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("KIND"), Cli::tr("The pattern."));
    p.addOptions({{QStringLiteral("window"), Cli::tr("The time window (24h, 3d; default 24h)."), QStringLiteral("DURATION")},
                  {QStringLiteral("ratio"), Cli::tr("fast-in-fast-out: out/in range (default 0.8-1.2)."), QStringLiteral("LOW-HIGH")},
                  {QStringLiteral("min-amount"), Cli::tr("Ignore smaller payments."), QStringLiteral("AMOUNT")},
                  {QStringLiteral("min-counterparties"), Cli::tr("fan-in, fan-out: at least this many (default 5)."), QStringLiteral("N")},
                  {QStringLiteral("entity"), Cli::tr("An account or number to compare (common-*, top-contacts, path); for unrequested-accounts, an account whose money is traced."), QStringLiteral("IDENTIFIER")},
                  {QStringLiteral("limit"), Cli::tr("At most this many rows, best first (default 100)."), QStringLiteral("N")},
                  {QStringLiteral("graph"), Cli::tr("centrality: the calls or the money (default calls)."), QStringLiteral("calls|money")},
                  {QStringLiteral("radius"), Cli::tr("colocation: cells whose sites lie within this many metres count as one place."), QStringLiteral("METRES")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 2)
        return usage(p, Cli::tr("analyze: CASE and KIND are required"));
    QJsonObject o{{QStringLiteral("kind"), p.positionalArguments().at(1)},
                  {QStringLiteral("entities"), QJsonArray::fromStringList(p.values(QStringLiteral("entity")))}};
    if (p.isSet(QStringLiteral("radius"))) {
        bool ok = false;
        const double r = p.value(QStringLiteral("radius")).toDouble(&ok);
        if (!ok || r < 0)
            return usage(p, Cli::tr("analyze: --radius is a distance in metres"));
        o.insert(QStringLiteral("radius_m"), r);
    }
    if (p.isSet(QStringLiteral("graph")))
        o.insert(QStringLiteral("graph"), p.value(QStringLiteral("graph")));
    if (p.isSet(QStringLiteral("window"))) {
        static const QRegularExpression days(QStringLiteral("^(\\d+)\\s*d$"));
        const QString w = p.value(QStringLiteral("window")).trimmed();
        const auto m = days.match(w);
        const std::optional<qint64> s = m.hasMatch() ? std::optional<qint64>(m.captured(1).toLongLong() * 86400) : importers::parseDuration(w);
        if (!s || *s <= 0)
            return usage(p, Cli::tr("analyze: --window is a duration such as 24h or 3d"));
        o.insert(QStringLiteral("window_s"), *s);
    }
    if (p.isSet(QStringLiteral("ratio"))) {
        const QStringList r = p.value(QStringLiteral("ratio")).split(u'-');
        bool a = false, b = false;
        if (r.size() != 2 || (r[0].toDouble(&a), !a) || (r[1].toDouble(&b), !b))
            return usage(p, Cli::tr("analyze: --ratio is LOW-HIGH, such as 0.8-1.2"));
        o.insert(QStringLiteral("ratio_low"), r[0].toDouble());
        o.insert(QStringLiteral("ratio_high"), r[1].toDouble());
    }
    for (const char *key : {"min-counterparties", "limit"})
        if (p.isSet(QLatin1String(key)))
            o.insert(QString::fromLatin1(key).replace(u'-', u'_'), p.value(QLatin1String(key)).toInt());
    if (p.isSet(QStringLiteral("min-amount"))) {
        const auto minor = parseMinorUnits(p.value(QStringLiteral("min-amount")), QStringLiteral("CNY"));
        if (!minor)
            return usage(p, Cli::tr("analyze: --min-amount is an amount such as 1000 or 1000.50"));
        o.insert(QStringLiteral("min_amount_minor"), *minor);
    }
    const Result<PatternParams> params = patternParamsFromJson(o);
    if (!params)
        return usage(p, QStringLiteral("analyze: ") + params.status().message());
    int code = 0;
    auto s = openSessionToAnalyse(p.positionalArguments().first(), code);
    if (!s)
        return code;
    const Result<TraceRun> r = patternAndRecord(*s, params.value());
    if (!r)
        return refused(r.status());
    if (p.isSet(QStringLiteral("json")))
        printJson(r.value().json);
    else
        printRows(r.value().json, r.value().code);
    return 0;
}

} // namespace cb::app
