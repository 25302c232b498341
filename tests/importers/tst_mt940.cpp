// SWIFT MT940/MT942: the shared corpus (figures checked by reading each file) and the quirks the format has.
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace cb::importers;

class TestMt940 : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("transactions");
        QTest::addColumn<int>("statements");
        QTest::addColumn<int>("breaks"); // statements whose opening + movements != closing, as the file states them
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("debit");
        // :60F: C0,00 and :62F: C0,00 around one D12,35: the fixture itself does not add up.
        QTest::newRow("commerzbank") << "jejik_commerzbank.txt" << 1 << 1 << 1 << "EUR" << qint64(0) << qint64(1235);
        QTest::newRow("deutschebank") << "jejik_deutschebank.txt" << 1 << 1 << 1 << "EUR" << qint64(0) << qint64(1235);
        QTest::newRow("sparkasse") << "jejik_sparkasse.txt" << 2 << 2 << 0 << "EUR" << qint64(0) << qint64(4000);
        // 4975,09 - 15,70 - 700,00 = 4259,39, but :62F: says 4370,79.
        QTest::newRow("triodos") << "jejik_triodos.txt" << 2 << 1 << 1 << "EUR" << qint64(0) << qint64(71570);
        QTest::newRow("betterplace sepa") << "wolph_betterplace_sepa_mt9401.sta" << 97 << 26 << 0 << "EUR" << qint64(518847494) << qint64(1445761084);
        QTest::newRow("binary character") << "wolph_betterplace_with_binary_character.sta" << 4 << 2 << 0 << "EUR" << qint64(1421530) << qint64(19328205);
        QTest::newRow("cmxl (DEM, EUR, PLN)") << "wolph_cmxl_mt940.sta" << 16 << 3 << 0 << "DEM" << qint64(4939674) << qint64(4930944);
        // ABN AMRO's sample is trimmed: 3236,28 - 321,44 != 876,84 (and likewise in the second statement).
        QTest::newRow("abnamro") << "wolph_jejik_abnamro.sta" << 10 << 2 << 2 << "EUR" << qint64(0) << qint64(34593);
        QTest::newRow("ing") << "wolph_jejik_ing.sta" << 7 << 1 << 1 << "EUR" << qint64(468) << qint64(5027);
        // Second statement: 229,20 - 79,90 + 10,10 = 159,40; :62F: says 159,60.
        QTest::newRow("postfinance") << "wolph_jejik_postfinance.sta" << 4 << 2 << 1 << "CHF" << qint64(23930) << qint64(7990);
        QTest::newRow("rabobank") << "wolph_jejik_rabobank-iban.sta" << 4 << 2 << 0 << "EUR" << qint64(0) << qint64(7000);
        QTest::newRow("mbank mt940 soh/etx") << "wolph_mBank_mt940.sta" << 3 << 1 << 0 << "PLN" << qint64(3) << qint64(0);
        QTest::newRow("mbank mt942") << "wolph_mBank_mt942.sta" << 3 << 1 << 0 << "PLN" << qint64(3) << qint64(0);
        QTest::newRow("hungarian :NS:") << "wolph_sberbank_171011_01234945.sta" << 3 << 1 << 0 << "HUF" << qint64(0) << qint64(943700);
    }
    void corpus()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QFETCH(QString, file);
        QFETCH(int, transactions);
        QFETCH(int, statements);
        QFETCH(int, breaks);
        QFETCH(QString, currency);
        QFETCH(qint64, credit);
        QFETCH(qint64, debit);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const auto r = cb::test::import(*cf, dir + QStringLiteral("/mt940/") + file);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.format, QStringLiteral("mt940"));
        const QJsonObject c = r.certificate;
        cb::test::compareStatementFigures(c, transactions, statements, currency, credit, debit, breaks);
    }

    void narrativeSubfields()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        cb::test::import(*cf, dir + QStringLiteral("/mt940/wolph_betterplace_with_binary_character.sta"));
        // "CR27,00": mark C with funds code R; ?32 name and ?31 account joined across wrapped lines.
        QCOMPARE(cf->db().scalar("SELECT amount_minor || '|' || counterparty_name || '|' || counterparty_account || '|' || value_date "
                                 "FROM transactions ORDER BY id LIMIT 1").toString(),
                 QStringLiteral("2700|PAYPAL|0175526300|2010-03-19"));
        QVERIFY(cf->db().scalar("SELECT description FROM transactions ORDER BY id LIMIT 1").toString().contains(QStringLiteral("ABBUCHUNGVOM PAYPAL-KONTO")));
    }

    void quirks()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("q.casebench"), QStringLiteral("Europe/Berlin"));
        const QByteArray sta =
            "\x01{1:F01TESTDEFFAXXX0000000000}{2:O9400000000000TESTDEFFAXXX00000000000000000000N}{4:\r\n"
            ":20:REF1\r\n:25:DE89370400440532013000\r\n:28C:1/1\r\n:60F:C231229EUR100,00\r\n"
            ":61:2312291229DR6,00NTRFNONREF//B1\r\n:86:166?00GUTSCHRIFT?20first line of text that is wr\r\napped?32ACME GMBH\r\n"
            ":61:2312300102RC1,50NMSCNONREF\r\n:86:reversal of a credit\r\n:99: a narrative line that only looks like a tag\r\n"
            ":61:2312310101RD2,00NMSCREF3\r\n"
            ":61:2302300230C5,00NMSCNONREF\r\n"
            ":61:garbage\r\n"
            ":62F:C231231EUR94,50\r\n-}\x03"
            ":20:REF2\r\n:25:DE89370400440532013000\r\n:60F:C231231EURX,00\r\n:61:2401020102C1,00NMSCNONREF\r\n:62F:C240102EUR95,50\r\n-\r\n";
        const auto r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("q.sta"), sta));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_read")].toInt(), 6);
        QCOMPARE(r.certificate[QStringLiteral("rows_rejected")].toInt(), 2); // 30 February and the garbage line
        QCOMPARE(cf->db().scalar("SELECT group_concat(amount_minor) FROM (SELECT amount_minor FROM transactions ORDER BY id)").toString(),
                 QStringLiteral("-600,-150,200,100"));
        // Entry date 0102 after value date 231230 is in the next year; times are local midnight in Berlin.
        QCOMPARE(cf->db().scalar("SELECT datetime(time_utc / 1000, 'unixepoch') FROM transactions WHERE amount_minor = -150").toString(),
                 QStringLiteral("2024-01-01 23:00:00"));
        QCOMPARE(cf->db().scalar("SELECT counterparty_name FROM transactions WHERE amount_minor = -600").toString(), QStringLiteral("ACME GMBH"));
        QVERIFY(cf->db().scalar("SELECT description FROM transactions WHERE amount_minor = -600").toString().contains(QStringLiteral("wrapped")));
        QVERIFY(cf->db().scalar("SELECT description FROM transactions WHERE amount_minor = -150").toString().contains(QStringLiteral(":99: a narrative")));
        const QJsonArray st = r.certificate[QStringLiteral("statements")].toArray();
        QCOMPARE(st.size(), 2);
        QCOMPARE(st[0][QStringLiteral("continuous")].toBool(), true); // 100,00 - 6,00 - 1,50 + 2,00 = 94,50
        QVERIFY(st[1][QStringLiteral("continuous")].isNull());        // no readable opening balance
        QStringList msgs;
        for (const auto &d : r.diagnostics)
            msgs << d.locator + QStringLiteral(": ") + d.message.text();
        const QString all = msgs.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("invalid value date \"230230\"")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("malformed :61: statement line \"garbage\"")));
        QVERIFY(all.contains(QStringLiteral("cannot read the opening balance \"C231231EURX,00\"")));
    }

    void notMt940()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const auto r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("x.sta"), ":20:X\n:25:Y\n:28C:1\nno statement lines\n"), {});
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM sources").toInt(), 0);
    }
};

CB_TEST_GUILESS_MAIN(TestMt940)
#include "tst_mt940.moc"
