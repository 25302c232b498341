#pragma once
// Shared helpers for the Qt Test suites: temporary cases, files written by the tests themselves,
// running the casebench binary, and locating ../shared/testdata (CASEBENCH_TESTDATA overrides).
#include "casefile.h"
#include "pipeline/pipeline.h"

#include <QApplication>
#include <QByteArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace cb::test {

QString testdataDir(); // empty when absent (and the test function asking is counted as skipped for it)

// One row of a bank statement in Casebench's canonical CSV (time, account, counterparty, amount, balance,
// description; CNY), and a whole file of them with its header: statements the tests work out by hand.
struct BankLine
{
    QByteArray time;
    const char *account, *counterparty, *amount, *balance, *description;
};
QByteArray bankCsv(const QList<BankLine> &lines);

// A suite whose tests of the shared samples were skipped ends as skipped, not passed: it prints how many
// test functions skipped and why, and exits 77 (CTest's SKIP_RETURN_CODE), unless something failed.
int finishSuite(int qtestResult);
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
std::unique_ptr<casefile::CaseFile> newCase(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.casebench"),
                                            const QString &zone = QStringLiteral("Asia/Shanghai"));
importers::FileReport import(casefile::CaseFile &cf, const QString &path, const importers::ImportOptions &opt = {});
// Counts rows of every event table: the "nothing changed" check.
QString fingerprint(casefile::CaseFile &cf);

// The statement-file figures every corpus test checks: no rejected row, the accepted and statement counts,
// the first currency's credit and debit totals, and (unless breaks < 0) how many statements do not add
// up (opening + movements != closing). QCOMPARE inside: check QTest::currentTestFailed().
void compareStatementFigures(const QJsonObject &certificate, int accepted, int statements, const QString &currency,
                             qint64 credit, qint64 debit, int breaks = -1);

struct Run
{
    int code = -1;
    QByteArray out, err;
};
Run runCasebench(const QStringList &args, int timeoutMs = 120000);

} // namespace cb::test

#define CB_TEST_MAIN_WITH(App, TestObject)                                                                 \
    int main(int argc, char **argv)                                                                        \
    {                                                                                                      \
        App app(argc, argv);                                                                               \
        TestObject tc;                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                         \
        return cb::test::finishSuite(QTest::qExec(&tc, argc, argv));                                       \
    }
#define CB_TEST_GUILESS_MAIN(TestObject) CB_TEST_MAIN_WITH(QCoreApplication, TestObject)
#define CB_TEST_MAIN(TestObject) CB_TEST_MAIN_WITH(QApplication, TestObject)
