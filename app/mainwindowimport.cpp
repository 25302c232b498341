// The main window's imports: the wizard, the queue it hands over, and what the window says when the job
// ends (the questions a file leaves open are asked in importquestions.cpp).
#include "mainwindow.h"

#include "importwizard.h"
#include "query/sourcemodel.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace cb::app {

using namespace cb::casefile;
using cb::importers::FileReport;

void MainWindow::chooseImport()
{
    if (!writable())
        return;
    openImportWizard({});
}

widgets::ImportWizard *MainWindow::importWizard() const
{
    return m_wizard;
}

void MainWindow::openImportWizard(const QStringList &files)
{
    if (!writable())
        return;
    if (!m_case || m_job->isRunning() || m_wizard)
        return;
    const CaseSettings s = m_case->info().settings;
    const QString investigator = investigatorName().isEmpty() ? s.investigator : investigatorName();
    auto *wizard = new widgets::ImportWizard({s.timezone, s.region, investigator}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->addFiles(files);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { importQueue(wizard->queue()); });
    m_wizard = wizard;
    wizard->open();
    if (files.isEmpty() && !qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS"))
        QMetaObject::invokeMethod(wizard, &widgets::ImportWizard::browse, Qt::QueuedConnection);
}

void MainWindow::importQueue(const QList<widgets::QueuedImport> &queue)
{
    if (!writable())
        return;
    if (!m_case || m_job->isRunning() || queue.isEmpty())
        return;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_import->setEnabled(false);
    QList<widgets::QueuedImport> q = queue;
    for (widgets::QueuedImport &item : q)
        if (!item.options.placeholderChosen)
            item.options.askOwner = true; // a statement that names no account: askWhatFilesLack asks for it
                                          // (declined, the file goes onto a placeholder account)
    m_job->start(m_case.get(), q);
}

void MainWindow::importFiles(const QStringList &files, const importers::ImportOptions &options)
{
    if (!writable())
        return;
    QList<widgets::QueuedImport> queue;
    for (const QString &f : files)
        queue.append({f, options});
    importQueue(queue);
}

void MainWindow::importDone(const QList<FileReport> &reports)
{
    m_progress->hide();
    m_cancel->hide();
    if (m_languagePending)
        QTimer::singleShot(0, this, &MainWindow::switchLanguage); // chosen in Settings while it ran
    QStringList lines;
    for (const FileReport &r : reports) {
        const QString name = QFileInfo(r.path).fileName();
        switch (r.outcome) {
        case FileReport::Outcome::Imported:
            lines << tr("%1: imported, %2 rows accepted, %3 rejected").arg(name)
                         .arg(r.certificate.value(QStringLiteral("rows_accepted")).toInteger())
                         .arg(r.certificate.value(QStringLiteral("rows_rejected")).toInteger());
            if (r.writeOutFailed)
                lines << tr("%1: the case file could not be written out (is the disk full?): until it is, the import is only in %2-wal, which must stay beside the case")
                             .arg(name, QFileInfo(m_case->info().path).fileName());
            break;
        case FileReport::Outcome::Duplicate: lines << tr("%1: already in the case (same SHA-256)").arg(name); break;
        case FileReport::Outcome::Cancelled: lines << tr("%1: cancelled, nothing imported").arg(name); break;
        case FileReport::Outcome::Skipped: lines << tr("%1: skipped, no importer recognises it").arg(name); break;
        case FileReport::Outcome::Rejected:
            lines << tr("%1: rejected, nothing imported").arg(name);
            for (const Diagnostic &d : r.diagnostics.mid(0, 3))
                lines << QStringLiteral("    %1:%2: %3").arg(name, d.locator, d.message.translated());
            break;
        }
    }
    m_lastSummary = lines.join(u'\n');
    m_import->setEnabled(true);
    // Finished once the source list shows what landed (read on the worker), with the newest selected.
    auto finish = [this, reports] {
        if (m_sourceModel && m_sourceModel->rowCount() > 0)
            selectSource(m_sourceModel->rowCount() - 1);
        const bool dialogs = !qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS");
        if (!m_lastSummary.isEmpty() && dialogs)
            QMessageBox::information(this, tr("Import"), m_lastSummary);
        emit importFinished();
        askWhatFilesLack(reports);
    };
    if (!m_sourceModel) {
        finish();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_sourceModel, &SourceModel::loaded, this, [once, finish] {
        QObject::disconnect(*once);
        finish();
    });
    m_sourceModel->reload();
}

} // namespace cb::app
