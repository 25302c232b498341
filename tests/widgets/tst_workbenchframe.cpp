// The frame around a case: the start page, the demo, Settings with the language switched at run time, and
// the read-only mode a case opens in while another Casebench has it open for writing.
#include "language.h"
#include "mainwindow.h"
#include "query/recordmodel.h"
#include "recordview.h"
#include "session/caseworker.h"
#include "session/writerlock.h"
#include "settingsdialog.h"
#include "startpage.h"
#include "testsupport.h"
#include "timelineview.h"
#include "chartview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLockFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace cb;

namespace {

int auditEntries(const QString &c)
{
    const test::Run r = test::runCasebench({QStringLiteral("info"), c, QStringLiteral("--json")});
    // "COUNT:HASH"
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("audit_head")).toString().section(u':', 0, 0).toInt();
}

} // namespace

class TestWorkbenchFrame : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home; // this suite's settings and data, not the user's
    QTemporaryDir m_demoDir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        qunsetenv("CASEBENCH_LANG");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        m_demo = m_demoDir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_demo}).code, 0);
        app::applyLanguage(QLocale(QStringLiteral("en")));
    }

    // No case open: the start page, with the recent cases (one of them moved away) and no empty docks
    // around it; a recent case opens from it, and the docks come back as they were.
    void startPageListsRecentCasesAndOpensOne()
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("moved.casebench"));
        QSettings().setValue(QStringLiteral("recent"), QStringList{m_demo, gone});
        app::MainWindow w;
        w.resize(1200, 760);
        w.show();
        QVERIFY(w.startPageShown());
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            QVERIFY2(!d->isVisible(), qPrintable(d->objectName()));
        QTreeWidget *recent = w.startPage()->recentList();
        QCOMPARE(recent->topLevelItemCount(), 2);
        QCOMPARE(recent->topLevelItem(0)->text(0), QStringLiteral("demo.casebench"));
        QCOMPARE(recent->topLevelItem(0)->text(1), QDir::toNativeSeparators(m_demoDir.path()));
        QVERIFY(!recent->topLevelItem(0)->isDisabled());
        QVERIFY(recent->topLevelItem(1)->isDisabled()); // moved away: shown, cannot be opened
        QCOMPARE(recent->topLevelItem(1)->text(2), QStringLiteral("missing"));
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_startpage.png"))));

        emit recent->itemActivated(recent->topLevelItem(0), 0);
        QTRY_VERIFY(w.worker() && w.worker()->isOpen());
        QVERIFY(!w.startPageShown());
        QVERIFY(w.windowTitle().contains(QStringLiteral("Demo")));
        for (const char *name : {"sources", "details", "timeline"})
            QVERIFY2(w.findChild<QDockWidget *>(QString::fromLatin1(name))->isVisible(), name);
    }

    // Open the Demo Case: built once by `casebench demo` in a process of its own (the window stays
    // responsive), then opened; the second time it is simply opened.
    void demoIsBuiltOnceAndOpened()
    {
        QFile::remove(app::MainWindow::demoPath());
        app::MainWindow w;
        w.setCasebenchProgram(QStringLiteral(CASEBENCH_BIN));
        w.show();
        w.startPage()->demoButton()->click();
        QVERIFY(!w.worker()); // being built, not yet open
        QTRY_VERIFY_WITH_TIMEOUT(w.worker() && w.worker()->isOpen(), 120000);
        QCOMPARE(w.worker()->info().path, app::MainWindow::demoPath());
        QTRY_VERIFY_WITH_TIMEOUT(w.counts().sources > 0, 20000);
        const qint64 sources = w.counts().sources;
        QVERIFY(!QFileInfo::exists(app::MainWindow::demoPath() + QStringLiteral(".building"))); // renamed when whole
        app::MainWindow again;
        again.openDemo();
        // There already: opened at once, not built (a build would end later) — read-only, as w writes it.
        QVERIFY(again.worker() && again.worker()->isOpen());
        QVERIFY(again.worker()->info().readOnly);
        QTRY_COMPARE_WITH_TIMEOUT(again.counts().sources, sources, 20000);
    }

    // A second window on a case the first has open for writing opens it read-only: a banner naming the
    // writer, "[read-only]" in the title, imports and edits off, an edit refused with nothing written; the
    // command line's edits are refused too, naming the process, while its listings still work. Once the
    // writer closes, the case is writable again.
    void secondWriterGetsReadOnly()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("shared.casebench"));
        QVERIFY(QFile::copy(m_demo, c));
        const int entries = auditEntries(c);
        QVERIFY(entries > 0);
        auto writer = std::make_unique<app::MainWindow>();
        QVERIFY(writer->openCase(c));
        QVERIFY(!writer->worker()->info().readOnly);
        QVERIFY(QFileInfo::exists(casefile::WriterLock::lockPath(c)));
        // Opened again in the same window (Open Recent): still the writer, not read-only against itself.
        casefile::CaseWorker *first = writer->worker();
        QVERIFY(writer->openCase(c));
        QCOMPARE(writer->worker(), first);
        QVERIFY(!writer->worker()->info().readOnly);

        app::MainWindow reader;
        QString error;
        QVERIFY2(reader.openCase(c, &error), qPrintable(error));
        reader.resize(1300, 760);
        reader.show();
        QVERIFY(reader.worker()->info().readOnly);
        QCOMPARE(reader.worker()->info().writer.pid, qint64(QCoreApplication::applicationPid()));
        QVERIFY(reader.readOnlyBanner()->isVisible());
        QVERIFY(reader.readOnlyBanner()->text().contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
        QVERIFY(reader.windowTitle().endsWith(QStringLiteral("[read-only]")));
        QMenu *file = reader.menuBar()->actions().first()->menu();
        for (QAction *a : file->actions())
            if (a->text().contains(QStringLiteral("Import")))
                QVERIFY(!a->isEnabled());
        reader.noteRecord(casefile::RecordKind::Calls, 1, QStringLiteral("must not be written"));
        QVERIFY(reader.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
        reader.worker()->waitForIdle();
        // Reading works: the tables fill from the read-only connections.
        QTRY_VERIFY_WITH_TIMEOUT(reader.view(casefile::RecordKind::Calls)->model()->rowCount() > 0, 20000);
        QVERIFY(reader.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_readonly.png"))));
        // A table can be exported; the export cannot enter the history another Casebench writes, and says so.
        QSignalSpy exported(&reader, &app::MainWindow::exportFinished);
        reader.exportTable(casefile::RecordKind::Calls, dir.filePath(QStringLiteral("calls.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
        QVERIFY(exported.first().at(0).toBool());
        QVERIFY(exported.first().at(1).toString().contains(QStringLiteral("Not entered in the case's audit log")));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("calls.csv"))).size() > 0);

        // The command line: a note is refused (exit 1, the holder named), the notes are still listed.
        const test::Run note = test::runCasebench({QStringLiteral("note"), QStringLiteral("add"), c, QStringLiteral("6228480000000001008"), QStringLiteral("x")});
        QCOMPARE(note.code, 1);
        QVERIFY2(note.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid()).toUtf8()), note.err.constData());
        QCOMPARE(test::runCasebench({QStringLiteral("notes"), c}).code, 0);
        // An export from the command line is written, and not entered in the history the writer keeps.
        const test::Run uco = test::runCasebench({QStringLiteral("export"), c, dir.filePath(QStringLiteral("case.jsonld"))});
        QCOMPARE(uco.code, 0);
        QVERIFY2(uco.err.contains("not entered in the case's audit log"), uco.err.constData());
        // An analysis runs on a read-only connection: shown, and said not to be saved as a run.
        const test::Run trace = test::runCasebench({QStringLiteral("trace"), c, QStringLiteral("--from"), QStringLiteral("6228480000000001008")});
        QCOMPARE(trace.code, 0);
        QVERIFY2(trace.out.contains("Not saved"), trace.out.constData());
        QVERIFY(trace.err.contains("not saved as a run"));
        const test::Run pattern = test::runCasebench({QStringLiteral("analyze"), c, QStringLiteral("fast-in-fast-out"), QStringLiteral("--json")});
        QCOMPARE(pattern.code, 0);
        QVERIFY(QJsonDocument::fromJson(pattern.out).object().contains(QStringLiteral("rows")));
        QVERIFY(!QJsonDocument::fromJson(pattern.out).object().contains(QStringLiteral("run"))); // no run id to cite
        QCOMPARE(auditEntries(c), entries); // nothing written by either

        writer.reset(); // closes the case and lets go of the lock
        QVERIFY(!QFileInfo::exists(casefile::WriterLock::lockPath(c)));
        QCOMPARE(test::runCasebench({QStringLiteral("note"), QStringLiteral("add"), c, QStringLiteral("6228480000000001008"), QStringLiteral("now")}).code, 0);
        QCOMPARE(auditEntries(c), entries + 1);
        // The read-only window opens it again, now for writing: the banner goes.
        QVERIFY(reader.openCase(c));
        QVERIFY(!reader.worker()->info().readOnly);
        QVERIFY(!reader.readOnlyBanner()->isVisible());
    }

    // A lock left by a process that has gone (a crash, kill -9) keeps no one out: the next writer takes it.
    void lockOfAGoneProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("crashed.casebench"));
        QVERIFY(QFile::copy(m_demo, c));
        // This suite's own program, run to take the lock and end without letting go (see main()).
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASEBENCH_TEST_HOLD_LOCK"), casefile::WriterLock::lockPath(c));
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(QFileInfo::exists(casefile::WriterLock::lockPath(c))); // left behind
        QVERIFY(!casefile::WriterLock::holder(c).has_value());
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        QVERIFY(!w.worker()->info().readOnly);
    }

    // Settings: the language switches at once, Qt's own buttons included, and is kept for the next start;
    // the investigator's name is what the next edit is recorded under.
    void settingsSwitchLanguageAtRunTime()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("lang.casebench"));
        QVERIFY(QFile::copy(m_demo, c));
        QSemaphore hold; // outlives the window, whose reader may be waiting on it
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.resize(1300, 760);
        w.show();
        auto *tabs = w.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Transactions"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        bool sawDialog = false;
        QString okText;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<widgets::SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog) { // not the dialog expected: closed, so that the test fails instead of waiting
                if (QWidget *other = QApplication::activeModalWidget())
                    other->close();
                return;
            }
            sawDialog = true;
            dialog->setLanguage(QStringLiteral("zh_CN"));
            dialog->setInvestigator(QStringLiteral("Det. Wang 0471"));
            dialog->accept();
        });
        // The reader is busy (a long analysis, say): the window neither waits for it nor switches under it.
        w.worker()->read<int>([&hold](casefile::CaseFile &, const Progress &) { return int(hold.tryAcquire(1, 5000)); });
        auto release = qScopeGuard([&hold] { hold.release(); }); // a failed check below does not leave it waiting
        w.showSettings();
        QVERIFY(sawDialog);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Transactions")); // had the window waited, it would have switched
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("work in progress")), qPrintable(w.statusBar()->currentMessage()));
        QTest::qWait(400); // several looks at the workers: still busy, still English, the window alive
        QCOMPARE(tabs->tabText(0), QStringLiteral("Transactions"));
        release.dismiss();
        hold.release();
        QCOMPARE(app::languageSetting(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("交易"));
        // The timeline's and the chart's own status lines, filled by what they read, follow too; the status
        // bar's "changes when…" went with the old language.
        auto english = [&w] {
            QStringList left;
            for (QWidget *view : {static_cast<QWidget *>(w.findChild<widgets::TimelineView *>()), static_cast<QWidget *>(w.findChild<widgets::ChartView *>())})
                for (QLabel *l : view->findChildren<QLabel *>())
                    if (l->text().contains(QStringLiteral(" in view")) || l->text().startsWith(QStringLiteral("Times in")) || l->text().contains(QStringLiteral(" links")))
                        left << l->text();
            return left;
        };
        QTRY_COMPARE(english(), QStringList());
        QVERIFY2(!w.statusBar()->currentMessage().contains(QStringLiteral("work in progress")), qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        // Qt's own texts come in the same language.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        // Every menu in sight, none folded away for want of room.
        QTest::qWait(50);
        for (QAction *menu : w.menuBar()->actions())
            QVERIFY2(w.menuBar()->actionGeometry(menu).right() < w.menuBar()->width() / 2, qPrintable(menu->text()));
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_settings_zh.png"))));
        widgets::SettingsDialog shown(&w);
        shown.setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(shown.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_settingsdialog_zh.png"))));
        {
            app::MainWindow start; // the start page in Chinese
            start.resize(1200, 760);
            start.show();
            QVERIFY(start.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_startpage_zh.png"))));
        }

        // Recorded under the new name.
        w.noteRecord(casefile::RecordKind::Calls, 1, QStringLiteral("seen by the new investigator"));
        w.worker()->waitForIdle();
        const QJsonArray notes = QJsonDocument::fromJson(test::runCasebench({QStringLiteral("notes"), c, QStringLiteral("--json")}).out).array();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Det. Wang 0471"));
        w.close();

        app::setLanguageSetting(QString());
        app::applyLanguage(QLocale(QStringLiteral("en")));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Transactions"));
    }
};

int main(int argc, char **argv)
{
    // Run again by lockOfAGoneProcessIsTakenOver(): takes the case's lock and ends without letting go of it,
    // as a crashed or killed workbench would.
    if (qEnvironmentVariableIsSet("CASEBENCH_TEST_HOLD_LOCK")) {
        QCoreApplication app(argc, argv);
        auto *lock = new QLockFile(qEnvironmentVariable("CASEBENCH_TEST_HOLD_LOCK")); // never unlocked
        lock->setStaleLockTime(0);
        return lock->tryLock(0) ? 0 : 1;
    }
    QApplication app(argc, argv);
    TestWorkbenchFrame tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return cb::test::finishSuite(QTest::qExec(&tc, argc, argv));
}
#include "tst_workbenchframe.moc"
