// PDF statements: the shared corpus (a credit-card statement whose figures were checked by reading it,
// an encrypted PDF), and statements this test draws itself with QPdfWriter: a two-page bank statement
// with running headers, a page footer and a wrapped description, and a PDF with no text at all.
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace cb::importers;

namespace {
struct Generated
{
    QString path;
    int rows = 0;
    qint64 credits = 0, debits = 0, opening = 100000, closing = 0;
};

// Columns at fixed positions; amounts right-aligned under their headers, as banks print them.
Generated drawStatement(const QTemporaryDir &dir)
{
    Generated g;
    g.path = dir.filePath(QStringLiteral("statement.pdf"));
    QPdfWriter pdf(g.path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(72);
    QPainter p(&pdf);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(9);
    p.setFont(f);
    auto text = [&p](int x, int y, const QString &s, int right = 0) {
        if (right)
            p.drawText(QRect(right - 120, y - 10, 120, 14), Qt::AlignRight | Qt::AlignVCenter, s);
        else
            p.drawText(x, y, s);
    };
    auto money = [](qint64 cents) { return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')); };
    qint64 balance = g.opening;
    int day = 1;
    for (int page = 1; page <= 2; ++page) {
        int y = 40;
        text(40, y, QStringLiteral("Example Bank N.V. — Account statement"));
        text(40, y += 14, QStringLiteral("Account number: NL91ABNA0417164300"));
        text(40, y += 14, QStringLiteral("Statement date: 31-03-2024"));
        y += 24;
        text(40, y, QStringLiteral("Date"));
        text(110, y, QStringLiteral("Description"));
        text(0, y, QStringLiteral("Debit (EUR)"), 400);
        text(0, y, QStringLiteral("Credit (EUR)"), 470);
        text(0, y, QStringLiteral("Balance"), 550);
        y += 16;
        if (page == 1) {
            text(110, y, QStringLiteral("Opening balance"));
            text(0, y, money(balance), 550);
            y += 13;
        }
        for (int i = 0; i < 25; ++i, ++day) {
            const qint64 cents = 1000 + 137 * day;
            const bool credit = day % 3 == 0;
            balance += credit ? cents : -cents;
            (credit ? g.credits : g.debits) += cents;
            text(40, y, QStringLiteral("%1/03").arg((day + 1) / 2, 2, 10, QLatin1Char('0')));
            text(110, y, QStringLiteral("Transfer %1 Counterparty %2").arg(day).arg(day * 7));
            text(0, y, money(cents), credit ? 470 : 400);
            text(0, y, money(balance), 550);
            y += 13;
            if (day == 5) { // a description that wraps onto a second line
                text(110, y, QStringLiteral("invoice 2024-0005 continued"));
                y += 13;
            }
            ++g.rows;
        }
        if (page == 2) {
            text(110, y + 6, QStringLiteral("Closing balance"));
            text(0, y + 6, money(balance), 550);
        }
        text(250, 800, QStringLiteral("Page %1 of 2").arg(page));
        if (page == 1)
            pdf.newPage();
    }
    g.closing = balance;
    return g;
}
} // namespace

class TestPdf : public QObject
{
    Q_OBJECT
private slots:
    void creditCardStatement()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const auto r = cb::test::import(*cf, dir + QStringLiteral("/pdf/monopoly_example_statement.pdf"));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.format, QStringLiteral("pdf"));
        const QJsonObject c = r.certificate;
        // 52 dated rows over two pages; headings, totals and the four page footers are counted as skipped.
        QCOMPARE(c[QStringLiteral("rows_accepted")].toInt(), 52);
        QCOMPARE(c[QStringLiteral("rows_rejected")].toInt(), 0);
        QCOMPARE(c[QStringLiteral("rows_skipped")].toInt(), 16);
        const QJsonObject tot = c[QStringLiteral("totals")].toArray().first().toObject();
        QCOMPARE(tot[QStringLiteral("currency")].toString(), QStringLiteral("SGD")); // from "AMOUNT (SGD)"
        QCOMPARE(tot[QStringLiteral("credit_minor")].toInteger(), 41354);           // (412.16) payment + (1.38) rebate
        QCOMPARE(tot[QStringLiteral("debit_minor")].toInteger(), 70348);            // the charges
        // Owed 412.16, owed 702.10: -412.16 + 413.54 - 703.48 = -702.10.
        const QJsonObject st = c[QStringLiteral("statements")].toArray().first().toObject();
        QCOMPARE(st[QStringLiteral("opening_minor")].toInteger(), -41216);
        QCOMPARE(st[QStringLiteral("closing_minor")].toInteger(), -70210);
        QCOMPARE(st[QStringLiteral("continuous")].toBool(), true);
        QCOMPARE(st[QStringLiteral("account")].toString(), QStringLiteral("5488292667309473"));
        // "02/07" takes its year from the statement date (01-07-2023); locators name page and line.
        QCOMPARE(cf->db().scalar("SELECT locator FROM transactions ORDER BY id LIMIT 1").toString(), QStringLiteral("page 1 line 25"));
        QCOMPARE(cf->db().scalar("SELECT time_utc FROM transactions ORDER BY id LIMIT 1").toLongLong(), 1688227200000LL); // 2023-07-02 00:00 in the case's zone (UTC+8)
        QCOMPARE(cf->db().scalar("SELECT amount_minor || ' ' || description FROM transactions ORDER BY id LIMIT 1").toString(),
                 QStringLiteral("41216 PAYMENT BY INTERNET"));
    }

    void encrypted()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString file = dir + QStringLiteral("/pdf/monopoly_protected.pdf");
        auto r = cb::test::import(*cf, file);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.diagnostics.first().message.text().contains(QStringLiteral("encrypted")));
        ImportOptions opt;
        opt.password = QStringLiteral("wrong");
        r = cb::test::import(*cf, file, opt);
        QVERIFY(r.diagnostics.first().message.text().contains(QStringLiteral("does not open")));
        opt.password = QStringLiteral("foobar123");
        r = cb::test::import(*cf, file, opt);
        // It opens, and its one page is blank: no text layer.
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY2(r.diagnostics.first().message.text().contains(QStringLiteral("no text layer")), qPrintable(r.diagnostics.first().message.text()));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM sources").toInt(), 0);
    }

    void drawnStatement()
    {
        QTemporaryDir tmp;
        const Generated g = drawStatement(tmp);
        auto cf = cb::test::newCase(tmp, QStringLiteral("d.casebench"), QStringLiteral("Europe/Amsterdam"));
        const auto r = cb::test::import(*cf, g.path);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.profile, QStringLiteral("en-bank-statement"));
        const QJsonObject c = r.certificate;
        QCOMPARE(c[QStringLiteral("rows_accepted")].toInt(), g.rows);
        QCOMPARE(c[QStringLiteral("rows_rejected")].toInt(), 0);
        const QJsonObject tot = c[QStringLiteral("totals")].toArray().first().toObject();
        QCOMPARE(tot[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
        QCOMPARE(tot[QStringLiteral("credit_minor")].toInteger(), g.credits);
        QCOMPARE(tot[QStringLiteral("debit_minor")].toInteger(), g.debits);
        // The balance column runs without a break across the page boundary; opening and closing lines agree.
        QCOMPARE(c[QStringLiteral("balance_breaks")].toArray().size(), 0);
        const QJsonObject st = c[QStringLiteral("statements")].toArray().first().toObject();
        QCOMPARE(st[QStringLiteral("opening_minor")].toInteger(), g.opening);
        QCOMPARE(st[QStringLiteral("closing_minor")].toInteger(), g.closing);
        QCOMPARE(st[QStringLiteral("continuous")].toBool(), true);
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT account_id) FROM transactions").toInt(), 1);
        QCOMPARE(cf->db().scalar("SELECT value FROM identifiers WHERE entity_id = (SELECT account_id FROM transactions LIMIT 1)").toString(),
                 QStringLiteral("NL91ABNA0417164300"));
        QCOMPARE(cf->db().scalar("SELECT description FROM transactions WHERE description LIKE 'Transfer 5 %'").toString(),
                 QStringLiteral("Transfer 5 Counterparty 35 invoice 2024-0005 continued"));
        QVERIFY(cf->db().scalar("SELECT locator FROM transactions ORDER BY id DESC LIMIT 1").toString().startsWith(QStringLiteral("page 2 line ")));
    }

    void damaged_data()
    {
        QTest::addColumn<int>("keep"); // bytes of the drawn statement kept; 0: not a PDF body at all
        QTest::addColumn<QString>("message");
        QTest::newRow("cut in half") << 50 << "incomplete";
        QTest::newRow("cut before the trailer") << 98 << "incomplete";
        QTest::newRow("garbage body") << 0 << "damaged";
    }
    void damaged()
    {
        QFETCH(int, keep);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const Generated g = drawStatement(tmp);
        QFile f(g.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        const QByteArray bytes = keep ? all.left(all.size() * keep / 100) : QByteArray("%PDF-1.4\ngarbage\n%%EOF\n");
        auto cf = cb::test::newCase(tmp, QStringLiteral("x.casebench"));
        const QString before = cb::test::fingerprint(*cf);
        const auto r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("bad.pdf"), bytes));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY2(r.diagnostics.first().message.text().contains(message), qPrintable(r.diagnostics.first().message.text()));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    // Poppler runs in the casebench-pdf process: a reader that dies mid-document (here a fake one that
    // sends one page and then crashes) costs the file, never the workbench or the case.
    void pdfReaderCrashIsContained()
    {
        QTemporaryDir tmp;
        const Generated g = drawStatement(tmp);
        const QString fake = cb::test::writeFile(tmp, QStringLiteral("crashing-reader.sh"),
                                                 "#!/bin/sh\ncat > /dev/null\nprintf 'P\\002\\000\\000\\000G\\000\\000\\000\\000\\000\\000\\000\\000'\nkill -SEGV $$\n");
        QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        auto cf = cb::test::newCase(tmp, QStringLiteral("x.casebench"));
        const QString before = cb::test::fingerprint(*cf);
        qputenv("CASEBENCH_PDF_HELPER", fake.toLocal8Bit());
        const auto r = cb::test::import(*cf, g.path);
        qunsetenv("CASEBENCH_PDF_HELPER");
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY2(r.diagnostics.first().message.text().contains(QStringLiteral("stopped on this file")),
                 qPrintable(r.diagnostics.first().message.text()));
        QCOMPARE(cb::test::fingerprint(*cf), before);
        // The real reader, on the same file, still imports it.
        QCOMPARE(cb::test::import(*cf, g.path).statusName(), QStringLiteral("imported"));
    }

    void noTextLayer()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter pdf(path);
            QPainter p(&pdf);
            p.fillRect(QRect(100, 100, 3000, 2000), Qt::gray); // an "image" of a statement
        }
        auto cf = cb::test::newCase(tmp);
        const auto r = cb::test::import(*cf, path);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.diagnostics.first().message.text().contains(QStringLiteral("no text layer")));
    }
};

CB_TEST_MAIN(TestPdf)
#include "tst_pdf.moc"
