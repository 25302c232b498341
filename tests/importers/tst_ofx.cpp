// OFX/QFX: the shared corpus (figures checked by reading each file's <TRNAMT>, <CURDEF> and <BALAMT>) and quirks.
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace cb::importers;

class TestOfx : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("transactions");
        QTest::addColumn<int>("statements");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("debit");
        QTest::addColumn<qint64>("ledger"); // first statement's LEDGERBAL, minor units; -1: none
        QTest::newRow("oca iban, 2 accounts") << "oca_test_ofx_iban.ofx" << 4 << 2 << "USD" << qint64(0) << qint64(36000) << qint64(215656);
        QTest::newRow("checking (QFX INTU.BID)") << "ofxparse_checking.ofx" << 3 << 1 << "USD" << qint64(1) << qint64(5951) << qint64(10099);
        // Brokerage cash movements carry <CURRENCY><CURSYM>USD in a CAD statement: the amounts are in USD.
        QTest::newRow("investment cash") << "ofxparse_investment_medium.ofx" << 3 << 1 << "USD" << qint64(335) << qint64(730) << qint64(-1);
        QTest::newRow("one-line body, empty tags") << "ofxparse_ofx-v102-empty-tags.ofx" << 1 << 1 << "AUD" << qint64(1234) << qint64(0) << qint64(-1);
        QTest::newRow("suncorp xml crlf") << "ofxparse_suncorp.ofx" << 1 << 1 << "AUD" << qint64(0) << qint64(1685) << qint64(123412);
        QTest::newRow("credit mutuel") << "ofxparser_ofxdata-cmfr.ofx" << 42 << 1 << "EUR" << qint64(770798) << qint64(2119957) << qint64(1000000);
        QTest::newRow("raw ampersand") << "ofxparser_ofxdata-memoWithAmpersand.ofx" << 16 << 1 << "BRL" << qint64(112787) << qint64(73405) << qint64(-73405);
        QTest::newRow("xml") << "ofxparser_ofxdata-xml.ofx" << 3 << 1 << "USD" << qint64(35000) << qint64(10000) << qint64(525000);
        QTest::newRow("banque populaire 1252") << "ofxstatement-french_BPACA_OP_20220717.ofx" << 63 << 2 << "EUR" << qint64(1390845) << qint64(1461061) << qint64(151881);
        QTest::newRow("nubank credit card") << "ofxtools_br_nubank_cc.ofx" << 6 << 1 << "BRL" << qint64(0) << qint64(128091) << qint64(-128091);
    }
    void corpus()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QFETCH(QString, file);
        QFETCH(int, transactions);
        QFETCH(int, statements);
        QFETCH(QString, currency);
        QFETCH(qint64, credit);
        QFETCH(qint64, debit);
        QFETCH(qint64, ledger);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const auto r = cb::test::import(*cf, dir + QStringLiteral("/ofx/") + file);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.format, QStringLiteral("ofx"));
        const QJsonObject c = r.certificate;
        cb::test::compareStatementFigures(c, transactions, statements, currency, credit, debit);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject st = c[QStringLiteral("statements")].toArray().at(0).toObject();
        QCOMPARE(st.contains(QStringLiteral("closing_minor")) ? st[QStringLiteral("closing_minor")].toInteger() : qint64(-1), ledger);
    }

    void balancesOnlyStatementImports()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        // Two accounts, no transactions: the statements (and their ledger balances 111 and 222) are still evidence.
        const auto r = cb::test::import(*cf, dir + QStringLiteral("/ofx/ofxparse_multiple_accounts2.ofx"));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("statements")].toArray().size(), 2);
        QCOMPARE(r.certificate[QStringLiteral("statements")][1][QStringLiteral("closing_minor")].toInteger(), 22200);
    }

    void quirks()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("q.casebench"), QStringLiteral("UTC"));
        const QByteArray ofx =
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n"
            "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>X<ACCTID>DE89370400440532013000"
            "<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>"
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240301120000.000[-3:BRT]<TRNAMT>-12,50<FITID>1<NAME>Caf\xe9 & Bar &amp; Co"
            "<BANKACCTTO><ACCTID>GB82WEST12345698765432</BANKACCTTO></STMTTRN>"
            "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240230<TRNAMT>5.00<FITID>2</STMTTRN>"
            "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240302<TRNAMT>lots<FITID>3</STMTTRN>"
            "</BANKTRANLIST><LEDGERBAL><BALAMT>87.50<DTASOF>20240302</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        const auto r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("q.ofx"), ofx));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_read")].toInt(), 3);
        QCOMPARE(r.certificate[QStringLiteral("rows_rejected")].toInt(), 2); // 30 February, "lots"
        QCOMPARE(cf->db().scalar("SELECT amount_minor || '|' || counterparty_name || '|' || time_utc || '|' || utc_offset FROM transactions").toString(),
                 QStringLiteral("-1250|Café & Bar & Co|1709305200000|-10800")); // 12:00 at UTC-3 is 15:00Z
        QCOMPARE(cf->db().scalar("SELECT i.value FROM transactions t JOIN identifiers i ON i.entity_id = t.counterparty_id").toString(),
                 QStringLiteral("GB82WEST12345698765432"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM identifiers WHERE type = 'iban'").toInt(), 2);
    }

    void truncatedAndHostile()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString before = cb::test::fingerprint(*cf);
        // Refused by the depth guard, with its reason: without it this file would be refused too, for
        // holding no statement, and the guard's loss would go unnoticed.
        QByteArray deep = "OFXHEADER:100\n<OFX>";
        for (int i = 0; i < 100000; ++i)
            deep += "<A>";
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("deep.ofx"), deep));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(!r.diagnostics.isEmpty());
        QCOMPARE(r.diagnostics.first().message.text(), QStringLiteral("the file nests elements deeper than any OFX file does"));
        QCOMPARE(r.diagnostics.first().locator, QStringLiteral("line 2"));
        QCOMPARE(cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("cut.ofx"), "OFXHEADER:100\n<OFX><BANKMSGSRSV1><STMTTRNRS><STM")).statusName(),
                 QStringLiteral("rejected"));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }
};

CB_TEST_GUILESS_MAIN(TestOfx)
#include "tst_ofx.moc"
