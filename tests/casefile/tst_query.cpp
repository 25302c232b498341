// The query layer: filters, sorting and keyset paging across page boundaries inside runs of equal keys,
// offset paging agreeing with it, events across kinds by time, and one entity label everywhere.
#include "casefile.h"
#include "entitylinks.h"
#include "query/entityquery.h"
#include "query/recordquery.h"
#include "search.h"
#include "timeline/timelinequery.h"
#include "session/casesession.h"
#include "testsupport.h"

#include <QTest>
#include <algorithm>

using namespace cb::casefile;

namespace {

// 600 movements of account 6222020000000001: minute i of 2024-03-01 (UTC+08:00), amount (i % 7 + 1) * 100
// minor units, credits on even i and debits on odd i, counterparty 6222020000000100 + (i % 5). The amount
// column therefore holds long runs of ties (86 rows share each of 7 values): paging by amount must break
// them by id, and pages of 256 end inside runs.
struct Row
{
    qint64 id;
    qint64 amount;
};

QByteArray statement()
{
    QByteArray csv = "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n";
    for (int i = 0; i < 600; ++i) {
        const qint64 minor = (i % 7 + 1) * 100 * (i % 2 ? -1 : 1);
        csv += QStringLiteral("2024-03-01T%1:%2:00+08:00,6222020000000001,%3,Party %4,%5,CNY,,R%6,%7\n")
                   .arg(8 + i / 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(6222020000000100LL + i % 5)
                   .arg(i % 5)
                   .arg(QString::number(minor / 100.0, 'f', 2))
                   .arg(i)
                   .arg(i % 3 == 0 ? QStringLiteral("transfer to safe account") : QStringLiteral("salary"))
                   .toUtf8();
    }
    return csv;
}

QVector<RecordRow> allPages(CaseFile &cf, const RecordQuery &q, int pageSize)
{
    QVector<RecordRow> out;
    std::optional<RecordCursor> after;
    for (;;) {
        const auto page = recordPage(cf, q, after, pageSize);
        if (!page || page.value().isEmpty())
            break;
        out += page.value();
        after = RecordCursor::after(page.value().last());
    }
    return out;
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;
    QVector<Row> m_rows; // id and amount of each stored row, as the test computes them

private slots:
    void initTestCase()
    {
        m_case = cb::test::newCase(m_dir);
        const QString path = cb::test::writeFile(m_dir, QStringLiteral("st.csv"), statement());
        QCOMPARE(cb::test::import(*m_case, path).statusName(), QStringLiteral("imported"));
        sql::Statement st(m_case->db(), "SELECT id FROM transactions ORDER BY id");
        int i = 0;
        while (st.step()) {
            m_rows.append({st.int64(0), (i % 7 + 1) * 100 * (i % 2 ? -1 : 1)});
            ++i;
        }
        QCOMPARE(m_rows.size(), 600);
    }

    void keysetPagesCrossTiesWithoutRepeatsOrGaps_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("ascending, 256") << false << 256;
        QTest::newRow("descending, 256") << true << 256;
        QTest::newRow("ascending, 7 (a page per tie run step)") << false << 7;
        QTest::newRow("descending, 86 (exactly one run)") << true << 86;
    }
    void keysetPagesCrossTiesWithoutRepeatsOrGaps()
    {
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        RecordQuery q;
        q.kind = RecordKind::Transactions;
        q.sortColumn = 2; // Amount
        q.descending = descending;
        QCOMPARE(QString::fromLatin1(recordColumns(q.kind).at(2).key), QStringLiteral("amount"));
        // Expected: every row exactly once, by (amount, id), reversed as a whole when descending.
        QVector<Row> expected = m_rows;
        std::sort(expected.begin(), expected.end(), [](const Row &a, const Row &b) { return std::pair(a.amount, a.id) < std::pair(b.amount, b.id); });
        if (descending)
            std::reverse(expected.begin(), expected.end());
        const QVector<RecordRow> got = allPages(*m_case, q, pageSize);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].id, expected[i].id);
            QCOMPARE(got[i].values.at(2).toLongLong(), expected[i].amount);
        }
        // Offset paging gives the same order, page by page.
        for (qint64 offset = 0; offset < 600; offset += pageSize) {
            const auto page = recordPageAt(*m_case, q, offset, pageSize);
            QVERIFY(page.ok());
            for (qsizetype i = 0; i < page.value().size(); ++i)
                QCOMPARE(page.value()[i].id, expected[offset + i].id);
        }
    }

    void filtersRunInSql()
    {
        RecordQuery q;
        q.kind = RecordKind::Transactions;
        // Text: every third row says "safe account": i = 0, 3, ..., 597 -> 200 rows.
        q.filter.text = QStringLiteral("safe ACCOUNT");
        QCOMPARE(countRecords(*m_case, q).value(), 200);
        // Amount range on the absolute amount: |amount| in [600, 700] means i % 7 is 5 or 6. Of i = 0..599
        // (600 = 85 * 7 + 5), residues 0..4 occur 86 times and 5 and 6 occur 85 times: 170 rows.
        q.filter = {};
        q.filter.minAmountMinor = 600;
        q.filter.maxAmountMinor = 700;
        QCOMPARE(countRecords(*m_case, q).value(), 170);
        // Direction: credits are the even rows.
        q.filter = {};
        q.filter.direction = QStringLiteral("in");
        QCOMPARE(countRecords(*m_case, q).value(), 300);
        // Time: 09:00:00 to 09:29:59 local = rows 60..89.
        q.filter = {};
        q.filter.fromUtcMs = QDateTime(QDate(2024, 3, 1), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        q.filter.toUtcMs = QDateTime(QDate(2024, 3, 1), QTime(1, 29, 59), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(countRecords(*m_case, q).value(), 30);
        // Together with a sort: the first row of the window by descending amount among credits.
        q.filter.direction = QStringLiteral("in");
        q.sortColumn = 2;
        q.descending = true;
        const auto page = recordPage(*m_case, q, std::nullopt, 5);
        // Credits in 60..89 are the even i; the largest is 700 (i % 7 == 6: i = 62 and 76). Descending
        // order breaks the tie by descending id: row 76, then row 62, then the 600s (i % 7 == 5: 68, 82 -> 82 first).
        QCOMPARE(page.value().at(0).id, m_rows[76].id);
        QCOMPARE(page.value().at(1).id, m_rows[62].id);
        QCOMPARE(page.value().at(2).id, m_rows[82].id);
    }

    void entityFilterFollowsMerges()
    {
        const qint64 p0 = findEntity(*m_case, QStringLiteral("6222020000000100")).value();
        const qint64 p1 = findEntity(*m_case, QStringLiteral("6222020000000101")).value();
        RecordQuery q;
        q.kind = RecordKind::Transactions;
        q.filter.entities = {p0};
        QCOMPARE(countRecords(*m_case, q).value(), 120); // i % 5 == 0
        CaseSession session(std::move(m_case));
        QVERIFY(session.mergeEntities(p0, p1, 90, QStringLiteral("same holder")).ok());
        QCOMPARE(countRecords(session.caseFile(), q).value(), 240); // and i % 5 == 1
        QVERIFY(session.undo().ok());
        QCOMPARE(countRecords(session.caseFile(), q).value(), 120);
        // Give the case back to the other tests.
        auto reopened = CaseFile::open(m_dir.filePath(QStringLiteral("t.casebench")));
        QVERIFY(reopened.ok());
        m_case = std::move(reopened.value());
    }

    void oneLabelInTablesLedgerAndSearch()
    {
        const qint64 account = findEntity(*m_case, QStringLiteral("6222020000000001")).value();
        const QString label = entityLabel(*m_case, account);
        QCOMPARE(label, QStringLiteral("6222020000000001"));
        RecordQuery q;
        q.kind = RecordKind::Transactions;
        const auto page = recordPage(*m_case, q, std::nullopt, 1);
        QCOMPARE(page.value().first().values.at(1).toString(), label); // the table's Account column
        QCOMPARE(describeEntity(*m_case, account).label, label);       // the identity ledger
        // A counterparty reads the same in its column and through the view.
        const qint64 cp = findEntity(*m_case, QStringLiteral("6222020000000100")).value();
        QCOMPARE(page.value().first().values.at(5).toString(), entityLabel(*m_case, cp));
    }

    void entitiesFoundByAnyWrittenForm()
    {
        // The statement's account and its five counterparties: six accounts.
        EntityFilter all;
        QCOMPARE(findEntities(*m_case, all).value().size(), 6);
        EntityFilter f;
        f.text = QStringLiteral("6222 0200 0000 0001"); // as printed on a card, with spaces
        const auto found = findEntities(*m_case, f);
        QVERIFY2(found.ok(), qPrintable(found.status().message()));
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().label, QStringLiteral("6222020000000001"));
        QCOMPARE(found.value().first().identifiers, QStringList{QStringLiteral("account 6222020000000001")});
        f.text = QStringLiteral("000010"); // a fragment: the five counterparties 6222020000000100..104
        QCOMPARE(findEntities(*m_case, f).value().size(), 5);
        f.kinds = {QStringLiteral("phone")};
        QCOMPARE(findEntities(*m_case, f).value().size(), 0);
        // Details: where the identifier was first seen, and how many records name it.
        const auto d = entityDetail(*m_case, found.value().first().id);
        QVERIFY(d.ok());
        QCOMPARE(d.value().identifiers.first().sourceFile, QStringLiteral("st.csv"));
        QCOMPARE(d.value().identifiers.first().locator, QStringLiteral("line 2"));
        QCOMPARE(d.value().records.size(), 1);
        QCOMPARE(d.value().records.first().second, 600);
    }

    void eventsAcrossKindsInTimeOrder()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        // A call at 10:00:30, money at 10:00:00 and 10:01:00 (local +08:00): one time axis.
        const QString calls = cb::test::writeFile(dir, QStringLiteral("c.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-01T10:00:30+08:00,13800138000,13900139000,out,75,,,\n");
        const QString money = cb::test::writeFile(dir, QStringLiteral("m.csv"),
                                                  "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n"
                                                  "2024-03-01T10:00:00+08:00,6222020000000001,6222020000000002,X,-50.00,CNY,,,\n"
                                                  "2024-03-01T10:01:00+08:00,6222020000000001,6222020000000002,X,-70.00,CNY,,,\n");
        QCOMPARE(cb::test::import(*cf, calls).statusName(), QStringLiteral("imported"));
        QCOMPARE(cb::test::import(*cf, money).statusName(), QStringLiteral("imported"));
        using namespace cb::casefile::timeline;
        const qint64 from = QDateTime(QDate(2024, 3, 1), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch(), to = from + 3600000;
        const auto events = timeline::events(*cf, {}, from, to, {}, 100);
        QVERIFY2(events.ok(), qPrintable(events.status().message()));
        QCOMPARE(events.value().size(), 3);
        QCOMPARE(events.value()[0].kind, EventKind::Transactions);
        QCOMPARE(*events.value()[0].amountMinor, -5000);
        QCOMPARE(events.value()[0].offsetS, 8 * 3600);
        QCOMPARE(events.value()[1].kind, EventKind::Calls);
        QCOMPARE(*events.value()[1].durationS, 75);
        QCOMPARE(events.value()[1].locator, QStringLiteral("line 2"));
        QCOMPARE(events.value()[2].kind, EventKind::Transactions);
        // Limited to the calling party: only the call.
        const Lane caller{{findEntity(*cf, QStringLiteral("13800138000")).value()}};
        QCOMPARE(timeline::events(*cf, caller, from, to, {}, 100).value().size(), 1);
        qint64 total = 0;
        for (EventKind k : allEventKinds)
            total += countRange(*cf, caller, k, from, to).value();
        QCOMPARE(total, 1);
    }

    void recordPositionFollowsTheOrder()
    {
        // Five calls of one line, durations 30, 10, none, 20, 10 (ids 1..5). By duration (no duration sorts as
        // -1) ascending: 3, 2, 5, 4, 1 (equal keys by id); descending: 1, 4, 5, 2, 3.
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QByteArray csv = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";
        const char *durations[] = {"30", "10", "", "20", "10"};
        for (int i = 0; i < 5; ++i)
            csv += "2024-03-01T10:0" + QByteArray::number(i) + ":00+08:00,13800138000,13900139000,out," + durations[i] + ",,,\n";
        QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("p.csv"), csv)).statusName(), QStringLiteral("imported"));
        RecordQuery q;
        q.kind = RecordKind::Calls;
        int duration = -1;
        for (int c = 0; c < recordColumns(RecordKind::Calls).size(); ++c)
            if (QLatin1String(recordColumns(RecordKind::Calls).at(c).key) == u"duration")
                duration = c;
        QVERIFY(duration >= 0);
        q.sortColumn = duration;
        const QList<qint64> ascending{3, 2, 5, 4, 1}, descending{1, 4, 5, 2, 3};
        for (bool desc : {false, true}) {
            q.descending = desc;
            const QList<qint64> &order = desc ? descending : ascending;
            for (int pos = 0; pos < order.size(); ++pos) {
                QCOMPARE(recordPosition(*cf, q, order[pos]).value().value_or(-1), qint64(pos));
                QCOMPARE(recordPageAt(*cf, q, pos, 1).value().first().id, order[pos]); // what the table shows there
            }
        }
        // Storage order, and a filter that leaves the record out.
        q.sortColumn = -1;
        q.descending = false;
        QCOMPARE(recordPosition(*cf, q, 4).value().value_or(-1), 3);
        q.filter.text = QStringLiteral("no such text");
        QVERIFY(!recordPosition(*cf, q, 4).value().has_value());
    }

    void cancelledQueriesStop()
    {
        cb::Progress p;
        p.cancel();
        RecordQuery q;
        q.kind = RecordKind::Transactions;
        q.sortColumn = 8;
        const auto page = recordPage(*m_case, q, std::nullopt, 10, p);
        QVERIFY(!page.ok());
        QCOMPARE(page.status().code(), cb::ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
