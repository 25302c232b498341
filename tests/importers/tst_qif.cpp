// QIF: the shared corpus (figures checked by reading the files) and the date styles seen in the wild.
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace cb::importers;

class TestQif : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QList<int>>("rows"); // read, accepted, skipped
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("debit");
        QTest::addColumn<QString>("from");
        // Cash section of "My Cash" (DD/MM dates: 23/10/2013) plus two investment records that are not movements.
        QTest::newRow("qifparse file") << "qifparse_file.qif" << "" << QList<int>{5, 3, 2} << qint64(3100) << qint64(5450) << "2013-10-11";
        QTest::newRow("transactions only") << "qifparse_transactions_only.qif" << "1234567890" << QList<int>{3, 3, 0} << qint64(3100)
                                           << qint64(5450) << "2013-10-11";
        // US M/D/YY without padding (8/15/13 decides the order), "T-1,000.00" thousands separator.
        QTest::newRow("oca bank") << "oca_test_qif.qif" << "1234567890" << QList<int>{5, 5, 0} << qint64(0) << qint64(189609) << "2013-03-03";
    }
    void corpus()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QFETCH(QString, file);
        QFETCH(QString, account);
        QFETCH(QList<int>, rows);
        QFETCH(qint64, credit);
        QFETCH(qint64, debit);
        QFETCH(QString, from);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("q.casebench"), QStringLiteral("UTC"));
        ImportOptions opt;
        opt.currency = QStringLiteral("USD");
        opt.owner = account;
        const auto r = cb::test::import(*cf, dir + QStringLiteral("/qif/") + file, opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        const QJsonObject c = r.certificate;
        QCOMPARE((QList<int>{c[QStringLiteral("rows_read")].toInt(), c[QStringLiteral("rows_accepted")].toInt(),
                             c[QStringLiteral("rows_skipped")].toInt()}), rows);
        const QJsonObject t = c[QStringLiteral("totals")].toArray().at(0).toObject();
        QCOMPARE(t[QStringLiteral("credit_minor")].toInteger(), credit);
        QCOMPARE(t[QStringLiteral("debit_minor")].toInteger(), debit);
        QVERIFY(c[QStringLiteral("period")][QStringLiteral("from")].toString().startsWith(from));
    }

    void dateStylesAndRefusals()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("q.casebench"), QStringLiteral("UTC"));
        const QString f = cb::test::writeFile(tmp, QStringLiteral("styles.qif"),
            "!Account\nNChecking 0532013000\nTBank\n^\n!Type:Bank\n"
            "D7/12/97\nT1,234.56\nPSalary\n^\n"
            "D1/ 1'01\nT-10\n^\n"
            "D12/25/101\nT-2.5\n^\n"
            "D2/30/2004\nT-1\n^\n"
            "D3/1/2004\nTabc\n^\n");
        ImportOptions opt;
        QCOMPARE(cb::test::import(*cf, f, opt).statusName(), QStringLiteral("rejected")); // no currency in QIF
        opt.currency = QStringLiteral("USD");
        const auto r = cb::test::import(*cf, f, opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_rejected")].toInt(), 2); // 30 February, "abc"
        QCOMPARE(cf->db().scalar("SELECT group_concat(value_date || '=' || amount_minor) FROM "
                                 "(SELECT value_date, amount_minor FROM transactions ORDER BY id)").toString(),
                 QStringLiteral("1997-07-12=123456,2001-01-01=-1000,2001-12-25=-250"));
        QCOMPARE(cf->db().scalar("SELECT value FROM identifiers WHERE type = 'account'").toString(), QStringLiteral("CHECKING0532013000"));
    }
};

CB_TEST_GUILESS_MAIN(TestQif)
#include "tst_qif.moc"
