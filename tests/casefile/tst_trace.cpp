// Fund tracing on small statements whose answers are worked out by hand below, for each allocation rule:
// money that arrives after a payment is not traced through it; FIFO with an opening balance, and a mixed
// payment passed on in order; LIBR, where a later deposit does not restore traced money; proportional
// over two hops, whose rounding still conserves every minor unit; both sides of a transfer in the case;
// a loop; ties in time.
#include "analysis/runs.h"
#include "analysis/trace.h"
#include "entitylinks.h"
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cb::casefile;
using namespace cb::casefile::analysis;

namespace {

// Accounts (19 digits, so they read as account numbers).
const char *const V = "6212260000000000101";  // the victim: the origin
const char *const M1 = "6212260000000000202"; // first mule
const char *const M2 = "6212260000000000303"; // second mule
const char *const X = "6212260000000000404";  // paid by M1 before the money came: never traced
const char *const Z = "6212260000000000505";  // someone else's money into M1
const char *const W = "6212260000000000606";  // paid by M2; no statement: unrequested

using Line = cb::test::BankLine;

QByteArray csv(const QList<Line> &lines)
{
    return cb::test::bankCsv(lines);
}

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;

    // The three statements of the layering case, every time on 2024-03-01 at +08:00.
    //   V:  09:00 salary +2000 (balance 2000); 10:00 pays M1 1000 (balance 1000).
    //   M1: opening 300; 09:30 pays X 200 (100 left); 10:00:05 receives V's 1000 (1100); 10:30 pays M2 500
    //       (600); 11:00 receives 700 from Z (1300); 11:30 pays M2 900 (400).
    //   M2: opening 0; 10:30:10 receives M1's 500; 11:30:10 receives M1's 900; 12:00 pays W 300;
    //       13:00 ATM withdrawal 500.
    static std::unique_ptr<CaseFile> layering(QTemporaryDir &dir)
    {
        auto cf = cb::test::newCase(dir, QStringLiteral("layering.case"));
        auto t = [](const char *hm) { return QByteArray("2024-03-01T") + hm + "+08:00"; };
        const QList<QPair<QString, QByteArray>> files = {
            {QStringLiteral("v.csv"), csv({{t("09:00:00"), V, "", "2000.00", "2000.00", "salary"},
                                           {t("10:00:00"), V, M1, "-1000.00", "1000.00", "transfer"}})},
            {QStringLiteral("m1.csv"), csv({{t("09:30:00"), M1, X, "-200.00", "100.00", "goods"},
                                            {t("10:00:05"), M1, V, "1000.00", "1100.00", "transfer"},
                                            {t("10:30:00"), M1, M2, "-500.00", "600.00", "transfer"},
                                            {t("11:00:00"), M1, Z, "700.00", "1300.00", "loan"},
                                            {t("11:30:00"), M1, M2, "-900.00", "400.00", "transfer"}})},
            {QStringLiteral("m2.csv"), csv({{t("10:30:10"), M2, M1, "500.00", "500.00", "transfer"},
                                            {t("11:30:10"), M2, M1, "900.00", "1400.00", "transfer"},
                                            {t("12:00:00"), M2, W, "-300.00", "1100.00", "transfer"},
                                            {t("13:00:00"), M2, "", "-500.00", "600.00", "ATM取款"}})},
        };
        for (const auto &[name, bytes] : files)
            if (cb::test::import(*cf, cb::test::writeFile(dir, name, bytes)).statusName() != u"imported")
                qFatal("%s was not imported", qPrintable(name));
        return cf;
    }

    static QJsonObject run(CaseFile &cf, Allocation allocation, const char *origin = V)
    {
        Ledger ledger(cf);
        TraceParams p;
        p.origin = findEntity(cf, QLatin1String(origin)).value();
        p.allocation = allocation;
        const auto r = trace(ledger, p);
        if (!r)
            qFatal("%s", qPrintable(r.status().message()));
        return traceJson(ledger, p, r.value());
    }

    QJsonObject run(Allocation allocation, int hops = 6, const char *origin = V)
    {
        Ledger ledger(*m_case);
        TraceParams p;
        p.origin = findEntity(*m_case, QLatin1String(origin)).value();
        p.allocation = allocation;
        p.hops = hops;
        const auto r = trace(ledger, p);
        if (!r)
            qFatal("%s", qPrintable(r.status().message()));
        return traceJson(ledger, p, r.value());
    }

    QJsonObject runUp(Allocation allocation)
    {
        Ledger ledger(*m_case);
        TraceParams p;
        p.origin = findEntity(*m_case, QLatin1String(M2)).value();
        p.allocation = allocation;
        p.down = false;
        const auto r = trace(ledger, p);
        if (!r)
            qFatal("%s", qPrintable(r.status().message()));
        return traceJson(ledger, p, r.value());
    }

    // "hop from>to traced/amount" for every flow, and "status account traced" for every endpoint.
    static QStringList flows(const QJsonObject &t)
    {
        QStringList out;
        for (const QJsonValue &v : t[QStringLiteral("flows")].toArray()) {
            const QJsonObject f = v.toObject();
            const QString to = f[QStringLiteral("cash")].toBool() ? QStringLiteral("cash") : f[QStringLiteral("to")].toString().right(3);
            out << QStringLiteral("%1 %2>%3 %4/%5").arg(f[QStringLiteral("hop")].toInt()).arg(f[QStringLiteral("from")].toString().right(3), to)
                       .arg(f[QStringLiteral("traced_minor")].toInteger()).arg(f[QStringLiteral("amount_minor")].toInteger());
        }
        return out;
    }

    static QStringList endpoints(const QJsonObject &t)
    {
        QStringList out;
        qint64 sum = 0;
        for (const QJsonValue &v : t[QStringLiteral("endpoints")].toArray()) {
            const QJsonObject e = v.toObject();
            out << QStringLiteral("%1 %2 %3").arg(e[QStringLiteral("status")].toString(), e[QStringLiteral("account")].toString().right(3))
                       .arg(e[QStringLiteral("traced_minor")].toInteger());
            sum += e[QStringLiteral("traced_minor")].toInteger();
        }
        if (t[QStringLiteral("allocation")].toString() != u"none" && sum != t[QStringLiteral("origin_minor")].toInteger())
            qFatal("not conserved: %lld of %lld", sum, t[QStringLiteral("origin_minor")].toInteger());
        out.sort();
        return out;
    }

private slots:
    void initTestCase() { m_case = layering(m_dir); }

    // FIFO. M1's 09:30 payment to X came before the money: no flow. At 10:30 M1's queue is [100 of its
    // own opening money, 1000 traced]: the 500 takes the 100 first, then 400 traced. Z's 700 joins the
    // queue behind the 600 traced left; the 900 takes those 600, then 300 of Z's. M2's queue is then
    // [100 own, 400 traced | 600 traced, 300 own] in that order: the 300 to W takes 100 own + 200 traced,
    // the 500 cash takes 200 + 300 traced, and 300 traced (then 300 own) stay in M2.
    void fifoPassesMixedPaymentsOnInOrder()
    {
        const QJsonObject t = run(Allocation::Fifo);
        QCOMPARE(t[QStringLiteral("origin_minor")].toInteger(), 100000);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 101>202 100000/100000"), QStringLiteral("2 202>303 40000/50000"),
                                        QStringLiteral("2 202>303 60000/90000"), QStringLiteral("3 303>606 20000/30000"),
                                        QStringLiteral("3 303>cash 50000/50000")}));
        QCOMPARE(endpoints(t), (QStringList{QStringLiteral("cash  50000"), QStringLiteral("held 303 30000"), QStringLiteral("unrequested 606 20000")}));
    }

    // LIBR. M1 holds 100 of its own when 1000 traced arrive (1100). After paying 500: balance 600, traced
    // min(1000, 600) = 600, so the payment carried 400. Z's 700 raises the balance to 1300 but not the
    // traced money, which stays 600. After paying 900: balance 400, traced min(600, 400) = 400: carried
    // 200. M2: 500 (400 traced) and 900 (200 traced) make balance 1400, traced 600; paying 300 leaves
    // 1100 ≥ 600 and the cash 500 leaves 600 ≥ 600: neither carries traced money. Ends: M1 400, M2 600.
    void librDoesNotRestoreTracedMoney()
    {
        const QJsonObject t = run(Allocation::Libr);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 101>202 100000/100000"), QStringLiteral("2 202>303 40000/50000"),
                                        QStringLiteral("2 202>303 20000/90000")}));
        QCOMPARE(endpoints(t), (QStringList{QStringLiteral("held 202 40000"), QStringLiteral("held 303 60000")}));
    }

    // Proportional, in minor units, rounding down what a payment carries (the account keeps the rest):
    //   M1: 110000 held, 100000 traced; pays 50000: 50000 * 100000 / 110000 = 45454.5 -> 45454; traced
    //       54546 of 60000; +70000 from Z: 130000; pays 90000: 90000 * 54546 / 130000 = 37762.6 -> 37762;
    //       traced left 16784.
    //   M2: receives 45454 + 37762 = 83216 traced in 140000; pays 30000: 30000 * 83216 / 140000 = 17832;
    //       traced 65384 of 110000; cash 50000: 50000 * 65384 / 110000 = 29720; left 35664.
    //   16784 + 17832 + 29720 + 35664 = 100000: conserved.
    void proportionalConservesEveryMinorUnit()
    {
        const QJsonObject t = run(Allocation::Proportional);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 101>202 100000/100000"), QStringLiteral("2 202>303 45454/50000"),
                                        QStringLiteral("2 202>303 37762/90000"), QStringLiteral("3 303>606 17832/30000"),
                                        QStringLiteral("3 303>cash 29720/50000")}));
        QCOMPARE(endpoints(t), (QStringList{QStringLiteral("cash  29720"), QStringLiteral("held 202 16784"), QStringLiteral("held 303 35664"),
                                            QStringLiteral("unrequested 606 17832")}));
    }

    // The payer's debit and the payee's credit are one transfer: each flow names the payee's booking,
    // the money arrives at the payee's booking time, and the flow cites both rows with their sources.
    void bothSidesOfATransferAreOneFlow()
    {
        const QJsonObject t = run(Allocation::Fifo);
        const QJsonObject first = t[QStringLiteral("flows")].toArray().at(0).toObject();
        QCOMPARE(first[QStringLiteral("time")].toString(), QStringLiteral("2024-03-01T10:00:00+08:00"));
        QCOMPARE(first[QStringLiteral("arrived")].toString(), QStringLiteral("2024-03-01T10:00:05+08:00"));
        QCOMPARE(first[QStringLiteral("source")].toObject()[QStringLiteral("file")].toString(), QStringLiteral("v.csv"));
        QCOMPARE(first[QStringLiteral("source")].toObject()[QStringLiteral("locator")].toString(), QStringLiteral("line 3"));
        QCOMPARE(first[QStringLiteral("paired_source")].toObject()[QStringLiteral("file")].toString(), QStringLiteral("m1.csv"));
        QCOMPARE(first[QStringLiteral("source")].toObject()[QStringLiteral("sha256")].toString().size(), 64);
        QCOMPARE(m_case->db().scalar("SELECT count(*) FROM transactions").toInt(), 11); // both sides are kept
    }

    // Hop limit: with --hops 1 the money stops in M1; with 2 it stops in M2.
    void hopLimitStopsWhereItIs()
    {
        QCOMPARE(endpoints(run(Allocation::Fifo, 1)), QStringList{QStringLiteral("hop_limit 202 100000")});
        QCOMPARE(endpoints(run(Allocation::Fifo, 2)), QStringList{QStringLiteral("hop_limit 303 100000")});
    }

    // A loop O -> P -> Q -> P -> Q -> O ends: each row is processed once, in time order, and money that
    // comes back to the origin stays there. Q's payment to R at 11:00:01 is listed before P's money
    // arriving at the same second, so it is paid from Q's own 30 and carries nothing (ties in time go by
    // statement order). Hops count payments: P is one from O, Q two.
    void loopsEndAndTiesFollowStatementOrder()
    {
        const char *O = "6212260000000000707", *P = "6212260000000000808", *Q = "6212260000000000909", *R = "6212260000000001010";
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("loop.case"));
        auto t = [](const char *hm) { return QByteArray("2024-03-02T") + hm + "+08:00"; };
        const QList<QPair<QString, QByteArray>> files = {
            {QStringLiteral("o.csv"), csv({{t("09:00:00"), O, "", "100.00", "100.00", "salary"}, {t("10:00:00"), O, P, "-100.00", "0.00", "transfer"},
                                           {t("15:00:00"), O, Q, "100.00", "100.00", "transfer"}})},
            {QStringLiteral("p.csv"), csv({{t("10:00:01"), P, O, "100.00", "100.00", "transfer"}, {t("11:00:00"), P, Q, "-100.00", "0.00", "transfer"},
                                           {t("12:00:01"), P, Q, "100.00", "100.00", "transfer"}, {t("13:00:00"), P, Q, "-100.00", "0.00", "transfer"}})},
            {QStringLiteral("q.csv"), csv({{t("11:00:01"), Q, R, "-30.00", "0.00", "goods"}, {t("11:00:01"), Q, P, "100.00", "100.00", "transfer"},
                                           {t("12:00:00"), Q, P, "-100.00", "0.00", "transfer"}, {t("13:00:01"), Q, P, "100.00", "100.00", "transfer"},
                                           {t("14:00:00"), Q, O, "-100.00", "0.00", "transfer"}})},
        };
        for (const auto &[name, bytes] : files)
            QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, name, bytes)).statusName(), QStringLiteral("imported"));
        std::swap(cf, m_case);
        const QJsonObject all = run(Allocation::Fifo, 6, O);
        const QJsonObject two = run(Allocation::Fifo, 2, O);
        // Proportional would let the 30 carry 30 * 100 / 130 = 23 of the traced money, had the credit
        // been taken first.
        const QStringList proportional = flows(run(Allocation::Proportional, 6, O));
        std::swap(cf, m_case);
        QVERIFY2(!proportional.join(u' ').contains(QStringLiteral(">010")), qPrintable(proportional.join(u' ')));
        QCOMPARE(flows(all), (QStringList{QStringLiteral("1 707>808 10000/10000"), QStringLiteral("2 808>909 10000/10000"),
                                          QStringLiteral("3 909>808 10000/10000"), QStringLiteral("2 808>909 10000/10000"),
                                          QStringLiteral("3 909>707 10000/10000")}));
        QCOMPARE(endpoints(all), QStringList{QStringLiteral("held 707 10000")});
        QCOMPARE(flows(two), (QStringList{QStringLiteral("1 707>808 10000/10000"), QStringLiteral("2 808>909 10000/10000")}));
        QCOMPARE(endpoints(two), QStringList{QStringLiteral("hop_limit 909 10000")});
    }

    // Many accounts reached, from each of several origins: every rule conserves the traced money (the
    // engine checks it and fails otherwise), and no flow leaves an account before money reached it.
    void conservesOnAGeneratedNetwork()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("network.csv"));
        QVERIFY(cb::importers::synthetic::writeTransferNetwork(csvPath, 20000, 400, 11).ok());
        auto cf = cb::test::newCase(dir, QStringLiteral("network.case"));
        QCOMPARE(cb::test::import(*cf, csvPath).statusName(), QStringLiteral("imported"));
        for (int origin : {0, 7, 123}) {
            for (Allocation a : {Allocation::Fifo, Allocation::Libr, Allocation::Proportional, Allocation::None}) {
                // Upward too, under every rule: conserved (the engine checks it).
                {
                    Ledger up(*cf);
                    TraceParams p;
                    p.origin = findEntity(*cf, cb::importers::synthetic::cardNumber(quint64(origin), QStringLiteral("621226"))).value();
                    p.allocation = a, p.down = false, p.hops = 4;
                    const auto r = trace(up, p);
                    QVERIFY2(r.ok(), qPrintable(r.status().message()));
                    QVERIFY(r.value().flows.size() > 10);
                }
                Ledger ledger(*cf);
                TraceParams p;
                p.origin = findEntity(*cf, cb::importers::synthetic::cardNumber(quint64(origin), QStringLiteral("621226"))).value();
                p.allocation = a;
                const auto r = trace(ledger, p);
                QVERIFY2(r.ok(), qPrintable(r.status().message()));
                QVERIFY(r.value().flows.size() > 10);
                QHash<qint64, qint64> firstArrival; // account -> time traced money first reached it
                for (const TraceFlow &f : r.value().flows) {
                    if (f.hop > 1)
                        QVERIFY(firstArrival.contains(f.from) && f.row->time.utcMs >= firstArrival.value(f.from));
                    const qint64 arrived = f.paired ? f.paired->time.utcMs : f.row->time.utcMs;
                    if (f.to && (!firstArrival.contains(f.to) || arrived < firstArrival.value(f.to)))
                        firstArrival.insert(f.to, arrived);
                }
            }
        }
    }

    // Upward, FIFO, from M2 (where did the 1400 paid into M2 come from?). M1's 500 at 10:30 was funded by
    // the oldest money M1 held: 100 left of its own opening 300 (X's 200 came first), then 400 of V's 1000.
    // Its 900 at 11:30: the other 600 of V's 1000, then 300 of Z's 700. V's 1000 was its salary, which
    // names no payer. So: 100 held in M1, 1000 from V's unnamed payer, 300 from Z (no statement).
    void upwardFifoFindsWhatFundedEachPayment()
    {
        Ledger ledger(*m_case);
        TraceParams p;
        p.origin = findEntity(*m_case, QLatin1String(M2)).value();
        p.down = false;
        const auto r = trace(ledger, p);
        QVERIFY2(r.ok(), qPrintable(r.status().message()));
        const QJsonObject t = traceJson(ledger, p, r.value());
        QCOMPARE(t[QStringLiteral("origin_minor")].toInteger(), 140000);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 202>303 50000/50000"), QStringLiteral("1 202>303 90000/90000"),
                                        QStringLiteral("2 101>202 100000/100000"), QStringLiteral("2 505>202 30000/70000"),
                                        QStringLiteral("3 >101 100000/200000")}));
        QCOMPARE(endpoints(t), (QStringList{QStringLiteral("held 202 10000"), QStringLiteral("unrequested  100000"),
                                            QStringLiteral("unrequested 505 30000")}));
    }

    // Upward, LIBR, from M2. M1's own money (its opening 300) is spent first: X's 200 leaves 100 of it.
    // The 500 at 10:30 takes that 100, then 400 from what is left of V's 1000 (the only payment in), which
    // keeps 600. Z's 700 arrives; the 900 at 11:30 finds no own money and takes from V's 600 and Z's 700
    // in proportion: 600·900/1300 = 415.38 and 700·900/1300 = 484.615; in minor units 41538 (remainder
    // 0.46) and 48461 (0.54), the unit left by rounding down going to the larger remainder, Z: 48462.
    // V's 1000 to M1 was funded by its salary, which names no payer.
    // So: 100 held in M1; 400 + 415.38 = 815.38 from V's unnamed payer; 484.62 from Z.
    void upwardLibrSpendsTheHoldersOwnMoneyFirst()
    {
        const QJsonObject t = runUp(Allocation::Libr);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 202>303 50000/50000"), QStringLiteral("1 202>303 90000/90000"),
                                        QStringLiteral("2 101>202 81538/100000"), QStringLiteral("2 505>202 48462/70000"),
                                        QStringLiteral("3 >101 81538/200000")}));
        QCOMPARE(endpoints(t), (QStringList{QStringLiteral("held 202 10000"), QStringLiteral("unrequested  81538"),
                                            QStringLiteral("unrequested 505 48462")}));
    }

    // Upward, pro rata, from M2. M1's opening 300 is money like any other. X's 200 takes 200 of it (the
    // only money there): 100 left. The 500 at 10:30 takes from 100 own and 1000 of V's in proportion:
    // 100·500/1100 = 45.4545 and 1000·500/1100 = 454.5454, in minor units 4545 (0.45) and 45454 (0.54),
    // the unit left to V: 4545 and 45455. Left: 54.55 own, 545.45 of V's; Z's 700 arrives. The 900 takes
    // 5455·9/13 = 3776 7/13 own, 54545·9/13 = 37761 12/13 of V's and 70000·9/13 = 48461 7/13 of Z's; the
    // floors add up to 89998, and the two units left go to the largest remainders: V's 12/13, then the tie
    // of 7/13 between own and Z, broken for the earlier money, own: 3777, 37762, 48461. Held in M1: 45.45 + 37.77 = 83.22; from V's unnamed payer 454.55 + 377.62 =
    // 832.17; from Z 484.61. 83.22 + 832.17 + 484.61 = 1400.
    void upwardProRataSharesEveryPayment()
    {
        const QJsonObject t = runUp(Allocation::Proportional);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 202>303 50000/50000"), QStringLiteral("1 202>303 90000/90000"),
                                        QStringLiteral("2 101>202 83217/100000"), QStringLiteral("2 505>202 48461/70000"),
                                        QStringLiteral("3 >101 83217/200000")}));
        QCOMPARE(endpoints(t), (QStringList{QStringLiteral("held 202 8322"), QStringLiteral("unrequested  83217"),
                                            QStringLiteral("unrequested 505 48461")}));
    }

    // M1 and M2 merged (one holder's two accounts; M1, the lower id, stands for both). Their transfers to
    // each other are not payments: the group's statement is M1's and M2's rows without them, its opening
    // balance M1's 300 plus M2's 0. FIFO: 300 own; X's 200 leaves 100 own; V's 1000 traced; Z's 700; the
    // 300 to W (12:00) takes 100 own and 200 traced; the ATM 500 takes 500 traced; 300 traced stay held.
    void mergedAccountsAreOneAccount()
    {
        QTemporaryDir dir;
        auto cf = layering(dir);
        const qint64 m1 = findEntity(*cf, QLatin1String(M1)).value(), m2 = findEntity(*cf, QLatin1String(M2)).value();
        QVERIFY(mergeEntities(*cf, m2, m1, 100, QStringLiteral("one holder")).ok());
        const QJsonObject t = run(*cf, Allocation::Fifo);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 101>202 100000/100000"), QStringLiteral("2 202>606 20000/30000"),
                                        QStringLiteral("2 202>cash 50000/50000")}));
        QCOMPARE(endpoints(t), (QStringList{QStringLiteral("cash  50000"), QStringLiteral("held 202 30000"), QStringLiteral("unrequested 606 20000")}));
        const QJsonObject merged = t[QStringLiteral("merged")].toObject();
        QCOMPARE(merged.size(), 1);
        QVERIFY(merged.keys().constFirst().endsWith(u"202"));
        QVERIFY(merged.begin()->toArray().at(0).toString().endsWith(u"303"));
        // Named by the other member, the origin is the same group: up from M2 is up from M1 and M2 together,
        // whose payments in are V's 1000 and Z's 700 (the transfers between them left out).
        Ledger ledger(*cf);
        TraceParams up;
        up.origin = m2, up.down = false;
        const auto r = trace(ledger, up);
        QVERIFY(r.ok());
        QCOMPARE(r.value().originMinor, 170000);
    }

    // Paths only: every payment after traced money arrived continues a path; nothing is allocated.
    void noneFollowsTimeRespectingPaths()
    {
        const QJsonObject t = run(Allocation::None);
        QCOMPARE(flows(t), (QStringList{QStringLiteral("1 101>202 0/100000"), QStringLiteral("2 202>303 0/50000"),
                                        QStringLiteral("2 202>303 0/90000"), QStringLiteral("3 303>606 0/30000"),
                                        QStringLiteral("3 303>cash 0/50000")}));
    }
};

// The command line on the demo case: each victim's money is followed through both mule layers to the
// cash-out account and its ATM withdrawals; the run is saved, listed, and run again identically; after a
// later statement of a mule is imported, the rerun names the rows added.
class TestTraceCli : public QObject
{
    Q_OBJECT
private slots:
    void demoTraceRunsAndRerun()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("demo.case"));
        QCOMPARE(cb::test::runCasebench({QStringLiteral("demo"), c}).code, 0);
        const QStringList victims = {QStringLiteral("6228480000000001008"), QStringLiteral("6228480000000001016"), QStringLiteral("6228480000000001024"),
                                     QStringLiteral("6228480000000001032"), QStringLiteral("6228480000000001040"), QStringLiteral("6228480000000001057"),
                                     QStringLiteral("6228480000000001065"), QStringLiteral("6228480000000001073")};
        for (const QString &v : victims) {
            const auto r = cb::test::runCasebench({QStringLiteral("trace"), c, QStringLiteral("--from"), v, QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.err.constData());
            const QJsonObject t = QJsonDocument::fromJson(r.out).object();
            for (const char *key : {"origin", "direction", "allocation", "currency", "origin_minor", "flows", "endpoints", "run"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
            QSet<QString> reached;
            qint64 cash = 0;
            for (const QJsonValue &f : t[QStringLiteral("flows")].toArray())
                reached.insert(f[QStringLiteral("to")].toString());
            for (const QJsonValue &e : t[QStringLiteral("endpoints")].toArray())
                cash += e[QStringLiteral("status")].toString() == u"cash" ? e[QStringLiteral("traced_minor")].toInteger() : 0;
            // Layer 2 (9043 or 9050) and the cash-out account 9068 are reached, and money leaves as cash.
            QVERIFY2(reached.contains(QStringLiteral("6212260000000009068")), qPrintable(v));
            QVERIFY(reached.contains(QStringLiteral("6212260000000009043")) || reached.contains(QStringLiteral("6212260000000009050")));
            QVERIFY2(cash > 0, qPrintable(v));
            QVERIFY(t[QStringLiteral("run")][QStringLiteral("id")].toString().startsWith(QStringLiteral("R-")));
        }
        const QJsonArray runs = QJsonDocument::fromJson(cb::test::runCasebench({QStringLiteral("runs"), c, QStringLiteral("--json")}).out).array();
        QCOMPARE(runs.size(), victims.size() + 1); // the demo saves its own trace of the first victim as R-000001
        QCOMPARE(runs.first()[QStringLiteral("id")].toString(), QStringLiteral("R-000009")); // newest first
        for (const char *key : {"id", "kind", "parameters", "time", "investigator", "data_sha256"})
            QVERIFY2(runs.first().toObject().contains(QLatin1String(key)), key);
        const auto same = cb::test::runCasebench({QStringLiteral("rerun"), c, QStringLiteral("R-000001"), QStringLiteral("--json")});
        QVERIFY2(same.code == 0, same.err.constData());
        QCOMPARE(QJsonDocument::fromJson(same.out).object()[QStringLiteral("data_identical")].toBool(), true);
        QCOMPARE(QJsonDocument::fromJson(same.out).object()[QStringLiteral("result_identical")].toBool(), true);
        // A later page of the cash-out account's statement: one more withdrawal the first run did not read.
        const QString more = cb::test::writeFile(dir, QStringLiteral("9068_more.csv"),
                                                 csv({{"2024-03-20T10:00:00+08:00", "6212260000000009068", "", "-100.00", "", "ATM取款"}}));
        QCOMPARE(cb::test::runCasebench({QStringLiteral("import"), c, more}).code, 0);
        const QJsonObject changed = QJsonDocument::fromJson(cb::test::runCasebench({QStringLiteral("rerun"), c, QStringLiteral("R-000001"), QStringLiteral("--json")}).out).object();
        QCOMPARE(changed[QStringLiteral("data_identical")].toBool(), false);
        QCOMPARE(changed[QStringLiteral("rows_added")].toArray().size(), 1);
        QCOMPARE(changed[QStringLiteral("rows_removed")].toArray().size(), 0);
        QCOMPARE(changed[QStringLiteral("rerun")].toString(), QStringLiteral("R-000011"));
        QCOMPARE(cb::test::runCasebench({QStringLiteral("rerun"), c, QStringLiteral("R-999999")}).code, 1);
        QCOMPARE(cb::test::runCasebench({QStringLiteral("verify"), c}).code, 0); // runs are bound like every other edit
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestTrace trace;
    TestTraceCli cli;
    return QTest::qExec(&trace, argc, argv) | QTest::qExec(&cli, argc, argv);
}
#include "tst_trace.moc"
