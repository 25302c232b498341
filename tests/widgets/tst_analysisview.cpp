// The Fund tracing tab on the offscreen platform: a trace from the demo's first victim runs on the worker
// (the GUI thread runs no SQL), its flows and endpoints fill the tables, the run is listed, a flow opens
// its transaction in Details, Cancel stops a trace without saving it; screenshots in English and Chinese.
#include "analysisview.h"
#include "chartview.h"
#include "detailsview.h"
#include "patternsview.h"
#include "timelineview.h"
#include "mainwindow.h"
#include "session/caseworker.h"
#include "session/exhibits.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QUndoStack>

using namespace cb;

class TestAnalysisView : public QObject
{
    Q_OBJECT
    static void openDemo(const QTemporaryDir &dir, app::MainWindow &w)
    {
        const QString c = dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), c}).code, 0);
        QVERIFY(w.openCase(c));
        w.resize(1500, 820);
        w.show();
    }

private slots:
    void tracesTheDemoAndOpensFlows()
    {
        QTemporaryDir dir;
        app::MainWindow w;
        openDemo(dir, w);
        widgets::AnalysisView *a = w.analysis();
        w.findChild<QTabWidget *>()->setCurrentWidget(a);
        QTRY_VERIFY(!a->status().isEmpty());
        const quint64 before = casefile::sql::statementsOnThisThread();
        a->account()->setText(QStringLiteral("6228 4800 0000 0001 008")); // as written on a bank's reply, with spaces
        a->trace(a->account()->text());
        QTRY_VERIFY_WITH_TIMEOUT(!a->isBusy() && a->flows()->rowCount() > 0, 20000);
        QCOMPARE(casefile::sql::statementsOnThisThread(), before); // the trace ran on the worker
        QVERIFY2(a->status().contains(QStringLiteral("R-000002")), qPrintable(a->status())); // the demo saved R-000001
        // The victim's payment to the first mule, then on to the cash-out account and its ATM withdrawals.
        bool cash = false, cashOut = false;
        for (int r = 0; r < a->flows()->rowCount(); ++r) {
            cash = cash || a->flows()->item(r, 3)->text() == u"cash";
            cashOut = cashOut || a->flows()->item(r, 3)->text() == u"6212260000000009068";
        }
        QVERIFY(cash && cashOut);
        QVERIFY(a->endpoints()->rowCount() >= 2);
        QTRY_COMPARE(a->runs()->rowCount(), 2);
        QCOMPARE(a->runs()->item(0, 0)->text(), QStringLiteral("R-000002")); // newest first
        // Show on Timeline: the traced accounts become the timeline's lanes, the victim's card first, then the
        // mules the money reached (9001 first).
        const auto show = a->findChildren<QPushButton *>(); // the button named by its text
        QPushButton *timelineButton = nullptr;
        for (QPushButton *b : show)
            if (b->text().remove(u'&') == u"Show on Timeline")
                timelineButton = b;
        QVERIFY(timelineButton && timelineButton->isEnabled());
        timelineButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.timeline()->scene() && w.timeline()->scene()->spec.lanes == casefile::timeline::LaneMode::Entity &&
                                     w.timeline()->scene()->lanes.size() >= 2,
                                 10000);
        QCOMPARE(w.timeline()->scene()->lanes[0].label, QStringLiteral("6228480000000001008"));
        QCOMPARE(w.timeline()->scene()->lanes[1].label, QStringLiteral("6212260000000009001"));
        // Show on Chart: the same accounts seed a link chart, which comes to the front.
        QPushButton *chartButton = nullptr;
        for (QPushButton *b : show)
            if (b->text().remove(u'&') == u"Show on Chart")
                chartButton = b;
        QVERIFY(chartButton && chartButton->isEnabled());
        chartButton->click();
        QTRY_COMPARE(w.findChild<QTabWidget *>()->currentWidget(), static_cast<QWidget *>(w.chart()));
        QCOMPARE(w.chart()->spec().seeds.size(), w.timeline()->scene()->lanes.size()); // the traced accounts, both times
        QTRY_VERIFY_WITH_TIMEOUT(!w.chart()->isBusy(), 20000);
        w.findChild<QTabWidget *>()->setCurrentWidget(a);
        // A flow opens its transaction, with its source row, in Details.
        int fromMule = -1;
        for (int r = 0; r < a->flows()->rowCount() && fromMule < 0; ++r)
            fromMule = a->flows()->item(r, 2)->text() == u"6212260000000009001" ? r : -1;
        QVERIFY(fromMule >= 0);
        a->flows()->setCurrentCell(fromMule, 0);
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("02_mule_9001_statement.csv")));
        // The run kept as an exhibit, through the session (undoable like every edit).
        w.bookmarkRun(QStringLiteral("R-000001"), QStringLiteral("Where the first victim's money went"));
        QTRY_COMPARE(w.undoStack()->undoText(), QStringLiteral("Add exhibit"));
        const auto exhibits = w.worker()->read<QList<casefile::Exhibit>>([](casefile::CaseFile &cf, const cb::Progress &) {
            return casefile::exhibitsOf(cf);
        }).result();
        QCOMPARE(exhibits.size(), 8); // the demo's seven and this one
        QCOMPARE(exhibits.last().spec.value(QStringLiteral("run")).toString(), QStringLiteral("R-000001"));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_analysis.png"))));
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QTRY_COMPARE(w.findChild<QTabWidget *>()->tabText(w.findChild<QTabWidget *>()->indexOf(a)), QStringLiteral("资金追踪"));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_analysis_zh.png"))));
        QCoreApplication::removeTranslator(&zh);
        // An account the case does not have: said, nothing saved.
        a->trace(QStringLiteral("6200000000000000000"));
        QTRY_VERIFY(!a->isBusy());
        QTRY_VERIFY2(a->status().contains(QStringLiteral("no account")), qPrintable(a->status()));
        QCOMPARE(a->runs()->rowCount(), 2);
        // Where the cash-out account's money came from, under the lowest intermediate balance rule: back
        // through the mules to the first victim's card.
        for (QComboBox *c : a->findChildren<QComboBox *>()) {
            if (c->findData(QStringLiteral("up")) >= 0)
                c->setCurrentIndex(c->findData(QStringLiteral("up")));
            if (c->findData(QStringLiteral("libr")) >= 0)
                c->setCurrentIndex(c->findData(QStringLiteral("libr")));
        }
        a->trace(QStringLiteral("6212260000000009068"));
        QTRY_VERIFY_WITH_TIMEOUT(!a->isBusy() && a->runs()->rowCount() == 3, 20000);
        QVERIFY2(a->status().contains(QStringLiteral("paid into 6212260000000009068")), qPrintable(a->status()));
        bool fromVictim = false;
        for (int r = 0; r < a->flows()->rowCount(); ++r)
            fromVictim = fromVictim || a->flows()->item(r, 2)->text() == u"6228480000000001008";
        QVERIFY(fromVictim);
    }

    // 快进快出 on the demo: the mules head the list; a row lists the records it rests on, and one of them
    // opens in Details with its source row.
    void patternsListWhatTheyRestOn()
    {
        QTemporaryDir dir;
        app::MainWindow w;
        openDemo(dir, w);
        widgets::PatternsView *p = w.patterns();
        w.findChild<QTabWidget *>()->setCurrentWidget(p);
        p->kind()->setCurrentIndex(0); // fast-in-fast-out
        p->run();
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy() && p->results()->rowCount() > 0, 20000);
        QCOMPARE(p->results()->item(0, 0)->text(), QStringLiteral("6212260000000009043"));
        QVERIFY2(p->status().contains(QStringLiteral("R-000002")), qPrintable(p->status()));
        p->results()->setCurrentCell(0, 0);
        QTRY_VERIFY(p->evidence()->rowCount() >= 2);
        p->evidence()->setCurrentCell(0, 0);
        QTRY_VERIFY(w.details()->browser()->toPlainText().contains(QStringLiteral("02_mule_9043_statement.csv")));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_patterns.png"))));
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QTRY_COMPARE(w.findChild<QTabWidget *>()->tabText(w.findChild<QTabWidget *>()->indexOf(p)), QStringLiteral("模式分析"));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_patterns_zh.png"))));
        QCoreApplication::removeTranslator(&zh);
        // A path needs two entities: said before anything runs.
        p->kind()->setCurrentIndex(p->kind()->findData(QStringLiteral("path")));
        p->entities()->setText(QStringLiteral("17100001111"));
        p->run();
        QVERIFY(!p->isBusy());
        QVERIFY2(p->status().contains(QStringLiteral("--entity twice")), qPrintable(p->status()));
    }
};

CB_TEST_MAIN(TestAnalysisView)
#include "tst_analysisview.moc"
