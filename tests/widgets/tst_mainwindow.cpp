// The workbench window on the offscreen platform: models, an import with progress, Cancel, a screenshot.
#include "detailsview.h"
#include "entityview.h"
#include "identityview.h"
#include "leadsview.h"
#include "newcasedialog.h"
#include "importjob.h"
#include "hash.h"
#include "mainwindow.h"
#include "sqlite.h"
#include "casedetailsdialog.h"
#include "query/recordmodel.h"
#include "recordview.h"
#include "searchview.h"
#include "synthetic/synthetic.h"
#include "tabular/workbook.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTimer>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QLineEdit>
#include <QTableView>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>
#include <QTextBrowser>
#include <QListWidget>
#include <QTimeZone>
#include <QDockWidget>
#include <QComboBox>
#include <QUndoStack>

using namespace cb;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_demoDir;
    QString m_demo; // made once; each test works on its own copy

    QString demoCopy(const QTemporaryDir &dir)
    {
        const QString c = dir.filePath(QStringLiteral("demo.casebench"));
        return QFile::copy(m_demo, c) ? c : QString();
    }

private slots:
    void initTestCase()
    {
        m_demo = m_demoDir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_demo}).code, 0);
    }

    // The search box at the menu bar's right searches the whole case: the first victim's card typed with
    // the spaces a bank's reply has is found as the entity (and opens in Details), and the words of a
    // transaction's description find the cash-out account's ATM withdrawals, each with its statement row.
    void searchBoxFindsNumbersAccountsAndTransactions()
    {
        QTemporaryDir dir;
        const QString c = demoCopy(dir);
        app::MainWindow w;
        auto *find = w.menuBar()->cornerWidget(Qt::TopRightCorner)->findChild<QLineEdit *>();
        QVERIFY(find && !find->isEnabled()); // no case yet
        QVERIFY(w.openCase(c));
        w.show();
        QVERIFY(find->isEnabled());
        auto *search = w.findChild<widgets::SearchView *>();
        find->setText(QStringLiteral("6228 4800 0000 0001 008"));
        QTest::keyClick(find, Qt::Key_Return);
        QTRY_VERIFY(!search->isSearching() && search->results()->rowCount() >= 1);
        QCOMPARE(w.findChild<QTabWidget *>()->currentWidget(), search);
        QCOMPARE(search->results()->item(0, 0)->text(), QStringLiteral("entity"));
        QCOMPARE(search->results()->item(0, 3)->text(), QStringLiteral("6228480000000001008"));
        search->results()->setCurrentCell(0, 0);
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("6228480000000001008")));
        find->setText(QStringLiteral("ATM取款"));
        QTest::keyClick(find, Qt::Key_Return);
        QTRY_VERIFY(!search->isSearching() && search->results()->rowCount() >= 1);
        int withdrawals = 0;
        for (int r = 0; r < search->results()->rowCount(); ++r)
            if (search->results()->item(r, 0)->text() == u"transaction") {
                QVERIFY(search->results()->item(r, 4)->text().contains(QStringLiteral("[ATM取款]")));
                withdrawals += search->results()->item(r, 5)->text().contains(QStringLiteral("9068")) ? 1 : 0;
            }
        QVERIFY(withdrawals >= 1);
    }

    // A case that fails verification says so above the tables as it opens; an intact one shows nothing.
    void tamperedCaseShowsABanner()
    {
        QTemporaryDir dir;
        const QString c = demoCopy(dir);
        QVERIFY(!c.isEmpty());
        {
            app::MainWindow w;
            QVERIFY(w.openCase(c));
            w.show();
            w.worker()->waitForIdle();
            QCoreApplication::processEvents();
            QVERIFY(w.integrityBanner()->isHidden());
        }
        {
            casefile::sql::Database db;
            QVERIFY(db.open(c, casefile::sql::Database::Mode::ReadWrite));
            QVERIFY(db.exec("UPDATE calls SET duration_s = duration_s + 30 WHERE id = 5"));
        }
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.resize(1300, 700);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.integrityBanner()->isVisible(), 20000);
        QVERIFY2(w.integrityBanner()->text().contains(QStringLiteral("fails verification: 1 problem")), qPrintable(w.integrityBanner()->text()));
        QVERIFY(w.integrityBanner()->text().contains(QStringLiteral("calls row")));
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_tampered.png"))));
    }

    // File › Open on a bundle: checked and unpacked off the GUI thread, then opened; a wrong passphrase
    // opens nothing and writes nothing.
    void opensABundle()
    {
        QTemporaryDir dir;
        const QString c = demoCopy(dir), cbx = dir.filePath(QStringLiteral("demo.cbx"));
        QVERIFY(!c.isEmpty());
        const QString pass = test::writeFile(dir, QStringLiteral("pass"), "a long passphrase\n");
        QCOMPARE(test::runCasebench({QStringLiteral("bundle"), c, QStringLiteral("-o"), cbx, QStringLiteral("--passphrase-file"), pass}).code, 0);
        app::MainWindow w;
        w.show();
        QSignalSpy done(&w, &app::MainWindow::unbundled);
        const QString target = dir.filePath(QStringLiteral("from-colleague.casebench"));
        w.unbundleAndOpen(cbx, target, QStringLiteral("not the passphrase"));
        QVERIFY(done.wait(60000));
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY(!QFile::exists(target) && !w.worker());
        w.unbundleAndOpen(cbx, target, QStringLiteral("a long passphrase"));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QVERIFY(w.worker() && w.worker()->info().path == target);
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Unpacked and verified")));
    }

    // Edit › Case Details…: each changed detail one undoable edit through the session; the dialog previews
    // the Markdown narrative.
    void caseDetailsAreEditedAndUndone()
    {
        QTemporaryDir dir;
        const QString c = demoCopy(dir);
        QVERIFY(!c.isEmpty());
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.show();
        const auto agency = [&w] {
            return w.worker()->read<QString>([](casefile::CaseFile &cf, const Progress &) {
                cf.reloadSettings();
                return cf.settings().agency;
            }).result();
        };
        QCOMPARE(agency(), QStringLiteral("Demo City Anti-Fraud Centre"));
        w.setCaseDetails({{QStringLiteral("agency"), QStringLiteral("Shenzhen Anti-Fraud Centre")}, {QStringLiteral("handling"), QStringLiteral("SECRET")}});
        QTRY_COMPARE(w.undoStack()->count(), 2);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Change case details"));
        QCOMPARE(agency(), QStringLiteral("Shenzhen Anti-Fraud Centre"));
        w.undoStack()->undo(); // the handling line
        w.undoStack()->undo(); // the agency
        QTRY_COMPARE(agency(), QStringLiteral("Demo City Anti-Fraud Centre"));
        widgets::CaseDetailsDialog dialog({{QStringLiteral("title"), QStringLiteral("Demo")}, {QStringLiteral("case_number"), QStringLiteral("SZ-2024-0317")},
                                           {QStringLiteral("narrative"), QStringLiteral("Eight people reported **telephone fraud**:\n\n- calls\n- transfers")}});
        dialog.show();
        QVERIFY(dialog.changed().isEmpty());
        QVERIFY(dialog.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("telephone fraud")));
        QVERIFY(dialog.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_casedetails.png"))));
    }

    void opensImportsAndShows()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        cb::test::newCase(dir, QStringLiteral("w.casebench"));
        const QString calls = dir.filePath(QStringLiteral("calls.csv"));
        QVERIFY(importers::synthetic::writeCallRecords(calls, 3000, 5).ok());
        const QString cells = dir.filePath(QStringLiteral("cells.csv"));
        QVERIFY(importers::synthetic::writeCellSites(cells, 50).ok());

        app::MainWindow w;
        QString error;
        QVERIFY2(w.openCase(c, &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Asia/Shanghai")));
        QSignalSpy done(&w, &app::MainWindow::importFinished);
        w.importFiles({calls, cells});
        QVERIFY(w.importJob()->isRunning() || done.count() == 1);
        QVERIFY(done.wait(120000));
        QVERIFY2(w.lastImportSummary().contains(QStringLiteral("calls.csv: imported, 3000 rows accepted")), qPrintable(w.lastImportSummary()));

        auto *callsView = w.view(casefile::RecordKind::Calls);
        QTRY_COMPARE(callsView->model()->totalRows(), 3000);
        // Windowed: every row counts, only the pages the view needed so far are held.
        QCOMPARE(callsView->model()->rowCount(), 3000);
        QVERIFY(callsView->model()->loadedRows() < 3000);
        const QModelIndex last = callsView->model()->index(2999, 0);
        QCOMPARE(last.data(casefile::RecordModel::LoadedRole).toBool(), false);
        w.findChild<QTabWidget *>()->setCurrentWidget(callsView);
        callsView->table()->scrollToBottom();
        QTRY_VERIFY(last.data(casefile::RecordModel::LoadedRole).toBool());
        QAbstractItemModelTester tester(callsView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString shown = callsView->table()->model()->index(0, 0).data().toString();
        QVERIFY2(shown.endsWith(QStringLiteral("UTC+08:00")), qPrintable(shown)); // always with the zone
        QVERIFY(callsView->table()->model()->index(0, 8).data().toString().startsWith(QStringLiteral("calls.csv : line 2")));
        const QStringList directions = {QStringLiteral("outgoing"), QStringLiteral("incoming"), QStringLiteral("missed")};
        QVERIFY(directions.contains(callsView->table()->model()->index(0, 2).data().toString()));
        QCOMPARE(w.sourcesView()->model()->rowCount(), 2);
        w.sourcesView()->selectRow(0);
        QVERIFY(w.certificateView()->toPlainText().contains(QStringLiteral("Rows accepted")));
        QVERIFY(w.certificateView()->toPlainText().contains(QStringLiteral("3000")));

        const QString out = QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow.png"));
        w.resize(1280, 760);
        w.findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY(w.grab().save(out));
        // The search box's hint is never clipped (in either language: checked again below).
        const auto hintFits = [&w] {
            const QWidget *corner = w.menuBar()->cornerWidget(Qt::TopRightCorner);
            const auto *find = corner ? corner->findChild<QLineEdit *>() : nullptr;
            return find && find->width() >= find->fontMetrics().horizontalAdvance(find->placeholderText()) + 20 &&
                   corner->geometry().right() < w.menuBar()->width();
        };
        QVERIFY(hintFits());

        // The whole window retranslates live; every string comes from the zh_CN catalogue.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QTRY_COMPARE(w.findChild<QTabWidget *>()->tabText(1), QStringLiteral("通话"));
        QTRY_VERIFY(w.certificateView()->toPlainText().contains(QStringLiteral("接收行数")));
        QCOMPARE(w.sourcesView()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("文件"));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_zh.png"))));
        QVERIFY(hintFits());
        QCoreApplication::removeTranslator(&zh);
        QTRY_COMPARE(w.findChild<QTabWidget *>()->tabText(1), QStringLiteral("Calls"));
    }

    void guiThreadRunsNoSqlWhileTablesScrollAndSort()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("s.casebench"));
        const QString calls = dir.filePath(QStringLiteral("calls.csv"));
        QVERIFY(importers::synthetic::writeCallRecords(calls, 20000, 8).ok());
        QCOMPARE(cb::test::import(*cf, calls).statusName(), QStringLiteral("imported"));
        cf.reset();
        const quint64 before = casefile::sql::statementsOnThisThread();
        app::MainWindow w;
        QVERIFY(w.openCase(dir.filePath(QStringLiteral("s.casebench"))));
        w.resize(1280, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = w.view(casefile::RecordKind::Calls);
        w.findChild<QTabWidget *>()->setCurrentWidget(view);
        QTRY_COMPARE(view->model()->rowCount(), 20000);
        // Drag to the middle, page down, jump to the end, sort by a header click: rows arrive from the worker.
        view->table()->verticalScrollBar()->setValue(view->table()->verticalScrollBar()->maximum() / 2);
        const QModelIndex middle = view->model()->index(view->table()->rowAt(0), 0);
        QTRY_VERIFY(middle.data(casefile::RecordModel::LoadedRole).toBool());
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_PageDown);
        QTest::keyClick(view->table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(view->model()->index(19999, 0).data(casefile::RecordModel::LoadedRole).toBool());
        QSignalSpy sorted(view->model(), &casefile::RecordModel::loadingFinished);
        QTest::mouseClick(view->table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(view->table()->horizontalHeader()->sectionViewportPosition(4) + 10, 5)); // Duration
        QTRY_VERIFY(!sorted.isEmpty());
        QCOMPARE(view->model()->query().sortColumn, 4);
        QTRY_VERIFY(view->model()->index(view->table()->rowAt(0), 0).data(casefile::RecordModel::LoadedRole).toBool());
        // Memory is bounded by the pages kept, not by how far the view went.
        QVERIFY(view->model()->loadedRows() <= casefile::RecordModel::kMaxPages * casefile::RecordModel::kPageSize);
        QCOMPARE(casefile::sql::statementsOnThisThread(), before);
    }

    void detailsShowTheOriginalLineAndEditsUndo()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("d.casebench"));
        const QString calls = cb::test::writeFile(dir, QStringLiteral("calls.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,46000-9000-10031,,\n"
                                                  "2024-03-01T10:05:00+08:00,13800138000,13700137000,in,95,46000-9000-10032,,\n");
        const importers::FileReport imported = cb::test::import(*cf, calls);
        QCOMPARE(imported.statusName(), QStringLiteral("imported"));
        cf.reset();
        app::MainWindow w;
        QVERIFY(w.openCase(dir.filePath(QStringLiteral("d.casebench"))));
        w.resize(1400, 800);
        w.show();
        auto *view = w.view(casefile::RecordKind::Calls);
        w.findChild<QTabWidget *>()->setCurrentWidget(view);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        // (A result can come back before the call that asked for it returns: wait for what is shown.)
        view->table()->setCurrentIndex(view->table()->model()->index(1, 0));
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("Locator")));
        const QString text = w.details()->browser()->toPlainText();
        // The record's values, its provenance, and its line in the preserved bytes under the CSV header.
        QVERIFY2(text.contains(QStringLiteral("+8613700137000")) && text.contains(QStringLiteral("0:01:35")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("calls.csv")) && text.contains(imported.sha256) && text.contains(QStringLiteral("line 3")));
        QVERIFY2(text.contains(QStringLiteral("1\nstart_time,subscriber,other_party")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3\n2024-03-01T10:05:00+08:00,13800138000,13700137000,in,95")), qPrintable(text));
        // A note and a tag through the session, shown in Details; Ctrl+Z takes the tag back.
        const qint64 id = view->currentId();
        w.noteRecord(casefile::RecordKind::Calls, id, QStringLiteral("the victim's callback"));
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("the victim's callback")));
        w.tagRecord(casefile::RecordKind::Calls, id, QStringLiteral("fraud call"));
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("fraud call")));
        QTRY_COMPARE(w.undoStack()->count(), 2);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Tag"));
        QVERIFY(QTest::qWaitForWindowActive(&w) || true);
        w.undoStack()->undo();
        QTRY_VERIFY(!w.details()->browser()->toPlainText().contains(QStringLiteral("fraud call")));
        QVERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("the victim's callback")));
        w.undoStack()->redo();
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("fraud call")));
        // The selection copies as tab-separated text, header first.
        view->table()->selectAll();
        const QStringList lines = view->selectionAsText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Start\tSubscriber\tDirection")));
        QVERIFY(lines.at(2).contains(QStringLiteral("\tincoming\t+8613700137000\t0:01:35\t")));
        view->table()->setCurrentIndex(view->table()->model()->index(1, 0));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_details.png"))));
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("来源")));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_details_zh.png"))));
        QCoreApplication::removeTranslator(&zh);
    }

    void entitiesAreFoundByAnyFormAndGetRoles()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("e.casebench"));
        const QString calls = cb::test::writeFile(dir, QStringLiteral("calls.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,,,\n"
                                                  "2024-03-01T10:05:00+08:00,13800138000,13700137000,in,95,,,\n");
        QCOMPARE(cb::test::import(*cf, calls).statusName(), QStringLiteral("imported"));
        cf.reset();
        app::MainWindow w;
        QVERIFY(w.openCase(dir.filePath(QStringLiteral("e.casebench"))));
        w.resize(1400, 800);
        w.show();
        auto *entities = w.entities();
        QTRY_VERIFY(!entities->isSearching() && entities->shown().size() == 3);
        // A number as a victim would dictate it finds the normalised entity.
        entities->searchEdit()->setText(QStringLiteral("139 0013 9000"));
        QTest::keyClick(entities->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(!entities->isSearching() && entities->shown().size() == 1);
        const qint64 victim = entities->shown().first().id;
        QCOMPARE(entities->shown().first().label, QStringLiteral("+8613900139000"));
        // Its role, set through the session: shown in the list and in Details, filterable, undoable.
        w.setEntityRole(victim, casefile::Role::Victim, QStringLiteral("reported the fraud"));
        QTRY_VERIFY(!entities->shown().isEmpty() && entities->shown().first().role == casefile::Role::Victim);
        entities->table()->setCurrentCell(0, 0);
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("reported the fraud")));
        QVERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("calls.csv : line 2")));
        entities->searchEdit()->clear();
        entities->roleFilter()->setCurrentIndex(3); // victims
        QTRY_VERIFY(!entities->isSearching() && entities->shown().size() == 1 && entities->shown().first().id == victim);
        w.undoStack()->undo();
        QTRY_VERIFY(!entities->isSearching() && entities->shown().isEmpty());
        entities->roleFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!entities->isSearching() && entities->shown().size() == 3);
        // Two entities merged from the panel: the link shows in Details, and undo takes it back.
        const qint64 caller = entities->shown().at(1).id, other = entities->shown().at(2).id;
        w.mergeEntities(caller, other, 70, QStringLiteral("same handset"));
        QTRY_COMPARE(w.undoStack()->undoText(), QStringLiteral("Merge entities"));
        w.details()->showEntity(caller);
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("same handset")));
        w.undoStack()->undo();
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("undone by")));
        w.findChild<QDockWidget *>(QStringLiteral("entities"))->raise();
        entities->table()->setCurrentCell(0, 0);
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_entities.png"))));
    }

    void newCaseDialogPicksAZoneAndCreatesOnTheWorker()
    {
        widgets::NewCaseDialog dialog;
        // It starts on this computer's zone, and every entry names its offset.
        QVERIFY(!dialog.zone().isEmpty());
        QCOMPARE(QTimeZone(dialog.zone().toUtf8()).offsetFromUtc(QDateTime::currentDateTimeUtc()),
                 QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()));
        dialog.zoneFilter()->setText(QStringLiteral("shanghai"));
        int visible = 0;
        for (int i = 0; i < dialog.zones()->count(); ++i)
            visible += dialog.zones()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(visible, 1);
        dialog.selectZone(QStringLiteral("Asia/Shanghai"));
        QVERIFY(dialog.zones()->currentItem()->text().contains(QStringLiteral("(UTC+08:00)")));
        dialog.setInvestigator(QStringLiteral("Det. Chen"));
        dialog.setRegion(QStringLiteral("HK"));
        QVERIFY(dialog.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_newcase.png"))));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("op.casebench"));
        app::MainWindow w;
        const quint64 before = casefile::sql::statementsOnThisThread();
        QString error;
        casefile::CaseSettings s = dialog.settings();
        s.title = QStringLiteral("Operation Dawn");
        QVERIFY2(w.createCase(path, s, &error), qPrintable(error));
        QCOMPARE(casefile::sql::statementsOnThisThread(), before); // created on the worker
        QVERIFY(w.windowTitle().contains(QStringLiteral("Operation Dawn")));
        QCOMPARE(w.worker()->info().settings.timezone, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(w.worker()->info().settings.region, QStringLiteral("HK"));
        QCOMPARE(w.worker()->info().settings.investigator, QStringLiteral("Det. Chen"));
        QVERIFY(!w.createCase(path, s, &error)); // never over an existing file
        QVERIFY(error.contains(QStringLiteral("already exists")));
    }

    void leadsMoveThroughTheirStatusesAndEventsAreEntered()
    {
        QTemporaryDir dir;
        cb::test::newCase(dir, QStringLiteral("l.casebench"));
        app::MainWindow w;
        QVERIFY(w.openCase(dir.filePath(QStringLiteral("l.casebench"))));
        w.resize(1400, 800);
        w.show();
        auto *leads = w.leads();
        w.findChild<QTabWidget *>()->setCurrentWidget(leads);
        w.registerLead(QStringLiteral("Informant: the mule account is emptied at an ATM in Futian every evening"), QStringLiteral("informant report"));
        w.registerLead(QStringLiteral("Bank alert: three victims paid the same card within an hour"), QStringLiteral("bank alert"));
        QTRY_COMPARE(leads->shown().size(), 2);
        const QString code = leads->shown().first().code;
        w.moveLead(code, casefile::LeadStatus::Assigned, QStringLiteral("to Det. Wang"));
        w.moveLead(code, casefile::LeadStatus::Verifying, QStringLiteral("ATM footage requested"));
        QTRY_VERIFY(!leads->isLoading() && leads->shown().first().status == casefile::LeadStatus::Verifying);
        leads->table()->setCurrentCell(0, 0);
        QTRY_VERIFY(leads->history()->toPlainText().contains(QStringLiteral("ATM footage requested")));
        QVERIFY(leads->history()->toPlainText().contains(QStringLiteral("to Det. Wang")));
        leads->statusFilter()->setCurrentIndex(1); // new
        QTRY_VERIFY(!leads->isLoading() && leads->shown().size() == 1 && leads->shown().first().code != code);
        leads->statusFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!leads->isLoading() && leads->shown().size() == 2);
        w.undoStack()->undo(); // verifying -> assigned, as a step of its own
        QTRY_VERIFY(!leads->isLoading() && leads->shown().first().status == casefile::LeadStatus::Assigned);
        QCOMPARE(leads->shown().first().history.size(), 4);
        // An event the victim reported: kept with the case zone's offset, marked as analyst-entered.
        const QDateTime at(QDate(2024, 3, 1), QTime(10, 30), QTimeZone("Asia/Shanghai"));
        w.addAnalystEvent({at.toMSecsSinceEpoch(), 8 * 3600}, QStringLiteral("caller claimed to be police"), QStringLiteral("victim statement"));
        QTRY_COMPARE(w.undoStack()->undoText(), QStringLiteral("Add event"));
        const auto events = w.worker()->read<QList<casefile::AnalystEvent>>([](casefile::CaseFile &cf, const cb::Progress &) {
            return casefile::analystEventsOf(cf);
        }).result();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toJson().value(QStringLiteral("time")).toString(), QStringLiteral("2024-03-01T10:30:00+08:00"));
        leads->table()->setCurrentCell(0, 0);
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_leads.png"))));
    }

    void statementCertificateIsShown()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        cb::test::newCase(dir, QStringLiteral("w.casebench"), QStringLiteral("Europe/Berlin"));
        const QString sta = dir.filePath(QStringLiteral("statements.sta"));
        QVERIFY(importers::synthetic::writeMt940(sta, 1200).ok()); // three statements of 500, 500 and 200 entries
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.show();
        QSignalSpy done(&w, &app::MainWindow::importFinished);
        w.importFiles({sta});
        QVERIFY(done.wait(120000));
        w.sourcesView()->selectRow(0);
        const QString text = w.certificateView()->toPlainText();
        QCOMPARE(text.count(QStringLiteral("adds up")), 3);
        QVERIFY(!text.contains(QStringLiteral("DOES NOT ADD UP")));
        w.resize(1280, 760);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_mt940.png"))));
        // The first 300 entries delivered again in another file: linked, counted once, and said so.
        const QString again = dir.filePath(QStringLiteral("again.sta"));
        QVERIFY(importers::synthetic::writeMt940(again, 300).ok());
        w.importFiles({again});
        QVERIFY(done.wait(120000));
        w.sourcesView()->selectRow(1);
        QVERIFY2(w.certificateView()->toPlainText().contains(QStringLiteral("Overlap: 300 row")) &&
                     w.certificateView()->toPlainText().contains(QStringLiteral("source #1 (statements.sta)")),
                 qPrintable(w.certificateView()->toPlainText().left(2000)));
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_overlap.png"))));
    }

    // A bank's daily balance history beside the statement of the same account: the certificate says which
    // balance changes the movements in the case do not explain.
    void balanceHistoryFindingsAreShown()
    {
        if (cb::test::testdataDir().isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        {
            auto cf = cb::test::newCase(dir, QStringLiteral("w.casebench"), QStringLiteral("Europe/Amsterdam"));
            importers::ImportOptions opt;
            opt.owner = QStringLiteral("NL99INGB9999999999");
            QCOMPARE(cb::test::import(*cf, cb::test::testdataDir() + QStringLiteral("/bank-csv/ofxstatement-dutch_ing_NL.csv"), opt).statusName(),
                     QStringLiteral("imported"));
        }
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.show();
        QSignalSpy done(&w, &app::MainWindow::importFinished);
        w.importFiles({cb::test::testdataDir() + QStringLiteral("/bank-csv/ofxstatement-dutch_ing_ok.csv")});
        QVERIFY(done.wait(120000));
        w.sourcesView()->selectRow(0);
        QVERIFY2(w.certificateView()->toPlainText().contains(QStringLiteral("188 stated balances; not checked at import")),
                 qPrintable(w.certificateView()->toPlainText().left(2000)));
        w.sourcesView()->selectRow(1);
        const QString text = w.certificateView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Balance history of account NL99INGB9999999999 (EUR)")) &&
                     text.contains(QRegularExpression(QStringLiteral("10 change(\\(s\\)|s) NOT EXPLAINED"))) && text.contains(QStringLiteral("moves by 19.69")),
                 qPrintable(text.left(3000)));
        w.resize(1280, 760);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_balances.png"))));
        // The stated balances themselves, in their own table: each with its day's end, account and line.
        auto *tabs = w.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(5), QStringLiteral("Stated balances"));
        tabs->setCurrentIndex(5);
        auto *table = qobject_cast<QTableView *>(tabs->currentWidget()->findChild<QTableView *>());
        QVERIFY(table);
        QAbstractItemModel *shown = table->model();
        while (shown->canFetchMore({}))
            shown->fetchMore({});
        QCOMPARE(shown->rowCount(), 188);
        QStringList headers;
        for (int c = 0; c < shown->columnCount(); ++c)
            headers << shown->headerData(c, Qt::Horizontal).toString();
        const QModelIndex first = shown->index(0, 0);
        QCOMPARE(shown->index(0, headers.indexOf(QStringLiteral("Account"))).data().toString(), QStringLiteral("NL99INGB9999999999"));
        QCOMPARE(shown->index(0, headers.indexOf(QStringLiteral("Currency"))).data().toString(), QStringLiteral("EUR"));
        QVERIFY2(first.data().toString().contains(QStringLiteral("23:59")), qPrintable(first.data().toString()));
        // In time order, though ING's export runs newest first.
        const QModelIndex lastRow = shown->index(187, 0);
        QTRY_VERIFY(lastRow.data(casefile::RecordModel::LoadedRole).toBool() || (table->scrollToBottom(), false));
        QVERIFY2(first.data().toString() < lastRow.data().toString(), qPrintable(first.data().toString() + u' ' + lastRow.data().toString()));
        QVERIFY(shown->index(0, headers.indexOf(QStringLiteral("Source"))).data().toString().startsWith(QStringLiteral("ofxstatement-dutch_ing_NL.csv : line ")));
        w.resize(1280, 760);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_stated_balances.png"))));
    }

    void phoneDatabaseIsShown()
    {
        // A seized phone's call history (its last call only in the WAL): the calls belong to the device,
        // and the certificate panel names the device and the preserved -wal.
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("p.casebench"));
        cb::test::newCase(dir, QStringLiteral("p.casebench"), QStringLiteral("Asia/Shanghai"));
        const QString db = dir.filePath(QStringLiteral("CallHistory.storedata"));
        QVERIFY(importers::synthetic::writeCallHistoryStoredata(db, 12).ok());
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.show();
        QSignalSpy done(&w, &app::MainWindow::importFinished);
        w.importFiles({db});
        QVERIFY(done.wait(120000));
        w.sourcesView()->selectRow(0);
        const QString text = w.certificateView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("CallHistory.storedata-wal")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Seized device")) && text.contains(QStringLiteral("CallHistory.storedata (")));
        w.findChild<QTabWidget *>()->setCurrentIndex(1); // Calls
        w.resize(1280, 760);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_phone.png"))));
    }

    void seizedPhoneMessagesAndContacts()
    {
        // A UFDR's chats and address book get their own tabs: who wrote what to whom, on which device,
        // from which row of which file.
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("m.casebench"));
        cb::test::newCase(dir, QStringLiteral("m.casebench"), QStringLiteral("Asia/Shanghai"));
        const QString ufdr = dir.filePath(QStringLiteral("phone.ufdr"));
        QVERIFY(importers::synthetic::writeUfdr(ufdr, 300, 12).ok());
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.show();
        QSignalSpy done(&w, &app::MainWindow::importFinished);
        w.importFiles({ufdr});
        QVERIFY(done.wait(120000));
        auto *tabs = w.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(3), QStringLiteral("Messages"));
        auto *messages = qobject_cast<widgets::RecordView *>(tabs->widget(3));
        auto *contacts = qobject_cast<widgets::RecordView *>(tabs->widget(4));
        QVERIFY(messages && contacts);
        QTRY_COMPARE(messages->model()->totalRows(), 300);
        QTRY_COMPARE(contacts->model()->totalRows(), 7);
        QAbstractItemModelTester tester(messages->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel *shown = messages->table()->model();
        QStringList headers;
        for (int col = 0; col < shown->columnCount(); ++col)
            headers << shown->headerData(col, Qt::Horizontal).toString();
        QCOMPARE(headers.last(), QStringLiteral("Source"));
        const QString source = shown->index(0, shown->columnCount() - 1).data().toString();
        QVERIFY2(source.startsWith(QStringLiteral("phone.ufdr : report.xml line ")), qPrintable(source));
        QVERIFY(!shown->index(0, headers.indexOf(QStringLiteral("Text"))).data().toString().isEmpty());
        QCOMPARE(contacts->table()->model()->index(0, 0).data().toString(), QStringLiteral("联系人 0"));
        QTranslator en; // as main() loads it for an English locale: plural forms come from the catalogue
        QVERIFY(en.load(QStringLiteral(":/i18n/casebench_en.qm")));
        QCoreApplication::installTranslator(&en);
        w.sourcesView()->selectRow(0);
        QTRY_VERIFY2(w.certificateView()->toPlainText().contains(
                     QStringLiteral("12 calls · 300 messages · 7 contact entries · 1 location · 2 app or service accounts · 1 other artifact")),
                 qPrintable(w.certificateView()->toPlainText()));
        tabs->setCurrentIndex(3);
        w.resize(1280, 760);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_messages.png"))));

        // The Search tab: Chinese words without spaces are found, each hit with its source row.
        auto *search = w.findChild<widgets::SearchView *>();
        QVERIFY(search);
        tabs->setCurrentWidget(search);
        search->queryEdit()->setText(QStringLiteral("安全账户"));
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QTRY_COMPARE(search->results()->rowCount(), 60); // on a worker; messages #0, #5, #10 ... of 300 say 转账到安全账户
        QVERIFY(search->results()->item(0, 4)->text().contains(QStringLiteral("安全账户")));
        QVERIFY(search->results()->item(0, 5)->text().startsWith(QStringLiteral("phone.ufdr : report.xml line ")));
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_search.png"))));
        // What the phone holds beyond calls and messages (an installed app) is found too, with its type.
        search->queryEdit()->setText(QStringLiteral("com.whatsapp"));
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QTRY_COMPARE(search->results()->rowCount(), 1);
        QCOMPARE(search->results()->item(0, 0)->text(), QStringLiteral("phone artifact"));
        QCOMPARE(search->results()->item(0, 2)->text(), QStringLiteral("InstalledApplication"));
    }

    void identityTabSuggestsMergesAndUndoes()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("d.casebench"), QStringLiteral("Asia/Shanghai"));
        const auto files = importers::synthetic::writeDemoCase(dir.filePath(QStringLiteral("demo")));
        QVERIFY(files.ok());
        for (const QString &f : files.value())
            QCOMPARE(cb::test::import(*cf, f).statusName(), QStringLiteral("imported"));
        cf.reset();
        app::MainWindow w;
        QVERIFY(w.openCase(dir.filePath(QStringLiteral("d.casebench"))));
        w.resize(1280, 760);
        w.show();
        auto *tabs = w.findChild<QTabWidget *>();
        auto *identity = w.findChild<widgets::IdentityView *>();
        QVERIFY(identity);
        QCOMPARE(tabs->tabText(tabs->indexOf(identity)), QStringLiteral("Identity"));
        tabs->setCurrentWidget(identity);
        // The caller group's two SIMs in one handset are suggested, with the reason; nothing is applied.
        QTRY_VERIFY(!identity->isComputing() && identity->suggestions()->rowCount() > 0);
        const int suggested = identity->suggestions()->rowCount();
        QVERIFY(identity->suggestions()->item(0, 3)->text().startsWith(QStringLiteral("both lines were used in the same handset")));
        QCOMPARE(identity->decisions()->rowCount(), 0);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_identity.png"))));
        QVERIFY(!identity->mergeSuggestion(0, 80, QStringLiteral("  "))); // a justification is required
        QVERIFY(identity->mergeSuggestion(0, 80, QStringLiteral("one handset, alternating days")));
        QTRY_VERIFY(!identity->isComputing() && identity->suggestions()->rowCount() == suggested - 1);
        QCOMPARE(identity->decisions()->rowCount(), 1);
        QCOMPARE(identity->decisions()->item(0, 3)->text(), QStringLiteral("80 %"));
        QCOMPARE(identity->decisions()->item(0, 6)->text(), QStringLiteral("in force"));
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mainwindow_identity_merged.png"))));
        QVERIFY(identity->undoDecision(0, QStringLiteral("the second SIM is his brother's")));
        QTRY_VERIFY(!identity->isComputing() && identity->suggestions()->rowCount() == suggested);
        QVERIFY(identity->decisions()->item(0, 6)->text().startsWith(QStringLiteral("undone by ")));
    }

    // An encrypted PDF is asked for its password, asked again when the password is wrong, and imported
    // with the right one (the shared sample's one page is blank, so it then fails for having no text).
    void encryptedPdfAsksForItsPassword()
    {
        const QString data = cb::test::testdataDir();
        if (data.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        cb::test::newCase(dir, QStringLiteral("w.casebench"));
        app::MainWindow w;
        QString error;
        QVERIFY2(w.openCase(c, &error), qPrintable(error));
        w.show();
        qunsetenv("CASEBENCH_NO_DIALOGS");
        const auto restore = qScopeGuard([] { qputenv("CASEBENCH_NO_DIALOGS", "1"); });
        QStringList asked;
        QList<bool> hidden;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &w, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                box->accept();
            } else if (auto *in = qobject_cast<QInputDialog *>(modal)) {
                asked << in->labelText();
                hidden << (in->textEchoMode() == QLineEdit::Password);
                if (asked.size() == 1)
                    in->grab().save(QStringLiteral("tst_mainwindow_password.png"));
                in->setTextValue(asked.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("foobar123"));
                in->accept();
            }
        });
        answer.start();
        w.importFiles({data + QStringLiteral("/pdf/monopoly_protected.pdf")});
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.lastImportSummary().contains(QStringLiteral("no text layer")), 30000);
        QVERIFY2(asked[0].contains(QStringLiteral("is encrypted")), qPrintable(asked[0]));
        QVERIFY2(asked[1].contains(QStringLiteral("does not open")), qPrintable(asked[1]));
        QCOMPARE(hidden, (QList<bool>{true, true}));
        QTest::qWait(200);
        QCOMPARE(asked.size(), 2); // rejected for its content, not its password: nothing more to ask
    }

    void cancelLeavesCaseUnchanged()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        cb::test::newCase(dir, QStringLiteral("w.casebench"));
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(importers::synthetic::writeCallRecords(big, 400000, 20).ok());
        app::MainWindow w;
        QVERIFY(w.openCase(c));
        w.show();
        QSignalSpy done(&w, &app::MainWindow::importFinished);
        w.importFiles({big});
        QPushButton *cancel = nullptr;
        for (QPushButton *b : w.statusBar()->findChildren<QPushButton *>())
            if (b->isVisible())
                cancel = b;
        QVERIFY(cancel);
        QTRY_VERIFY(w.statusBar()->findChild<QProgressBar *>()->value() > 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(done.wait(120000));
        QVERIFY2(w.lastImportSummary().contains(QStringLiteral("cancelled")), qPrintable(w.lastImportSummary()));
        // Read on the worker for the status bar; after the cancel, nothing was kept.
        w.worker()->waitForIdle();
        QTest::qWait(50);
        QCOMPARE(w.counts().calls, 0);
        QCOMPARE(w.counts().sources, 0);
    }
};

CB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
