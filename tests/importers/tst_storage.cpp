// Where the case lives: a disk that fills while an import is written out into the case file, and a
// folder where the case's working files (-wal, -shm) cannot be made. Each is said plainly and nothing
// committed is lost.
#include "casefile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace cb;
using namespace cb::importers;
using cb::casefile::CaseFile;

namespace {
QByteArray statement(int rows, int day)
{
    QList<cb::test::BankLine> lines;
    for (int i = 0; i < rows; ++i)
        lines.append({QStringLiteral("2024-03-%1 %2:%3:00").arg(day, 2, 10, QLatin1Char('0')).arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                          .arg(i % 60, 2, 10, QLatin1Char('0')).toLatin1(),
                      "6222020000000001", "6222020000000002", "-1.00", "", "a payment with some words in its description"});
    return cb::test::bankCsv(lines);
}

// Makes a folder unwritable even for root (the immutable attribute), or for a user (mode 0555).
bool lockFolder(const QString &dir, bool lock)
{
    if (geteuid() != 0)
        return QFile::setPermissions(dir, lock ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                               : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QProcess::execute(QStringLiteral("chattr"), {lock ? QStringLiteral("+i") : QStringLiteral("-i"), dir}) == 0;
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    // The case file may not grow (a file size limit stands in for a full disk): the import commits into the
    // -wal, but writing it out into the case file fails. The import says so (exit status aside, the report
    // is "imported" but not written out), and the case opens with every row once the -wal is beside it.
    void diskFullWhileWritingOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.casebench"));
        qint64 before = 0;
        {
            auto cf = cb::test::newCase(dir);
            QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("a.csv"), statement(20000, 1))).statusName(),
                     QStringLiteral("imported"));
            before = QFileInfo(path).size();
        }
        const QString second = cb::test::writeFile(dir, QStringLiteral("b.csv"), statement(1500, 2));
        auto cf = CaseFile::open(path);
        QVERIFY(cf.ok());
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = old;
        limited.rlim_cur = rlim_t(before); // the case file cannot grow; the -wal (far smaller) can be written
        setrlimit(RLIMIT_FSIZE, &limited);
        const FileReport r = cb::test::import(*cf.value(), second);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.writtenOut, false);
        QCOMPARE(r.toJson().value(QStringLiteral("written_out")).toBool(true), false);
        QVERIFY2(r.diagnostics.first().message.text().contains(QStringLiteral("could not be written out")), qPrintable(r.diagnostics.first().message.text()));
        QVERIFY(r.diagnostics.first().message.text().contains(QStringLiteral("t.casebench-wal")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        cf.value().reset();
        // With room again the case opens whole: both statements' rows are there.
        auto again = CaseFile::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->db().scalar("SELECT count(*) FROM transactions").toInt(), 21500);
        QVERIFY(again.value()->writeOut().ok());
    }

    // Another connection in the middle of a read (a workbench's table, a colleague's window) keeps the
    // checkpoint from copying what it may still need: the import is committed and nothing is wrong, but the
    // case file alone does not hold it yet. The report says so (written_out false, "readers", an Info note,
    // not the disk-full error); once the reader lets go, the next write-out makes the file whole.
    void readerKeepsPartInTheWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.casebench"));
        {
            auto cf = cb::test::newCase(dir);
            QCOMPARE(cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("a.csv"), statement(200, 1))).statusName(), QStringLiteral("imported"));
        }
        auto cf = CaseFile::open(path);
        QVERIFY(cf.ok());
        auto reader = CaseFile::open(path, CaseFile::Access::ReadOnly);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->db().exec("BEGIN").ok());
        QCOMPARE(reader.value()->db().scalar("SELECT count(*) FROM transactions").toInt(), 200); // its snapshot is held
        const FileReport r = cb::test::import(*cf.value(), cb::test::writeFile(dir, QStringLiteral("b.csv"), statement(300, 2)));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.writtenOut, false);
        QCOMPARE(r.writeOutFailed, false);
        QCOMPARE(r.toJson().value(QStringLiteral("written_out_pending")).toString(), QStringLiteral("readers"));
        QCOMPARE(r.diagnostics.first().severity, cb::casefile::Severity::Info);
        QVERIFY(r.diagnostics.first().message.text().contains(QStringLiteral("another connection is reading")));
        QVERIFY(reader.value()->db().exec("COMMIT").ok());
        bool complete = false;
        QVERIFY(cf.value()->writeOut(&complete).ok());
        QVERIFY(complete);
        // The file alone now holds both statements: copied without its -wal, it opens with every row.
        const QString alone = dir.filePath(QStringLiteral("alone.casebench"));
        QVERIFY(QFile::copy(path, alone));
        auto copy = CaseFile::open(alone);
        QVERIFY(copy.ok());
        QCOMPARE(copy.value()->db().scalar("SELECT count(*) FROM transactions").toInt(), 500);
    }

    // A case in a folder where its -wal and -shm cannot be made: the message names the folder and what to
    // do, not "not a Casebench case file".
    void unwritableFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/t.casebench");
        {
            auto cf = CaseFile::create(path, {QStringLiteral("test"), QStringLiteral("UTC"), QStringLiteral("CN"), QStringLiteral("tester")});
            QVERIFY(cf.ok());
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        if (!lockFolder(folder, true))
            QSKIP("cannot make a folder unwritable here (chattr needs CAP_LINUX_IMMUTABLE as root)");
        auto cf = CaseFile::open(path);
        lockFolder(folder, false);
        QVERIFY(!cf.ok());
        QVERIFY2(cf.status().message().contains(QStringLiteral("is not writable")), qPrintable(cf.status().message()));
        QVERIFY(cf.status().message().contains(QStringLiteral("t.casebench-wal")));
        QVERIFY(!cf.status().is(ErrorCode::NotACase));
        QVERIFY(CaseFile::open(path).ok()); // unlocked, it opens
    }
};

CB_TEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
