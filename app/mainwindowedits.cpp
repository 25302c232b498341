// Analyst edits from the workbench: each runs through the case session on the worker's writer thread and,
// once it has succeeded, goes onto the undo stack (Edit › Undo); a refusal is said in the status bar.
#include "mainwindow.h"

#include "entityview.h"
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
    applyEdit([target = Target{recordKindName(kind), id}, text](CaseSession &s) {
        const Result<QString> uuid = s.addNote(target, text);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::noteEntity(qint64 entity, const QString &text)
{
    applyEdit([target = Target{QStringLiteral("entities"), entity}, text](CaseSession &s) {
        const Result<QString> uuid = s.addNote(target, text);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::tagRecord(RecordKind kind, qint64 id, const QString &tag)
{
    applyEdit([target = Target{recordKindName(kind), id}, tag](CaseSession &s) { return s.tag(target, tag); });
}

void MainWindow::setEntityRole(qint64 entity, Role role, const QString &justification)
{
    applyEdit([entity, role, justification](CaseSession &s) { return s.setRole(entity, role, justification); });
}

void MainWindow::askNote(RecordKind kind, qint64 id)
{
    askNoteOn({recordKindName(kind), id});
}

void MainWindow::askTag(RecordKind kind, qint64 id)
{
    askTagOn({recordKindName(kind), id});
}

void MainWindow::askNoteOn(const Target &target)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add a note"), tr("Note (kept with the record, audited):"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    applyEdit([target, text = text.trimmed()](CaseSession &s) {
        const Result<QString> uuid = s.addNote(target, text);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::askTagOn(const Target &target)
{
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Tag"), tr("Tag:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !tag.trimmed().isEmpty())
        applyEdit([target, tag = tag.trimmed()](CaseSession &s) { return s.tag(target, tag); });
}

void MainWindow::askRole(qint64 entity, Role role)
{
    bool ok = true;
    QString why;
    if (role != Role::None)
        why = QInputDialog::getText(this, tr("Set role"), tr("Why is this entity a %1? (recorded with the role, audited)").arg(widgets::roleTitle(role)),
                                    QLineEdit::Normal, QString(), &ok);
    if (ok)
        setEntityRole(entity, role, why.trimmed());
}

} // namespace cb::app
