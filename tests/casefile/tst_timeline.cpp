// The timeline's counts: the pyramid the committer keeps, exact counts at every zoom, lanes with merged
// entities, the hour-by-weekday heatmap across DST changes and zones, and the axis's calendar ticks.
#include "casefile.h"
#include "entitylinks.h"
#include "integrity/verifier.h"
#include "query/recordquery.h"
#include "session/casesession.h"
#include "testsupport.h"
#include "timeline/axis.h"
#include "timeline/pyramid.h"
#include "timeline/timelinequery.h"
#include "timeline/timelinescene.h"

#include <QTest>

using namespace cb::casefile;
using namespace cb::casefile::timeline;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

QByteArray callLine(qint64 utcMs, const char *sub, const char *other, int offsetH = 8)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(offsetH * 3600));
    return t.toString(Qt::ISODate).toLatin1() + ',' + sub + ',' + other + ",out,30,,,\n";
}

const char *const callHeader = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";

QList<QList<QVariant>> countsTable(CaseFile &cf)
{
    QList<QList<QVariant>> rows;
    sql::Statement st(cf.db(), "SELECT level, kind, lane, bucket, n FROM timeline_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4");
    while (st.step())
        rows.append({st.int64(0), st.int64(1), st.int64(2), st.int64(3), st.int64(4)});
    return rows;
}

} // namespace

class TimelineTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;
    QVector<qint64> m_times; // every call of the generated case, UTC ms
    QVector<int> m_subscriber;

private slots:
    void initTestCase()
    {
        // 3,000 calls of three lines over two years, at pseudo-random times (a fixed sequence), some
        // before 1970-style negative offsets are not needed: the times straddle DST changes and year ends.
        m_case = cb::test::newCase(m_dir);
        QByteArray csv = callHeader;
        quint64 x = 12345;
        const qint64 start = utc(2023, 1, 1, 0, 0), span = 2LL * 365 * 86'400'000;
        const char *subs[] = {"13800138000", "13800138001", "13800138002"};
        for (int i = 0; i < 3000; ++i) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            const qint64 t = start + qint64((x >> 20) % quint64(span / 1000)) * 1000;
            const int s = int((x >> 8) % 3);
            m_times << t;
            m_subscriber << s;
            csv += callLine(t, subs[s], "13900139000");
        }
        QCOMPARE(cb::test::import(*m_case, cb::test::writeFile(m_dir, QStringLiteral("calls.csv"), csv)).statusName(),
                 QStringLiteral("imported"));
    }

    void committerCountsMatchARecount()
    {
        // What the committer added up in memory at import is what counting the table afresh gives.
        const auto before = countsTable(*m_case);
        QVERIFY(!before.isEmpty());
        QVERIFY(rebuild(m_case->db()).ok());
        QCOMPARE(countsTable(*m_case), before);
        // Verification checks the totals: here they agree; one altered six-hour count is reported, naming
        // the kind and the level, in the case's verification too; a recount mends it.
        QCOMPARE(mismatchedTotals(m_case->db()).value(), QStringList{});
        QVERIFY(m_case->db().exec("UPDATE timeline_counts SET n = n + 1 WHERE level = 3 AND kind = 1 AND lane = 0 "
                                  "AND bucket = (SELECT min(bucket) FROM timeline_counts WHERE level = 3 AND kind = 1 AND lane = 0)").ok());
        const QStringList wrong = mismatchedTotals(m_case->db()).value();
        QCOMPARE(wrong, QStringList{QStringLiteral("calls: 3000 events, the timeline counts 3001 at its 21600-second level")});
        const auto report = integrity::verifyCase(*m_case);
        QVERIFY(report.ok());
        QCOMPARE(report.value().findings.size(), 1);
        QCOMPARE(report.value().findings.first().kind, QStringLiteral("timeline_counts"));
        QVERIFY(rebuild(m_case->db()).ok());
        QCOMPARE(countsTable(*m_case), before);
        // Lane 0 holds all 3,000 calls at every level; each line's lane starts at the day.
        for (int l = 0; l < LevelCount; ++l) {
            sql::Statement st(m_case->db(), "SELECT sum(n), count(DISTINCT lane) FROM timeline_counts WHERE level = ? AND kind = 1");
            QVERIFY(st.bind(1, qint64(l)).step());
            QCOMPARE(st.int64(0), l < FirstOwnerLevel ? 3000 : 6000);
            QCOMPARE(st.int64(1), l < FirstOwnerLevel ? 1 : 4);
        }
    }

    void countsAddUpAtEveryZoom_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("bins");
        QTest::addColumn<bool>("oneLine");
        const qint64 all0 = utc(2022, 12, 31, 0, 0), all1 = utc(2025, 1, 2, 0, 0);
        QTest::newRow("whole period, 1000 px") << all0 << all1 << 1000 << false;
        QTest::newRow("whole period, 7 bins") << all0 << all1 << 7 << false;
        QTest::newRow("odd edges, 640 px") << utc(2023, 3, 26, 0, 59, 17) + 123 << utc(2024, 10, 27, 1, 3, 41) + 7 << 640 << false;
        QTest::newRow("one month") << utc(2023, 5, 3, 13, 0) << utc(2023, 6, 2, 9, 30) << 900 << false;
        QTest::newRow("one day") << utc(2024, 3, 30, 22, 0, 1) << utc(2024, 3, 31, 22, 0) << 1200 << false;
        QTest::newRow("ten minutes") << utc(2024, 2, 1, 10, 0, 30) << utc(2024, 2, 1, 10, 10, 30) << 800 << false;
        QTest::newRow("one line, whole period") << all0 << all1 << 300 << true;
        QTest::newRow("one line, odd edges") << utc(2023, 7, 9, 5, 7, 11) << utc(2024, 1, 19, 3, 3, 3) << 200 << true;
        QTest::newRow("one line, a week") << utc(2023, 9, 1, 7, 0) << utc(2023, 9, 8, 7, 0) << 1000 << true;
    }

    void countsAddUpAtEveryZoom()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, bins);
        QFETCH(bool, oneLine);
        Lane lane;
        if (oneLine)
            lane.entities = {findEntity(*m_case, QStringLiteral("13800138001")).value()};
        Filter calls;
        calls.kinds = {EventKind::Calls};
        const auto h = histogram(*m_case, lane, from, to, bins, calls);
        QVERIFY2(h.ok(), qPrintable(h.status().message()));
        QVERIFY(h.value().binCount() <= bins + 1);
        // Every bin holds exactly the generated calls that fall in it (and in the range): counted here by
        // brute force from the list the file was written from. The other party (13900139000) is in every
        // call, so a line's lane has its own calls only.
        QVector<qint64> expected(h.value().binCount(), 0);
        qint64 total = 0;
        for (int i = 0; i < m_times.size(); ++i) {
            const qint64 t = m_times[i];
            if (t < from || t >= to || (oneLine && m_subscriber[i] != 1))
                continue;
            ++expected[int((t - h.value().firstBinMs) / h.value().binMs)];
            ++total;
        }
        QCOMPARE(h.value().counts[int(EventKind::Calls)], expected);
        QCOMPARE(h.value().total(), total);
        QCOMPARE(countRange(*m_case, lane, EventKind::Calls, from, to).value(), total);
    }

    void pyramidServesCoarseViews()
    {
        // A view of the whole period is drawn from the pyramid, a ten-minute view from the events.
        Filter calls;
        calls.kinds = {EventKind::Calls};
        QVERIFY(histogram(*m_case, {}, utc(2023, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0), 1000, calls).value().level >= 0);
        QCOMPARE(histogram(*m_case, {}, utc(2024, 2, 1, 10, 0), utc(2024, 2, 1, 10, 10), 800, calls).value().level, -1);
        // A source filter is answered from the events too, with the same counts.
        Filter bySource = calls;
        bySource.sources = {1};
        const auto a = histogram(*m_case, {}, utc(2023, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0), 500, calls).value();
        const auto b = histogram(*m_case, {}, utc(2023, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0), 500, bySource).value();
        QCOMPARE(b.level, -1);
        QCOMPARE(b.counts, a.counts);
    }

    void extentAndEvents()
    {
        const auto e = extent(*m_case).value();
        QVERIFY(e.has_value());
        const qint64 lo = *std::min_element(m_times.cbegin(), m_times.cend()), hi = *std::max_element(m_times.cbegin(), m_times.cend());
        QVERIFY(e->first <= lo && e->first > lo - 60'000);
        QVERIFY(e->second >= hi && e->second < hi + 60'000);
        const auto first = events(*m_case, {}, lo, lo + 1, {}, 10).value();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].kind, EventKind::Calls);
        QCOMPARE(first[0].timeUtcMs, lo);
        QCOMPARE(first[0].offsetS, 8 * 3600);
        QCOMPARE(first[0].sourceFile, QStringLiteral("calls.csv"));
        QCOMPARE(first[0].text, QStringLiteral("13900139000")); // the number as the source wrote it
        QCOMPARE(events(*m_case, {}, lo, hi + 1, {}, 50).value().size(), 50);
    }

    void mergedEntitiesAreOneLane()
    {
        // A calls B twice, C calls A once, B calls C once. Merging B with C makes one lane "B+C" holding
        // all four calls, the B-C call counted once; A's lane holds its three.
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const qint64 t0 = utc(2024, 5, 1, 2, 0);
        const QByteArray csv = QByteArray(callHeader) + callLine(t0, "13700000001", "13700000002") +
                               callLine(t0 + 60'000, "13700000001", "13700000002") + callLine(t0 + 120'000, "13700000003", "13700000001") +
                               callLine(t0 + 180'000, "13700000002", "13700000003");
        QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("c.csv"), csv)).statusName(), QStringLiteral("imported"));
        const qint64 a = findEntity(*cf, QStringLiteral("13700000001")).value(), b = findEntity(*cf, QStringLiteral("13700000002")).value(),
                     c = findEntity(*cf, QStringLiteral("13700000003")).value();
        const qint64 day0 = utc(2024, 1, 1, 0, 0), day1 = utc(2025, 1, 1, 0, 0);
        QCOMPARE(countRange(*cf, {{b}}, EventKind::Calls, day0, day1).value(), 3);
        QVERIFY(mergeEntities(*cf, b, c, 90, QStringLiteral("same handset")).ok());
        QCOMPARE(countRange(*cf, {{b}}, EventKind::Calls, day0, day1).value(), 4);
        QCOMPARE(countRange(*cf, {{c}}, EventKind::Calls, day0, day1).value(), 4);
        QCOMPARE(countRange(*cf, {{a}}, EventKind::Calls, day0, day1).value(), 3);
        // The same through the bins of a year view (pyramid days for owners, events for the other side).
        const auto h = histogram(*cf, {{b}}, day0, day1, 400, {}).value();
        QVERIFY(h.level >= FirstOwnerLevel);
        QCOMPARE(h.total(), 4);
        QCOMPARE(events(*cf, {{c}}, day0, day1, {}, 100).value().size(), 4);
    }

    void filtersNarrowTheEvents()
    {
        // A calls B twice, C calls A, B calls C (as in the merge test). C is a victim; A's first call is
        // tagged. Each filter is answered from the events, and every view's bins add up to what it keeps.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.casebench"));
        {
            auto cf = cb::test::newCase(dir, QStringLiteral("f.casebench"));
            const qint64 t0 = utc(2024, 5, 1, 2, 0);
            const QByteArray csv = QByteArray(callHeader) + callLine(t0, "13700000001", "13700000002") +
                                   callLine(t0 + 60'000, "13700000001", "13700000002") + callLine(t0 + 120'000, "13700000003", "13700000001") +
                                   callLine(t0 + 180'000, "13700000002", "13700000003");
            QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("c.csv"), csv)).statusName(), QStringLiteral("imported"));
        }
        auto session = CaseSession::open(path);
        QVERIFY(session.ok());
        CaseFile &cf = session.value()->caseFile();
        const qint64 c = findEntity(cf, QStringLiteral("13700000003")).value();
        QVERIFY(session.value()->setRole(c, Role::Victim, QStringLiteral("reported it")).ok());
        const qint64 firstCall = cf.db().scalar("SELECT id FROM calls ORDER BY start_utc LIMIT 1").toLongLong();
        QVERIFY(session.value()->tag({QStringLiteral("calls"), firstCall}, QStringLiteral("urgent")).ok());
        const qint64 d0 = utc(2024, 1, 1, 0, 0), d1 = utc(2025, 1, 1, 0, 0);
        auto count = [&](const Filter &f) {
            const auto h = histogram(cf, {}, d0, d1, 500, f);
            return h.ok() && h.value().level == -1 ? h.value().total() : -1;
        };
        Filter f;
        f.roles = {QStringLiteral("victim")};
        QCOMPARE(count(f), 2); // C calls A; B calls C
        f = {};
        f.tags = {QStringLiteral("urgent")};
        QCOMPARE(count(f), 1);
        f = {};
        f.text = QStringLiteral("700000003"); // the number dialled: only B's call to C
        QCOMPARE(count(f), 1);
        f = {};
        f.sources = {1};
        QCOMPARE(count(f), 4);
        f.sources = {2};
        QCOMPARE(count(f), 0);
        // Saved with a view, they come back.
        ViewSpec v;
        v.filter.roles = {QStringLiteral("victim")};
        v.filter.tags = {QStringLiteral("urgent")};
        v.filter.text = QStringLiteral("x");
        const ViewSpec back = ViewSpec::fromJson(v.toJson());
        QCOMPARE(back.filter.roles, v.filter.roles);
        QCOMPARE(back.filter.tags, v.filter.tags);
        QCOMPARE(back.filter.text, v.filter.text);
    }

    void overlappingStatementsCountOnce()
    {
        // Two statements of one account share the 2 March movement: four rows, three movements.
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString a = cb::test::writeFile(dir, QStringLiteral("a.csv"),
                                              cb::test::bankCsv({{"2024-03-01T10:00:00+08:00", "6222020000000001", "6222020000000009", "-10.00", "90.00", "x"},
                                                                 {"2024-03-02T10:00:00+08:00", "6222020000000001", "6222020000000009", "-20.00", "70.00", "y"}}));
        const QString b = cb::test::writeFile(dir, QStringLiteral("b.csv"),
                                              cb::test::bankCsv({{"2024-03-02T10:00:00+08:00", "6222020000000001", "6222020000000009", "-20.00", "70.00", "y"},
                                                                 {"2024-03-03T10:00:00+08:00", "6222020000000001", "6222020000000009", "-30.00", "40.00", "z"}}));
        QCOMPARE(cb::test::import(*cf, a).statusName(), QStringLiteral("imported"));
        QCOMPARE(cb::test::import(*cf, b).statusName(), QStringLiteral("imported"));
        const qint64 acct = findEntity(*cf, QStringLiteral("6222020000000001")).value();
        const qint64 d0 = utc(2024, 1, 1, 0, 0), d1 = utc(2024, 12, 1, 0, 0);
        QCOMPARE(countRange(*cf, {}, EventKind::Transactions, d0, d1).value(), 3);
        QCOMPARE(countRange(*cf, {{acct}}, EventKind::Transactions, d0, d1).value(), 3);
        QCOMPARE(histogram(*cf, {}, d0, d1, 100, {}).value().total(), 3);
        const auto before = countsTable(*cf);
        QVERIFY(rebuild(cf->db()).ok());
        QCOMPARE(countsTable(*cf), before);
        // Amount ranges are on the amount moved, in minor units of one currency: 10, 20 and 30 CNY moved.
        Filter f;
        f.currency = QStringLiteral("CNY");
        f.minAmountMinor = 1500;
        QCOMPARE(countRange(*cf, {}, EventKind::Transactions, d0, d1, f).value(), 2); // 20 and 30
        f.maxAmountMinor = 2500;
        QCOMPARE(countRange(*cf, {}, EventKind::Transactions, d0, d1, f).value(), 1); // 20
        f.minAmountMinor.reset();
        QCOMPARE(histogram(*cf, {}, d0, d1, 100, f).value().total(), 2); // 10 and 20; calls and others hidden
        f.currency = QStringLiteral("USD");
        QCOMPARE(histogram(*cf, {}, d0, d1, 100, f).value().total(), 0);
    }

    void heatmapAcrossZonesAndDst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("hour");
        // Europe/Berlin springs forward on Sunday 31 March 2024 at 01:00 UTC (02:00 CET -> 03:00 CEST).
        QTest::newRow("Berlin, before spring-forward") << QStringLiteral("Europe/Berlin") << utc(2024, 3, 31, 0, 30) << 6 << 1;
        QTest::newRow("Berlin, after spring-forward") << QStringLiteral("Europe/Berlin") << utc(2024, 3, 31, 1, 30) << 6 << 3;
        // It falls back on Sunday 27 October 2024 at 01:00 UTC: 02:30 happens twice.
        QTest::newRow("Berlin, first 02:30") << QStringLiteral("Europe/Berlin") << utc(2024, 10, 27, 0, 30) << 6 << 2;
        QTest::newRow("Berlin, second 02:30") << QStringLiteral("Europe/Berlin") << utc(2024, 10, 27, 1, 30) << 6 << 2;
        QTest::newRow("Shanghai") << QStringLiteral("Asia/Shanghai") << utc(2024, 3, 31, 17, 30) << 0 << 1;
        QTest::newRow("UTC") << QStringLiteral("UTC") << utc(2024, 3, 31, 17, 30) << 6 << 17;
        QTest::newRow("Kolkata (+05:30)") << QStringLiteral("Asia/Kolkata") << utc(2024, 3, 31, 18, 29) << 6 << 23;
        QTest::newRow("own offset (+08:00)") << QString() << utc(2024, 3, 31, 17, 30) << 0 << 1;
    }

    void heatmapAcrossZonesAndDst()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, at);
        QFETCH(int, weekday);
        QFETCH(int, hour);
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray csv = QByteArray(callHeader) + callLine(at, "13700000001", "13700000002");
        QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("c.csv"), csv)).statusName(), QStringLiteral("imported"));
        const std::optional<QTimeZone> z = zone.isEmpty() ? std::nullopt : std::optional(QTimeZone(zone.toLatin1()));
        // Through the pyramid (every event) and from the events (one line's lane): the same cell.
        for (const Lane &lane : {Lane{}, Lane{{findEntity(*cf, QStringLiteral("13700000001")).value()}}}) {
            const auto h = heatmap(*cf, lane, {}, z, utc(2024, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0));
            QVERIFY2(h.ok(), qPrintable(h.status().message()));
            QCOMPARE(h.value().total(), 1);
            QCOMPARE(h.value().cells[weekday][hour], 1);
        }
    }

    void dayTicksFollowTheZone()
    {
        // Days around Berlin's spring-forward: midnight to midnight is 24, 23, 24 hours of real time.
        const QTimeZone berlin("Europe/Berlin");
        const Axis axis = axisTicks(utc(2024, 3, 29, 23, 0), utc(2024, 4, 1, 22, 0), berlin, 300);
        QCOMPARE(axis.unit, TimeUnit::Day);
        QCOMPARE(axis.ticks.size(), 4);
        QCOMPARE(axis.ticks[0].local.date(), QDate(2024, 3, 29 + 1));
        QCOMPARE(axis.ticks[1].utcMs - axis.ticks[0].utcMs, 24 * 3'600'000LL);
        QCOMPARE(axis.ticks[2].utcMs - axis.ticks[1].utcMs, 23 * 3'600'000LL);
        QCOMPARE(axis.ticks[3].utcMs - axis.ticks[2].utcMs, 24 * 3'600'000LL);
        QCOMPARE(axis.ticks[0].local.time(), QTime(0, 0));
        // Hours through the fall-back night: every real hour has a tick, 02:00 twice.
        const Axis hours = axisTicks(utc(2024, 10, 26, 22, 0), utc(2024, 10, 27, 3, 0), berlin, 500);
        QCOMPARE(hours.unit, TimeUnit::Hour);
        QStringList shown;
        for (const Tick &t : hours.ticks)
            shown << t.local.toString(QStringLiteral("HH"));
        QCOMPARE(shown, QStringList({QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("02"),
                                     QStringLiteral("03"), QStringLiteral("04")}));
        // Years for a decade; months in Shanghai start at local midnight (16:00 UTC the day before).
        QCOMPARE(axisTicks(utc(2015, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0), berlin, 800).unit, TimeUnit::Year);
        const Axis months = axisTicks(utc(2024, 1, 1, 0, 0), utc(2024, 12, 31, 0, 0), QTimeZone("Asia/Shanghai"), 1200);
        QCOMPARE(months.unit, TimeUnit::Month);
        QCOMPARE(months.ticks[0].utcMs, utc(2024, 1, 31, 16, 0));
    }
};

CB_TEST_GUILESS_MAIN(TimelineTest)
#include "tst_timeline.moc"
