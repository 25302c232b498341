#include "mainwindow.h"

#include "certificatehtml.h"
#include "detailsview.h"
#include "entityview.h"
#include "analysisview.h"
#include "patternsview.h"
#include "leadsview.h"
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
#include <QDockWidget>
#include <QSettings>
#include "chartview.h"
#include "timelineview.h"
#include "zonechoices.h"
#include <sqlite3.h>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUndoStack>

namespace cb::app {

using namespace cb::casefile;
using cb::importers::FileReport;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)), m_sources(new QTableView), m_certificate(new QTextBrowser),
      m_tabs(new QTabWidget), m_status(new QLabel), m_progress(new QProgressBar), m_cancel(new QPushButton),
      m_job(new widgets::ImportJob(this))
{
    setAcceptDrops(true);
    widgets::prepareZoneChoices(); // ready before New Case or an import first needs them
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
    m_details = new widgets::DetailsView;
    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("details"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_entities = new widgets::EntityView;
    m_entitiesDock = new QDockWidget(this);
    m_entitiesDock->setObjectName(QStringLiteral("entities"));
    m_entitiesDock->setWidget(m_entities);
    addDockWidget(Qt::LeftDockWidgetArea, m_entitiesDock);
    connect(m_entities, &widgets::EntityView::entitySelected, m_details, &widgets::DetailsView::showEntity);
    connect(m_entities, &widgets::EntityView::roleRequested, this, &MainWindow::askRole);
    connect(m_entities, &widgets::EntityView::mergeRequested, this, [this](qint64 a, qint64 b) { askLink(a, b, false); });
    connect(m_entities, &widgets::EntityView::ownerRequested, this, [this](qint64 d, qint64 p) { askLink(d, p, true); });
    connect(m_entities, &widgets::EntityView::noteRequested, this, [this](qint64 id) { askNoteOn({QStringLiteral("entities"), id}); });
    connect(m_entities, &widgets::EntityView::tagRequested, this, [this](qint64 id) { askTagOn({QStringLiteral("entities"), id}); });
    for (widgets::RecordView *v : std::as_const(m_views)) {
        connect(v, &widgets::RecordView::recordSelected, m_details, &widgets::DetailsView::showRecord);
        connect(v, &widgets::RecordView::noteRequested, this, &MainWindow::askNote);
        connect(v, &widgets::RecordView::tagRequested, this, &MainWindow::askTag);
    }
    m_leads = new widgets::LeadsView;
    m_tabs->addTab(m_leads, QString());
    connect(m_leads, &widgets::LeadsView::addRequested, this, &MainWindow::askLead);
    connect(m_leads, &widgets::LeadsView::statusRequested, this, &MainWindow::askLeadStatus);
    m_analysis = new widgets::AnalysisView;
    m_tabs->addTab(m_analysis, QString());
    connect(m_analysis, &widgets::AnalysisView::recordSelected, m_details, &widgets::DetailsView::showRecord);
    m_patterns = new widgets::PatternsView;
    m_tabs->addTab(m_patterns, QString());
    connect(m_patterns, &widgets::PatternsView::recordSelected, m_details, &widgets::DetailsView::showRecord);
    connect(m_analysis, &widgets::AnalysisView::bookmarkRequested, this, &MainWindow::askBookmark);
    connect(m_patterns, &widgets::PatternsView::bookmarkRequested, this, &MainWindow::askBookmark);
    // The timeline docks below the tables: it and the tables share the selected record.
    m_timeline = new widgets::TimelineView;
    m_timelineDock = new QDockWidget(this);
    m_timelineDock->setObjectName(QStringLiteral("timeline"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    connect(m_timeline, &widgets::TimelineView::recordSelected, m_details, &widgets::DetailsView::showRecord);
    connect(m_timeline, &widgets::TimelineView::recordSelected, this, [this](RecordKind kind, qint64 id) {
        // The same record selected in its table, which comes to the front.
        if (widgets::RecordView *v = view(kind)) {
            m_tabs->setCurrentWidget(v);
            v->selectRecord(id);
        }
    });
    for (widgets::RecordView *v : std::as_const(m_views))
        connect(v, &widgets::RecordView::recordSelected, m_timeline, &widgets::TimelineView::focusRecord);
    connect(m_timeline, &widgets::TimelineView::saveViewRequested, this, &MainWindow::saveTimelineView);
    connect(m_analysis, &widgets::AnalysisView::timelineRequested, this, [this](const QStringList &accounts) {
        withEntities(accounts, [this](const QList<qint64> &ids) {
            m_timeline->showEntities(ids);
            m_timelineDock->show();
            m_timelineDock->raise();
        });
    });
    // The link chart is a tab beside the tables: it shares the selected entity with Entities and Details.
    m_chart = new widgets::ChartView;
    m_tabs->addTab(m_chart, QString());
    connect(m_chart, &widgets::ChartView::entitySelected, m_details, &widgets::DetailsView::showEntity);
    connect(m_entities, &widgets::EntityView::entitySelected, m_chart, &widgets::ChartView::selectEntity);
    connect(m_chart, &widgets::ChartView::saveChartRequested, this, [this](const QString &name, const QJsonObject &spec) { saveChart(name, spec, false); });
    connect(m_chart, &widgets::ChartView::exhibitRequested, this, [this](const QString &name, const QJsonObject &spec) { saveChart(name, spec, true); });
    connect(m_chart, &widgets::ChartView::assertLinkRequested, this, &MainWindow::askAssertLink);
    connect(m_chart, &widgets::ChartView::linkStatusRequested, this, &MainWindow::askLinkStatus);
    connect(m_chart, &widgets::ChartView::timelineRequested, this, [this](const QList<qint64> &ids) {
        m_timeline->showEntities(ids);
        m_timelineDock->show();
        m_timelineDock->raise();
    });
    connect(m_entities, &widgets::EntityView::chartRequested, this, [this](const QList<qint64> &ids) {
        m_chart->startFrom(ids);
        m_tabs->setCurrentWidget(m_chart);
    });
    connect(m_analysis, &widgets::AnalysisView::chartRequested, this, [this](const QStringList &accounts) {
        withEntities(accounts, [this](const QList<qint64> &ids) {
            m_chart->startFrom(ids);
            m_tabs->setCurrentWidget(m_chart);
        });
    });
    connect(m_entities, &widgets::EntityView::timelineRequested, this, [this](const QList<qint64> &ids) {
        m_timeline->showEntities(ids);
        m_timelineDock->show();
        m_timelineDock->raise();
    });
    connect(m_identity, &widgets::IdentityView::edited, this, [this](const QString &text) {
        m_undoStack->push(new widgets::SessionEditCommand(m_case.get(), text));
    });
    // The record tables in the middle; Sources (with the selected source's certificate) and Entities on the
    // left, Details on the right: docks the analyst can move, close and bring back (View menu).
    setCentralWidget(buildCentral());
    m_sourcesDock = new QDockWidget(this);
    m_sourcesDock->setObjectName(QStringLiteral("sources"));
    m_sourcesDock->setWidget(left);
    addDockWidget(Qt::LeftDockWidgetArea, m_sourcesDock);
    tabifyDockWidget(m_sourcesDock, m_entitiesDock);
    m_sourcesDock->raise();
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
    m_recentMenu = m_fileMenu->addMenu(QString());
    updateRecentMenu();
    m_import = m_fileMenu->addAction(QString(), this, &MainWindow::chooseImport);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = m_fileMenu->addAction(QString(), this, &MainWindow::chooseExport);
    m_packet = m_fileMenu->addAction(QString(), this, &MainWindow::choosePacket);
    m_mergeCopy = m_fileMenu->addAction(QString(), this, &MainWindow::chooseMergeCopy);
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
    m_editMenu->addSeparator();
    m_addEvent = m_editMenu->addAction(QString(), this, &MainWindow::askEvent);
    m_caseDetails = m_editMenu->addAction(QString(), this, &MainWindow::editCaseDetails);
    m_conflicts = m_editMenu->addAction(QString(), this, &MainWindow::showConflicts);
    m_editMenu->addSeparator();
    m_settings = m_editMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_viewMenu = menuBar()->addMenu(QString());
    for (QDockWidget *d : {m_sourcesDock, m_entitiesDock, m_detailsDock, m_timelineDock})
        m_viewMenu->addAction(d->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    // One box for the whole case, always in reach: a number, an account, a name or words of a message.
    m_find = new QLineEdit(this);
    m_find->setClearButtonEnabled(true);
    // In a box of its own: the menu bar places a corner widget by its size hint, which a line edit's minimum
    // width does not change, so a wider hint would run off the window's edge.
    auto *findBox = new QWidget(this);
    auto *findLayout = new QHBoxLayout(findBox);
    findLayout->setContentsMargins(0, 0, 4, 0);
    findLayout->addWidget(m_find);
    menuBar()->setCornerWidget(findBox, Qt::TopRightCorner);
    m_find->setEnabled(false); // until a case is open
    auto *focusFind = new QAction(this);
    focusFind->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    addAction(focusFind);
    connect(focusFind, &QAction::triggered, m_find, [this] { m_find->setFocus(Qt::ShortcutFocusReason), m_find->selectAll(); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        m_tabs->setCurrentWidget(m_search);
        m_search->search(m_find->text());
    });
    connect(m_search, &widgets::SearchView::recordSelected, m_details, &widgets::DetailsView::showRecord);
    connect(m_search, &widgets::SearchView::entitySelected, m_details, &widgets::DetailsView::showEntity);
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    stopDemoBuild();
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

void MainWindow::restoreLayout()
{
    QSettings settings;
    const bool start = startPageShown();
    showStartPage(false);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_docksSized = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showStartPage(start);
}

// The versions of what reads and keeps the evidence: a report or a court may ask which.
void MainWindow::showAbout()
{
    const QString versions =
        QStringLiteral("<table>"
                       "<tr><td>Qt</td><td>%1</td></tr><tr><td>SQLite</td><td>%2</td></tr>"
                       "<tr><td>libphonenumber</td><td>%3</td></tr><tr><td>Poppler (casebench-pdf)</td><td>%4</td></tr>"
                       "<tr><td>FreeXL (casebench-xls)</td><td>%5</td></tr><tr><td>libzip</td><td>%6</td></tr>"
                       "<tr><td>Nettle</td><td>%7</td></tr><tr><td>uchardet</td><td>%8</td></tr></table>")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()), QStringLiteral(CASEBENCH_PHONENUMBER_VERSION),
                 QStringLiteral(CASEBENCH_POPPLER_VERSION), QStringLiteral(CASEBENCH_FREEXL_VERSION), QStringLiteral(CASEBENCH_LIBZIP_VERSION),
                 QStringLiteral(CASEBENCH_NETTLE_VERSION), QStringLiteral(CASEBENCH_UCHARDET_VERSION));
    QMessageBox::about(this, tr("About Casebench"),
                       tr("<h3>Casebench %1</h3><p>Investigation workbench: every fact is traceable to its source file and row.</p>")
                               .arg(QCoreApplication::applicationVersion()) +
                           tr("<p>Built with:</p>") + versions);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_entitiesDock->setWindowTitle(tr("Entities"));
    m_sourcesDock->setWindowTitle(tr("Sources"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_new->setText(tr("&New Case…"));
    m_open->setText(tr("&Open Case…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_import->setText(tr("&Import Files…"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About Casebench"));
    m_find->setPlaceholderText(tr("Search the case (Ctrl+Shift+F)"));
    // Wide enough for a card number as people type it, and for the hint in this language, never clipped.
    const QFontMetrics fm = m_find->fontMetrics();
    m_find->setMinimumWidth(qMax(fm.horizontalAdvance(QStringLiteral("6228 4800 0000 0001 008  ")), fm.horizontalAdvance(m_find->placeholderText())) + 40);
    m_find->setToolTip(tr("A number or an account in any written form, a name, or words of a message, a note or a transaction"));
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
    m_tabs->setTabText(10, tr("Leads"));
    m_tabs->setTabText(11, tr("Fund tracing"));
    m_tabs->setTabText(12, tr("Patterns"));
    m_tabs->setTabText(m_tabs->indexOf(m_chart), tr("Link Chart"));
    m_addEvent->setText(tr("Add an &event no source holds…"));
    m_export->setText(tr("&Export Table (CSV, Excel)…"));
    m_packet->setText(tr("Export E&vidence Packet…"));
    m_caseDetails->setText(tr("Case &Details…"));
    m_mergeCopy->setText(tr("&Merge a Colleague's Copy…"));
    m_conflicts->setText(tr("Merge &Conflicts…"));
    m_settings->setText(tr("&Settings…"));
    updateAccess();
    showStartPage(!m_case);
    if (m_case) {
        const Counts &c = m_counts;
        const CaseSettings settings = m_case->info().settings;
        setWindowTitle(m_case->info().readOnly ? tr("Casebench — %1 (%2) [read-only]").arg(settings.title, settings.timezone)
                                               : tr("Casebench — %1 (%2)").arg(settings.title, settings.timezone));
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
    openImportWizard(files);
    e->acceptProposedAction();
}

void MainWindow::showEvent(QShowEvent *e)
{
    QMainWindow::showEvent(e);
    sizeDocksOnce();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    stopDemoBuild();
    showStartPage(false); // the docks as the analyst left them around a case, not hidden for the start page
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}

} // namespace cb::app
