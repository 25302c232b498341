// Analyses: `trace` (where the money went, under a named allocation rule), `runs` (the saved runs) and
// `rerun` (run one again: are the data and the result what they were?).
#include "clisupport.h"

#include "analysis/runs.h"
#include "analysis/tracerun.h"
#include "entitylinks.h"
#include "common/values.h"
#include "money.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace cb::app {

using namespace casefile;
using namespace casefile::analysis;

namespace {

// "36h", "3d", "90m", "45s", "1h30m", or seconds.
std::optional<qint64> parseGapMs(const QString &text)
{
    static const QRegularExpression days(QStringLiteral("^(\\d+)\\s*d$"));
    if (const auto m = days.match(text.trimmed()); m.hasMatch())
        return m.captured(1).toLongLong() * 24 * 3600 * 1000;
    const std::optional<qint64> s = importers::parseDuration(text.trimmed());
    return s ? std::optional<qint64>(*s * 1000) : std::nullopt;
}

void printTrace(const QJsonObject &t, const QString &runCode)
{
    const QString currency = t.value(QStringLiteral("currency")).toString();
    auto money = [&currency](const QJsonValue &v) { return formatMinor(v.toInteger(), currency) + u' ' + currency; };
    const bool up = t.value(QStringLiteral("direction")).toString() == u"up";
    out() << (up ? Cli::tr("Traced %1 paid into %2 back to where it came from (%3)") : Cli::tr("Traced %1 paid out of %2 (%3)"))
                     .arg(money(t.value(QStringLiteral("origin_minor"))), t.value(QStringLiteral("origin")).toString(),
                          t.value(QStringLiteral("allocation")).toString())
          << u'\n';
    for (const QJsonValue &v : t.value(QStringLiteral("flows")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString to = f.value(QStringLiteral("to")).toString();
        out() << QStringLiteral("  %1  %2  %3 -> %4  %5 of %6  (%7, %8)")
                     .arg(f.value(QStringLiteral("hop")).toInt())
                     .arg(f.value(QStringLiteral("time")).toString(), f.value(QStringLiteral("from")).toString(), f.value(QStringLiteral("cash")).toBool() ? Cli::tr("cash")
                                                                                      : to.isEmpty()                       ? Cli::tr("(no counterparty)")
                                                                                                                           : to,
                          money(f.value(QStringLiteral("traced_minor"))), money(f.value(QStringLiteral("amount_minor"))),
                          f.value(QStringLiteral("source")).toObject().value(QStringLiteral("file")).toString(),
                          f.value(QStringLiteral("source")).toObject().value(QStringLiteral("locator")).toString())
              << u'\n';
    }
    out() << Cli::tr("Where it ended:") << u'\n';
    for (const QJsonValue &v : t.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject e = v.toObject();
        out() << QStringLiteral("  %1  %2  %3").arg(e.value(QStringLiteral("status")).toString(), -13)
                     .arg(e.value(QStringLiteral("account")).toString(), money(e.value(QStringLiteral("traced_minor"))))
              << u'\n';
    }
    out() << (runCode.isEmpty() ? Cli::tr("Not saved: another Casebench has the case open for writing.") : Cli::tr("Saved as run %1").arg(runCode)) << u'\n';
}

} // namespace

int cmdTrace(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Trace the money paid out of an account (or, up, into it), hop by hop in time order, allocated by a tracing rule; saved as a run."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{QStringLiteral("from"), Cli::tr("The account the money left."), QStringLiteral("ACCOUNT")},
                  {QStringLiteral("direction"), Cli::tr("down: where the money paid out went; up: where the money paid in came from."), QStringLiteral("down|up"), QStringLiteral("down")},
                  {QStringLiteral("hops"), Cli::tr("Follow at most N payments from the origin (default 6)."), QStringLiteral("N"), QStringLiteral("6")},
                  {QStringLiteral("after"), Cli::tr("Only the origin's payments from this time."), QStringLiteral("TIME")},
                  {QStringLiteral("before"), Cli::tr("Only payments up to this time."), QStringLiteral("TIME")},
                  {QStringLiteral("min-amount"), Cli::tr("Do not follow smaller payments."), QStringLiteral("AMOUNT")},
                  {QStringLiteral("max-gap"), Cli::tr("Money idle longer than this (36h, 3d) stays where it is."), QStringLiteral("DURATION")},
                  {QStringLiteral("allocation"), Cli::tr("fifo (Clayton's case), libr (lowest intermediate balance), proportional, none."),
                   QStringLiteral("RULE"), QStringLiteral("fifo")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("from")))
        return usage(p, Cli::tr("trace: CASE and --from are required"));
    int code = 0;
    auto s = openSessionToAnalyse(p.positionalArguments().first(), code);
    if (!s)
        return code;
    QJsonObject o{{QStringLiteral("from"), p.value(QStringLiteral("from"))},
                  {QStringLiteral("direction"), p.value(QStringLiteral("direction"))},
                  {QStringLiteral("hops"), p.value(QStringLiteral("hops")).toInt()},
                  {QStringLiteral("allocation"), p.value(QStringLiteral("allocation"))}};
    for (const char *key : {"after", "before"})
        if (p.isSet(QLatin1String(key)))
            o.insert(QLatin1String(key), p.value(QLatin1String(key)));
    if (p.isSet(QStringLiteral("max-gap"))) {
        const auto gap = parseGapMs(p.value(QStringLiteral("max-gap")));
        if (!gap)
            return usage(p, Cli::tr("trace: --max-gap is a duration such as 36h or 3d"));
        o.insert(QStringLiteral("max_gap_s"), *gap / 1000);
    }
    Result<TraceParams> params = traceParamsFromJson(s->caseFile(), o);
    if (!params)
        return usage(p, QStringLiteral("trace: ") + params.status().message());
    if (p.isSet(QStringLiteral("min-amount"))) {
        Ledger probe(s->caseFile());
        const auto &rows = probe.rowsOf(params.value().origin);
        const auto minor = parseMinorUnits(p.value(QStringLiteral("min-amount")), rows.empty() ? QStringLiteral("CNY") : rows.front().currency);
        if (!minor)
            return usage(p, Cli::tr("trace: --min-amount is an amount such as 1000 or 1000.50"));
        params.value().minAmountMinor = *minor;
    }
    const Result<TraceRun> t = traceAndRecord(*s, params.value());
    if (!t)
        return refused(t.status());
    const QJsonObject &json = t.value().json;
    if (p.isSet(QStringLiteral("json")))
        printJson(json);
    else
        printTrace(json, t.value().code);
    return 0;
}

int cmdRuns(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("The saved analysis runs, newest first."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("runs: exactly one CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const QList<AnalysisRun> runs = runsOf(*cf);
    QJsonArray all;
    for (const AnalysisRun &r : runs)
        all.append(r.toJson(false));
    if (p.isSet(QStringLiteral("json"))) {
        printJson(all);
        return 0;
    }
    for (const AnalysisRun &r : runs)
        out() << QStringLiteral("%1  %2  %3  %4  %5  data %6")
                     .arg(r.code, r.at, r.actor, r.kind, QString::fromUtf8(QJsonDocument(r.parameters).toJson(QJsonDocument::Compact)),
                          r.dataSha256.left(16))
              << u'\n';
    return 0;
}

namespace {

// What differs between the rows a run read then and now: UUIDs only in one, and UUIDs in both whose
// digest differs (each entry is a UUID followed by its digest).
QJsonObject rowChanges(const QList<QByteArray> &then, const QList<QByteArray> &now)
{
    QHash<QByteArray, QByteArray> before, after;
    for (const QByteArray &r : then)
        before.insert(r.left(16), r.mid(16));
    for (const QByteArray &r : now)
        after.insert(r.left(16), r.mid(16));
    QJsonArray added, removed, changed;
    auto text = [](const QByteArray &uuid) { return QUuid::fromRfc4122(uuid).toString(QUuid::WithoutBraces); };
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            added.append(text(it.key()));
        else if (before.value(it.key()) != it.value())
            changed.append(text(it.key()));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            removed.append(text(it.key()));
    return QJsonObject{{QStringLiteral("rows_added"), added}, {QStringLiteral("rows_removed"), removed}, {QStringLiteral("rows_changed"), changed}};
}

} // namespace

int cmdRerun(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Run a saved analysis again: says whether the rows it reads and its result are what they were, and if not, which rows were added, removed or changed since."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("RUN_ID"), Cli::tr("The run (R-000001), as `casebench runs` lists it."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 2)
        return usage(p, Cli::tr("rerun: CASE and RUN_ID are required"));
    int code = 0;
    auto s = openSessionToAnalyse(p.positionalArguments().first(), code);
    if (!s)
        return code;
    const std::optional<AnalysisRun> then = runOf(s->caseFile(), p.positionalArguments().at(1));
    if (!then)
        return refused(Status::error(ErrorCode::NotFound, Cli::tr("there is no run %1").arg(p.positionalArguments().at(1))));
    const Result<TraceRun> now = runAgain(*s, *then);
    if (!now)
        return refused(now.status());
    const Result<QString> run(now.value().code);
    const bool sameData = now.value().dataSha256 == then->dataSha256;
    QJsonObject result = now.value().json;
    result.remove(QStringLiteral("run")); // as it was saved
    const bool sameResult = resultSha256(result) == then->resultSha256;
    QJsonObject report = rowChanges(then->rowsRead, now.value().rowsRead);
    report.insert(QStringLiteral("run"), then->code);
    if (!run.value().isEmpty()) // not saved beside a writer: no run to cite
        report.insert(QStringLiteral("rerun"), run.value());
    report.insert(QStringLiteral("data_identical"), sameData);
    report.insert(QStringLiteral("result_identical"), sameResult);
    report.insert(QStringLiteral("data_sha256"), QJsonObject{{QStringLiteral("then"), then->dataSha256}, {QStringLiteral("now"), now.value().dataSha256}});
    report.insert(QStringLiteral("result"), now.value().json);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(report);
        return 0;
    }
    out() << (sameData ? Cli::tr("The rows %1 read are unchanged (data SHA-256 %2).").arg(then->code, then->dataSha256)
                       : Cli::tr("The rows %1 read have changed: %2 added, %3 removed, %4 changed since.")
                             .arg(then->code)
                             .arg(report.value(QStringLiteral("rows_added")).toArray().size())
                             .arg(report.value(QStringLiteral("rows_removed")).toArray().size())
                             .arg(report.value(QStringLiteral("rows_changed")).toArray().size()))
          << u'\n'
          << (sameResult ? Cli::tr("The result is identical.") : Cli::tr("The result differs.")) << u'\n'
          << (run.value().isEmpty() ? Cli::tr("Not saved: another Casebench has the case open for writing.") : Cli::tr("Saved as run %1").arg(run.value()))
          << u'\n';
    return 0;
}

} // namespace cb::app
