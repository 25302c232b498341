// A child process importing a large file is killed (SIGKILL) at random points: the case must open,
// pass PRAGMA integrity_check, and hold either all or none of that file.
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedImportsAreAllOrNothing()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        const qint64 rows = qEnvironmentVariableIntValue("CASEBENCH_CRASH_ROWS") > 0 ? qEnvironmentVariableIntValue("CASEBENCH_CRASH_ROWS") : 200000;
        QVERIFY(cb::importers::synthetic::writeCallRecords(big, rows, 50, 7).ok());
        const QString c = dir.filePath(QStringLiteral("crash.casebench"));
        {
            auto cf = cb::test::newCase(dir, QStringLiteral("crash.casebench"));
            const QString small = cb::test::writeFile(dir, QStringLiteral("small.csv"), "cell_id,lat,lon,azimuth,address\nA,1,2,0,x\n");
            QCOMPARE(cb::test::import(*cf, small).statusName(), QStringLiteral("imported"));
        }
        // Time one full import to spread the kills over its whole length.
        qint64 fullMs = 0;
        {
            QTemporaryDir other;
            QFile::copy(c, other.filePath(QStringLiteral("t.casebench")));
            QElapsedTimer t;
            t.start();
            QCOMPARE(cb::test::runCasebench({QStringLiteral("import"), other.filePath(QStringLiteral("t.casebench")), big}, 600000).code, 0);
            fullMs = t.elapsed();
        }
        QRandomGenerator rng(20240301);
        int none = 0;
        for (int round = 0; round < 6; ++round) {
            // Every round starts from the same case (one small source), killed at a different moment.
            const QString target = dir.filePath(QStringLiteral("round%1.casebench").arg(round));
            QVERIFY(QFile::copy(c, target));
            QProcess p;
            p.start(QStringLiteral(CASEBENCH_BIN), {QStringLiteral("import"), target, big});
            QVERIFY(p.waitForStarted());
            QTest::qWait(int(rng.bounded(qint64(10), qMax<qint64>(fullMs * 6 / 10, 20))));
            // QProcess::kill() is SIGKILL on Unix, and does nothing once the child has exited (a raw
            // kill(processId()) would then be kill(0): the whole process group, ctest included).
            p.kill();
            p.waitForFinished();
            auto cf = cb::casefile::CaseFile::open(target);
            QVERIFY2(cf.ok(), qPrintable(cf.status().message()));
            QCOMPARE(cf.value()->db().scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
            const qint64 calls = cf.value()->db().scalar("SELECT count(*) FROM calls").toLongLong();
            const qint64 sources = cf.value()->db().scalar("SELECT count(*) FROM sources").toLongLong();
            QVERIFY2(calls == 0 || calls == rows, qPrintable(QStringLiteral("partial import: %1 calls").arg(calls)));
            QCOMPARE(sources, calls == 0 ? 1 : 2);
            QCOMPARE(cf.value()->db().scalar("SELECT count(*) FROM cell_sites").toInt(), 1); // earlier data intact
            QCOMPARE(cf.value()->db().scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'calls'").toInt(), 2);
            QVERIFY(cf.value()->verifyAuditChain().ok());
            none += calls == 0 ? 1 : 0;
        }
        QVERIFY2(none > 0, "no kill landed during the import");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
