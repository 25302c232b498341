// The import pipeline reports why a file was not imported as a code the workbench decides by (ask for the
// account, the currency, the password; say it is a duplicate; stop quietly on cancel), and the case is
// unchanged each time.
#include "common/recordbatcher.h"
#include "pipeline/pipeline.h"
#include "testsupport.h"

#include <QTest>

using namespace cb;
using namespace cb::importers;

class TestPipeline : public QObject
{
    Q_OBJECT
private slots:
    void rejectionsCarryTheirCode_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("codeName");
        // A Chinese statement export that names no account: only the investigator knows whose it is.
        QTest::newRow("needs account") << QByteArray("st.csv") << QByteArray("交易时间,交易金额,余额\n2024-01-01 10:00:00,1.00,2.00\n")
                                       << QString() << int(ErrorCode::NeedsAccount) << QStringLiteral("needs_account");
        // bandicoot's per-user metadata: the user's own number is nowhere in the file.
        QTest::newRow("needs subscriber") << QByteArray("cdr.csv")
                                          << QByteArray("interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
                                                        "call,out,13900139000,2024-03-01 10:00:00,60,a1\n")
                                          << QString() << int(ErrorCode::NeedsSubscriber) << QStringLiteral("needs_subscriber");
        // QIF carries no currency at all.
        QTest::newRow("needs currency") << QByteArray("a.qif")
                                        << QByteArray("!Account\nNChecking 6222020000000001\nTBank\n^\n!Type:Bank\nD03/01/2024\nT-50.00\nPShop\n^\n")
                                        << QString() << int(ErrorCode::NeedsCurrency) << QStringLiteral("needs_currency");
        // A header nothing knows.
        QTest::newRow("unknown layout") << QByteArray("x.csv") << QByteArray("nothing,here\n1,2\n") << QString() << int(ErrorCode::UnknownLayout)
                                        << QStringLiteral("unknown_layout");
        // Binary noise.
        QTest::newRow("unknown format") << QByteArray("x.bin") << QByteArray("\x00\x01\x02\x03\xff\xfe\x00\x00", 8) << QString()
                                        << int(ErrorCode::UnknownFormat) << QStringLiteral("unknown_format");
    }
    void rejectionsCarryTheirCode()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, codeName);
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString before = cb::test::fingerprint(*cf);
        ImportOptions ask; // as the workbench imports: a statement that names no account is asked about
        ask.askOwner = true;
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QString::fromUtf8(name), bytes), ask);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QCOMPARE(int(r.code), code);
        QCOMPARE(r.toJson().value(QStringLiteral("code")).toString(), codeName);
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    void duplicatesAndCancelsCarryTheirCode()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString f = cb::test::writeFile(dir, QStringLiteral("c.csv"),
                                              "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                              "2024-03-01T10:00:30+08:00,13800138000,13900139000,out,75,,,\n");
        QCOMPARE(cb::test::import(*cf, f).code, ErrorCode::None);
        const QString before = cb::test::fingerprint(*cf);
        const FileReport dup = cb::test::import(*cf, f);
        QCOMPARE(dup.outcome, FileReport::Outcome::Duplicate);
        QCOMPARE(dup.code, ErrorCode::Duplicate);
        // One token cancels: a cancelled Progress stops the import before anything is kept.
        const QString other = cb::test::writeFile(dir, QStringLiteral("d.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-02T10:00:30+08:00,13800138000,13900139000,out,75,,,\n");
        Progress token;
        token.cancel();
        ImporterRegistry registry;
        const FileReport cancelled = importFile(*cf, other, {}, registry, token);
        QCOMPARE(cancelled.outcome, FileReport::Outcome::Cancelled);
        QCOMPARE(cancelled.code, ErrorCode::Cancelled);
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    void encryptedPdfNeedsItsPassword()
    {
        const QString data = cb::test::testdataDir();
        if (data.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString pdf = data + QStringLiteral("/pdf/monopoly_protected.pdf");
        QCOMPARE(cb::test::import(*cf, pdf).code, ErrorCode::NeedsPassword);
        ImportOptions wrong;
        wrong.password = QStringLiteral("wrong");
        QCOMPARE(cb::test::import(*cf, pdf, wrong).code, ErrorCode::WrongPassword);
    }

    void batcherSendsFullBatchesThenTheRest()
    {
        // Records handed over one at a time reach the sink in batches of kBatch (all kinds flushed
        // together), the rest on flush(), and what a batcher still holds when it goes is not lost.
        struct Counting : casefile::RecordSink
        {
            QList<qsizetype> calls, messages;
            void addTransactions(std::span<const casefile::TransactionRecord>) override {}
            void addCalls(std::span<const casefile::CallRecord> b) override { calls << qsizetype(b.size()); }
            void addMessages(std::span<const casefile::MessageRecord> b) override { messages << qsizetype(b.size()); }
            void addCellSites(std::span<const casefile::CellSiteRecord>) override {}
            void rowsRead(qint64) override {}
            void rowRejected(const QString &, const casefile::Message &) override {}
            void rowSkipped(const QString &, const casefile::Message &) override {}
            void diagnostic(const casefile::Diagnostic &) override {}
        } sink;
        const qsizetype n = RecordBatcher::kBatch;
        {
            RecordBatcher batch(sink);
            for (qsizetype i = 0; i < 2 * n + 5; ++i)
                batch.add(casefile::CallRecord{});
            batch.add(casefile::MessageRecord{});
            QCOMPARE(sink.calls, (QList<qsizetype>{n, n}));
            QCOMPARE(batch.held(), size_t(6));
            batch.flush();
            QCOMPARE(sink.calls, (QList<qsizetype>{n, n, 5}));
            QCOMPARE(sink.messages, QList<qsizetype>{1});
            batch.add(casefile::MessageRecord{});
        }
        QCOMPARE(sink.messages, (QList<qsizetype>{1, 1}));
    }

    void progressScalesIntoItsParentsRange()
    {
        // An archive's member reports into its slice of the archive's bar: member 2 of 4 at half is 0.375.
        QList<double> seen;
        const Progress archive([&seen](double f) {
            seen << f;
            return true;
        });
        const Progress member = archive.scaled(0.25, 0.5);
        QVERIFY(member.report(0.5));
        QCOMPARE(seen.last(), 0.375);
        QVERIFY(member.scaled(0.5, 1.0).report(1.0));
        QCOMPARE(seen.last(), 0.5);
        QVERIFY(member.report(qint64(3), qint64(4)));
        QCOMPARE(seen.last(), 0.4375);
        // A callback that says stop cancels every copy.
        const Progress stopping([](double f) { return f < 0.5; });
        const Progress part = stopping.scaled(0.0, 0.5);
        QVERIFY(part.report(0.9)); // 0.45 of the whole
        QVERIFY(!part.report(1.0));
        QVERIFY(stopping.isCancelled());
    }
};

CB_TEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
