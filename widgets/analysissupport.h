#pragma once
// What the Fund tracing and Patterns tabs share: their result tables, and running an analysis that saves
// its run on the case worker's writer with the answer brought back to the tab.
#include "analysis/tracerun.h"

#include <functional>

class QObject;
class QTableWidget;
class QWidget;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

QTableWidget *makeResultTable(QWidget *parent, int columns = 0);

// Runs work on the writer thread; finished(result) runs on receiver's thread afterwards, unless the
// receiver is gone by then.
void runSavedAnalysis(casefile::CaseWorker *worker, QObject *receiver,
                      std::function<Result<casefile::analysis::TraceRun>(casefile::CaseSession &)> work,
                      std::function<void(const Result<casefile::analysis::TraceRun> &)> finished);

} // namespace cb::widgets
