// The main window before and around a case: the start page, the demo, Settings (language at run time), and
// the read-only mode a case opens in when another Casebench has it open for writing.
#include "mainwindow.h"

#include "language.h"
#include "settingsdialog.h"
#include "startpage.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cb::app {

using namespace cb::casefile;

static QLabel *banner(const char *colours)
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setStyleSheet(QString::fromLatin1(colours));
    l->hide();
    return l;
}

// The tables under their banners, and the start page in their place while no case is open.
QWidget *MainWindow::buildCentral()
{
    // A case that fails verification: nobody should work on altered evidence without knowing.
    m_integrity = banner("QLabel { background: #b3261e; color: white; padding: 8px; font-weight: bold; }");
    // A case another Casebench writes: it can be read here, not changed.
    m_readOnly = banner("QLabel { background: #fff4ce; color: #3d2e00; border-bottom: 1px solid #e0c36b; padding: 8px; }");
    auto *work = new QWidget;
    auto *layout = new QVBoxLayout(work);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_integrity);
    layout->addWidget(m_readOnly);
    // Thirteen tabs would otherwise set the window's least width: they scroll when the window is narrow.
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_tabs, 1);
    m_start = new widgets::StartPage;
    connect(m_start, &widgets::StartPage::newRequested, this, &MainWindow::newCase);
    connect(m_start, &widgets::StartPage::openRequested, this, &MainWindow::chooseCase);
    connect(m_start, &widgets::StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &widgets::StartPage::caseRequested, this, [this](const QString &path) {
        QString error;
        if (!openCase(path, &error))
            QMessageBox::warning(this, tr("Open Case"), error);
    });
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_start);
    m_stack->addWidget(work);
    m_stack->setCurrentWidget(work); // until retranslate() sees no case open
    return m_stack;
}

// The docks frame a case; around the start page they would be empty, so they step aside until one opens.
void MainWindow::showStartPage(bool start)
{
    if (start == (m_stack->currentWidget() == m_start))
        return;
    m_stack->setCurrentIndex(start ? 0 : 1);
    if (start) {
        m_dockState = saveState(); // which docks were out, where and how wide
        for (QDockWidget *d : {m_sourcesDock, m_entitiesDock, m_detailsDock, m_timelineDock})
            d->hide();
    } else {
        restoreState(m_dockState);
        sizeDocksOnce();
    }
}

// The docks' first sizes, once the window is on screen (before that, the layout has no room to divide):
// unless the analyst's own layout was restored.
void MainWindow::sizeDocksOnce()
{
    if (m_docksSized || !isVisible() || startPageShown())
        return;
    m_docksSized = true;
    layout()->activate(); // the docks have their places before they are given sizes
    resizeDocks({m_sourcesDock, m_detailsDock}, {420, 400}, Qt::Horizontal);
    resizeDocks({m_timelineDock}, {height() * 2 / 5}, Qt::Vertical);
}

bool MainWindow::startPageShown() const
{
    return m_stack->currentWidget() == m_start;
}

QString MainWindow::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("demo/demo.casebench"));
}

// The demo is built once, by the same command that builds it for the README (`casebench demo`), in a
// process of its own: the window stays responsive and Cancel stops it. It is built under another name and
// renamed when whole, so that a build cut short never opens as the demo.
void MainWindow::openDemo()
{
    const QString path = demoPath();
    QString error;
    if (QFileInfo::exists(path)) {
        if (!openCase(path, &error))
            QMessageBox::warning(this, tr("Open the Demo Case"), error);
        return;
    }
    if (m_demoBuild)
        return;
    const QString building = path + QStringLiteral(".building");
    abandonDemoBuild(); // what an earlier build cut short (the window closed, the machine stopped) left
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_demoBuild = new QProcess(this);
    m_demoBuild->setProcessChannelMode(QProcess::SeparateChannels);
    m_status->setText(tr("Building the demo case (a minute at most)…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    auto cancel = connect(m_cancel, &QPushButton::clicked, m_demoBuild, [this] {
        m_cancelledDemo = true;
        m_demoBuild->kill();
    });
    auto done = [this, path, building, cancel](bool built, const QString &why) {
        disconnect(cancel);
        m_progress->hide();
        m_progress->setRange(0, 1000);
        m_cancel->hide();
        m_demoBuild->deleteLater();
        m_demoBuild = nullptr;
        retranslate();
        if (built && QFile::rename(building, path)) {
            QDir().rename(building + QStringLiteral(".sources"), path + QStringLiteral(".sources"));
            QString error;
            if (!openCase(path, &error))
                QMessageBox::warning(this, tr("Open the Demo Case"), error);
            return;
        }
        abandonDemoBuild();
        if (!why.isEmpty())
            QMessageBox::warning(this, tr("Open the Demo Case"), tr("The demo case could not be built:\n%1").arg(why));
    };
    connect(m_demoBuild, &QProcess::finished, this, [this, done](int code, QProcess::ExitStatus status) {
        const QString errors = QString::fromLocal8Bit(m_demoBuild->readAllStandardError()).trimmed();
        const bool cancelled = status == QProcess::CrashExit && m_cancelledDemo;
        m_cancelledDemo = false;
        done(status == QProcess::NormalExit && code == 0,
             cancelled ? QString() : status == QProcess::CrashExit ? tr("the building process stopped unexpectedly") : errors);
    });
    connect(m_demoBuild, &QProcess::errorOccurred, this, [this, done](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) // no finished() follows
            done(false, tr("%1 could not be started: %2").arg(m_demoBuild->program(), m_demoBuild->errorString()));
    });
    m_demoBuild->start(m_casebenchProgram.isEmpty() ? QCoreApplication::applicationFilePath() : m_casebenchProgram,
                       {QStringLiteral("demo"), building});
}

// Removes what a demo build that did not finish left: the case under its building name, SQLite's files
// beside it, and the generated source files.
void MainWindow::abandonDemoBuild()
{
    const QString building = demoPath() + QStringLiteral(".building");
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(building + QLatin1String(suffix));
    QDir(building + QStringLiteral(".sources")).removeRecursively();
}

// Closing the window while the demo is built: the build stops and leaves nothing.
void MainWindow::stopDemoBuild()
{
    if (!m_demoBuild)
        return;
    m_demoBuild->disconnect(this); // nothing of this window is told any more
    m_demoBuild->kill();
    m_demoBuild->waitForFinished(5000);
    delete m_demoBuild;
    m_demoBuild = nullptr;
    abandonDemoBuild();
}

void MainWindow::showSettings()
{
    widgets::SettingsDialog dialog(this);
    QSettings settings;
    dialog.setLanguage(languageSetting());
    dialog.setInvestigator(investigatorName());
    dialog.setRegion(settings.value(QStringLiteral("region"), QStringLiteral("CN")).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("investigator"), dialog.investigator());
    settings.setValue(QStringLiteral("region"), dialog.region());
    if (dialog.language() != languageSetting()) { // first: the workers may well be idle now
        setLanguageSetting(dialog.language());
        switchLanguage();
    }
    if (m_case)
        m_case->write<int>([name = dialog.investigator()](CaseSession &s, const Progress &) {
            s.setActor(name);
            return 0;
        });
}

// The default locale may only change while no worker formats a date with it. Work is handed to the workers
// from this thread only, so once they are idle here nothing can start before the switch. An import in
// progress is let finish first (importDone() switches then); other work is waited for without blocking.
void MainWindow::switchLanguage()
{
    m_languagePending = true;
    if (m_job->isRunning()) {
        statusBar()->showMessage(tr("The language changes when the import has finished."), 10000);
        return;
    }
    if (m_case && !m_case->isIdle()) {
        if (!m_languageAnnounced) // once, not on every look at the workers
            statusBar()->showMessage(tr("The language changes when the work in progress has finished."), 10000);
        m_languageAnnounced = true;
        if (!m_languageRetry) {
            m_languageRetry = true;
            QTimer::singleShot(100, this, [this] {
                m_languageRetry = false;
                if (m_languagePending && !m_job->isRunning())
                    switchLanguage();
            });
        }
        return;
    }
    m_languagePending = false;
    if (m_languageAnnounced) // said in the old language, and done now
        statusBar()->clearMessage();
    m_languageAnnounced = false;
    applyLanguage(chosenLocale()); // every window retranslates on the LanguageChange this sends (headers too)
}

bool MainWindow::writable()
{
    if (!m_case)
        return false;
    if (!m_case->info().readOnly)
        return true;
    statusBar()->showMessage(tr("Not done: this case is open read-only, because another Casebench has it open for writing."), 10000);
    return false;
}

// The banner and the actions that would write, as the open case allows.
void MainWindow::updateAccess()
{
    const bool open = m_case != nullptr;
    const bool canWrite = open && !m_case->info().readOnly;
    for (QAction *a : {m_import, m_addEvent, m_caseDetails, m_mergeCopy, m_conflicts})
        a->setEnabled(canWrite);
    for (QAction *a : {m_export, m_packet})
        a->setEnabled(open);
    m_readOnly->setVisible(open && !canWrite);
    if (open && !canWrite) {
        const WriterLock::Holder &h = m_case->info().writer;
        m_readOnly->setText(tr("Read-only: another Casebench (process %1 on %2) has this case open for writing. You can read, search, "
                               "analyse and export here; imports and edits are off, and analyses are not saved. Close the case "
                               "there, then open it again here to work in it. If that Casebench has gone on another computer, "
                               "remove %3.")
                                .arg(h.pid)
                                .arg(h.host, QDir::toNativeSeparators(WriterLock::lockPath(m_case->info().path))));
    }
}

} // namespace cb::app
