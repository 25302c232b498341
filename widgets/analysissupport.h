#pragma once
// What the Fund tracing and Patterns tabs share: their result tables, and running an analysis that saves
// its run on the case worker's writer with the answer brought back to the tab.
#include "analysis/tracerun.h"

#include <QList>
#include <functional>
#include <utility>

class QLabel;
class QObject;
class QVBoxLayout;
class QTableWidget;
class QWidget;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

QTableWidget *makeResultTable(QWidget *parent, int columns = 0);

// The analysis tabs' controls: labelled fields on two rows (the wide one stretching), then the buttons on a
// third, at its end — so that a tab never makes the window wider than the record tables need.
using LabelledField = std::pair<QLabel *, QWidget *>;
QVBoxLayout *twoRowControls(const QList<LabelledField> &first, const QList<LabelledField> &second, const QList<QWidget *> &buttons,
                            const QWidget *wide);

// Runs work on the writer thread; finished(result) runs on receiver's thread afterwards, unless the
// receiver is gone by then.
void runSavedAnalysis(casefile::CaseWorker *worker, QObject *receiver,
                      std::function<Result<casefile::analysis::TraceRun>(casefile::CaseSession &)> work,
                      std::function<void(const Result<casefile::analysis::TraceRun> &)> finished);

} // namespace cb::widgets
