#include "analysis/tracerun.h"

#include "entitylinks.h"
#include "timeutil.h"

#include <QDateTime>

namespace cb::casefile::analysis {

namespace {

Status invalid(const char *tmpl, const QString &arg = {})
{
    const QString m = QString::fromUtf8(tmpl);
    return Status::error(ErrorCode::Invalid, arg.isNull() ? m : m.arg(arg));
}

} // namespace

Result<TraceParams> traceParamsFromJson(CaseFile &cf, const QJsonObject &o)
{
    TraceParams p;
    const QString from = o.value(QStringLiteral("from")).toString();
    const Result<qint64> origin = findEntity(cf, from);
    if (!origin)
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "no account is \"%1\""), from);
    p.origin = origin.value();
    p.down = o.value(QStringLiteral("direction")).toString(QStringLiteral("down")) == u"down";
    p.hops = o.value(QStringLiteral("hops")).toInt(6);
    if (p.hops < 1)
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "a trace follows at least 1 hop"));
    const auto alloc = allocationFromName(o.value(QStringLiteral("allocation")).toString(QStringLiteral("fifo")));
    if (!alloc)
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "the allocation is fifo, libr, proportional or none"));
    p.allocation = *alloc;
    p.minAmountMinor = o.value(QStringLiteral("min_amount_minor")).toInteger();
    for (const char *key : {"after", "before"}) {
        if (!o.contains(QLatin1String(key)))
            continue;
        const QString text = o.value(QLatin1String(key)).toString();
        const auto t = parseUserTime(text, cf.timeZone());
        if (!t)
            return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "\"%1\" is not a date or an ISO 8601 time"), text);
        (qstrcmp(key, "after") == 0 ? p.afterMs : p.beforeMs) = *t;
    }
    if (o.contains(QStringLiteral("max_gap_s")))
        p.maxGapMs = o.value(QStringLiteral("max_gap_s")).toInteger() * 1000;
    if (o.contains(QStringLiteral("pair_tolerance_s")))
        p.pairToleranceMs = o.value(QStringLiteral("pair_tolerance_s")).toInteger() * 1000;
    return p;
}

Result<TraceRun> traceAndRecord(CaseSession &session, const TraceParams &params, const Progress &progress, const QString &rerunOf)
{
    Ledger ledger(session.caseFile());
    const Result<TraceResult> r = trace(ledger, params, progress);
    if (!r)
        return r.status();
    TraceRun run{traceJson(ledger, params, r.value()), {}, ledger.dataSha256(), ledger.rowsRead()};
    if (session.isReadOnly())
        return run; // shown, not saved: another Casebench writes this case (no code, nothing to cite)
    const Result<QString> code = session.recordRun(QStringLiteral("trace"), params.toJson(ledger), run.json, run.dataSha256, run.rowsRead, rerunOf);
    if (!code)
        return code.status();
    run.code = code.value();
    run.json.insert(QStringLiteral("run"), QJsonObject{{QStringLiteral("id"), run.code}, {QStringLiteral("data_sha256"), run.dataSha256}});
    return run;
}

Result<TraceRun> patternAndRecord(CaseSession &session, const PatternParams &params, const Progress &progress, const QString &rerunOf)
{
    Ledger ledger(session.caseFile());
    const Result<QJsonObject> r = runPattern(session.caseFile(), ledger, params, progress);
    if (!r)
        return r.status();
    TraceRun run{r.value(), {}, ledger.dataSha256(), ledger.rowsRead()};
    if (session.isReadOnly())
        return run; // shown, not saved: another Casebench writes this case (no code, nothing to cite)
    const Result<QString> code = session.recordRun(params.kind, params.toJson(), run.json, run.dataSha256, run.rowsRead, rerunOf);
    if (!code)
        return code.status();
    run.code = code.value();
    run.json.insert(QStringLiteral("run"), QJsonObject{{QStringLiteral("id"), run.code}, {QStringLiteral("data_sha256"), run.dataSha256}});
    return run;
}

Result<TraceRun> runAgain(CaseSession &session, const AnalysisRun &run, const Progress &progress)
{
    if (run.kind == u"trace") {
        const Result<TraceParams> p = traceParamsFromJson(session.caseFile(), run.parameters);
        if (!p)
            return p.status();
        return traceAndRecord(session, p.value(), progress, run.code);
    }
    const Result<PatternParams> p = patternParamsFromJson(run.parameters);
    if (!p)
        return p.status();
    return patternAndRecord(session, p.value(), progress, run.code);
}

} // namespace cb::casefile::analysis
