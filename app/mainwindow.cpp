#include "mainwindow.h"

#include "certificatehtml.h"
#include "identityview.h"
#include "importjob.h"
#include "query/recordmodel.h"
#include "query/sourcemodel.h"
#include "recordview.h"
#include "searchview.h"
#include "sessioncommand.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QFileDialog>
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
#include <QUndoStack>

namespace cb::app {

using namespace cb::casefile;
using cb::importers::FileReport;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sources(new QTableView), m_certificate(new QTextBrowser), m_tabs(new QTabWidget),
      m_undoStack(new QUndoStack(this)), m_status(new QLabel), m_progress(new QProgressBar), m_cancel(new QPushButton),
      m_job(new widgets::ImportJob(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/casebench/icons/casebench.svg")));
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_sources);
    left->addWidget(m_certificate);
    left->setStretchFactor(1, 2);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sources->horizontalHeader()->setStretchLastSection(true);
    for (auto kind : {RecordKind::Transactions, RecordKind::Calls, RecordKind::CellSites, RecordKind::Messages, RecordKind::Contacts,
                      RecordKind::Balances, RecordKind::Locations, RecordKind::Artifacts}) {
        auto *v = new widgets::RecordView(kind);
        m_views << v;
        m_tabs->addTab(v, QString());
    }
    m_search = new widgets::SearchView;
    m_tabs->addTab(m_search, QString());
    m_identity = new widgets::IdentityView;
    m_tabs->addTab(m_identity, QString());
    connect(m_identity, &widgets::IdentityView::edited, this, [this](const QString &text) {
        m_undoStack->push(new widgets::SessionEditCommand(m_case.get(), text));
    });
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 840});
    setCentralWidget(split);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_job, &widgets::ImportJob::cancel);
    connect(m_job, &widgets::ImportJob::progressChanged, this, [this](int v, const QString &file) {
        m_progress->setValue(v % 1000 == 0 && v > 0 ? 999 : v % 1000);
        m_status->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    });
    connect(m_job, &widgets::ImportJob::finished, this, &MainWindow::importDone);

    m_fileMenu = menuBar()->addMenu(QString());
    m_new = m_fileMenu->addAction(QString(), this, &MainWindow::newCase);
    m_new->setShortcut(QKeySequence::New);
    m_open = m_fileMenu->addAction(QString(), this, &MainWindow::chooseCase);
    m_open->setShortcut(QKeySequence::Open);
    m_import = m_fileMenu->addAction(QString(), this, &MainWindow::chooseImport);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_undo = m_undoStack->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Casebench"),
                           tr("Casebench %1 — investigation workbench.\nEvery fact is traceable to its source file and row.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_job->cancel();
    m_job->waitForFinished();
}

widgets::RecordView *MainWindow::view(RecordKind kind) const
{
    for (widgets::RecordView *v : m_views)
        if (v->kind() == kind)
            return v;
    return nullptr;
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_new->setText(tr("&New Case…"));
    m_open->setText(tr("&Open Case…"));
    m_import->setText(tr("&Import Files…"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About Casebench"));
    m_cancel->setText(tr("Cancel"));
    m_tabs->setTabText(0, tr("Transactions"));
    m_tabs->setTabText(1, tr("Calls"));
    m_tabs->setTabText(2, tr("Cell sites"));
    m_tabs->setTabText(3, tr("Messages"));
    m_tabs->setTabText(4, tr("Contacts"));
    m_tabs->setTabText(5, tr("Stated balances"));
    m_tabs->setTabText(6, tr("Locations"));
    m_tabs->setTabText(7, tr("Phone artifacts"));
    m_tabs->setTabText(8, tr("Search"));
    m_tabs->setTabText(9, tr("Identity"));
    m_import->setEnabled(m_case != nullptr);
    if (m_case) {
        const Counts &c = m_counts;
        const CaseSettings settings = m_case->info().settings;
        setWindowTitle(tr("Casebench — %1 (%2)").arg(settings.title, settings.timezone));
        // Movements delivered twice (overlapping statements) are counted once.
        const QString transactions = c.duplicateTransactions == 0
                                         ? QString::number(c.transactions)
                                         : tr("%1 (+%2 duplicates)").arg(c.transactions - c.duplicateTransactions).arg(c.duplicateTransactions);
        m_status->setText(tr("%1 sources, %2 transactions, %3 calls, %4 entities; times shown in %5")
                              .arg(c.sources).arg(transactions).arg(c.calls).arg(c.entities).arg(settings.timezone));
        showCertificate();
    } else {
        setWindowTitle(tr("Casebench"));
        m_status->setText(tr("Open or create a case to begin."));
    }
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(e);
}

bool MainWindow::openCase(const QString &path, QString *error)
{
    if (m_job->isRunning())
        return false;
    auto worker = std::make_unique<CaseWorker>();
    QFuture<Result<CaseInfo>> opening = worker->open(path);
    // The case opens (and migrates) on the worker; the window keeps painting meanwhile.
    QEventLoop loop;
    opening.then(&loop, [&loop](const Result<CaseInfo> &) { loop.quit(); });
    if (!opening.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const Result<CaseInfo> info = opening.result();
    if (!info) {
        if (error)
            *error = info.status().message();
        return false;
    }
    for (widgets::RecordView *v : m_views)
        v->setWorker(nullptr, QTimeZone::utc());
    m_search->setCase(nullptr, QTimeZone::utc());
    m_identity->setCase(nullptr);
    m_undoStack->clear();
    delete m_sourceModel;
    m_sourceModel = nullptr;
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
            m_sources->selectRow(0);
        showCertificate();
    });
    for (widgets::RecordView *v : m_views)
        v->setWorker(m_case.get(), zone.isValid() ? zone : QTimeZone::utc());
    m_search->setCase(m_case.get(), zone.isValid() ? zone : QTimeZone::utc());
    m_identity->setCase(m_case.get());
    readCounts();
    retranslate();
    return true;
}

void MainWindow::onChanged(const Change &change)
{
    if (change.touches(ObjectKind::Sources) || change.touches(ObjectKind::Records) || change.touches(ObjectKind::Entities))
        readCounts();
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
    const QString path = QFileDialog::getSaveFileName(this, tr("New Case"), QString(), tr("Casebench cases (*.casebench)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Case"), tr("Case title:"), QLineEdit::Normal,
                                                QFileInfo(path).completeBaseName(), &ok);
    if (!ok)
        return;
    QStringList zones;
    for (const QByteArray &z : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(z);
    const QString zone = QInputDialog::getItem(this, tr("New Case"), tr("Case time zone:"), zones,
                                               int(zones.indexOf(QString::fromUtf8(QTimeZone::systemTimeZoneId()))), false, &ok);
    if (!ok)
        return;
    QString error;
    {
        Result<std::unique_ptr<CaseFile>> cf = CaseFile::create(path, {title, zone, QStringLiteral("CN"), {}});
        if (!cf)
            error = cf.status().message();
    } // closed before the window opens it as the case it shows
    if (error.isEmpty())
        openCase(path, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("New Case"), error);
}

void MainWindow::chooseCase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), QString(), tr("Casebench cases (*.casebench);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openCase(path, &error))
        QMessageBox::warning(this, tr("Open Case"), error);
}

void MainWindow::chooseImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Files"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &files, const importers::ImportOptions &options)
{
    if (!m_case || m_job->isRunning() || files.isEmpty())
        return;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_import->setEnabled(false);
    m_job->start(m_case.get(), files, options);
}

void MainWindow::importDone(const QList<FileReport> &reports)
{
    m_progress->hide();
    m_cancel->hide();
    QStringList lines;
    for (const FileReport &r : reports) {
        const QString name = QFileInfo(r.path).fileName();
        switch (r.outcome) {
        case FileReport::Outcome::Imported:
            lines << tr("%1: imported, %2 rows accepted, %3 rejected").arg(name)
                         .arg(r.certificate.value(QStringLiteral("rows_accepted")).toInteger())
                         .arg(r.certificate.value(QStringLiteral("rows_rejected")).toInteger());
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
            m_sources->selectRow(m_sourceModel->rowCount() - 1);
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

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (m_case && e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    QStringList files;
    for (const QUrl &u : e->mimeData()->urls())
        if (u.isLocalFile())
            files << u.toLocalFile();
    importFiles(files);
    e->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    e->accept();
}

} // namespace cb::app
