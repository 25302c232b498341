// The link chart's model on call records and statements whose links are worked out by hand below:
// aggregation (counts, durations, sums per currency, direction, each event once), expansion caps and
// "+N more", groups, pinned nodes through an incremental layout, save and reopen, GraphML and GEXF.
#include "chart/chart.h"
#include "chart/chartexport.h"
#include "chart/chartlayout.h"
#include "entitylinks.h"
#include "integrity/verifier.h"
#include "session/casesession.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

using namespace cb;
using namespace cb::casefile;
using namespace cb::casefile::chart;

namespace {

// Phones: A is the subject; B, C, D talk with A; E only with B.
const char *const A = "13800000001", *const B = "13800000002", *const C = "13800000003", *const D = "13800000004", *const E = "13800000005";
// Accounts: X pays Y; Z pays X. X's and Y's statements are both in the case.
const char *const X = "6212260000000001111", *const Y = "6212260000000002222", *const Z = "6212260000000003333";

const char *const callHeader = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";

const ChartLink *linkBetween(const Chart &c, qint64 p, qint64 q, const QString &kind, const QString &currency = {})
{
    for (const ChartLink &l : c.links) {
        const qint64 a = c.nodes[l.a].entity, b = c.nodes[l.b].entity;
        if (l.kind == kind && l.currency == currency && ((a == p && b == q) || (a == q && b == p)))
            return &l;
    }
    return nullptr;
}

// count from p to q, count from q to p, undirected, for the link found between them.
std::array<qint64, 3> directed(const Chart &c, const ChartLink &l, qint64 p, std::array<qint64, 3> v)
{
    return c.nodes[l.a].entity == p ? v : std::array<qint64, 3>{v[1], v[0], v[2]};
}

QStringList nodeKeys(const Chart &c)
{
    QStringList keys;
    for (const ChartNode &n : c.nodes)
        keys << n.key();
    return keys;
}

} // namespace

class ChartTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, x = 0, y = 0, z = 0;

    Chart build(ChartSpec spec)
    {
        Result<Chart> chart = buildChart(*m_case, spec);
        if (!chart)
            qFatal("%s", qPrintable(chart.status().message()));
        return chart.value();
    }

private slots:
    // A's record: calls B 10:00 (60 s) and 11:00 (120 s); C calls A 12:00 (30 s); a call with D at 13:00
    // (10 s) whose direction the record does not say.
    // B's record: A's 10:00 call again at 10:00:20 ("in", 60 s: the same call, counted once from A's
    // record); B calls C 14:00 (45 s) and E 15:00 (5 s).
    // X's statement: pays Y 1,000.00 (03-01) and 500.00 (03-02); receives 200.00 from Z (03-03).
    // Y's statement: receives X's 1,000.00 on 03-02 (the same transfer, a day later: counted once, from X's
    // statement) and 300.00 from X on 03-05 that X's statement does not hold (counted: only Y's side has it).
    void initTestCase()
    {
        m_case = cb::test::newCase(m_dir);
        QByteArray callsA = callHeader, callsB = callHeader;
        callsA += QByteArray("2024-03-01T10:00:00+08:00,") + A + ',' + B + ",out,60,,,\n";
        callsA += QByteArray("2024-03-01T11:00:00+08:00,") + A + ',' + B + ",out,120,,,\n";
        callsA += QByteArray("2024-03-01T12:00:00+08:00,") + A + ',' + C + ",in,30,,,\n";
        callsA += QByteArray("2024-03-01T13:00:00+08:00,") + A + ',' + D + ",,10,,,\n";
        callsB += QByteArray("2024-03-01T10:00:20+08:00,") + B + ',' + A + ",in,60,,,\n";
        callsB += QByteArray("2024-03-01T14:00:00+08:00,") + B + ',' + C + ",out,45,,,\n";
        callsB += QByteArray("2024-03-01T15:00:00+08:00,") + B + ',' + E + ",out,5,,,\n";
        const QByteArray bankX = cb::test::bankCsv({{"2024-03-01T09:00:00+08:00", X, Y, "-1000.00", "9000.00", "transfer"},
                                                    {"2024-03-02T09:00:00+08:00", X, Y, "-500.00", "8500.00", "transfer"},
                                                    {"2024-03-03T09:00:00+08:00", X, Z, "200.00", "8700.00", "transfer"}});
        const QByteArray bankY = cb::test::bankCsv({{"2024-03-02T08:00:00+08:00", Y, X, "1000.00", "1000.00", "transfer"},
                                                    {"2024-03-05T09:00:00+08:00", Y, X, "300.00", "1300.00", "transfer"}});
        for (const auto &[name, bytes] : {std::pair{"a.csv", callsA}, {"b.csv", callsB}, {"x.csv", bankX}, {"y.csv", bankY}})
            QCOMPARE(cb::test::import(*m_case, cb::test::writeFile(m_dir, QLatin1String(name), bytes)).statusName(), QStringLiteral("imported"));
        for (auto [id, text] : {std::pair{&a, A}, {&b, B}, {&c, C}, {&d, D}, {&e, E}, {&x, X}, {&y, Y}, {&z, Z}}) {
            const Result<qint64> found = findEntity(*m_case, QLatin1String(text));
            QVERIFY2(found, text);
            *id = found.value();
        }
    }

    void callsAggregateOncePerCallWithDirectionAndDuration()
    {
        ChartSpec spec;
        spec.seeds = {a};
        spec.kinds = {LinkFamily::Calls};
        const Chart chart = build(spec);
        // Hop 1 from A: B, C, D; B-C is drawn too (both are in the chart); E is two hops away.
        QCOMPARE(chart.nodes.size(), 4);
        QCOMPARE(chart.links.size(), 4);
        const ChartLink *ab = linkBetween(chart, a, b, LinkFamily::Calls);
        QVERIFY(ab);
        QCOMPARE(directed(chart, *ab, a, ab->count), (std::array<qint64, 3>{2, 0, 0}));     // B's 10:00:20 row is A's 10:00 call
        QCOMPARE(directed(chart, *ab, a, ab->durationS), (std::array<qint64, 3>{180, 0, 0})); // 60 + 120
        const ChartLink *ac = linkBetween(chart, a, c, LinkFamily::Calls);
        QCOMPARE(directed(chart, *ac, a, ac->count), (std::array<qint64, 3>{0, 1, 0}));      // C called A
        QCOMPARE(ac->totalDuration(), 30);
        const ChartLink *ad = linkBetween(chart, a, d, LinkFamily::Calls);
        QCOMPARE(ad->count, (std::array<qint64, 3>{0, 0, 1}));                               // no direction recorded
        const ChartLink *bc = linkBetween(chart, b, c, LinkFamily::Calls);
        QCOMPARE(directed(chart, *bc, b, bc->count), (std::array<qint64, 3>{1, 0, 0}));
        QCOMPARE(chart.nodes[chart.indexOf(QStringLiteral("e%1").arg(b))].degree, 3); // A, C, E
        spec.hops = 2;
        QVERIFY(nodeKeys(build(spec)).contains(QStringLiteral("e%1").arg(e)));
    }

    void moneyCountsATransferOnceWithSumsPerCurrency()
    {
        ChartSpec spec;
        spec.seeds = {x};
        spec.kinds = {LinkFamily::Money};
        const Chart chart = build(spec);
        const ChartLink *xy = linkBetween(chart, x, y, LinkFamily::Money, QStringLiteral("CNY"));
        QVERIFY(xy);
        // 1,000.00 (X's debit; Y's credit a day later is the same transfer) + 500.00 + 300.00 (only in Y's statement).
        QCOMPARE(directed(chart, *xy, x, xy->count), (std::array<qint64, 3>{3, 0, 0}));
        QCOMPARE(directed(chart, *xy, x, xy->amountMinor), (std::array<qint64, 3>{180000, 0, 0}));
        const ChartLink *zx = linkBetween(chart, z, x, LinkFamily::Money, QStringLiteral("CNY"));
        QCOMPARE(directed(chart, *zx, z, zx->amountMinor), (std::array<qint64, 3>{20000, 0, 0}));
        // Weak links: under 2,000.00 the X-Z link (200.00) goes and X-Y (1,800.00) too; under 1,000.00 only X-Z.
        spec.minAmountMinor = 100000;
        spec.currency = QStringLiteral("CNY");
        const Chart strong = build(spec);
        QVERIFY(linkBetween(strong, x, y, LinkFamily::Money, QStringLiteral("CNY")));
        QVERIFY(!linkBetween(strong, z, x, LinkFamily::Money, QStringLiteral("CNY")));
        QCOMPARE(strong.hiddenWeak, 1);
        // From 2 March 00:00 (UTC+8) on: X's debit of the 1,000.00 (1 March) is outside, so Y's credit of it
        // (2 March 08:00) counts instead — with 500.00 and 300.00, still 3 transfers and 1,800.00, none lost.
        ChartSpec window;
        window.seeds = {x};
        window.kinds = {LinkFamily::Money};
        window.afterMs = QDateTime(QDate(2024, 3, 2), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        const Chart later = build(window);
        const ChartLink *xyLater = linkBetween(later, x, y, LinkFamily::Money, QStringLiteral("CNY"));
        QVERIFY(xyLater);
        QCOMPARE(directed(later, *xyLater, x, xyLater->amountMinor), (std::array<qint64, 3>{180000, 0, 0}));
        QVERIFY(linkBetween(later, z, x, LinkFamily::Money, QStringLiteral("CNY"))); // Z's 200.00 on 3 March is inside
    }

    void capsLeaveTheRestBehindMoreOpenedPageByPage()
    {
        ChartSpec spec;
        spec.seeds = {a};
        spec.kinds = {LinkFamily::Calls};
        spec.maxLinksPerNode = 2;
        // A's partners, strongest first: B (2 calls), then C and D (1 each; C's entity is older): B and C shown.
        Chart chart = build(spec);
        QCOMPARE(nodeKeys(chart), (QStringList{QStringLiteral("e%1").arg(a), QStringLiteral("e%1").arg(b), QStringLiteral("e%1").arg(c),
                                               QStringLiteral("more%1").arg(a)}));
        const ChartNode &more = chart.nodes.last();
        QCOMPARE(more.moreCount, 1);
        QCOMPARE(nodeLabel(more), QStringLiteral("+1 more"));
        QCOMPARE(chart.capped, 1);
        spec.morePages.insert(a, 1); // the next page: room for two more
        chart = build(spec);
        QVERIFY(nodeKeys(chart).contains(QStringLiteral("e%1").arg(d)));
        QCOMPARE(chart.indexOf(QStringLiteral("more%1").arg(a)), -1);
    }

    void collapsedGroupIsOneNodeWithItsMembersLinksAddedUp()
    {
        ChartSpec spec;
        spec.seeds = {a};
        spec.kinds = {LinkFamily::Calls};
        spec.groups.append({QStringLiteral("B and C"), {b, c}, true});
        const Chart chart = build(spec);
        QCOMPARE(chart.nodes.size(), 3); // A, D, the group
        const int g = chart.indexOf(QStringLiteral("g0"));
        QVERIFY(g >= 0);
        for (const ChartLink &l : chart.links)
            if (l.a == g || l.b == g) // A-B 2 calls + C-A 1 call; B-C is inside the group
                QCOMPARE(l.total(), 3);
        spec.groups[0].collapsed = false;
        const Chart open = build(spec);
        QCOMPARE(open.nodes[open.indexOf(QStringLiteral("e%1").arg(b))].group, 0);
    }

    void incrementalLayoutKeepsEveryPlacedNodeStill()
    {
        ChartSpec spec;
        spec.seeds = {a};
        spec.kinds = {LinkFamily::Calls};
        Chart chart = build(spec);
        QVERIFY(layoutChart(chart));
        for (const ChartNode &n : std::as_const(chart.nodes))
            spec.positions.insert(n.entity, n.pos), spec.pinned.insert(n.entity);
        spec.expanded = {b}; // one hop further from B: E comes in
        Chart more = build(spec);
        QCOMPARE(more.nodes.size(), 5);
        const Result<LayoutReport> r = layoutChart(more);
        QVERIFY(r);
        QCOMPARE(r.value().engine, QStringLiteral("incremental"));
        QCOMPARE(r.value().placed, 1);
        for (const ChartNode &n : std::as_const(more.nodes)) {
            if (n.entity == e) {
                for (const ChartNode &o : std::as_const(more.nodes)) // E lands clear of every node
                    QVERIFY(o.entity == e || std::abs(o.pos.x() - n.pos.x()) >= NodeWidth / 2 || std::abs(o.pos.y() - n.pos.y()) >= NodeHeight / 2);
                continue;
            }
            QCOMPARE(n.pos, spec.positions.value(n.entity));
        }
        // A whole new layout keeps pinned nodes exactly where they are.
        spec.pinned = {a, b};
        Chart again = build(spec);
        QVERIFY(layoutChart(again, true));
        QCOMPARE(again.nodes[again.indexOf(QStringLiteral("e%1").arg(a))].pos, spec.positions.value(a));
        QCOMPARE(again.nodes[again.indexOf(QStringLiteral("e%1").arg(b))].pos, spec.positions.value(b));
    }

    void savedChartReopensExactly()
    {
        auto session = CaseSession::open(m_case->path());
        QVERIFY(session);
        ChartSpec spec;
        spec.seeds = {a};
        spec.hops = 2;
        spec.kinds = {LinkFamily::Calls, LinkFamily::Money};
        spec.layout = QStringLiteral("dot");
        spec.hidden = {d};
        spec.groups.append({QStringLiteral("ring"), {b, c}, false});
        Chart chart = build(spec);
        QVERIFY(layoutChart(chart));
        for (const ChartNode &n : std::as_const(chart.nodes))
            if (n.entity)
                spec.positions.insert(n.entity, n.pos);
        spec.pinned = {a};
        QVERIFY(session.value()->saveChart(QStringLiteral("ring"), spec.toJson()));
        auto other = CaseFile::open(m_case->path());
        QVERIFY(other);
        const Result<QJsonObject> saved = savedChart(*other.value(), QStringLiteral("ring"));
        QVERIFY(saved);
        QCOMPARE(ChartSpec::fromJson(saved.value()).toJson(), spec.toJson());
        Chart reopened = build(ChartSpec::fromJson(saved.value()));
        QCOMPARE(layoutChart(reopened).value().engine, QStringLiteral("saved"));
        QCOMPARE(nodeKeys(reopened), nodeKeys(chart));
        for (int i = 0; i < chart.nodes.size(); ++i)
            QCOMPARE(reopened.nodes[i].pos, chart.nodes[i].pos);
        QCOMPARE(savedCharts(*other.value()), QStringList{QStringLiteral("ring")});
        QVERIFY(session.value()->undo());
        QVERIFY(!savedChart(*other.value(), QStringLiteral("ring")));
    }

    void graphmlAndGexfCarryTheCounts()
    {
        ChartSpec spec;
        spec.seeds = {a};
        spec.kinds = {LinkFamily::Calls};
        spec.maxLinksPerNode = 2;
        Chart chart = build(spec);
        QVERIFY(layoutChart(chart));
        for (const QByteArray &xml : {toGraphml(chart), toGexf(chart)}) {
            QXmlStreamReader r(xml);
            int nodes = 0, edges = 0;
            QStringList values;
            while (!r.atEnd()) {
                r.readNext();
                if (!r.isStartElement())
                    continue;
                nodes += r.name() == u"node" ? 1 : 0;
                edges += r.name() == u"edge" ? 1 : 0;
                if (r.name() == u"data") {
                    const QString key = r.attributes().value(QStringLiteral("key")).toString();
                    values << key + u'=' + r.readElementText();
                }
                else if (r.name() == u"attvalue")
                    values << r.attributes().value(QStringLiteral("for")).toString() + u'=' + r.attributes().value(QStringLiteral("value")).toString();
                else if (r.name() == u"node" && r.attributes().hasAttribute(QStringLiteral("label")))
                    values << QStringLiteral("label=") + r.attributes().value(QStringLiteral("label")).toString();
            }
            QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
            QCOMPARE(nodes, 4); // A, B, C, +1 more
            QCOMPARE(edges, 4); // A-B, A-C, B-C, A-more
            QVERIFY2(values.contains(QStringLiteral("kind=more")), qPrintable(values.join(u' ')));
            QVERIFY(values.contains(QStringLiteral("label=+1 more")));
            QVERIFY(values.contains(QStringLiteral("duration_s=180"))); // A-B
        }
    }

    void nodeSizesByNetworkMeasures()
    {
        // The chart from A by calls: A-B, A-C, A-D and B-C. Worked by hand:
        // degree A 3, B 2, C 2, D 1; betweenness: A lies on the only shortest paths B-D and C-D = 2, the rest 0;
        // closeness (reached / sum of distances): A 3/3 = 1, B and C 3/(1+1+2) = 0.75, D 3/(1+2+2) = 0.6.
        ChartSpec spec;
        spec.seeds = {a};
        spec.kinds = {LinkFamily::Calls};
        auto measures = [&](const QString &m) {
            spec.sizeBy = m;
            const Chart chart = build(spec);
            QMap<qint64, double> out;
            for (const ChartNode &n : chart.nodes)
                out.insert(n.entity, n.measure);
            return out;
        };
        QCOMPARE(measures(QStringLiteral("degree")), (QMap<qint64, double>{{a, 3}, {b, 2}, {c, 2}, {d, 1}}));
        QCOMPARE(measures(QStringLiteral("betweenness")), (QMap<qint64, double>{{a, 2}, {b, 0}, {c, 0}, {d, 0}}));
        QCOMPARE(measures(QStringLiteral("closeness")), (QMap<qint64, double>{{a, 1}, {b, 0.75}, {c, 0.75}, {d, 0.6}}));
        const Chart chart = build(spec);
        QCOMPARE(chart.nodes[chart.indexOf(QStringLiteral("e%1").arg(a))].size, 1.0); // the largest is drawn largest
        const QJsonArray ranking = chartJson(chart).value(QStringLiteral("ranking")).toArray();
        QCOMPARE(ranking.first()[QStringLiteral("key")].toString(), QStringLiteral("e%1").arg(a));
        QCOMPARE(ranking.last()[QStringLiteral("closeness")].toDouble(), 0.6);
    }

    void assertedLinksCarryTheirStatusAndHistory()
    {
        auto session = CaseSession::open(m_case->path());
        QVERIFY(session);
        CaseSession &s = *session.value();
        // The analyst asserts that C uses D's line (alleged), then refutes it; undo brings "alleged" back.
        const Result<qint64> id = s.assertLink(c, d, LinkKind::Uses, LinkStatus::Alleged, QStringLiteral("informant statement 3"),
                                               QStringLiteral("the informant says C carries D's phone"));
        QVERIFY2(id, qPrintable(id.status().message()));
        QVERIFY(s.assertLink(c, d, QStringLiteral("knows"), LinkStatus::Alleged, {}, QStringLiteral("x")).status().message().contains(QStringLiteral("knows")));
        QVERIFY(s.setLinkStatus(id.value(), QStringLiteral("maybe"), {}, QStringLiteral("x")).message().contains(QStringLiteral("maybe")));
        ChartSpec spec;
        spec.seeds = {c};
        spec.kinds = {LinkFamily::Links};
        auto statusOnChart = [&] {
            const Chart chart = build(spec);
            const ChartLink *l = linkBetween(chart, c, d, LinkKind::Uses);
            return l ? l->status : QStringLiteral("(none)");
        };
        QCOMPARE(statusOnChart(), LinkStatus::Alleged);
        QVERIFY(s.setLinkStatus(id.value(), LinkStatus::Refuted, QStringLiteral("cell data: C and D apart all week"), QStringLiteral("location records")));
        QCOMPARE(statusOnChart(), LinkStatus::Refuted);
        QCOMPARE(m_case->db().scalar("SELECT count(*) FROM link_statuses WHERE link_id = ?", {id.value()}).toLongLong(), 2); // the history stays
        QVERIFY(s.undo());
        QCOMPARE(statusOnChart(), LinkStatus::Alleged);
        QVERIFY(s.undo()); // the assertion itself: undone, kept on record
        QCOMPARE(statusOnChart(), QStringLiteral("(none)"));
        // Redo asserts it again (a new row) and then refutes that one: the status edit follows the link.
        QVERIFY(s.redo());
        QCOMPARE(statusOnChart(), LinkStatus::Alleged);
        QVERIFY(s.redo());
        QCOMPARE(statusOnChart(), LinkStatus::Refuted);
        QVERIFY(s.undo());
        QVERIFY(s.undo());
        const auto report = integrity::verifyCase(s.caseFile());
        QVERIFY(report && report.value().ok());
    }

    void defaultStartIsTheSubjectsNotTheBusiest()
    {
        auto session = CaseSession::open(m_case->path());
        QVERIFY(session);
        QVERIFY(session.value()->setRole(e, Role::Subject, QStringLiteral("test")));
        m_case = std::move(CaseFile::open(m_case->path()).value());
        QCOMPARE(defaultSeeds(*m_case), QList<qint64>{e});
        ChartSpec spec;
        spec.kinds = {LinkFamily::Calls};
        const Chart chart = build(spec);
        QCOMPARE(chart.nodes.first().entity, e);
        QCOMPARE(chart.nodes.first().role, QStringLiteral("subject"));
        QCOMPARE(chart.nodes.size(), 2); // E and B
        QCOMPARE(chart.spec.seeds, QList<qint64>{e}); // saved as used: a role set later does not change the chart
    }
};

CB_TEST_GUILESS_MAIN(ChartTest)
#include "tst_chart.moc"
