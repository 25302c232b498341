// The pattern analyses on small statements and call records whose answers are worked out by hand below.
#include "analysis/patterns.h"
#include "entitylinks.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace cb::casefile;
using namespace cb::casefile::analysis;

namespace {

// H is the hub, S and K two more accounts with statements; P1-P4 pay H, O1 and O2 are paid: no statements.
const char *const H = "6212260000000001111", *const S = "6212260000000002222", *const K = "6212260000000003333";
const char *const P1 = "6212260000000004441", *const P2 = "6212260000000004442", *const P3 = "6212260000000004443",
                  *const P4 = "6212260000000004444";
const char *const O1 = "6212260000000005551", *const O2 = "6212260000000005552";

QByteArray at(const char *date, const char *hm)
{
    return QByteArray(date) + 'T' + hm + "+08:00";
}

} // namespace

class TestPatterns : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;

    QJsonArray rows(const QJsonObject &params)
    {
        const auto p = patternParamsFromJson(params);
        if (!p)
            qFatal("%s", qPrintable(p.status().message()));
        Ledger ledger(*m_case);
        const auto r = runPattern(*m_case, ledger, p.value());
        if (!r)
            qFatal("%s", qPrintable(r.status().message()));
        return r.value()[QStringLiteral("rows")].toArray();
    }

    // "entity key=value ..." for the named figures of each row, and how many records it cites.
    static QStringList brief(const QJsonArray &rows, const QStringList &keys)
    {
        QStringList out;
        for (const QJsonValue &v : rows) {
            QString line = v[QStringLiteral("entity")].toString().right(4);
            for (const QString &k : keys)
                line += u' ' + k + u'=' + v[k].toVariant().toString();
            out << line + QStringLiteral(" cites=%1").arg(v[QStringLiteral("evidence")].toArray().size());
        }
        return out;
    }

private slots:
    // H:  03-03 09:00 +500 from P1; 10:00 -250 to O1; 10:30 -230 to O2;
    //     03-04 09:00, 09:05, 09:10 +100 each from P2, P3, P4; 20:00 ATM -300; 03-06 09:00 -10 to S.
    // S:  03-06 09:00:05 +10 from H.            K: opening 100; 03-05 10:00 -60 to O1.
    // A:  calls B 10:00 (60 s), C 11:00 (30 s), C calls A 12:00 (20 s).
    // B:  A's call at 10:00:20 (the same call: its own record), calls C 13:00 (45 s).
    void initTestCase()
    {
        m_case = cb::test::newCase(m_dir, QStringLiteral("patterns.case"));
        const QList<QPair<QString, QByteArray>> files = {
            {QStringLiteral("h.csv"), cb::test::bankCsv({{at("2024-03-03", "09:00:00"), H, P1, "500.00", "500.00", "transfer"},
                                                         {at("2024-03-03", "10:00:00"), H, O1, "-250.00", "250.00", "transfer"},
                                                         {at("2024-03-03", "10:30:00"), H, O2, "-230.00", "20.00", "transfer"},
                                                         {at("2024-03-04", "09:00:00"), H, P2, "100.00", "120.00", "transfer"},
                                                         {at("2024-03-04", "09:05:00"), H, P3, "100.00", "220.00", "transfer"},
                                                         {at("2024-03-04", "09:10:00"), H, P4, "100.00", "320.00", "transfer"},
                                                         {at("2024-03-04", "20:00:00"), H, "", "-300.00", "20.00", "ATM取款"},
                                                         {at("2024-03-06", "09:00:00"), H, S, "-10.00", "10.00", "transfer"}})},
            {QStringLiteral("s.csv"), cb::test::bankCsv({{at("2024-03-06", "09:00:05"), S, H, "10.00", "10.00", "transfer"}})},
            {QStringLiteral("k.csv"), cb::test::bankCsv({{at("2024-03-05", "10:00:00"), K, O1, "-60.00", "40.00", "transfer"}})},
            {QStringLiteral("a.csv"), "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                      "2024-03-01T10:00:00+08:00,13800000001,13800000002,out,60,,,\n"
                                      "2024-03-01T11:00:00+08:00,13800000001,13800000003,out,30,,,\n"
                                      "2024-03-01T12:00:00+08:00,13800000001,13800000003,in,20,,,\n"},
            {QStringLiteral("b.csv"), "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                      "2024-03-01T10:00:20+08:00,13800000002,13800000001,in,60,,,\n"
                                      "2024-03-01T13:00:00+08:00,13800000002,13800000003,out,45,,,\n"},
        };
        for (const auto &[name, bytes] : files)
            QCOMPARE(cb::test::import(*m_case, cb::test::writeFile(m_dir, name, bytes)).statusName(), QStringLiteral("imported"));
    }

    // Only H's 500 is followed within 24 h by about as much going out: 250 + 230 = 480, 0.96 of it. The
    // next day's 100s are each followed by the 300 ATM withdrawal: 3.0, outside 0.8-1.2.
    void fastInFastOut()
    {
        QCOMPARE(brief(rows({{QStringLiteral("kind"), QStringLiteral("fast-in-fast-out")}}), {QStringLiteral("matches"), QStringLiteral("in_minor"), QStringLiteral("out_minor")}),
                 QStringList{QStringLiteral("1111 matches=1 in_minor=50000 out_minor=48000 cites=3")});
    }

    // Fan-in: P1's payment is 24 h before P2's, so never in one window with P3's and P4's: at most 3 payers
    // (P2, P3, P4: 300) within 24 h. Fan-out: O1 and O2 within half an hour; the ATM names no counterparty.
    void fanInAndOut()
    {
        const QJsonObject in{{QStringLiteral("kind"), QStringLiteral("fan-in")}, {QStringLiteral("min_counterparties"), 3}};
        QCOMPARE(brief(rows(in), {QStringLiteral("counterparties"), QStringLiteral("total_minor")}),
                 QStringList{QStringLiteral("1111 counterparties=3 total_minor=30000 cites=3")});
        QJsonObject four = in;
        four[QStringLiteral("min_counterparties")] = 4;
        QCOMPARE(rows(four).size(), 0);
        QCOMPARE(brief(rows({{QStringLiteral("kind"), QStringLiteral("fan-out")}, {QStringLiteral("min_counterparties"), 2}}),
                       {QStringLiteral("counterparties"), QStringLiteral("total_minor")}),
                 QStringList{QStringLiteral("1111 counterparties=2 total_minor=48000 cites=2")});
    }

    // H: in 800, out 790 -> passed on 790, kept 10, 300 of it as cash: transit. S: in 10, out 0: sink.
    // K: out 60 of its own opening money: source. Ranked by money through the account.
    void flowRoles()
    {
        QCOMPARE(brief(rows({{QStringLiteral("kind"), QStringLiteral("flow-roles")}}),
                       {QStringLiteral("role"), QStringLiteral("passed_minor"), QStringLiteral("kept_minor"), QStringLiteral("originated_minor"),
                        QStringLiteral("cash_out_minor")}),
                 (QStringList{QStringLiteral("1111 role=transit passed_minor=79000 kept_minor=1000 originated_minor=0 cash_out_minor=30000 cites=8"),
                              QStringLiteral("3333 role=source passed_minor=0 kept_minor=0 originated_minor=6000 cash_out_minor=0 cites=1"),
                              QStringLiteral("2222 role=sink passed_minor=0 kept_minor=1000 originated_minor=0 cash_out_minor=0 cites=1")}));
    }

    // O1 got 250 from H and 60 from K, O2 230 from H; S has a statement, the payers only paid in.
    void unrequestedAccounts()
    {
        QCOMPARE(brief(rows({{QStringLiteral("kind"), QStringLiteral("unrequested-accounts")}}), {QStringLiteral("received_minor"), QStringLiteral("payers")}),
                 (QStringList{QStringLiteral("5551 received_minor=31000 payers=2 cites=2"), QStringLiteral("5552 received_minor=23000 payers=1 cites=1")}));
    }

    // Given the account the money was taken from, by the money traced from it (FIFO, down). K's only
    // payment out, 60 to O1, is all the money traced from K: O1 alone, 60 traced of the 310 it received,
    // citing that one payment; O2 got nothing of K's. From K and H: H's 250 to O1 and 230 to O2 are traced
    // too (its ATM 300 is cash, its 10 to S is held by S): O1 60 + 250 = 310, O2 230.
    void unrequestedAccountsByTracedMoney()
    {
        QJsonObject p{{QStringLiteral("kind"), QStringLiteral("unrequested-accounts")}, {QStringLiteral("entities"), QJsonArray{QLatin1String(K)}}};
        QCOMPARE(brief(rows(p), {QStringLiteral("traced_minor"), QStringLiteral("received_minor")}),
                 QStringList{QStringLiteral("5551 traced_minor=6000 received_minor=31000 cites=1")});
        p[QStringLiteral("entities")] = QJsonArray{QLatin1String(K), QLatin1String(H)};
        const QJsonArray both = rows(p);
        QCOMPARE(brief(both, {QStringLiteral("traced_minor"), QStringLiteral("payers")}),
                 (QStringList{QStringLiteral("5551 traced_minor=31000 payers=2 cites=2"), QStringLiteral("5552 traced_minor=23000 payers=1 cites=1")}));
        QCOMPARE(both[0][QStringLiteral("traced_from")].toArray().size(), 2);
    }

    // Merged identities are one entity. Merging B into C's group (B, the lower id, is canonical): A's
    // calls to B (60 s) and to and from C (30 + 20 s) are 3 calls, 110 s, with one contact; B's own record
    // of A's 10:00 call is still the same call, counted once. Undoing the merge gives the two back.
    void mergedNumbersAreOneContact()
    {
        const qint64 b = findEntity(*m_case, QStringLiteral("13800000002")).value(), c = findEntity(*m_case, QStringLiteral("13800000003")).value();
        const cb::Result<qint64> link = mergeEntities(*m_case, c, b, 90, QStringLiteral("same SIM card"));
        QVERIFY(link.ok());
        const QJsonObject top{{QStringLiteral("kind"), QStringLiteral("top-contacts")}, {QStringLiteral("entities"), QJsonArray{QStringLiteral("13800000001")}}};
        QCOMPARE(brief(rows(top), {QStringLiteral("calls"), QStringLiteral("duration_s")}), QStringList{QStringLiteral("0002 calls=3 duration_s=110 cites=3")});
        QVERIFY(undoLink(*m_case, link.value(), QStringLiteral("different people")).ok());
        QCOMPARE(brief(rows(top), {QStringLiteral("calls")}), (QStringList{QStringLiteral("0003 calls=2 cites=2"), QStringLiteral("0002 calls=1 cites=1")}));
    }

    void commonCounterparties()
    {
        const QJsonObject p{{QStringLiteral("kind"), QStringLiteral("common-counterparties")},
                            {QStringLiteral("entities"), QJsonArray{QLatin1String(H), QLatin1String(K)}}};
        QCOMPARE(brief(rows(p), {QStringLiteral("shared_by")}), QStringList{QStringLiteral("5551 shared_by=2 cites=2")});
        QVERIFY(!patternParamsFromJson({{QStringLiteral("kind"), QStringLiteral("common-counterparties")}}).ok()); // needs two
    }

    // A's contacts: C twice (30 + 20 s), B once (60 s) — B's record of the same call is not counted again.
    // B's: A once (its own record; A's copy dropped), C once. In common (the two calling each other aside): C.
    void contacts()
    {
        auto top = [this](const char *n) {
            return brief(rows({{QStringLiteral("kind"), QStringLiteral("top-contacts")}, {QStringLiteral("entities"), QJsonArray{QLatin1String(n)}}}),
                         {QStringLiteral("calls"), QStringLiteral("duration_s")});
        };
        QCOMPARE(top("13800000001"), (QStringList{QStringLiteral("0003 calls=2 duration_s=50 cites=2"), QStringLiteral("0002 calls=1 duration_s=60 cites=1")}));
        QCOMPARE(top("13800000002"), (QStringList{QStringLiteral("0001 calls=1 duration_s=60 cites=1"), QStringLiteral("0003 calls=1 duration_s=45 cites=1")}));
        const QJsonObject common{{QStringLiteral("kind"), QStringLiteral("common-contacts")},
                                 {QStringLiteral("entities"), QJsonArray{QStringLiteral("13800000001"), QStringLiteral("13800000002")}}};
        QCOMPARE(brief(rows(common), {QStringLiteral("calls"), QStringLiteral("shared_by")}), QStringList{QStringLiteral("0003 calls=3 shared_by=2 cites=3")});
    }

    // Earliest arrival. P1 reaches H at 03-03 09:00 and H pays S on 03-06 09:00 (S books it 5 s later, which
    // arrives no earlier): 2 hops. P2 reaches H only on 03-04, after H paid O1, and K's payment to O1 is
    // not reachable: no path. B reaches A by their 10:00 call (A's record, 20 s before B's) and A reaches
    // C at 11:00, before B's own 13:00 call to C.
    void pathArrivesEarliest()
    {
        auto path = [this](const char *a, const char *b) {
            const auto p = patternParamsFromJson({{QStringLiteral("kind"), QStringLiteral("path")},
                                                  {QStringLiteral("entities"), QJsonArray{QLatin1String(a), QLatin1String(b)}}});
            Ledger ledger(*m_case);
            return runPattern(*m_case, ledger, p.value()).value();
        };
        auto steps = [](const QJsonObject &r) {
            QStringList out;
            for (const QJsonValue &v : r[QStringLiteral("rows")].toArray())
                out << QStringLiteral("%1>%2 %3 %4").arg(v[QStringLiteral("from")].toString().right(4), v[QStringLiteral("to")].toString().right(4),
                                                        v[QStringLiteral("via")].toString(), v[QStringLiteral("time")].toString().mid(5, 11));
            return out;
        };
        const QJsonObject money = path(P1, S);
        QVERIFY(money[QStringLiteral("found")].toBool());
        QCOMPARE(steps(money), (QStringList{QStringLiteral("4441>1111 transfer 03-03T09:00"), QStringLiteral("1111>2222 transfer 03-06T09:00")}));
        QCOMPARE(money[QStringLiteral("arrival")].toString(), QStringLiteral("2024-03-06T09:00:00+08:00"));
        QCOMPARE(path(P2, O1)[QStringLiteral("found")].toBool(), false);
        QCOMPARE(steps(path("13800000002", "13800000003")), (QStringList{QStringLiteral("0002>0001 call 03-01T10:00"), QStringLiteral("0001>0003 call 03-01T11:00")}));
        QVERIFY(!patternParamsFromJson({{QStringLiteral("kind"), QStringLiteral("path")}, {QStringLiteral("entities"), QJsonArray{QLatin1String(H)}}}).ok());
    }

    // L1 pays L2 100 at 10:00, L2 pays L3 90 at 10:30, L3 pays L1 80 at 11:00: L1's payment came back in 3
    // hops (80 of it). L1 then pays L3 50 at 12:00: L3's 11:00 payment to L1 came back in 2 hops. L2's
    // 10:30 payment reaches L1 and then L3 again, never L2: no loop for L2.
    // A and B call from cell 100 twenty minutes apart and from cell 200 ten minutes apart: they met twice,
    // in two cells (C called from cell 100 three hours later); P and Q, from cells 300 m apart, only within a
    // radius. N1 calls X1-X3 on 1-2 March, N2 from 3 March
    // calls X1, X2 and X4: two of four contacts shared, 0.5 — a number change.
    void loopsMeetingsAndNumberChanges()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("more.case"));
        const char *L1 = "6212260000000007001", *L2 = "6212260000000007002", *L3 = "6212260000000007003";
        const QByteArray cdr = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                               "2024-03-11T09:00:00+08:00,13900000001,13900000009,out,30,46000-1-100,,\n"
                               "2024-03-11T09:20:00+08:00,13900000002,13900000008,out,30,46000-1-100,,\n"
                               "2024-03-11T12:00:00+08:00,13900000003,13900000008,out,30,46000-1-100,,\n"
                               "2024-03-11T15:00:00+08:00,13900000001,13900000009,out,30,46000-1-200,,\n"
                               "2024-03-11T15:10:00+08:00,13900000002,13900000008,out,30,46000-1-200,,\n"
                               "2024-03-01T10:00:00+08:00,13700000001,13700000011,out,60,,,\n"
                               "2024-03-01T11:00:00+08:00,13700000001,13700000012,out,60,,,\n"
                               "2024-03-02T10:00:00+08:00,13700000001,13700000013,in,60,,,\n"
                               "2024-03-03T10:00:00+08:00,13700000002,13700000011,out,60,,,\n"
                               "2024-03-03T11:00:00+08:00,13700000002,13700000012,out,60,,,\n"
                               "2024-03-04T10:00:00+08:00,13700000002,13700000014,out,60,,,\n"
                               "2024-03-11T10:00:00+08:00,13500000001,13500000009,out,30,46000-1-300,,\n"
                               "2024-03-11T10:10:00+08:00,13500000002,13500000008,out,30,46000-1-301,,\n";
        const QList<QPair<QString, QByteArray>> files = {
            {QStringLiteral("l1.csv"), cb::test::bankCsv({{at("2024-03-10", "10:00:00"), L1, L2, "-100.00", "900.00", "transfer"},
                                                          {at("2024-03-10", "11:00:05"), L1, L3, "80.00", "980.00", "transfer"},
                                                          {at("2024-03-10", "12:00:00"), L1, L3, "-50.00", "930.00", "transfer"}})},
            {QStringLiteral("l2.csv"), cb::test::bankCsv({{at("2024-03-10", "10:00:05"), L2, L1, "100.00", "100.00", "transfer"},
                                                          {at("2024-03-10", "10:30:00"), L2, L3, "-90.00", "10.00", "transfer"}})},
            {QStringLiteral("l3.csv"), cb::test::bankCsv({{at("2024-03-10", "10:30:05"), L3, L2, "90.00", "90.00", "transfer"},
                                                          {at("2024-03-10", "11:00:00"), L3, L1, "-80.00", "10.00", "transfer"},
                                                          {at("2024-03-10", "12:00:05"), L3, L1, "50.00", "60.00", "transfer"}})},
            {QStringLiteral("cells.csv"), "cell_id,lat,lon,azimuth,address\n46000-1-300,22.5000,114.0000,0,north gate\n"
                                          "46000-1-301,22.5027,114.0000,0,bus station\n"},
            {QStringLiteral("cdr.csv"), cdr}};
        for (const auto &[name, bytes] : files)
            QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, name, bytes)).statusName(), QStringLiteral("imported"));
        std::swap(cf, m_case);
        const QStringList loops = brief(rows({{QStringLiteral("kind"), QStringLiteral("loops")}}),
                                        {QStringLiteral("loops"), QStringLiteral("shortest_hops"), QStringLiteral("returned_minor")});
        const QStringList met = brief(rows({{QStringLiteral("kind"), QStringLiteral("colocation")}, {QStringLiteral("window_s"), 1800}}),
                                      {QStringLiteral("with"), QStringLiteral("together"), QStringLiteral("cells")});
        // P and Q called ten minutes apart from two cells whose sites are 300 m apart: one place within 500 m.
        const QStringList near = brief(rows({{QStringLiteral("kind"), QStringLiteral("colocation")}, {QStringLiteral("window_s"), 1800},
                                             {QStringLiteral("radius_m"), 500}}),
                                       {QStringLiteral("with"), QStringLiteral("together"), QStringLiteral("cells")});
        const QStringList changed = brief(rows({{QStringLiteral("kind"), QStringLiteral("number-change")}, {QStringLiteral("window_s"), 7 * 86400}}),
                                          {QStringLiteral("new_number"), QStringLiteral("shared_contacts"), QStringLiteral("similarity")});
        std::swap(cf, m_case);
        QCOMPARE(loops, (QStringList{QStringLiteral("7001 loops=1 shortest_hops=3 returned_minor=8000 cites=3"),
                                     QStringLiteral("7003 loops=1 shortest_hops=2 returned_minor=5000 cites=2")}));
        QCOMPARE(met, QStringList{QStringLiteral("0001 with=+8613900000002 together=2 cells=2 cites=4")});
        QCOMPARE(near, (QStringList{QStringLiteral("0001 with=+8613900000002 together=2 cells=2 cites=4"),
                                    QStringLiteral("0001 with=+8613500000002 together=1 cells=1 cites=2")}));
        QCOMPARE(changed, QStringList{QStringLiteral("0001 new_number=+8613700000002 shared_contacts=2 similarity=0.5 cites=2")});
    }

    // Calls A-B, B-C, C-D and E-B. B lies on the shortest paths A-C, A-D, A-E, C-E and D-E: betweenness 5;
    // C on A-D, B-D and E-D: 3. B is 1 from A, C, E and 2 from D: closeness 4/5; C: 4/6; A and E: 4/8;
    // D: 4/9. A, D and E (betweenness 0, one partner each) follow in label order.
    void centralityOfACallGraph()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("graph.case"));
        const QByteArray cdr = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                               "2024-03-12T09:00:00+08:00,13600000001,13600000002,out,30,,,\n"
                               "2024-03-12T09:10:00+08:00,13600000002,13600000003,out,30,,,\n"
                               "2024-03-12T09:20:00+08:00,13600000003,13600000004,out,30,,,\n"
                               "2024-03-12T09:30:00+08:00,13600000005,13600000002,out,30,,,\n";
        QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("cdr.csv"), cdr)).statusName(), QStringLiteral("imported"));
        std::swap(cf, m_case);
        const QStringList central = brief(rows({{QStringLiteral("kind"), QStringLiteral("centrality")}}),
                                          {QStringLiteral("degree"), QStringLiteral("betweenness"), QStringLiteral("closeness")});
        std::swap(cf, m_case);
        QCOMPARE(central, (QStringList{QStringLiteral("0002 degree=3 betweenness=5 closeness=0.8 cites=3"),
                                       QStringLiteral("0003 degree=2 betweenness=3 closeness=0.667 cites=2"),
                                       QStringLiteral("0001 degree=1 betweenness=0 closeness=0.5 cites=1"),
                                       QStringLiteral("0004 degree=1 betweenness=0 closeness=0.444 cites=1"),
                                       QStringLiteral("0005 degree=1 betweenness=0 closeness=0.5 cites=1")}));
    }

    void unknownKindIsRefused()
    {
        QVERIFY(!patternParamsFromJson({{QStringLiteral("kind"), QStringLiteral("astrology")}}).ok());
    }
};

CB_TEST_GUILESS_MAIN(TestPatterns)
#include "tst_patterns.moc"
