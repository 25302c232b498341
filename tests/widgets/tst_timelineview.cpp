// The Timeline panel on the offscreen platform, on the demo case: the scene is read on the worker (the GUI
// thread runs no SQL), its counts are the case's, zooming from the whole fraud to one victim's day and to
// ten minutes around one transfer draws single events; clicking one opens its record in Details, a record
// chosen in a table is found on the timeline, the heatmap counts the same events, a view is saved
// (undoably); screenshots at each zoom in English and Chinese.
#include "detailsview.h"
#include "entityview.h"
#include "recordview.h"
#include "mainwindow.h"
#include "session/caseworker.h"
#include "sqlite.h"
#include "testsupport.h"
#include "timeline/picturelanguage.h"
#include "timelinecanvas.h"
#include "timelineview.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QTabWidget>
#include <QToolButton>
#include <QSignalSpy>
#include <QDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QUndoStack>

using namespace cb;
using namespace cb::casefile::timeline;

class TestTimelineView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    static void shoot(app::MainWindow &w, const QString &name)
    {
        QTest::qWait(200);
        QVERIFY(w.timelineDock()->grab().save(QDir(QStringLiteral(".")).absoluteFilePath(name)));
    }

    // Waits until the panel shows a scene of [from, to).
    static void waitFor(widgets::TimelineView *t, qint64 from, qint64 to)
    {
        QTRY_VERIFY_WITH_TIMEOUT(t->scene() && t->scene()->spec.fromMs == from && t->scene()->spec.toMs == to, 10000);
    }

    qint64 count(app::MainWindow &w, const char *sql)
    {
        const QByteArray q(sql);
        return w.worker()->read<qint64>([q](casefile::CaseFile &cf, const cb::Progress &) { return cf.db().scalar(q.constData()).toLongLong(); }).result();
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_demo}).code, 0);
    }

    void zoomsFromTheFraudToOneTransfer()
    {
        app::MainWindow w;
        QVERIFY(w.openCase(m_demo));
        w.resize(1600, 1100);
        w.show();
        w.resizeDocks({w.timelineDock()}, {560}, Qt::Vertical);
        widgets::TimelineView *t = w.timeline();
        QTRY_VERIFY_WITH_TIMEOUT(t->scene(), 10000);
        // The whole fraud: every event of the case, by kind. Transactions (none duplicated in the demo),
        // calls, messages, locations and the analyst's event add up to the scene's total; the leads'
        // milestones were recorded when the demo was built, after the period, and do not stretch it.
        const qint64 expected = count(w, "SELECT (SELECT count(*) FROM transactions WHERE duplicate_of IS NULL) + (SELECT count(*) FROM calls) + "
                                         "(SELECT count(*) FROM messages) + (SELECT count(*) FROM locations) + (SELECT count(*) FROM balances) + "
                                         "(SELECT count(*) FROM analyst_events WHERE deleted_at IS NULL)");
        QCOMPARE(expected, 267);
        QCOMPARE(t->scene()->total(), expected);
        QCOMPARE(t->scene()->lanes.size(), 7);
        QCOMPARE(t->scene()->zoneId, QStringLiteral("Asia/Shanghai"));
        shoot(w, QStringLiteral("tst_timeline_fraud.png"));

        // Lanes by entity: the subjects first, then the victims, each with its events.
        auto spec = t->view();
        spec.lanes = LaneMode::Entity;
        const quint64 before = casefile::sql::statementsOnThisThread();
        t->setView(spec);
        QTRY_VERIFY_WITH_TIMEOUT(t->scene()->spec.lanes == LaneMode::Entity, 10000);
        QCOMPARE(casefile::sql::statementsOnThisThread(), before); // read on the worker
        QCOMPARE(t->scene()->lanes.first().role, QStringLiteral("subject"));
        int victim = -1;
        for (int i = 0; i < t->scene()->lanes.size() && victim < 0; ++i)
            victim = t->scene()->lanes[i].label == u"6228480000000001008" ? i : -1;
        QVERIFY(victim >= 0);
        QCOMPARE(t->scene()->lanes[victim].role, QStringLiteral("victim"));
        shoot(w, QStringLiteral("tst_timeline_entities.png"));

        // One victim's day (midnight to midnight in Shanghai) around the victim's first payment.
        const Event first = t->scene()->lanes[victim].events.first();
        QCOMPARE(first.kind, EventKind::Transactions);
        const QTimeZone shanghai("Asia/Shanghai");
        const QDateTime day(QDateTime::fromMSecsSinceEpoch(first.timeUtcMs, shanghai).date(), QTime(0, 0), shanghai);
        t->zoomTo(day.toMSecsSinceEpoch(), day.addDays(1).toMSecsSinceEpoch());
        waitFor(t, day.toMSecsSinceEpoch(), day.addDays(1).toMSecsSinceEpoch());
        QVERIFY(t->scene()->lanes[victim].drawsEvents());
        shoot(w, QStringLiteral("tst_timeline_day.png"));

        // Ten minutes around that payment: it stands alone, and a click on it opens it in Details.
        t->zoomTo(first.timeUtcMs - 300'000, first.timeUtcMs + 300'000);
        waitFor(t, first.timeUtcMs - 300'000, first.timeUtcMs + 300'000);
        auto *canvas = t->findChild<widgets::TimelineCanvas *>();
        QVERIFY(canvas);
        const widgets::TimelinePainter painter(*t->scene());
        QPoint at(-1, -1);
        for (int y = int(canvas->lanesRect().top()); y < canvas->height() && at.x() < 0; ++y)
            for (int x = int(widgets::TimelinePainter::DefaultLabelWidth); x < canvas->width() && at.x() < 0; x += 2) {
                const auto hit = painter.hitTest(canvas->lanesRect(), widgets::TimelinePainter::DefaultLabelWidth, QPointF(x, y));
                if (hit.lane == victim && hit.event >= 0 && t->scene()->lanes[victim].events[hit.event].id == first.id)
                    at = QPoint(x, y);
            }
        QVERIFY(at.x() >= 0);
        QSignalSpy selected(t, &widgets::TimelineView::recordSelected);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(1).toLongLong(), first.id);
        QTRY_VERIFY2(w.details()->browser()->toPlainText().contains(first.sourceFile), qPrintable(first.sourceFile + u'\n' + w.details()->browser()->toPlainText().left(400)));
        // ...and selects it in the Transactions table, brought to the front and scrolled to it.
        widgets::RecordView *transactions = w.view(casefile::RecordKind::Transactions);
        QTRY_COMPARE(w.findChild<QTabWidget *>()->currentWidget(), static_cast<QWidget *>(transactions));
        QTRY_COMPARE_WITH_TIMEOUT(transactions->currentId(), first.id, 10000);
        shoot(w, QStringLiteral("tst_timeline_transfer.png"));

        // A record chosen elsewhere (a call outside this view) brings the timeline to it.
        const qint64 call = count(w, "SELECT id FROM calls ORDER BY start_utc DESC LIMIT 1");
        const qint64 callTime = count(w, "SELECT start_utc FROM calls ORDER BY start_utc DESC LIMIT 1");
        t->focusRecord(casefile::RecordKind::Calls, call);
        QTRY_VERIFY_WITH_TIMEOUT(t->scene()->spec.fromMs <= callTime && callTime < t->scene()->spec.toMs, 10000);

        // "Show on Timeline" from the Entities panel: that victim's card alone, over the whole period.
        const qint64 card = t->scene()->lanes[victim].entity;
        emit w.entities()->timelineRequested({card});
        QTRY_VERIFY_WITH_TIMEOUT(t->scene()->lanes.size() == 1 && t->scene()->lanes[0].entity == card, 10000);
        QCOMPARE(t->scene()->lanes[0].total, 7); // the card's seven payments

        // The heatmap of the whole period, lanes by kind, counts the same events (with entity lanes it
        // counts those entities' events only).
        auto byKind = t->view();
        byKind.lanes = LaneMode::Kind;
        byKind.entities.clear();
        byKind.fromMs = byKind.toMs = 0;
        t->setView(byKind);
        QTRY_VERIFY_WITH_TIMEOUT(t->scene()->lanes.size() == 7 && t->scene()->total() == expected, 10000);
        t->showHeatmap(true);
        auto *heat = t->findChild<widgets::HeatmapCanvas *>();
        QTRY_VERIFY2_WITH_TIMEOUT(heat->picture() && heat->picture()->cells.total() == expected,
                                  qPrintable(QStringLiteral("%1 events from %2 to %3").arg(heat->picture() ? heat->picture()->cells.total() : -1)
                                                 .arg(t->view().fromMs).arg(t->view().toMs)), 10000);
        shoot(w, QStringLiteral("tst_timeline_heatmap.png"));
        // In each source's own offset (+08:00 for all the demo's sources, as the case's zone): the same cells.
        const auto inZone = heat->picture()->cells;
        auto *own = t->findChild<QToolButton *>(QStringLiteral("ownTime"));
        QVERIFY(own);
        QCOMPARE(own->isEnabled(), true);
        own->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(heat->picture()->zoneText != u"Asia/Shanghai", 10000);
        QCOMPARE(heat->picture()->cells.total(), expected);
        QVERIFY(std::equal(&inZone.cells[0][0], &inZone.cells[0][0] + 7 * 24, &heat->picture()->cells.cells[0][0]));
        own->setChecked(false);
        t->showHeatmap(false);

        // The text filter in the toolbar: only the chat messages naming the "safe account".
        auto *text = t->findChild<QLineEdit *>();
        QVERIFY(text);
        text->setText(QStringLiteral("安全账户"));
        emit text->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(t->scene()->spec.filter.text == u"安全账户", 10000);
        QVERIFY(t->scene()->total() > 0 && t->scene()->total() < expected);
        QCOMPARE(t->scene()->lanes[int(EventKind::Messages)].total, t->scene()->total());
        text->clear();
        emit text->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(t->scene()->spec.filter.text.isEmpty() && t->scene()->total() == expected, 10000);

        // Save the view: an undoable edit, and the view is in the case.
        w.saveTimelineView(QStringLiteral("whole fraud"), t->view().toJson());
        QTRY_COMPARE(w.undoStack()->undoText(), QStringLiteral("Save timeline view"));
        const QStringList views = w.worker()->read<QStringList>([](casefile::CaseFile &cf, const cb::Progress &) { return casefile::timelineViews(cf); }).result();
        QCOMPARE(views, (QStringList{QStringLiteral("The fraud by entity"), QStringLiteral("whole fraud")})); // the demo's and this one

        // In Chinese.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // as main() does for a Chinese workbench
        t->setLocale(QLocale());
        t->findChild<widgets::TimelineCanvas *>()->setLocale(QLocale());
        t->findChild<widgets::HeatmapCanvas *>()->setLocale(QLocale());
        QTRY_COMPARE(w.timelineDock()->windowTitle(), QStringLiteral("时间轴"));
        t->setView(spec);
        QTRY_VERIFY_WITH_TIMEOUT(t->scene()->spec.lanes == LaneMode::Entity, 10000);
        shoot(w, QStringLiteral("tst_timeline_entities_zh.png"));
        t->zoomTo(day.toMSecsSinceEpoch(), day.addDays(1).toMSecsSinceEpoch());
        waitFor(t, day.toMSecsSinceEpoch(), day.addDays(1).toMSecsSinceEpoch());
        shoot(w, QStringLiteral("tst_timeline_day_zh.png"));
        t->showHeatmap(true);
        QTest::qWait(300);
        shoot(w, QStringLiteral("tst_timeline_heatmap_zh.png"));
        // A packet's picture speaks the packet's language whatever the workbench's: English inside the scope,
        // Chinese again outside it, and the source text when the packet's language file is missing.
        widgets::PictureLanguage::install();
        QCOMPARE(widgets::TimelinePainter::kindLabel(EventKind::Calls), QStringLiteral("通话"));
        {
            QTranslator en;
            QVERIFY(en.load(QStringLiteral(":/i18n/casebench_en.qm")));
            const widgets::PictureLanguage english(&en);
            QCOMPARE(widgets::TimelinePainter::kindLabel(EventKind::Calls), QStringLiteral("Calls"));
        }
        QCOMPARE(widgets::TimelinePainter::kindLabel(EventKind::Calls), QStringLiteral("通话"));
        {
            const widgets::PictureLanguage none(nullptr);
            QCOMPARE(widgets::TimelinePainter::kindLabel(EventKind::Messages), QStringLiteral("Messages"));
        }
        QCoreApplication::removeTranslator(&zh);
        QLocale::setDefault(QLocale::c());
    }
};

CB_TEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
