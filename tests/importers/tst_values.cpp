// Value parsers: dates, amounts, durations.
#include "common/importer.h"
#include "common/values.h"

#include <QTest>
#include <limits>

using namespace cb::importers;

class TestValues : public QObject
{
    Q_OBJECT
private slots:
    void cellsLoseSpreadsheetGuardsAndPadding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clean");
        QTest::newRow("formula guard") << QStringLiteral(" =\"0123\" ") << QStringLiteral("0123");
        QTest::newRow("apostrophe") << QStringLiteral("'9876543210") << QStringLiteral("9876543210");
        QTest::newRow("backtick") << QStringLiteral("`6222") << QStringLiteral("6222");
        QTest::newRow("bare guard") << QStringLiteral("=\"") << QString();
        QTest::newRow("formula, not guarded") << QStringLiteral("=SUM(A1)") << QStringLiteral("=SUM(A1)");
        QTest::newRow("ideographic space, no-break space") << QStringLiteral("\u3000 12\u00A0") << QStringLiteral("12");
        QTest::newRow("empty") << QString() << QString();
    }

    void cellsLoseSpreadsheetGuardsAndPadding()
    {
        QFETCH(QString, text);
        QFETCH(QString, clean);
        QCOMPARE(cleanCell(text).toString(), clean);
    }

    void lineLocators()
    {
        QCOMPARE(lineLocator(1), QStringLiteral("line 1"));
        QCOMPARE(lineLocator(0), QStringLiteral("line 0"));
        QCOMPARE(lineLocator(1234567890123), QStringLiteral("line 1234567890123"));
        QCOMPARE(lineLocator(-7), QStringLiteral("line -7"));
        QCOMPARE(lineLocator(std::numeric_limits<qint64>::min()), QStringLiteral("line -9223372036854775808"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("utc"); // with zone Asia/Shanghai for offset-less values; empty = invalid
        QTest::newRow("iso offset") << "2024-03-01T14:22:05+08:00" << 0 << "2024-03-01T06:22:05Z";
        QTest::newRow("iso Z millis") << "2024-03-01T06:22:05.250Z" << 0 << "2024-03-01T06:22:05.250Z";
        QTest::newRow("iso negative offset") << "2024-03-01 01:00:00 -0500" << 0 << "2024-03-01T06:00:00Z";
        QTest::newRow("local") << "2024-03-01 14:22:05" << 0 << "2024-03-01T06:22:05Z";
        QTest::newRow("slashes no padding") << "2024/3/1 9:05" << 0 << "2024-03-01T01:05:00Z";
        QTest::newRow("chinese") << "2024年3月1日 14时22分05秒" << 0 << "2024-03-01T06:22:05Z";
        QTest::newRow("compact") << "20240301142205" << 0 << "2024-03-01T06:22:05Z";
        QTest::newRow("date only") << "20240301" << 0 << "2024-02-29T16:00:00Z";
        QTest::newRow("dmy dots") << "01.03.2024" << 0 << "2024-02-29T16:00:00Z";
        QTest::newRow("mdy by order") << "03/01/2024" << int(DateOrder::MDY) << "2024-02-29T16:00:00Z";
        QTest::newRow("dmy by value") << "13/01/2024" << 0 << "2024-01-12T16:00:00Z";
        QTest::newRow("two-digit year") << "15.04.26" << 0 << "2026-04-14T16:00:00Z";
        QTest::newRow("pm") << "3/1/2024 2:05:00 PM" << int(DateOrder::MDY) << "2024-03-01T06:05:00Z";
        QTest::newRow("epoch s") << "1709274125" << 0 << "2024-03-01T06:22:05Z";
        QTest::newRow("epoch ms") << "1709274125000" << 0 << "2024-03-01T06:22:05Z";
        QTest::newRow("padded") << "  2023-05-02\t" << 0 << "2023-05-01T16:00:00Z";
        QTest::newRow("30 February") << "2024-02-30" << 0 << "";
        QTest::newRow("hour 25") << "2024-02-01 25:00" << 0 << "";
        QTest::newRow("words") << "yesterday" << 0 << "";
        QTest::newRow("totals row") << "人民币合计" << 0 << "";
        QTest::newRow("empty") << "" << 0 << "";
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QString, utc);
        cb::casefile::LocalZone zone(QTimeZone("Asia/Shanghai"));
        const auto p = parseDateTime(text, DateOrder(order));
        QCOMPARE(p.has_value(), !utc.isEmpty());
        if (!p)
            return;
        const auto t = resolveTime(*p, zone);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(t.utcMs, Qt::UTC).toString(t.utcMs % 1000 ? Qt::ISODateWithMs : Qt::ISODate), utc);
    }

    void dateOrderInference()
    {
        QCOMPARE(inferDateOrder({QStringLiteral("01/02/2024"), QStringLiteral("25/02/2024")}), DateOrder::DMY);
        QCOMPARE(inferDateOrder({QStringLiteral("12/15/2018")}), DateOrder::MDY);
        QCOMPARE(inferDateOrder({QStringLiteral("2024-01-02")}), DateOrder::Auto);
        // Compact timestamps (operator CDRs) are one long digit run: year first, and no overflow (UBSan found one).
        QCOMPARE(inferDateOrder({QStringLiteral("20240301080000"), QStringLiteral("99999999999999999999")}), DateOrder::Auto);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<int>("error");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << "1234.56" << 2 << "" << 0 << qint64(123456);
        QTest::newRow("thousands") << "\"1,234.56\"" << 2 << "" << 0 << qint64(123456);
        QTest::newRow("negative thousands") << "-1,000.00" << 2 << "" << 0 << qint64(-100000);
        QTest::newRow("decimal comma") << "-1.234,56" << 2 << "" << 0 << qint64(-123456);
        QTest::newRow("comma two digits") << "13,20" << 2 << "" << 0 << qint64(1320);
        QTest::newRow("comma declared") << "1,5" << 2 << "," << 0 << qint64(150);
        QTest::newRow("space groups") << "1 234 567,8" << 2 << "," << 0 << qint64(123456780);
        QTest::newRow("parentheses") << "(412.16)" << 2 << "" << 0 << qint64(-41216);
        QTest::newRow("trailing minus") << "12.00-" << 2 << "" << 0 << qint64(-1200);
        QTest::newRow("yen sign") << "¥28.16" << 2 << "" << 0 << qint64(2816);
        QTest::newRow("tab padded") << "13.40               \t" << 2 << "" << 0 << qint64(1340);
        QTest::newRow("integer") << "+3" << 2 << "" << 0 << qint64(300);
        QTest::newRow("jpy") << "1,500" << 0 << "" << 0 << qint64(1500);
        QTest::newRow("trailing zero decimals") << "1.2300" << 2 << "" << 0 << qint64(123);
        QTest::newRow("too precise") << "1.234" << 2 << "." << int(AmountError::TooManyDecimals) << qint64(0);
        QTest::newRow("text") << "abc" << 2 << "" << int(AmountError::NotANumber) << qint64(0);
        QTest::newRow("anonymised") << "xx,yyyy.zz" << 2 << "" << int(AmountError::NotANumber) << qint64(0);
        QTest::newRow("empty") << "" << 2 << "" << int(AmountError::Empty) << qint64(0);
        QTest::newRow("currency words") << "CNY 1,234.56 CR" << 2 << "" << 0 << qint64(123456);
        QTest::newRow("indian groups") << "1,00,000.50" << 2 << "." << 0 << qint64(10000050);
        QTest::newRow("swiss") << "1'234.50" << 2 << "" << 0 << qint64(123450);
        QTest::newRow("exponent") << "1e5" << 2 << "" << int(AmountError::NotANumber) << qint64(0);
        QTest::newRow("word inside") << "12abc34" << 2 << "" << int(AmountError::NotANumber) << qint64(0);
        QTest::newRow("groups of one") << "1.2.3,4" << 2 << "," << int(AmountError::NotANumber) << qint64(0);
        QTest::newRow("empty group") << "5,,00" << 2 << "" << int(AmountError::NotANumber) << qint64(0);
        QTest::newRow("point in a comma column") << "1.5" << 2 << "," << int(AmountError::NotANumber) << qint64(0);
        QTest::newRow("huge") << "99999999999999999999" << 2 << "" << int(AmountError::Overflow) << qint64(0);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(int, exponent);
        QFETCH(QString, decimal);
        QFETCH(int, error);
        QFETCH(qint64, minor);
        qint64 out = 0;
        QCOMPARE(int(parseAmount(text, exponent, decimal.isEmpty() ? QChar() : decimal[0], out)), error);
        if (error == 0)
            QCOMPARE(out, minor);
    }

    void decimalInference()
    {
        QCOMPARE(inferDecimal({QStringLiteral("13,20"), QStringLiteral("-1,5")}), QChar(u','));
        QCOMPARE(inferDecimal({QStringLiteral("1,234.00"), QStringLiteral("3.5")}), QChar(u'.'));
        QCOMPARE(inferDecimal({QStringLiteral("1,234")}), QChar());
    }

    void durations()
    {
        QCOMPARE(parseDuration(u"80").value(), 80);
        QCOMPARE(parseDuration(u"00:01:20").value(), 80);
        QCOMPARE(parseDuration(u"1:20").value(), 80);
        QCOMPARE(parseDuration(u"1分20秒").value(), 80);
        QCOMPARE(parseDuration(u"1时0分5秒").value(), 3605);
        QCOMPARE(parseDuration(u"80秒").value(), 80);
        QVERIFY(!parseDuration(u"").has_value());
        QVERIFY(!parseDuration(u"long").has_value());
    }
};

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
