// Hostile and broken inputs: each gives a clear file:locator message and the case is unchanged.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace cb::importers;

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void rejectedWholesale_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("locator");
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 131 + 7) % 256));
        QTest::newRow("empty") << QByteArray() << "the file is empty" << "";
        QTest::newRow("binary") << junk << "binary" << "";
        QTest::newRow("header only") << QByteArray("start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n")
                                     << "header but no data rows" << "line 2";
        QTest::newRow("unknown header") << QByteArray("foo,bar\n1,2\n") << "no known layout" << "line 1";
        QTest::newRow("no owner") << QByteArray("交易时间,交易金额,余额\n2024-01-01 10:00:00,1.00,2.00\n")
                                  << "whose account" << "line 2";
        QTest::newRow("all rows bad") << QByteArray("cell_id,lat,lon,azimuth,address\nA,north,south,0,x\nB,999,1,0,y\n")
                                      << "no row could be imported" << "";
        QTest::newRow("only blank lines") << QByteArray("\n\n\r\n\n") << "format was not recognised" << "";
    }
    void rejectedWholesale()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(QString, locator);
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString before = cb::test::fingerprint(*cf);
        ImportOptions ask; // as the workbench imports: a statement that names no account is asked about
        ask.askOwner = true;
        const auto r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("bad.csv"), bytes), ask);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY2(r.diagnostics.first().message.text().contains(message), qPrintable(r.diagnostics.first().message.text()));
        QCOMPARE(r.diagnostics.first().locator, locator);
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    void badRowsAreCountedNotImported()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        // Ragged row, bad date, bad amount, a truncated last row with an open quote.
        const QString f = cb::test::writeFile(dir, QStringLiteral("mixed.csv"),
            "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n"
            "2024-03-01T10:00:00+08:00,ACC1,,,-1.00,CNY,,,ok\n"
            "2024-03-01T10:00:00+08:00,ACC1\n"
            "2024-02-30T10:00:00+08:00,ACC1,,,-1.00,CNY,,,bad date\n"
            "2024-03-02T10:00:00+08:00,ACC1,,,lots,CNY,,,bad amount\n"
            "2024-03-02T10:00:00+08:00,ACC1,,,1.001,CNY,,,too precise\n"
            "2024-03-03T10:00:00+08:00,ACC1,,,2.00,CNY,,,\"truncated");
        const auto r = cb::test::import(*cf, f);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("rows_read")).toInt(), 6);
        QCOMPARE(r.certificate.value(QStringLiteral("rows_accepted")).toInt(), 1);
        QCOMPARE(r.certificate.value(QStringLiteral("rows_rejected")).toInt(), 5);
        QStringList seen;
        for (const auto &d : r.diagnostics)
            seen << d.locator + QStringLiteral(": ") + d.message.text();
        const QString all = seen.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("line 3: the row has 2 fields")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("line 4: cannot read the date/time \"2024-02-30T10:00:00+08:00\"")));
        QVERIFY(all.contains(QStringLiteral("line 5: the amount \"lots\" is not a number")));
        QVERIFY(all.contains(QStringLiteral("line 6: the amount \"1.001\" has more decimals than CNY allows")));
        QVERIFY(all.contains(QStringLiteral("line 7: a quoted field is not closed")));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM transactions").toInt(), 1);
    }

    // Statement lines a profile reads (statement_facts): an unreadable stated balance is a warning and the
    // movements still import; a user profile whose pattern does not compile is refused before any import.
    void brokenStatementLines()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString f = cb::test::writeFile(dir, QStringLiteral("st.csv"),
            "Account Number : 40817810000000000001,: EUR\n"
            "Balance at end of period,,,\"1..2\"\n"
            "Date,Label,Debit,Credit\n"
            "01/04/2020,A,-5.00,\n"
            "02/04/2020,B,,7.00\n"
            "Balance at start of period,,,--\n");
        const auto r = cb::test::import(*cf, f);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 2);
        QStringList warnings;
        for (const auto &d : r.diagnostics)
            if (d.severity == cb::casefile::Severity::Warning)
                warnings << d.locator + QStringLiteral(": ") + d.message.text();
        QCOMPARE(warnings, QStringList{QStringLiteral("line 1: cannot read the stated amount \"1..2\"")});
        // The footer's "--" is no amount: not a statement line, so it is reported as a row, not taken as a balance.
        const QJsonObject st = r.certificate[QStringLiteral("statements")].toArray().at(0).toObject();
        QVERIFY(!st.contains(QStringLiteral("opening_minor")));
        QVERIFY(!st.contains(QStringLiteral("closing_minor")));

        const QString before = cb::test::fingerprint(*cf);
        const QString profile = cb::test::writeFile(dir, QStringLiteral("p.json"),
            "{\"id\": \"mine\", \"kind\": \"transactions\", \"fields\": {\"date\": [\"Date\"], \"amount\": [\"Amount\"]},"
            " \"statement_facts\": [\"^Closing(?<closing>[0-9\"]}");
        ImportOptions opt;
        opt.profile = profile;
        opt.force = true; // the same file again: past the duplicate check, to the profile
        const auto bad = cb::test::import(*cf, f, opt);
        QCOMPARE(bad.statusName(), QStringLiteral("rejected"));
        QVERIFY2(bad.diagnostics.first().message.text().contains(QStringLiteral("bad statement_facts pattern")),
                 qPrintable(bad.diagnostics.first().message.text()));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    // A balance history with broken rows: each is rejected with its line and reason, an unreadable
    // value-dated balance is a warning, and a history that does not say whose account it is changes nothing.
    void brokenBalanceHistory()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("t.casebench"), QStringLiteral("Europe/Amsterdam"));
        const QByteArray bytes = "\"Datum\",\"Boeksaldo\",\"Valutair saldo\"\n"
                                 "\"2020-05-30\",\"13,20\",\"x\"\n"
                                 "\"2020-02-30\",\"13,20\",\"13,20\"\n"
                                 "\"2020-05-28\",\"\",\"13,20\"\n"
                                 "\"2020-05-27\",\"1e5\",\"13,20\"\n"
                                 "\"2020-05-26\"\n"
                                 "\"2020-05-25\",\"12,00\",\"12,00\"\n";
        const QString f = cb::test::writeFile(dir, QStringLiteral("saldo.csv"), bytes);
        const QString before = cb::test::fingerprint(*cf);
        const auto asks = cb::test::import(*cf, f);
        QCOMPARE(asks.statusName(), QStringLiteral("rejected"));
        QCOMPARE(asks.diagnostics.first().locator.isEmpty(), false);
        QCOMPARE(cb::test::fingerprint(*cf), before);
        ImportOptions opt;
        opt.owner = QStringLiteral("NL91ABNA0417164300");
        const auto r = cb::test::import(*cf, f, opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        const QJsonObject c = r.certificate;
        QCOMPARE((QList<int>{c[QStringLiteral("rows_read")].toInt(), c[QStringLiteral("rows_accepted")].toInt(),
                             c[QStringLiteral("rows_rejected")].toInt(), c[QStringLiteral("rows_skipped")].toInt()}), (QList<int>{6, 2, 3, 1}));
        QStringList problems;
        for (const auto &d : r.diagnostics)
            if (d.severity != cb::casefile::Severity::Info && d.locator.startsWith(QStringLiteral("line")))
                problems << d.locator + QStringLiteral(": ") + d.message.text();
        QCOMPARE(problems, (QStringList{QStringLiteral("line 2: the balance \"x\" is not a number and was ignored"),
                                        QStringLiteral("line 3: cannot read the date/time \"2020-02-30\""),
                                        QStringLiteral("line 4: the row states no balance"),
                                        QStringLiteral("line 5: the balance \"1e5\" is not a number")}));
        QCOMPARE(cf->db().scalar("SELECT group_concat(balance_minor || '/' || coalesce(value_balance_minor, '-'), ' ') FROM balances").toString(),
                 QStringLiteral("1320/- 1200/1200"));
    }

    void endlessRecordIsRefused()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString before = cb::test::fingerprint(*cf);
        // An opening quote that never closes, followed by 40 MB: the reader must stop, not swallow it all.
        QByteArray bytes = "cell_id,lat,lon,azimuth,address\nA,1,2,0,x\nB,1,2,0,\"";
        bytes += QByteArray(40 << 20, 'z');
        const auto r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("endless.csv"), bytes));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.diagnostics.first().message.text().contains(QStringLiteral("not delimited text")));
        QCOMPARE(r.diagnostics.first().locator, QStringLiteral("line 3"));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    void wrongEncodingIsDecodedNotCorrupted()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QStringEncoder gbk("GB18030");
        const QByteArray bytes = gbk(QStringLiteral("卡号：6222020000000000001\n交易时间,交易金额,借贷标志,对方户名\n"
                                                    "2024-03-01 10:00:00,100.00,贷,张三\n2024-03-01 11:00:00,30.00,借,李四\n"));
        const auto r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("gbk.csv"), bytes));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(cf->db().scalar("SELECT group_concat(counterparty_name) FROM transactions").toString(), QStringLiteral("张三,李四"));
        QCOMPARE(cf->db().scalar("SELECT sum(amount_minor) FROM transactions").toInt(), 7000);
    }

    // A million-digit "phone number" is not fed to libphonenumber (whose expressions take minutes on it): the
    // call is kept, the value stays text, and the warning names it by its first 40 digits only.
    void overlongNumberIsKeptAsText()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray csv = "start_time,subscriber,other_party,direction\n2024-03-01 10:00:00,13800000000," + QByteArray(1000000, '7')
                               + ",out\n2024-03-01 11:00:00,13800000000,13900000001,in\n";
        QElapsedTimer t;
        t.start();
        const auto r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("long.csv"), csv));
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed()))); // it took minutes before the bound
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("rows_accepted")).toInt(), 2);
        bool warned = false, cut = false;
        for (const QJsonValue &d : r.certificate.value(QStringLiteral("diagnostics")).toArray()) {
            const QString m = d[QStringLiteral("message")].toString();
            QVERIFY2(m.size() < 200, qPrintable(m.left(200)));
            warned = warned || m.contains(QStringLiteral("65536 characters: too long for an identifier"));
            cut = cut || m.contains(QStringLiteral("the other party was 1000000 characters long and was cut to the first 65536"));
        }
        QVERIFY(warned); // the text kept is capped first, then refused as an identifier
        QVERIFY(cut);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM identifiers WHERE length(value) > 64").toLongLong(), 0);
    }

    void hugeFieldDoesNotExplode()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QByteArray csv = "cell_id,lat,lon,azimuth,address\nA,1,2,0,\"" + QByteArray(8 << 20, 'x') + "\"\nB,1,2,0,y\n";
        const auto r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("huge.csv"), csv));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("rows_accepted")).toInt(), 2);
        // Stored text is capped at 64 Ki characters, with a warning that says how long the field was.
        QCOMPARE(cf->db().scalar("SELECT max(length(address)) FROM cell_sites").toInt(), 65536);
        QCOMPARE(r.certificate.value(QStringLiteral("warnings")).toInt(), 1);
        QVERIFY(r.diagnostics.first().message.text().contains(QStringLiteral("the address was 8388608 characters long and was cut to the first 65536")));
    }

    // An OFX <NAME> of 4 million characters: cut where it is read (not copied whole into the row, the
    // entity's name and the search index), with the tag and the length in the warning.
    void hugeOfxNameIsCut()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray ofx = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR"
                               "<BANKACCTFROM><BANKID>1<ACCTID>12345678</BANKACCTFROM><BANKTRANLIST>"
                               "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240301<TRNAMT>-10.00<FITID>1<NAME>" + QByteArray(4 << 20, 'N') +
                               "</STMTTRN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240302<TRNAMT>5.00<FITID>2<NAME>Short</STMTTRN>"
                               "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
        const auto r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("huge.ofx"), ofx));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("rows_accepted")).toInt(), 2);
        QCOMPARE(cf->db().scalar("SELECT max(length(counterparty_name)) FROM transactions").toInt(), 65536);
        QString all;
        for (const auto &d : r.diagnostics)
            all += d.message.text() + u'\n';
        QVERIFY2(all.contains(QStringLiteral("the <NAME> value was 4194304 characters long and was cut to the first 65536")), qPrintable(all.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
