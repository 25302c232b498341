// Analyst edits from the workbench: each runs through the case session on the worker's writer thread and,
// once it has succeeded, goes onto the undo stack (Edit › Undo); a refusal is said in the status bar.
#include "mainwindow.h"

#include "sessioncommand.h"

#include <QInputDialog>
#include <QStatusBar>
#include <QUndoStack>

namespace cb::app {

using namespace cb::casefile;

void MainWindow::applyEdit(std::function<Status(CaseSession &)> edit)
{
    if (!m_case)
        return;
    CaseWorker *worker = m_case.get();
    worker
        ->write<std::pair<Status, QString>>([edit = std::move(edit)](CaseSession &s, const Progress &) {
            const Status st = edit(s);
            return std::pair<Status, QString>(st, st.ok() ? s.undoText() : QString());
        })
        .then(this, [this, worker](const std::pair<Status, QString> &done) {
            if (m_case.get() != worker)
                return;
            if (!done.first.ok()) {
                statusBar()->showMessage(tr("Not done: %1").arg(Message{done.first.message(), {}}.translated()), 10000);
                return;
            }
            m_undoStack->push(new widgets::SessionEditCommand(worker, done.second));
        });
}

void MainWindow::noteRecord(RecordKind kind, qint64 id, const QString &text)
{
    applyEdit([kind, id, text](CaseSession &s) {
        const Result<QString> uuid = s.addNote({recordKindName(kind), id}, text);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::tagRecord(RecordKind kind, qint64 id, const QString &tag)
{
    applyEdit([kind, id, tag](CaseSession &s) { return s.tag({recordKindName(kind), id}, tag); });
}

void MainWindow::askNote(RecordKind kind, qint64 id)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add a note"), tr("Note (kept with the record, audited):"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        noteRecord(kind, id, text.trimmed());
}

void MainWindow::askTag(RecordKind kind, qint64 id)
{
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Tag"), tr("Tag:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !tag.trimmed().isEmpty())
        tagRecord(kind, id, tag.trimmed());
}

} // namespace cb::app
