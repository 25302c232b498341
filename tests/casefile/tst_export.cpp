// A record table exported as CSV and as an Excel workbook, read back: the same rows in the query's order,
// amounts as numbers in the workbook (a spreadsheet adds them up) and as the table's text in the CSV, text
// that would run as a formula kept as text in both, characters XML cannot hold dropped from the workbook
// so that it opens, and a failed write leaving no file behind.
#include "hash.h"
#include "money.h"
#include "query/recordexport.h"
#include "common/ziparchive.h"
#include "tabular/workbook.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace cb::casefile;
using cb::Result;

namespace {

// The table's text for every cell: amounts as formatMinor writes them, everything else as stored.
const CellFormatter plain = [](int, ColumnKind kind, const QVariant &raw, const QString &currency) {
    return kind == ColumnKind::AmountMinor && !raw.isNull() ? formatMinor(raw.toLongLong(), currency) : raw.toString();
};

QStringList header()
{
    QStringList h;
    for (const ColumnDef &c : recordColumns(RecordKind::Transactions))
        h << QString::fromUtf8(c.title);
    return h;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;
    RecordQuery m_query;

private slots:
    // Three rows of one statement: a formula-like description, one with a control character (U+0001) and
    // markup, and a plain one; ordered by amount, ascending: -120.50, -3.05, 1500.00.
    void initTestCase()
    {
        m_case = cb::test::newCase(m_dir);
        const QByteArray csv = cb::test::bankCsv({{"2024-03-01T09:00:00+08:00", "6212260000000000101", "6212260000000000202", "-120.50", "879.50", "=SUM(A1:A9)"},
                                                  {"2024-03-01T10:00:00+08:00", "6212260000000000101", "6212260000000000303", "1500.00", "2379.50", "salary <b>&amp; \x01" "bonus"},
                                                  {"2024-03-01T11:00:00+08:00", "6212260000000000101", "", "-3.05", "2376.45", "fee"}});
        QCOMPARE(cb::test::import(*m_case, cb::test::writeFile(m_dir, QStringLiteral("st.csv"), csv)).statusName(), QStringLiteral("imported"));
        m_query.kind = RecordKind::Transactions;
        m_query.sortColumn = 2; // amount
    }

    void workbookHoldsNumbersAndText()
    {
        const QString path = m_dir.filePath(QStringLiteral("t.xlsx"));
        const Result<ExportResult> done = exportXlsx(*m_case, m_query, header(), plain, path);
        QVERIFY2(done.ok(), qPrintable(done.status().message()));
        QCOMPARE(done.value().rows, 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(done.value().sha256, sha256Hex(bytes));
        auto book = cb::importers::openXlsx(bytes);
        QVERIFY2(book.ok(), qPrintable(book.status().message()));
        QCOMPARE(book.value()->sheetName(0), QStringLiteral("transactions"));
        QList<QStringList> rows;
        QVERIFY(book.value()->readSheet(0, [&](qint64, const QStringList &cells) { return rows.append(cells), true; }).ok());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).mid(0, 5), header().mid(0, 5));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("-120.50"));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("-3.05"));
        QCOMPARE(rows.at(3).at(2), QStringLiteral("1500.00"));
        // In the sheet itself: amounts are number cells in the two-decimal style (s="2"), the header bold
        // (s="1") and frozen, text an inline string.
        cb::importers::ZipArchive zip;
        QVERIFY(zip.openBuffer(bytes).ok());
        const auto *member = zip.find(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(member);
        const QByteArray sheet = zip.read(*member).value();
        QVERIFY2(sheet.contains("<c r=\"C2\" s=\"2\"><v>-120.50</v></c>"), sheet.left(2000).constData());
        QVERIFY(sheet.contains("<c r=\"A1\" t=\"inlineStr\" s=\"1\">") && sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<c r=\"I2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=SUM(A1:A9)</t></is></c>"));
        QCOMPARE(rows.at(1).at(8), QStringLiteral("=SUM(A1:A9)")); // a string, not a formula
        QCOMPARE(rows.at(3).at(8), QStringLiteral("salary <b>&amp; bonus"));   // U+0001 dropped, markup as text
        QVERIFY(rows.at(1).at(9).startsWith(QStringLiteral("st.csv")));        // the provenance column
    }

    void csvKeepsTheTableText()
    {
        const QString path = m_dir.filePath(QStringLiteral("t.csv"));
        const Result<ExportResult> done = exportCsv(*m_case, m_query, header(), plain, path);
        QVERIFY(done.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().mid(3).split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(1).contains(",-120.50,CNY,") && lines.at(1).contains(",'=SUM(A1:A9),"), lines.at(1).constData());
        QVERIFY(lines.at(3).contains("salary <b>&amp; \x01" "bonus")); // the case holds the control character: the workbook drops it
    }

    // A folder that does not exist: an error naming the file, and nothing written. An export cancelled
    // over an earlier file leaves that file as it was, and no temporary file beside it.
    void failedWriteLeavesNoFile()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing/t.xlsx"));
        const Result<ExportResult> done = exportXlsx(*m_case, m_query, header(), plain, missing);
        QVERIFY(!done.ok());
        QVERIFY2(done.status().message().contains(QStringLiteral("t.xlsx")), qPrintable(done.status().message()));
        QVERIFY(!QFile::exists(missing));
        QTemporaryDir folder;
        const QString earlier = folder.filePath(QStringLiteral("earlier.xlsx"));
        QFile f(earlier);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("the earlier export") > 0);
        f.close();
        const cb::Progress cancelAtOnce([](double) { return false; });
        const Result<ExportResult> cancelled = exportXlsx(*m_case, m_query, header(), plain, earlier, cancelAtOnce);
        QVERIFY(cancelled.status().is(cb::ErrorCode::Cancelled));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the earlier export"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("earlier.xlsx")});
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
