#include "analysissupport.h"

#include "session/caseworker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace cb::casefile;
using namespace cb::casefile::analysis;

QTableWidget *makeResultTable(QWidget *parent, int columns)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QVBoxLayout *twoRowControls(const QList<LabelledField> &first, const QList<LabelledField> &second, const QList<QWidget *> &buttons,
                            const QWidget *wide)
{
    auto *bar = new QVBoxLayout;
    for (const QList<LabelledField> *fields : {&first, &second}) {
        auto *row = new QHBoxLayout;
        for (const auto &[label, field] : *fields) {
            label->setBuddy(field);
            row->addWidget(label);
            row->addWidget(field, field == wide ? 2 : 0);
        }
        if (fields == &second)
            row->addStretch(1);
        bar->addLayout(row);
    }
    // The buttons on a row of their own: beside the fields they would set the whole window's least width.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QWidget *b : buttons)
        row->addWidget(b);
    bar->addLayout(row);
    return bar;
}

void runSavedAnalysis(CaseWorker *worker, QObject *receiver, std::function<Result<TraceRun>(CaseSession &)> work,
                      std::function<void(const Result<TraceRun> &)> finished)
{
    QPointer<QObject> alive(receiver);
    worker->write<Result<TraceRun>>([work = std::move(work)](CaseSession &session, const Progress &) { return work(session); })
        .then(receiver, [alive, finished = std::move(finished)](const Result<TraceRun> &r) {
            if (alive)
                finished(r);
        });
}

} // namespace cb::widgets
