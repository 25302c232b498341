// The main window's case: creating and opening it on a worker, the recent cases, what the status bar counts,
// the certificate of the selected source, and unbundling a colleague's copy.
#include "mainwindow.h"
#include "chartview.h"
#include "timelineview.h"

#include "entitylinks.h"
#include "integrity/verifier.h"
#include "signingkey.h"
#include "sharing/bundle.h"

#include "certificatehtml.h"
#include "detailsview.h"
#include "newcasedialog.h"
#include "entityview.h"
#include "analysisview.h"
#include "patternsview.h"
#include "leadsview.h"
#include "identityview.h"
#include "importjob.h"
#include "query/recordmodel.h"
#include "query/sourcemodel.h"
#include "recordview.h"
#include "startpage.h"
#include "searchview.h"
#include "sessioncommand.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QSettings>
#include <QFileDialog>
#include <QLineEdit>
#include <QFileInfo>
#include <QtConcurrent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

namespace cb::app {

using namespace cb::casefile;
using cb::importers::FileReport;

bool MainWindow::openCase(const QString &path, QString *error)
{
    if (m_job->isRunning())
        return false;
    if (m_case && QFileInfo(m_case->info().path).canonicalFilePath() == QFileInfo(path).canonicalFilePath()) {
        if (!m_case->info().readOnly)
            return true; // open here already, for writing: its worker holds the lock a new one would want
        detachCase();    // read-only here: let go, so that it opens for writing if its writer has closed it
    }
    auto worker = std::make_unique<CaseWorker>();
    QFuture<Result<CaseInfo>> opening = worker->open(path, investigatorName());
    return adopt(std::move(worker), opening, error);
}

bool MainWindow::createCase(const QString &path, const CaseSettings &settings, QString *error)
{
    if (m_job->isRunning())
        return false;
    auto worker = std::make_unique<CaseWorker>();
    QFuture<Result<CaseInfo>> opening = worker->create(path, settings, settings.investigator);
    return adopt(std::move(worker), opening, error);
}

bool MainWindow::adopt(std::unique_ptr<CaseWorker> worker, QFuture<Result<CaseInfo>> opening, QString *error)
{
    // The case opens (and migrates) on the worker; the window keeps painting meanwhile, and says so when it
    // takes a while (an old case being upgraded).
    QEventLoop loop;
    opening.then(&loop, [&loop](const Result<CaseInfo> &) { loop.quit(); });
    QTimer slow;
    slow.setSingleShot(true);
    connect(&slow, &QTimer::timeout, this, [this] {
        m_status->setText(tr("Opening the case (one from an earlier Casebench is upgraded first)…"));
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    slow.start(300);
    if (!opening.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    slow.stop();
    m_progress->hide();
    m_progress->setRange(0, 1000);
    const Result<CaseInfo> info = opening.result();
    if (!info) {
        if (error)
            *error = info.status().message();
        retranslate(); // the status bar as it was
        return false;
    }
    detachCase();
    m_case = std::move(worker);
    m_counts = {};
    const QTimeZone zone(info.value().settings.timezone.toUtf8());
    connect(m_case.get(), &CaseWorker::changed, this, &MainWindow::onChanged);
    m_sourceModel = new SourceModel(m_case.get(), this);
    m_sources->setModel(m_sourceModel);
    connect(m_sources->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCertificate);
    connect(m_sourceModel, &SourceModel::loaded, this, [this] {
        m_sources->resizeColumnsToContents();
        if (m_sourceModel->rowCount() > 0 && !m_sources->currentIndex().isValid())
            selectSource(0);
        showCertificate();
    });
    for (widgets::RecordView *v : m_views)
        v->setWorker(m_case.get(), zone.isValid() ? zone : QTimeZone::utc());
    m_search->setCase(m_case.get(), zone.isValid() ? zone : QTimeZone::utc());
    m_find->setEnabled(true);
    m_details->setWorker(m_case.get(), zone.isValid() ? zone : QTimeZone::utc());
    m_entities->setWorker(m_case.get());
    m_leads->setWorker(m_case.get());
    m_analysis->setWorker(m_case.get());
    m_patterns->setWorker(m_case.get());
    m_timeline->setWorker(m_case.get());
    m_chart->setWorker(m_case.get());
    m_identity->setCase(m_case.get());
    readCounts();
    checkIntegrity();
    rememberRecent(info.value().path);
    retranslate();
    return true;
}

// The views let go of the open case, which is then closed (its worker ends, and its writer lock with it).
void MainWindow::detachCase()
{
    for (widgets::RecordView *v : m_views)
        v->setWorker(nullptr, QTimeZone::utc());
    m_search->setCase(nullptr, QTimeZone::utc());
    m_find->setEnabled(false);
    m_details->setWorker(nullptr, QTimeZone::utc());
    m_entities->setWorker(nullptr);
    m_leads->setWorker(nullptr);
    m_analysis->setWorker(nullptr);
    m_patterns->setWorker(nullptr);
    m_timeline->setWorker(nullptr);
    m_chart->setWorker(nullptr);
    m_identity->setCase(nullptr);
    m_undoStack->clear();
    m_sources->setModel(nullptr);
    delete m_sourceModel;
    m_sourceModel = nullptr;
    m_case.reset();
}

// Through the selection model: QTableView::selectRow() selects nothing while the header has no geometry yet
// (a window not shown).
void MainWindow::selectSource(int row)
{
    m_sources->selectionModel()->setCurrentIndex(m_sourceModel->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::onChanged(const Change &change)
{
    if (change.touches(ObjectKind::Sources) || change.touches(ObjectKind::Records) || change.touches(ObjectKind::Entities))
        readCounts();
}

// Verify runs on the worker as the case opens (a second for a million rows); only a failure shows.
void MainWindow::checkIntegrity()
{
    m_integrity->hide();
    m_integrity->clear();
    CaseWorker *worker = m_case.get();
    worker->read<Result<integrity::VerifyReport>>([](CaseFile &cf, const Progress &p) { return integrity::verifyCase(cf, p); })
        .then(this, [this, worker](const Result<integrity::VerifyReport> &report) {
            if (m_case.get() != worker || (report && report.value().ok()))
                return;
            const QString first = report ? report.value().findings.first().message.translated() : report.status().message();
            const int problems = report ? int(report.value().findings.size()) : 1;
            m_integrity->setText(tr("This case fails verification: %n problem(s). Its facts may not be what was imported. The first: %1 "
                                    "(casebench verify CASE lists them all)", nullptr, problems).arg(first));
            m_integrity->show();
        });
}

void MainWindow::readCounts()
{
    if (!m_case)
        return;
    CaseWorker *worker = m_case.get();
    worker->read<Counts>([](CaseFile &cf, const Progress &) { return cf.counts(); }).then(this, [this, worker](const Counts &c) {
        if (m_case.get() != worker)
            return;
        m_counts = c;
        retranslate();
    });
}

void MainWindow::showCertificate()
{
    const int row = m_sources->currentIndex().row();
    if (!m_case || row < 0 || row >= m_sourceModel->rowCount()) {
        m_certificate->clear();
        return;
    }
    const QTimeZone zone(m_case->info().settings.timezone.toUtf8());
    m_certificate->setHtml(reports::certificateHtml(m_sourceModel->source(row), zone.isValid() ? zone : QTimeZone::utc()));
}

void MainWindow::newCase()
{
    widgets::NewCaseDialog dialog(this);
    QSettings settings;
    dialog.setInvestigator(investigatorName());
    dialog.setRegion(settings.value(QStringLiteral("region"), QStringLiteral("CN")).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CaseSettings s = dialog.settings();
    settings.setValue(QStringLiteral("investigator"), s.investigator);
    settings.setValue(QStringLiteral("region"), s.region);
    QString error;
    if (!createCase(dialog.path(), s, &error))
        QMessageBox::warning(this, tr("New Case"), error);
}

QString MainWindow::investigatorName() const
{
    return QSettings().value(QStringLiteral("investigator")).toString();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    settings.setValue(QStringLiteral("recent"), recent.mid(0, 8));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).absolutePath(), this, [this, path] {
            QString error;
            if (!openCase(path, &error))
                QMessageBox::warning(this, tr("Open Case"), error);
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_start->setRecent(recent);
}

void MainWindow::chooseCase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), QString(),
                                                      tr("Casebench cases and bundles (*.casebench *.cbx);;All files (*)"));
    if (path.endsWith(QStringLiteral(".cbx"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(this, tr("Open Bundle"), tr("Passphrase (leave empty for a bundle sealed to your key):"),
                                                         QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        const QString target = QFileDialog::getSaveFileName(this, tr("Unpack the Bundle into"), QFileInfo(path).completeBaseName() + QStringLiteral(".casebench"),
                                                            tr("Casebench cases (*.casebench)"));
        if (!target.isEmpty())
            unbundleAndOpen(path, target, passphrase);
        return;
    }
    QString error;
    if (!path.isEmpty() && !openCase(path, &error))
        QMessageBox::warning(this, tr("Open Case"), error);
}

void MainWindow::unbundleAndOpen(const QString &bundle, const QString &target, const QString &passphrase)
{
    statusBar()->showMessage(tr("Checking and unpacking %1…").arg(bundle));
    QtConcurrent::run([bundle, target, passphrase] {
        const Result<SigningKey> me = SigningKey::loadOrCreate();
        return sharing::readBundle(bundle, target, passphrase, me ? &me.value() : nullptr);
    }).then(this, [this, target](const Result<sharing::Unbundled> &done) {
        if (!done) {
            statusBar()->showMessage(done.status().message(), 15000);
            if (!qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS"))
                QMessageBox::warning(this, tr("Open Bundle"), done.status().message());
            emit unbundled(false, done.status().message());
            return;
        }
        QString error;
        const bool opened = openCase(target, &error);
        const QString message = opened ? tr("Unpacked and verified; bundled by %1 (%2)").arg(done.value().signer, done.value().fingerprint) : error;
        statusBar()->showMessage(message, 15000);
        emit unbundled(opened, message);
    });
}

void MainWindow::withEntities(const QStringList &identifiers, const std::function<void(const QList<qint64> &)> &fn)
{
    if (!m_case)
        return;
    CaseWorker *worker = m_case.get();
    worker->read<QList<qint64>>([identifiers](CaseFile &cf, const Progress &) {
              QList<qint64> ids;
              for (const QString &a : identifiers)
                  if (const Result<qint64> e = findEntity(cf, a); e && !ids.contains(e.value()))
                      ids << e.value();
              return ids;
          })
        .then(this, [this, worker, fn](const QList<qint64> &ids) {
            if (m_case.get() == worker)
                fn(ids);
        });
}

} // namespace cb::app
