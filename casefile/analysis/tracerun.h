#pragma once
// A trace as a saved run, the one path the command line and the workbench share: parameters from their
// saved JSON form (what `runs` lists and `rerun` repeats), the trace, and its record through the session.
#include "analysis/patterns.h"
#include "analysis/runs.h"
#include "analysis/trace.h"
#include "session/casesession.h"

namespace cb::casefile::analysis {

// The parameters as TraceParams::toJson writes them ("from" is any written form of the account; "after"
// and "before" an ISO 8601 time or a date, in the case's zone when they name none).
Result<TraceParams> traceParamsFromJson(CaseFile &cf, const QJsonObject &o);

struct TraceRun
{
    QJsonObject json;  // traceJson with "run": {"id", "data_sha256"}
    QString code;      // R-NNNNNN
    QString dataSha256;
    QList<QByteArray> rowsRead;
};

// Runs the trace on the session's case and saves it as a run (a rerun names the run it repeats).
Result<TraceRun> traceAndRecord(CaseSession &session, const TraceParams &params, const Progress &progress = {}, const QString &rerunOf = {});
// The same for a pattern analysis (its run's kind is the pattern's).
Result<TraceRun> patternAndRecord(CaseSession &session, const PatternParams &params, const Progress &progress = {}, const QString &rerunOf = {});
// Runs a saved run again with its saved parameters, saved as a new run that names it.
Result<TraceRun> runAgain(CaseSession &session, const AnalysisRun &run, const Progress &progress = {});

} // namespace cb::casefile::analysis
