// Layouts no profile knows, mapped from header words and column content: a statement headed in each of the
// nine languages, a file without a header, ragged Latin-1 rows, call records, and the files that cannot be
// mapped (refused with the best guess, nothing imported). Every file is written here.
#include "casefile.h"
#include "mappingguess.h"
#include "synthetic/synthetic.h"
#include "tabular/inference.h"
#include "tabular/profile.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace cb;
using namespace cb::importers;
namespace synthetic = cb::importers::synthetic;
namespace widgets = cb::widgets;

namespace {
QStringList mappedFields(const QJsonObject &certificate)
{
    QStringList out;
    for (const QJsonValue &c : certificate[QStringLiteral("mapping")][QStringLiteral("columns")].toArray())
        out << c[QStringLiteral("field")].toString();
    return out;
}

QString column(casefile::CaseFile &cf, const char *sql)
{
    return cf.db().scalar(sql).toString();
}

QStringList allMessages(const FileReport &r)
{
    QStringList out;
    for (const casefile::Diagnostic &d : r.diagnostics)
        out << d.locator + QStringLiteral(": ") + d.message.text();
    return out;
}
} // namespace

class TestInference : public QObject
{
    Q_OBJECT
private slots:
    // The same three movements, headed in each language: on 1 March 1,500.00 out to Alpha (balance
    // 8,500.00), on 2 March 250.75 in from Beta (8,750.75), on 15 March 0.75 out to Gamma (8,750.00).
    // Each balance is the previous one plus the amount, and the 15th fixes the day-first order.
    void headerInEachLanguage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("currency");
        auto file = [](const char *header, const char *sep, const QList<QByteArray> &dates, const QList<QByteArray> &amounts,
                       const QList<QByteArray> &balances, const char *ccy) {
            QByteArray b = QByteArray(header) + "\n";
            const char *names[] = {"Alpha", "Beta", "Gamma"};
            const char *texts[] = {"Rent for March", "Refund of deposit", "Card fee"};
            for (int i = 0; i < 3; ++i)
                b += dates[i] + sep + amounts[i] + sep + ccy + sep + names[i] + sep + texts[i] + sep + balances[i] + "\n";
            return b;
        };
        const QList<QByteArray> dmy = {"01.03.2024", "02.03.2024", "15.03.2024"}, slash = {"01/03/2024", "02/03/2024", "15/03/2024"};
        const QList<QByteArray> comma = {"-1.500,00", "250,75", "-0,75"}, commaBal = {"8.500,00", "8.750,75", "8.750,00"};
        const QList<QByteArray> space = {"-1 500,00", "250,75", "-0,75"}, spaceBal = {"8 500,00", "8 750,75", "8 750,00"};
        QTest::newRow("Chinese") << file("交易发生日期,交易发生额,币种,对方单位名称,用途说明,本次余额", ",", {"2024/03/01", "2024/03/02", "2024/03/15"},
                                         {"-1500.00", "250.75", "-0.75"}, {"8500.00", "8750.75", "8750.00"}, "CNY")
                                 << QStringLiteral("CNY");
        QTest::newRow("English") << file("Posted,Sum,Ccy,Payer,Purpose,Balance after", ",", {"2024-03-01", "2024-03-02", "2024-03-15"},
                                         {"\"-1,500.00\"", "250.75", "-0.75"}, {"\"8,500.00\"", "\"8,750.75\"", "\"8,750.00\""}, "USD")
                                 << QStringLiteral("USD");
        QTest::newRow("Russian") << QByteArray("\xef\xbb\xbf") + file("Дата операции;Сумма;Валюта;Контрагент;Назначение платежа;Остаток", ";", dmy,
                                                                      space, spaceBal, "RUB")
                                 << QStringLiteral("RUB");
        QTest::newRow("German") << file("Buchungstag;Betrag;Währung;Empfänger;Verwendungszweck;Saldo", ";", dmy, comma, commaBal, "EUR")
                                << QStringLiteral("EUR");
        QTest::newRow("French") << file("Date opération;Montant;Devise;Bénéficiaire;Libellé;Solde", ";", slash, space, spaceBal, "EUR")
                                << QStringLiteral("EUR");
        QTest::newRow("Dutch") << file("Boekdatum;Bedrag;Munt;Naam tegenpartij;Omschrijving;Saldo", ";", {"01-03-2024", "02-03-2024", "15-03-2024"},
                                       comma, commaBal, "EUR")
                               << QStringLiteral("EUR");
        QTest::newRow("Spanish") << file("Fecha operación;Importe;Divisa;Beneficiario;Concepto;Saldo", ";", slash, comma, commaBal, "EUR")
                                 << QStringLiteral("EUR");
        QTest::newRow("Portuguese") << file("Data movimento;Montante;Moeda;Favorecido;Descrição;Saldo", ";", slash, comma, commaBal, "EUR")
                                    << QStringLiteral("EUR");
        QTest::newRow("Italian") << file("Data operazione;Importo;Divisa;Controparte;Causale;Saldo", ";", slash, comma, commaBal, "EUR")
                                 << QStringLiteral("EUR");
    }
    void headerInEachLanguage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, currency);
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("statement.csv"), bytes));
        QVERIFY2(r.statusName() == u"imported", qPrintable(allMessages(r).join(u'\n')));
        QCOMPARE(r.profile, QStringLiteral("inferred"));
        const QJsonObject mapping = r.certificate[QStringLiteral("mapping")].toObject();
        QCOMPARE(mapping[QStringLiteral("kind")].toString(), QStringLiteral("transactions"));
        QVERIFY(mapping[QStringLiteral("confidence")].toInt() >= kInferThreshold);
        QCOMPARE(mappedFields(r.certificate), (QStringList{QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("currency"),
                                                           QStringLiteral("counterparty_name"), QStringLiteral("description"),
                                                           QStringLiteral("balance")}));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 3);
        QCOMPARE(column(*cf, "SELECT group_concat(amount_minor) FROM (SELECT amount_minor FROM transactions ORDER BY time_utc)"),
                 QStringLiteral("-150000,25075,-75"));
        QCOMPARE(column(*cf, "SELECT group_concat(balance_minor) FROM (SELECT balance_minor FROM transactions ORDER BY time_utc)"),
                 QStringLiteral("850000,875075,875000"));
        QCOMPARE(column(*cf, "SELECT group_concat(counterparty_name) FROM (SELECT counterparty_name FROM transactions ORDER BY time_utc)"),
                 QStringLiteral("Alpha,Beta,Gamma"));
        QCOMPARE(column(*cf, "SELECT group_concat(DISTINCT currency) FROM transactions"), currency);
        // 15 March, local midnight in Shanghai: the day-first order was read from the dates.
        QCOMPARE(column(*cf, "SELECT datetime(max(time_utc) / 1000, 'unixepoch') FROM transactions"), QStringLiteral("2024-03-14 16:00:00"));
        // No account in the file: one placeholder account, named after the source, with a warning.
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT account_id) FROM transactions").toInt(), 1);
        QVERIFY(allMessages(r).join(u'\n').contains(QStringLiteral("placeholder account, \"account holder of statement.csv\"")));
        QVERIFY(allMessages(r).join(u'\n').contains(QStringLiteral("mapped from their header words and content")));
    }

    // No header at all: the first column holds date-times, and of the two number columns the third is
    // the running balance, because it follows the second in every pair of neighbouring rows:
    // 880.00 - 30.50 = 849.50, 849.50 + 1500.00 = 2349.50, 2349.50 - 49.50 = 2300.00.
    void headerlessFileMappedByContent()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray bytes = "2024-03-01 09:15:00,-120.00,880.00,Coffee shop\n"
                                 "2024-03-01 12:30:00,-30.50,849.50,Lunch with client\n"
                                 "2024-03-02 08:00:00,1500.00,2349.50,Salary March\n"
                                 "2024-03-03 19:45:00,-49.50,2300.00,Groceries\n";
        ImportOptions opt;
        opt.currency = QStringLiteral("EUR");
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("export.csv"), bytes), opt);
        QVERIFY2(r.statusName() == u"imported", qPrintable(allMessages(r).join(u'\n')));
        QCOMPARE(mappedFields(r.certificate), (QStringList{QStringLiteral("time"), QStringLiteral("amount"), QStringLiteral("balance"),
                                                           QStringLiteral("description")}));
        QCOMPARE(r.certificate[QStringLiteral("mapping")][QStringLiteral("header_line")].toInt(), 0);
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 4); // the first line is data, not a header
        QCOMPARE(column(*cf, "SELECT group_concat(amount_minor) FROM (SELECT amount_minor FROM transactions ORDER BY time_utc)"),
                 QStringLiteral("-12000,-3050,150000,-4950"));
        QCOMPARE(column(*cf, "SELECT description FROM transactions WHERE amount_minor = 150000"), QStringLiteral("Salary March"));
    }

    // A title line, a blank line, then rows whose first cell is empty and two all-zero fee columns: the
    // zero columns prove nothing about a running balance (a zero amount beside an unchanged balance), the
    // real amount and balance still follow each other (880.00 - 30.50 = 849.50 ...), and no row with an
    // empty first cell is taken for a repeated (blank) header.
    void headerlessRowsAfterATitleWithZeroColumns()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray bytes = "Statement of account\n\n"
                                 ",2024-03-01 09:15:00,0.00,-120.00,0.00,880.00\n"
                                 ",2024-03-01 12:30:00,0.00,-30.50,0.00,849.50\n"
                                 ",2024-03-02 08:00:00,0.00,1500.00,0.00,2349.50\n"
                                 ",2024-03-03 19:45:00,0.00,-49.50,0.00,2300.00\n";
        ImportOptions opt;
        opt.currency = QStringLiteral("EUR");
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("titled.csv"), bytes), opt);
        QVERIFY2(r.statusName() == u"imported", qPrintable(allMessages(r).join(u'\n')));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 4);
        QCOMPARE(r.certificate[QStringLiteral("rows_skipped")].toInt(), 0);
        QCOMPARE(column(*cf, "SELECT group_concat(amount_minor) FROM (SELECT amount_minor FROM transactions ORDER BY time_utc)"),
                 QStringLiteral("-12000,-3050,150000,-4950"));
        QCOMPARE(column(*cf, "SELECT group_concat(balance_minor) FROM (SELECT balance_minor FROM transactions ORDER BY time_utc)"),
                 QStringLiteral("88000,84950,234950,230000"));
    }

    // A sheet thousands of columns wide (every cell a number) is judged in a moment, not by trying every
    // pair of columns as amount and balance.
    void wideFileIsJudgedQuickly()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QByteArray bytes;
        for (int r = 0; r < 60; ++r) {
            QByteArrayList cells;
            for (int c = 0; c < 3000; ++c)
                cells << QByteArray::number((r * 7 + c) % 13) + ".5";
            bytes += cells.join(',') + '\n';
        }
        QElapsedTimer t;
        t.start();
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("wide.csv"), bytes));
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
    }

    // An Austrian export in Latin-1 whose rows carry extra text columns beyond the header: every row is
    // kept, the extra text goes with the description, the value date is kept beside the booking date.
    void raggedLatin1Rows()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("t.casebench"), QStringLiteral("Europe/Vienna"));
        const QByteArray bytes = "Buchungsdatum;Valuta;Buchungstext;Betrag;W\xe4hrung;Auftraggeber / Empf\xe4nger;IBAN\n"
                                 "01.03.2024;01.03.2024;Miete M\xe4rz;-850,00;EUR;Hausverwaltung GmbH;AT611904300234573201;Zusatz 1;Zusatz 2\n"
                                 "04.03.2024;05.03.2024;Gehalt;2.450,00;EUR;Firma AG;AT483200000012345864\n"
                                 "06.03.2024;30.02.2024;Bankomat;-200,00;EUR;;;Filiale Wien\n";
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("umsaetze.csv"), bytes));
        QVERIFY2(r.statusName() == u"imported", qPrintable(allMessages(r).join(u'\n')));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 3);
        QCOMPARE(column(*cf, "SELECT description FROM transactions WHERE amount_minor = -85000"), QStringLiteral("Miete März | Zusatz 1 | Zusatz 2"));
        QCOMPARE(column(*cf, "SELECT description FROM transactions WHERE amount_minor = -20000"), QStringLiteral("Bankomat | Filiale Wien"));
        QCOMPARE(column(*cf, "SELECT counterparty_name FROM transactions WHERE amount_minor = 245000"), QStringLiteral("Firma AG"));
        QCOMPARE(column(*cf, "SELECT value_date FROM transactions WHERE amount_minor = 245000"), QStringLiteral("2024-03-05"));
        // 30 February is no date: the row is kept without its value date, and the certificate says so.
        QVERIFY(cf->db().scalar("SELECT value_date FROM transactions WHERE amount_minor = -20000").isNull());
        // Three warnings: the unreadable value date, the inferred mapping, and the placeholder account (the
        // export does not name its own account).
        QCOMPARE(r.certificate[QStringLiteral("warnings")].toInt(), 3);
        QVERIFY(allMessages(r).join(u'\n').contains(QStringLiteral("line 4: the value date \"30.02.2024\" cannot be read")));
    }

    // Call records headed in Russian: the direction words, the clock-style durations and the IMEIs
    // (Luhn-valid) say these are calls, not money.
    void callRecordsMappedByHeaderAndContent()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("t.casebench"), QStringLiteral("Europe/Moscow"));
        const QByteArray bytes = "Дата и время;Абонент;Собеседник;Направление;Длительность;IMEI\n"
                                 "01.03.2024 10:00:00;79161234567;79031112233;исходящий;00:01:20;490154203237518\n"
                                 "01.03.2024 11:30:00;79161234567;79037654321;входящий;00:00:45;490154203237518\n"
                                 "02.03.2024 09:05:10;79161234567;79031112233;пропущенный;00:00:00;490154203237518\n";
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("детализация.csv"), bytes));
        QVERIFY2(r.statusName() == u"imported", qPrintable(allMessages(r).join(u'\n')));
        QCOMPARE(r.certificate[QStringLiteral("mapping")][QStringLiteral("kind")].toString(), QStringLiteral("calls"));
        QCOMPARE(mappedFields(r.certificate), (QStringList{QStringLiteral("start_time"), QStringLiteral("subscriber"), QStringLiteral("other_party"),
                                                           QStringLiteral("direction"), QStringLiteral("duration"), QStringLiteral("imei")}));
        QCOMPARE(column(*cf, "SELECT group_concat(direction || ':' || duration_s) FROM (SELECT direction, duration_s FROM calls ORDER BY start_utc)"),
                 QStringLiteral("out:80,in:45,missed:0"));
    }

    // A sheet no profile knows is mapped as a CSV would be: cells, not text, but the same words and content.
    void spreadsheetSheetMappedByInference()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString xlsx = dir.filePath(QStringLiteral("umsaetze.xlsx"));
        QVERIFY(synthetic::writeXlsx(xlsx, {{QStringLiteral("Buchungstag"), QStringLiteral("Betrag"), QStringLiteral("Währung"), QStringLiteral("Empfänger")},
                                            {QStringLiteral("01.03.2024"), QStringLiteral("-1500,00"), QStringLiteral("EUR"), QStringLiteral("Alpha")},
                                            {QStringLiteral("02.03.2024"), QStringLiteral("250,75"), QStringLiteral("EUR"), QStringLiteral("Beta")},
                                            {QStringLiteral("15.03.2024"), QStringLiteral("-0,75"), QStringLiteral("EUR"), QStringLiteral("Gamma")}},
                                     QStringLiteral("Umsätze"))
                    .ok());
        const FileReport r = cb::test::import(*cf, xlsx);
        QVERIFY2(r.statusName() == u"imported", qPrintable(allMessages(r).join(u'\n')));
        QCOMPARE(r.profile, QStringLiteral("inferred"));
        QCOMPARE(mappedFields(r.certificate), (QStringList{QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("currency"),
                                                           QStringLiteral("counterparty_name")}));
        QCOMPARE(column(*cf, "SELECT sum(amount_minor) FROM transactions"), QStringLiteral("-125000"));
    }

    // A workbook whose statement sheet a profile knows and whose summary sheet (dated totals under 日期 /
    // 金额 headers) it does not: only the statement is imported — the summary is not guessed into money
    // counted twice — and the summary sheet is named as not imported.
    void knownSheetKeepsTheSummaryOut()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString xlsx = dir.filePath(QStringLiteral("流水.xlsx"));
        const QList<QStringList> statement = {{QStringLiteral("交易时间"), QStringLiteral("交易金额"), QStringLiteral("余额"), QStringLiteral("对方户名")},
                                              {QStringLiteral("2024-03-01 10:00:00"), QStringLiteral("-100.00"), QStringLiteral("900.00"), QStringLiteral("张三")},
                                              {QStringLiteral("2024-03-02 10:00:00"), QStringLiteral("50.00"), QStringLiteral("950.00"), QStringLiteral("李四")}};
        const QList<QStringList> summary = {{QStringLiteral("汇总日期"), QStringLiteral("合计金额"), QStringLiteral("笔数说明")},
                                            {QStringLiteral("2024-03-01"), QStringLiteral("-100.00"), QStringLiteral("一笔支出")},
                                            {QStringLiteral("2024-03-02"), QStringLiteral("50.00"), QStringLiteral("一笔收入")},
                                            {QStringLiteral("2024-03-03"), QStringLiteral("0.00"), QStringLiteral("无交易")}};
        QVERIFY(synthetic::writeXlsxSheets(xlsx, {{QStringLiteral("明细"), statement}, {QStringLiteral("汇总"), summary}}).ok());
        ImportOptions opt;
        opt.owner = QStringLiteral("6222020000000001");
        opt.currency = QStringLiteral("CNY");
        const FileReport r = cb::test::import(*cf, xlsx, opt);
        QVERIFY2(r.statusName() == u"imported", qPrintable(allMessages(r).join(u'\n')));
        QCOMPARE(r.profile, QStringLiteral("cn-bank-statement"));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 2);
        QVERIFY(!r.certificate.contains(QStringLiteral("mapping")));
        QCOMPARE(column(*cf, "SELECT sum(amount_minor) FROM transactions"), QStringLiteral("-5000"));
        QVERIFY(allMessages(r).join(u'\n').contains(QStringLiteral("sheet 汇总 has no known layout and was not imported")));
        // The summary sheet alone (no known sheet beside it) is mapped by inference: its headers hold the
        // words for a date and an amount.
        const QString alone = dir.filePath(QStringLiteral("汇总.xlsx"));
        QVERIFY(synthetic::writeXlsxSheets(alone, {{QStringLiteral("汇总"), summary}}).ok());
        const FileReport s = cb::test::import(*cf, alone, opt);
        QVERIFY2(s.statusName() == u"imported", qPrintable(allMessages(s).join(u'\n')));
        QCOMPARE(s.profile, QStringLiteral("inferred"));
    }

    // Casebench's own call layout with its optional columns left out and the rest in another order.
    void canonicalCallsWithoutOptionalColumns()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("calls.csv"),
                                                                       "direction,start_time,other_party,subscriber,duration_s\n"
                                                                       "out,2024-03-01 10:00:00,13900139000,13800138000,60\n"));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.profile, QStringLiteral("casebench-calls"));
        QVERIFY(!r.certificate.contains(QStringLiteral("mapping")));
        QCOMPARE(cf->db().scalar("SELECT duration_s FROM calls").toInt(), 60);
    }

    // Files whose columns cannot be mapped with confidence: refused with the best guess, nothing written.
    void unmappableFilesAreRefusedWithTheBestGuess_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("guess");
        QTest::newRow("numbers only") << QByteArray("foo,bar\n1,2\n3,4\n") << QStringLiteral("best guess 0%");
        // A sensor log: date-times and decimals, but numbers alone do not make money (60% < 70%).
        QTest::newRow("sensor log") << QByteArray("2024-03-01 08:00:00,72.5\n2024-03-01 08:05:00,72.9\n2024-03-01 08:10:00,73.4\n"
                                                  "2024-03-01 08:15:00,71.8\n")
                                    << QStringLiteral("column 2: amount (60%, content)");
        QTest::newRow("names and colours") << QByteArray("Name,Colour\nAnna,red\nBen,blue\nCara,green\n") << QStringLiteral("best guess 0%");
        QTest::newRow("dates, no amount") << QByteArray("Datum;Notiz\n01.03.2024;Treffen\n02.03.2024;Anruf\n03.03.2024;Brief\n")
                                          << QStringLiteral("column 1 \"Datum\": date");
        // A "Sum" column of words: the header alone is not enough (half of a full header match, and no
        // cell that reads as money: 50% < 70%).
        QTest::newRow("sum of words") << QByteArray("Posted,Sum\n2024-03-01,lots\n2024-03-02,little\n2024-03-03,none\n")
                                      << QStringLiteral("\"Sum\": amount (50%");
    }
    void unmappableFilesAreRefusedWithTheBestGuess()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, guess);
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QString before = cb::test::fingerprint(*cf);
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("x.csv"), bytes));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QCOMPARE(r.code, ErrorCode::UnknownLayout);
        const QString message = r.diagnostics.first().message.text();
        QVERIFY2(message.contains(QStringLiteral("no known layout")) && message.contains(guess), qPrintable(message));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    // On the command line: --save-profile writes the mapping a file was imported with, or, for a file refused
    // as not sure enough, its best guess (also in the JSON report as best_guess) to correct and name.
    void saveProfileFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("t.casebench"));
        QCOMPARE(cb::test::runCasebench({QStringLiteral("new"), c, QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin")}).code, 0);
        const QString refused = cb::test::writeFile(dir, QStringLiteral("notes.csv"), "Datum;Notiz\n01.03.2024;Treffen\n02.03.2024;Anruf\n03.03.2024;Brief\n");
        const QString guess = dir.filePath(QStringLiteral("guess.json"));
        const auto r = cb::test::runCasebench({QStringLiteral("import"), c, refused, QStringLiteral("--json"), QStringLiteral("--save-profile"), guess});
        QCOMPARE(r.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(report[QStringLiteral("code")].toString(), QStringLiteral("unknown_layout"));
        QCOMPARE(report[QStringLiteral("best_guess")][QStringLiteral("columns")][0][QStringLiteral("field")].toString(), QStringLiteral("date"));
        QFile g(guess);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(g.readAll()).object();
        QCOMPARE(saved[QStringLiteral("fields")][QStringLiteral("date")].toString(), QStringLiteral("Datum"));
        QVERIFY(Profile::fromJson(QJsonDocument(saved).toJson(), guess).ok()); // a profile file as it stands

        const QString known = cb::test::writeFile(dir, QStringLiteral("a.csv"), "Buchungstag;Betrag;Währung;Empfänger\n01.03.2024;-1.500,00;EUR;Alpha\n"
                                                                                "02.03.2024;250,75;EUR;Beta\n");
        const QString mine = dir.filePath(QStringLiteral("mine.json"));
        QCOMPARE(cb::test::runCasebench({QStringLiteral("import"), c, known, QStringLiteral("--save-profile"), mine}).code, 0);
        const QString next = cb::test::writeFile(dir, QStringLiteral("b.csv"), "Buchungstag;Betrag;Währung;Empfänger\n03.03.2024;-0,75;EUR;Gamma\n");
        const auto again = cb::test::runCasebench({QStringLiteral("import"), c, next, QStringLiteral("--profile"), mine,
                                                   QStringLiteral("--account"), QStringLiteral("DE89370400440532013000"), QStringLiteral("--json")});
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).array().first()[QStringLiteral("certificate")][QStringLiteral("rows_accepted")].toInt(), 1);
    }

    // The workbench's path for a file below the threshold: the best guess is described column by column,
    // and once the analyst accepts it, saved as a profile with which the file imports. Here dates and
    // plain numbers with no header (60% for the numbers alone): refused, described, accepted, imported.
    void acceptedBestGuessImports()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        auto cf = cb::test::newCase(dir);
        const QString file = cb::test::writeFile(dir, QStringLiteral("export.csv"), "2024-03-01 09:15:00,-120.00\n2024-03-01 12:30:00,-30.50\n"
                                                                                 "2024-03-02 08:00:00,1500.00\n2024-03-03 19:45:00,-49.50\n");
        ImportOptions opt;
        opt.currency = QStringLiteral("EUR");
        const FileReport refused = cb::test::import(*cf, file, opt);
        QCOMPARE(refused.code, ErrorCode::UnknownLayout);
        QCOMPARE(refused.bestGuess[QStringLiteral("confidence")].toInt(), 60);
        QCOMPARE(widgets::describeMapping(refused.bestGuess), QStringLiteral("column 1: Date and time (90%)\ncolumn 2: Amount (60%)"));
        QString error;
        opt.profile = widgets::saveGuessedProfile(refused.bestGuess, file, &error);
        QVERIFY2(!opt.profile.isEmpty(), qPrintable(error));
        QVERIFY(opt.profile.endsWith(QStringLiteral("/profiles/mapped-export.json")));
        const FileReport accepted = cb::test::import(*cf, file, opt);
        QVERIFY2(accepted.statusName() == u"imported", qPrintable(allMessages(accepted).join(u'\n')));
        QCOMPARE(accepted.profile, QStringLiteral("mapped-export"));
        QCOMPARE(column(*cf, "SELECT sum(amount_minor) FROM transactions"), QStringLiteral("130000"));
    }

    // The mapping kept in the certificate is a profile: read back, it maps the next file of the same
    // layout to the same rows without inferring anything.
    void inferredMappingSavesAsAProfile()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray bytes = "Buchungstag;Betrag;Währung;Empfänger;Verwendungszweck;Saldo\n"
                                 "01.03.2024;-1.500,00;EUR;Alpha;Miete;8.500,00\n02.03.2024;250,75;EUR;Beta;Kaution;8.750,75\n";
        const FileReport first = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("a.csv"), bytes));
        QCOMPARE(first.statusName(), QStringLiteral("imported"));
        const QJsonObject json = first.certificate[QStringLiteral("mapping")][QStringLiteral("profile")].toObject();
        QCOMPARE(json[QStringLiteral("fields")][QStringLiteral("amount")].toString(), QStringLiteral("Betrag"));
        const QString profile = cb::test::writeFile(dir, QStringLiteral("mine.json"), QJsonDocument(json).toJson());
        ImportOptions opt;
        opt.profile = profile;
        opt.owner = QStringLiteral("DE89370400440532013000");
        const FileReport second = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("b.csv"), bytes + "03.03.2024;-0,75;EUR;Gamma;Gebühr;8.750,00\n"), opt);
        QCOMPARE(second.statusName(), QStringLiteral("imported"));
        QCOMPARE(second.profile, QStringLiteral("inferred"));
        QVERIFY(!second.certificate.contains(QStringLiteral("mapping"))); // named, not inferred
        QCOMPARE(second.certificate[QStringLiteral("rows_accepted")].toInt(), 3);
        QCOMPARE(cf->db().scalar("SELECT sum(amount_minor) FROM transactions WHERE source_id = ?", {second.sourceId}).toLongLong(), -125000);
    }
};

CB_TEST_GUILESS_MAIN(TestInference)
#include "tst_inference.moc"
