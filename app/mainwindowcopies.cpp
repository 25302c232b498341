// The main window's part in sharing a case: merging a colleague's copy and settling its conflicts.
#include "mainwindow.h"

#include "conflictsdialog.h"
#include "mergecopydialog.h"
#include "session/caseworker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>

namespace cb::app {

void MainWindow::chooseMergeCopy()
{
    if (!writable())
        return;
    if (!m_case)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Merge a Colleague's Copy"), QFileInfo(m_case->info().path).absolutePath(),
                                                      tr("Casebench cases (*.casebench);;All files (*)"));
    if (!path.isEmpty())
        mergeCopy(path);
}

widgets::MergeCopyDialog *MainWindow::mergeCopy(const QString &other)
{
    if (!writable())
        return nullptr;
    if (!m_case)
        return nullptr;
    auto *dialog = new widgets::MergeCopyDialog(m_case.get(), other, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &widgets::MergeCopyDialog::finished, this, [this](bool dryRun, bool ok, const QString &message) {
        if (!dryRun && ok) {
            m_status->setText(message);
            checkIntegrity(); // what came in is verified like everything else
        }
    });
    dialog->open();
    return dialog;
}

widgets::ConflictsDialog *MainWindow::showConflicts()
{
    if (!m_case)
        return nullptr;
    auto *dialog = new widgets::ConflictsDialog(m_case.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace cb::app
