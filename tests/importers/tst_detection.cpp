// Encoding, delimiter, header/profile detection and the streaming CSV reader.
#include "common/csvreader.h"
#include "tabular/layout.h"
#include "tabular/profile.h"
#include "registry.h"
#include "common/textdecoder.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace cb::importers;

class TestDetection : public QObject
{
    Q_OBJECT
    static QByteArray encode(const char *encoding, const QString &s)
    {
        QStringEncoder e(encoding);
        return e(s);
    }

private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString zh = QStringLiteral("交易时间,交易金额,对方户名\n2024-03-01 10:00:00,100.00,张三某某科技有限公司\n").repeated(3);
        QTest::newRow("utf8") << zh.toUtf8() << "UTF-8";
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + zh.toUtf8() << "UTF-8";
        QTest::newRow("utf16le bom") << encode("UTF-16LE", QChar(0xFEFF) + zh) << "UTF-16LE";
        QTest::newRow("utf16le no bom") << encode("UTF-16LE", zh) << "UTF-16LE";
        QTest::newRow("utf16be bom") << encode("UTF-16BE", QChar(0xFEFF) + zh) << "UTF-16BE";
        QTest::newRow("gb18030") << encode("GB18030", zh) << "GB18030";
        const QString ru = QStringLiteral("Дата;Сумма;Описание\n01.02.2024;100,00;Перевод средств на карту получателя\n").repeated(4);
        QTest::newRow("cp1251") << encode("windows-1251", ru) << "WINDOWS-1251";
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const EncodingGuess g = detectEncoding(bytes);
        QVERIFY(!g.binary);
        QCOMPARE(g.name.toUpper(), encoding.toUpper());
    }

    void binaryIsRecognised()
    {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919) % 256));
        QVERIFY(detectEncoding(junk).binary);
        QVERIFY(detectEncoding(QByteArray("SQLite format 3\0\0\0\0", 20)).binary);
    }

    void decoderKeepsCharactersSplitAcrossReads()
    {
        const QString text = QStringLiteral("对方户名\n").repeated(50000);
        QByteArray bytes = encode("GB18030", text);
        QBuffer buf(&bytes);
        buf.open(QIODevice::ReadOnly);
        TextDecoder dec;
        QVERIFY(dec.open(&buf).ok());
        QString out;
        while (dec.read(out, 4097)) { // an odd chunk size splits two-byte characters
        }
        QCOMPARE(out, text);
        QVERIFY(!dec.hadDecodeErrors());
    }

    void csvReader()
    {
        QByteArray bytes = "a,\"b,1\",\"say \"\"hi\"\"\"\r\n"
                           "\"multi\nline\",x\t,\"quoted\"\t,\n"
                           "\n"
                           "last,row";
        QBuffer buf(&bytes);
        buf.open(QIODevice::ReadOnly);
        TextDecoder dec;
        QVERIFY(dec.open(&buf).ok());
        CsvReader r(dec, u',');
        QVERIFY(r.next());
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.field(1).toString(), QStringLiteral("b,1"));
        QCOMPARE(r.field(2).toString(), QStringLiteral("say \"hi\""));
        QCOMPARE(r.line(), 1);
        QVERIFY(r.next());
        QCOMPARE(r.line(), 2);
        QCOMPARE(r.field(0).toString(), QStringLiteral("multi\nline"));
        QCOMPARE(r.field(2).toString(), QStringLiteral("quoted\t")); // text after the closing quote is kept
        QCOMPARE(r.size(), 4);                                       // trailing delimiter: an empty field
        QVERIFY(r.next());
        QVERIFY(r.isBlank());
        QCOMPARE(r.line(), 4);
        QVERIFY(r.next());
        QCOMPARE(r.line(), 5);
        QCOMPARE(r.field(1).toString(), QStringLiteral("row"));
        QVERIFY(!r.next());
    }

    void unterminatedQuoteIsFlagged()
    {
        QByteArray bytes = "a,b\n1,\"never closed\n2,3\n";
        QBuffer buf(&bytes);
        buf.open(QIODevice::ReadOnly);
        TextDecoder dec;
        QVERIFY(dec.open(&buf).ok());
        CsvReader r(dec, u',');
        QVERIFY(r.next());
        QVERIFY(r.next());
        QVERIFY(r.unterminatedQuote());
    }

    void layouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<int>("headerLine");
        QTest::addColumn<QString>("owner");
        QTest::newRow("canonical calls") << "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                         << "casebench-calls" << "," << 0 << "";
        // Any order, the optional columns (duration, cell, IMEI, IMSI) left out: still the canonical layout.
        QTest::newRow("canonical calls, reordered, no imei/imsi") << "direction,other_party,subscriber,start_time,duration_s\n"
                                                                  << "casebench-calls" << "," << 0 << "";
        QTest::newRow("canonical tx") << "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n"
                                      << "casebench-transactions" << "," << 0 << "";
        QTest::newRow("cn bank with preamble") << "中国工商银行账户历史明细\n卡号：6222 0200 1234 5678\n\n交易时间;交易金额;借贷标志;对方账号;对方户名;余额;摘要\n"
                                               << "cn-bank-statement" << ";" << 3 << "6222 0200 1234 5678";
        QTest::newRow("cn bank tab") << "记账日期\t交易金额\t余额\t摘要\n" << "cn-bank-statement" << "\t" << 0 << "";
        QTest::newRow("cn carrier pipe") << "主叫号码|被叫号码|通话开始时间|通话时长|呼叫类型|基站\n" << "cn-carrier-cdr" << "|" << 0 << "";
        QTest::newRow("english") << "\"Date\",\"Description\",\"Debit\",\"Credit\",\"Balance\"\n" << "en-bank-statement" << "," << 0 << "";
        QTest::newRow("fullwidth parens") << "交易日期,交易金额（收入）,交易金额（支出）\n" << "cn-bank-statement" << "," << 0 << "";
    }
    void layouts()
    {
        QFETCH(QString, text);
        QFETCH(QString, profile);
        QFETCH(QString, delimiter);
        QFETCH(int, headerLine);
        QFETCH(QString, owner);
        ProfileLibrary lib;
        const auto r = detectLayout(text.split(u'\n'), lib.profiles(), nullptr);
        QVERIFY2(r.ok(), qPrintable(r.status().message()));
        QCOMPARE(r.value().profile->id, profile);
        QCOMPARE(QString(r.value().delimiter), delimiter);
        QCOMPARE(r.value().headerLine, headerLine);
        QCOMPARE(r.value().owner, owner);
    }

    // The expected answers are worked out by hand (matches), not taken from headerKey(): a header key
    // drops spaces and quotes, folds case and full-width brackets, and must match the whole cell.
    void headerKeysCompareWithoutBuildingThem_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("matches");
        QTest::newRow("full-width brackets") << QStringLiteral(" 交易金额（元） ") << QStringLiteral("交易金额(元)") << true;
        QTest::newRow("case and spaces") << QStringLiteral("\"Start Time\"") << QStringLiteral("starttime") << true;
        QTest::newRow("longer cell") << QStringLiteral("start_time2") << QStringLiteral("start_time") << false;
        QTest::newRow("shorter cell") << QStringLiteral("start_tim") << QStringLiteral("start_time") << false;
        QTest::newRow("data, not a header") << QStringLiteral("2024-03-01T08:00:08+08:00") << QStringLiteral("start_time") << false;
        QTest::newRow("empty") << QString() << QString() << true;
    }

    void headerKeysCompareWithoutBuildingThem()
    {
        QFETCH(QString, cell);
        QFETCH(QString, key);
        QFETCH(bool, matches);
        QCOMPARE(isHeaderKey(cell, key), matches);
        QCOMPARE(headerKey(cell) == key, matches); // the built key agrees with the comparison
        QCOMPARE(isHeaderKey(cell, headerKey(cell)), true);
    }

    // A canonical layout with one column of its own missing that it requires, or one it does not know, is
    // not taken for it.
    void canonicalNeedsItsRequiredColumnsOnly()
    {
        ProfileLibrary lib;
        for (const char *header : {"start_time,subscriber,direction,duration_s", "start_time,subscriber,other_party,direction,colour"}) {
            const auto r = detectLayout({QLatin1String(header), QStringLiteral("2024-03-01 10:00:00,13800000000,out,60")}, lib.profiles(), nullptr);
            QVERIFY(!r.ok() || r.value().profile->id != u"casebench-calls");
        }
    }

    // A profile that marks a title block (skip_lines) never takes its lines for the header or for data:
    // the header is looked for after them, and a file without a header has its data start there. Worked
    // by hand: the title's first line repeats the header, so without the skip the header is line 0.
    void skippedLinesAreNeitherHeaderNorData()
    {
        const QStringList lines{QStringLiteral("time,account,amount,currency,description"), QStringLiteral("Statement of 2024-03,,,,"),
                                QStringLiteral("time,account,amount,currency,description"),
                                QStringLiteral("2024-03-01 10:00:00,6228480000000001008,-12.00,CNY,tea")};
        const QByteArray json = R"({"id": "titled", "name": "Titled", "kind": "transactions",
            "fields": {"time": "time", "account": "account", "amount": "amount", "currency": "currency", "description": "description"},
            "required": ["time", "account", "amount"]})";
        cb::Result<Profile> plain = Profile::fromJson(json, QStringLiteral("test"));
        QVERIFY(plain);
        QCOMPARE(plain.value().skipLines, 0);
        cb::Result<Layout> found = detectLayout(lines, QList<Profile>{}, &plain.value());
        QVERIFY(found);
        QCOMPARE(found.value().headerLine, 0);
        QByteArray skipping = json;
        skipping.replace(R"("kind")", R"("skip_lines": 2, "kind")");
        cb::Result<Profile> titled = Profile::fromJson(skipping, QStringLiteral("test"));
        QVERIFY(titled);
        QCOMPARE(titled.value().skipLines, 2);
        found = detectLayout(lines, QList<Profile>{}, &titled.value());
        QVERIFY(found);
        QCOMPARE(found.value().headerLine, 2);
        // Without a header (columns by position): the data start after the skipped lines.
        cb::Result<Profile> positions = Profile::fromJson(R"({"id": "p", "name": "P", "kind": "transactions", "header": false, "skip_lines": 3,
            "fields": {"time": 0, "account": 1, "amount": 2, "currency": 3}})", QStringLiteral("test"));
        QVERIFY(positions);
        found = detectLayout(lines, QList<Profile>{}, &positions.value());
        QVERIFY(found);
        QCOMPARE(found.value().headerLine, 2); // the line before the data
        QCOMPARE(found.value().delimiter, QChar(u','));
    }

    // A header that names two columns alike: the profile names the second by position, and the header is
    // still matched by its words for the rest. Worked by hand: "amount" at 2 (not 1), "time" at 0.
    void positionsBesideHeaderWords()
    {
        const QStringList lines{QStringLiteral("Posted,Amount,Amount,Memo"), QStringLiteral("2024-03-01 10:00:00,12.00,-95.00,hotel")};
        cb::Result<Profile> p = Profile::fromJson(R"({"id": "twice", "name": "Twice", "kind": "transactions", "header": true,
            "fields": {"time": "Posted", "amount": 2, "description": "Memo"}, "required": ["time", "amount"]})", QStringLiteral("test"));
        QVERIFY(p);
        cb::Result<Layout> found = detectLayout(lines, QList<Profile>{}, &p.value());
        QVERIFY2(found, qPrintable(found.status().message()));
        QCOMPARE(found.value().headerLine, 0);
        QCOMPARE(found.value().columns.value(QStringLiteral("amount")), QList<int>{2});
        QCOMPARE(found.value().columns.value(QStringLiteral("time")), QList<int>{0});
        QCOMPARE(found.value().columns.value(QStringLiteral("description")), QList<int>{3});
    }

    // Lines to skip past the end of the file leave no header to find: refused as such, not read as data.
    void skippingPastTheEndIsRefused()
    {
        const QStringList lines{QStringLiteral("time,account,amount,currency"), QStringLiteral("2024-03-01 10:00:00,6228480000000001008,-12.00,CNY")};
        cb::Result<Profile> p = Profile::fromJson(R"({"id": "far", "name": "Far", "kind": "transactions", "skip_lines": 40,
            "fields": {"time": "time", "account": "account", "amount": "amount", "currency": "currency"}, "required": ["time", "amount"]})",
                                                  QStringLiteral("test"));
        QVERIFY(p);
        const cb::Result<Layout> found = detectLayout(lines, QList<Profile>{}, &p.value());
        QVERIFY(!found);
        QVERIFY2(found.status().message().contains(QStringLiteral("skip")), qPrintable(found.status().message()));
        // More than the head can hold is refused when the profile is read, not cut down in silence.
        const cb::Result<Profile> tooFar = Profile::fromJson(R"({"id": "far", "name": "Far", "kind": "transactions", "skip_lines": 301,
            "fields": {"time": "time", "amount": "amount"}})", QStringLiteral("far.json"));
        QVERIFY(!tooFar);
        QVERIFY2(tooFar.status().message().contains(QStringLiteral("\"skip_lines\" must be from 0 to 300")), qPrintable(tooFar.status().message()));
    }

    void unknownHeaderIsAnError()
    {
        ProfileLibrary lib;
        const auto r = detectLayout({QStringLiteral("foo,bar,baz"), QStringLiteral("1,2,3")}, lib.profiles(), nullptr);
        QVERIFY(!r.ok());
        QVERIFY(r.status().message().contains(QStringLiteral("--profile")));
    }

    void userProfileFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("mybank.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id":"mybank","kind":"transactions","header":false,"delimiter":";","date_order":"DMY",
                   "decimal":",","currency":"EUR","fields":{"date":0,"description":1,"amount":2}})");
        f.close();
        ProfileLibrary lib;
        auto p = lib.resolve(f.fileName());
        QVERIFY2(p.ok(), qPrintable(p.status().message()));
        QCOMPARE(p.value()->id, QStringLiteral("mybank"));
        QVERIFY(!p.value()->header);
        const auto r = detectLayout({QStringLiteral("01.02.2024;Rent;-500,00"), QStringLiteral("02.02.2024;Pay;1200,00")},
                                    lib.profiles(), p.value());
        QVERIFY(r.ok());
        QCOMPARE(r.value().delimiter, QChar(u';'));
        QCOMPARE(r.value().columns.value(QStringLiteral("amount")), QList<int>{2});
        QVERIFY(!lib.resolve(QStringLiteral("no-such-profile")).ok());
        QVERIFY(!Profile::fromJson("{\"id\":\"x\",\"kind\":\"spaceships\"}", QStringLiteral("x")).ok());
    }

    void registrySniffsContent()
    {
        ImporterRegistry reg;
        QVERIFY(reg.detect("a,b\n1,2\n", QStringLiteral("x.bin")) != nullptr);
        QVERIFY(reg.detect(QByteArray("\x00\x01\x02\x03", 4), QStringLiteral("x.csv")) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDetection)
#include "tst_detection.moc"
