// The case worker: the calling thread hands work over and runs no SQL itself; reads and writes come back
// as futures, the session's change and undo announcements arrive on the caller's thread, and a
// cancelled query stops.
#include "casefile.h"
#include "entitylinks.h"
#include "query/recordmodel.h"
#include "session/caseworker.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cb::casefile;

class TestWorker : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        auto cf = cb::test::newCase(m_dir);
        m_path = cf->path();
        QByteArray csv = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";
        // A call every 30 s from 08:00 (+08:00), to one of 40 numbers in turn, lasting i % 90 seconds.
        const QDateTime start(QDate(2024, 3, 1), QTime(8, 0), QTimeZone(8 * 3600));
        for (int i = 0; i < 1000; ++i)
            csv += QStringLiteral("%1,13800138000,139%2,out,%3,,,\n")
                       .arg(start.addSecs(30 * i).toString(Qt::ISODate)).arg(10000000 + i % 40).arg(i % 90).toUtf8();
        QCOMPARE(cb::test::import(*cf, cb::test::writeFile(m_dir, QStringLiteral("c.csv"), csv)).statusName(), QStringLiteral("imported"));
    }

    void readsWritesAndAnnouncementsWithoutSqlOnTheCallingThread()
    {
        const quint64 before = sql::statementsOnThisThread();
        CaseWorker worker;
        auto opened = worker.open(m_path, QStringLiteral("Det. Li"));
        opened.waitForFinished();
        QVERIFY2(opened.result().ok(), qPrintable(opened.result().status().message()));
        QTRY_VERIFY(worker.isOpen());
        QCOMPARE(worker.info().settings.timezone, QStringLiteral("Asia/Shanghai"));
        auto counts = worker.read<Counts>([](CaseFile &cf, const cb::Progress &) { return cf.counts(); });
        QCOMPARE(counts.result().calls, 1000);

        QSignalSpy changed(&worker, &CaseWorker::changed);
        QSignalSpy undoState(&worker, &CaseWorker::undoStateChanged);
        auto written = worker.write<cb::Status>([](CaseSession &s, const cb::Progress &) {
            const qint64 e = findEntity(s.caseFile(), QStringLiteral("13800138000")).value();
            return s.setRole(e, Role::Subject, QStringLiteral("the target line"));
        });
        QVERIFY(written.result().ok());
        QTRY_COMPARE(changed.size(), 1); // delivered on this thread, by the event loop
        QVERIFY(changed.first().at(0).value<Change>().touches(ObjectKind::Roles));
        QTRY_VERIFY(worker.canUndo());
        QCOMPARE(worker.undoText(), QStringLiteral("Set role"));
        // Who made the edit is the worker's actor.
        auto actor = worker.read<QString>([](CaseFile &cf, const cb::Progress &) { return cf.db().scalar("SELECT actor FROM roles").toString(); });
        QCOMPARE(actor.result(), QStringLiteral("Det. Li"));
        QVERIFY(worker.undo().result().ok());
        QTRY_VERIFY(!worker.canUndo() && worker.canRedo());
        auto roles = worker.read<qint64>([](CaseFile &cf, const cb::Progress &) { return cf.db().scalar("SELECT count(*) FROM roles").toLongLong(); });
        QCOMPARE(roles.result(), 0);
        // None of it ran a statement on this thread.
        QCOMPARE(sql::statementsOnThisThread(), before);
    }

    void cancelledReadStops()
    {
        CaseWorker worker;
        QVERIFY(worker.open(m_path).result().ok());
        cb::Progress token;
        // A query that would run for minutes: counting to a billion.
        auto slow = worker.read<cb::Result<qint64>>([](CaseFile &cf, const cb::Progress &p) -> cb::Result<qint64> {
            sql::Interruptible guard(cf.db(), p);
            sql::Statement st(cf.db(), "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n");
            if (!st.step())
                return guard.status(st.status());
            return st.int64(0);
        }, token);
        QTest::qWait(100);
        token.cancel();
        QVERIFY(slow.result().status().is(cb::ErrorCode::Cancelled));
        // The worker goes on serving after a cancelled query.
        QCOMPARE(worker.read<int>([](CaseFile &cf, const cb::Progress &) { return int(cf.counts().calls); }).result(), 1000);
    }

    void refusesWhatIsNotACase()
    {
        CaseWorker worker;
        const QString junk = cb::test::writeFile(m_dir, QStringLiteral("junk.casebench"), "not a database at all");
        const auto opened = worker.open(junk).result();
        QVERIFY(!opened.ok());
        QVERIFY(!worker.isOpen());
        // Work handed over anyway is refused, not crashed on.
        QVERIFY(worker.write<cb::Status>([](CaseSession &, const cb::Progress &) { return cb::Status(); }).result().is(cb::ErrorCode::NotACase));
    }

    void windowedModelFollowsSortsAndChanges()
    {
        CaseWorker worker;
        QVERIFY(worker.open(m_path).result().ok());
        const quint64 before = sql::statementsOnThisThread();
        RecordModel model(&worker, RecordKind::Calls);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(model.loadedRows(), RecordModel::kPageSize); // the first page comes with the count
        // Row 999 is fetched when asked for, and not before.
        QCOMPARE(model.index(999, 0).data(RecordModel::LoadedRole).toBool(), false);
        model.index(999, 0).data();
        QTRY_VERIFY(model.index(999, 0).data(RecordModel::LoadedRole).toBool());
        // Sorted by duration (column 4), descending: the longest call (89 s) comes first.
        QSignalSpy done(&model, &RecordModel::loadingFinished);
        model.sort(4, Qt::DescendingOrder);
        QTRY_VERIFY(!done.isEmpty());
        QCOMPARE(model.index(0, 4).data().toLongLong(), 89);
        // A filter runs in SQL: other party 13910000000 is every 40th call (i % 40 == 0): 25 calls.
        RecordFilter f;
        f.text = QStringLiteral("13910000000");
        model.setFilter(f);
        QTRY_COMPARE(model.rowCount(), 25);
        QCOMPARE(sql::statementsOnThisThread(), before);
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
