// The Link Chart panel on the offscreen platform, on the demo case: the chart is built on the worker (the
// GUI thread runs no SQL) from the subjects and victims; expanding a node keeps every drawn node where it
// was; a dragged node stays pinned through a new layout; a clicked node opens its entity in Details; the
// shortest path between two nodes; a saved chart reopens with its positions and becomes an exhibit.
// Screenshots of the fraud ring in sfdp and in dot (money left to right), in English and Chinese.
#include "chartcanvas.h"
#include "chartview.h"
#include "chart/chartpainter.h"
#include "detailsview.h"
#include "mainwindow.h"
#include "session/caseworker.h"
#include "session/exhibits.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QDir>
#include <QPainter>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QUndoStack>

using namespace cb;
using namespace cb::casefile::chart;

class TestChartView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    static void shoot(widgets::ChartView *v, const QString &name)
    {
        QTest::qWait(150);
        QVERIFY(v->grab().save(QDir(QStringLiteral(".")).absoluteFilePath(name)));
    }

    static void waitLoaded(widgets::ChartView *v, QSignalSpy &spy, int count)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(spy.count() >= count && !v->isBusy(), qPrintable(QStringLiteral("%1 of %2 charts").arg(spy.count()).arg(count)), 20000);
    }

    static QHash<QString, QPointF> positions(const Chart &c)
    {
        QHash<QString, QPointF> out;
        for (const ChartNode &n : c.nodes)
            out.insert(n.key(), n.pos);
        return out;
    }

private slots:
    // Each kind's icon is its drawing in resources/entities/, in the ink asked for: filled where the drawing
    // is, open where it has a hole (the device's screen, the card's stripe, the pin's eye), and a kind
    // without a drawing gets the plain disc. Also a sheet of them all to look at.
    void entityIconsAreDrawnFromTheirSvg()
    {
        struct Probe
        {
            const char *kind;
            QPoint inked, open;
        };
        // Points in a 100-pixel square, from the drawings' coordinates.
        const Probe probes[] = {{"person", {50, 33}, {10, 10}},       {"phone", {40, 40}, {50, 70}},
                                {"bank_account", {50, 30}, {40, 55}}, {"bank_card", {50, 32}, {50, 44}},
                                {"device", {29, 50}, {50, 47}},       {"app_account", {50, 44}, {60, 78}},
                                {"organisation", {28, 50}, {38, 30}}, {"cell_site", {50, 70}, {40, 40}},
                                {"location", {30, 45}, {50, 40}},     {"email", {50, 65}, {50, 54}},
                                {"unknown_kind", {50, 50}, {20, 20}}};
        QImage sheet(11 * 72, 72, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter sp(&sheet);
        sp.setRenderHint(QPainter::Antialiasing);
        int x = 0;
        for (const Probe &probe : probes) {
            const QString kind = QString::fromLatin1(probe.kind);
            QImage img(100, 100, QImage::Format_ARGB32);
            img.fill(Qt::white);
            QPainter p(&img);
            widgets::ChartPainter::drawIcon(p, kind, QPointF(50, 50), 100, QColor(0, 0, 128));
            p.end();
            QVERIFY2(img.pixelColor(probe.inked) == QColor(0, 0, 128), probe.kind);
            QVERIFY2(img.pixelColor(probe.open) == QColor(Qt::white), probe.kind);
            sp.setBrush(QColor(0x1f, 0x6f, 0xb4));
            sp.setPen(Qt::NoPen);
            sp.drawEllipse(QPointF(x + 36, 36), 30, 30);
            widgets::ChartPainter::drawIcon(sp, kind, QPointF(x + 36, 36), 60 * 0.78, Qt::white);
            x += 72;
        }
        sp.end();
        QVERIFY(sheet.save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_entityicons.png"))));
        QVERIFY(!widgets::ChartPainter::entityIcon(QStringLiteral("phone"), Qt::black).pixmap(16, 16).isNull());
    }

    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_demo}).code, 0);
    }

    void theFraudRingExpandsWithoutReshuffling()
    {
        app::MainWindow w;
        QVERIFY(w.openCase(m_demo));
        w.resize(1600, 1000);
        w.show();
        w.timelineDock()->hide(); // the chart gets the window's height, as an analyst working on it would give it
        widgets::ChartView *v = w.chart();
        w.findChild<QTabWidget *>()->setCurrentWidget(v);
        QSignalSpy loaded(v, &widgets::ChartView::loaded);
        const quint64 before = casefile::sql::statementsOnThisThread();
        waitLoaded(v, loaded, 1);
        QCOMPARE(casefile::sql::statementsOnThisThread(), before); // built on the worker
        const Chart &first = v->canvas()->chart();
        // The demo's subjects (3 caller lines) and victims (8 cards, 8 phones) start the chart, each once.
        int seeds = 0;
        for (const ChartNode &n : first.nodes)
            seeds += n.hop == 0 ? 1 : 0;
        QCOMPARE(seeds, 19);
        QCOMPARE(first.nodes.first().role, QStringLiteral("subject"));
        shoot(v, QStringLiteral("tst_chart_sfdp.png"));

        // Expanding a mule account brings its partners in; nothing drawn before moves.
        const QHash<QString, QPointF> was = positions(first);
        int mule = -1;
        for (int i = 0; i < first.nodes.size(); ++i)
            if (first.nodes[i].role == u"associate" && first.nodes[i].degree > v->canvas()->shownLinks(i))
                mule = i;
        QVERIFY(mule >= 0);
        v->expand(mule);
        waitLoaded(v, loaded, 2);
        const Chart &more = v->canvas()->chart();
        QVERIFY(more.nodes.size() > was.size());
        for (const ChartNode &n : more.nodes)
            if (was.contains(n.key()))
                QCOMPARE(n.pos, was.value(n.key()));

        // Clicking a node shows its entity in Details.
        const int victim = 1;
        QSignalSpy selected(v, &widgets::ChartView::entitySelected);
        QGraphicsItem *item = nullptr;
        for (QGraphicsItem *i : v->canvas()->scene()->items())
            if (i->flags() & QGraphicsItem::ItemIsMovable && i->pos() == more.nodes[victim].pos)
                item = i;
        QVERIFY(item);
        const QPoint at = v->canvas()->mapFromScene(item->pos());
        QTest::mouseClick(v->canvas()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toLongLong(), more.nodes[victim].entity);
        auto *details = w.findChild<widgets::DetailsView *>();
        QTRY_VERIFY_WITH_TIMEOUT(details->browser()->toPlainText().contains(more.nodes[victim].label), 10000);

        // Dragging pins a node: a new layout (dot, money left to right) leaves it where it was dropped.
        const QPointF dropAt = more.nodes[0].pos + QPointF(300, 120);
        emit v->canvas()->nodeMoved(0, dropAt);
        const qint64 pinnedEntity = more.nodes[0].entity;
        QVERIFY(v->spec().pinned.contains(pinnedEntity));
        v->relayout();
        waitLoaded(v, loaded, 3);
        QCOMPARE(v->canvas()->chart().nodes[v->canvas()->chart().indexOf(QStringLiteral("e%1").arg(pinnedEntity))].pos, dropAt);
        ChartSpec dot = v->spec();
        dot.layout = QStringLiteral("dot");
        dot.kinds = {LinkFamily::Money};
        dot.hops = 2;
        dot.pinned.clear();
        v->setSpec(dot, true);
        waitLoaded(v, loaded, 4);
        shoot(v, QStringLiteral("tst_chart_dot.png"));
        // Money runs left to right: every payment's payer is left of its payee.
        const Chart &money = v->canvas()->chart();
        for (const ChartLink &l : money.links)
            if (l.kind == LinkFamily::Money && l.count[1] == 0)
                QVERIFY(money.nodes[l.a].pos.x() < money.nodes[l.b].pos.x());

        // The shortest path between a victim's card and a second-layer mule runs through a first-layer mule.
        int card = -1, deep = -1;
        for (int i = 0; i < money.nodes.size(); ++i) {
            if (money.nodes[i].role == u"victim" && money.nodes[i].kind == u"bank_card" && card < 0)
                card = i;
            if (money.nodes[i].hop == 2 && money.nodes[i].role == u"associate")
                deep = i;
        }
        QVERIFY(card >= 0 && deep >= 0);
        v->showShortestPath(card, deep);
        QCOMPARE(v->canvas()->highlighted().size(), 3);
        QCOMPARE(money.nodes[v->canvas()->highlighted()[1]].role, QStringLiteral("associate"));

        // Saved (undoably) with its positions, then bookmarked as an exhibit.
        w.saveChart(QStringLiteral("the ring"), v->specWithPositions().toJson(), true);
        QTRY_VERIFY_WITH_TIMEOUT(w.undoStack()->undoText() == QStringLiteral("Add exhibit"), 10000);
        const auto saved = w.worker()->read<QJsonObject>([](casefile::CaseFile &cf, const cb::Progress &) {
                                      return savedChart(cf, QStringLiteral("the ring")).value();
                                  }).result();
        const ChartSpec reopened = ChartSpec::fromJson(saved);
        for (const ChartNode &n : money.nodes)
            if (n.entity && n.kind != u"more")
                QCOMPARE(reopened.positions.value(n.entity), n.pos);
        const auto exhibits = w.worker()->read<QList<casefile::Exhibit>>([](casefile::CaseFile &cf, const cb::Progress &) {
                                         return casefile::exhibitsOf(cf);
                                     }).result();
        QCOMPARE(exhibits.last().kind, QStringLiteral("chart"));

        // Sized by betweenness: the ranking lists the entities, the first drawn largest.
        ChartSpec ranked = v->spec();
        ranked.sizeBy = QStringLiteral("betweenness");
        v->setSpec(ranked);
        waitLoaded(v, loaded, 5);
        auto *ranking = v->findChild<QListWidget *>();
        QVERIFY(ranking && ranking->isVisible() && ranking->count() > 10);
        const Chart &sized = v->canvas()->chart();
        double top = 0;
        for (const ChartNode &n : sized.nodes)
            top = std::max(top, n.measure);
        QVERIFY(ranking->item(0)->text().startsWith(QStringLiteral("1. ")));
        QVERIFY(top > 0);
        shoot(v, QStringLiteral("tst_chart_ranked.png"));

        // In Chinese.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        v->setLocale(QLocale());
        ChartSpec sfdp = v->spec();
        sfdp.layout = QStringLiteral("sfdp");
        sfdp.kinds.clear();
        sfdp.hops = 1;
        sfdp.sizeBy.clear();
        v->setSpec(sfdp, true);
        waitLoaded(v, loaded, 6);
        v->canvas()->setLinkLabels(true);
        shoot(v, QStringLiteral("tst_chart_sfdp_zh.png"));
        sfdp.layout = QStringLiteral("dot");
        sfdp.kinds = {LinkFamily::Money};
        sfdp.hops = 2;
        v->setSpec(sfdp, true);
        waitLoaded(v, loaded, 7);
        shoot(v, QStringLiteral("tst_chart_dot_zh.png"));
        QCoreApplication::removeTranslator(&zh);
        QLocale::setDefault(QLocale::c());
    }
};

CB_TEST_MAIN(TestChartView)
#include "tst_chartview.moc"
