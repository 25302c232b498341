#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <cstdio>

namespace cb::test {

namespace {
QStringList &skippedForSamples()
{
    static QStringList functions;
    return functions;
}
} // namespace

int finishSuite(int qtestResult)
{
    const QStringList &skipped = skippedForSamples();
    if (qtestResult != 0 || skipped.isEmpty())
        return qtestResult;
    std::printf("%lld test function(s) skipped because the shared samples are missing (../shared/testdata; set "
                "CASEBENCH_TESTDATA): %s\n",
                qint64(skipped.size()), qPrintable(skipped.join(QStringLiteral(", "))));
    return 77;
}

QString testdataDir()
{
    QString dir = qEnvironmentVariable("CASEBENCH_TESTDATA");
#ifdef CASEBENCH_TESTDATA_DEFAULT
    if (dir.isEmpty())
        dir = QStringLiteral(CASEBENCH_TESTDATA_DEFAULT);
#endif
    if (!QDir(dir).exists() && qEnvironmentVariableIsSet("CASEBENCH_REQUIRE_TESTDATA"))
        qFatal("the shared samples are required (CASEBENCH_REQUIRE_TESTDATA) but %s does not exist", qPrintable(dir));
    if (QDir(dir).exists())
        return QDir(dir).absolutePath();
    const QString function = QString::fromLatin1(QTest::currentTestFunction());
    if (!function.isEmpty() && !skippedForSamples().contains(function))
        skippedForSamples().append(function);
    return {};
}

QByteArray bankCsv(const QList<BankLine> &lines)
{
    QByteArray out = "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n";
    for (const BankLine &l : lines)
        out += l.time + ',' + l.account + ',' + l.counterparty + ",," + l.amount + ",CNY," + l.balance + ",," + l.description + '\n';
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<casefile::CaseFile> newCase(const QTemporaryDir &dir, const QString &name, const QString &zone)
{
    auto cf = casefile::CaseFile::create(dir.filePath(name), {QStringLiteral("test"), zone, QStringLiteral("CN"), QStringLiteral("tester")});
    if (!cf)
        qFatal("cannot create case: %s", qPrintable(cf.status().message()));
    return std::move(cf.value());
}

importers::FileReport import(casefile::CaseFile &cf, const QString &path, const importers::ImportOptions &opt)
{
    importers::ImporterRegistry registry;
    return importers::importFile(cf, path, opt, registry);
}

QString fingerprint(casefile::CaseFile &cf)
{
    QStringList parts;
    for (const char *sql : {"SELECT count(*) FROM sources", "SELECT count(*) FROM source_content", "SELECT count(*) FROM entities",
                            "SELECT count(*) FROM identifiers", "SELECT count(*) FROM transactions", "SELECT count(*) FROM calls",
                            "SELECT count(*) FROM messages", "SELECT count(*) FROM cell_sites", "SELECT count(*) FROM audit_log",
                            "SELECT count(*) FROM contacts", "SELECT count(*) FROM source_companions", "SELECT count(*) FROM search",
                            "SELECT count(*) FROM balances", "SELECT count(*) FROM artifacts", "SELECT count(*) FROM locations"})
        parts << cf.db().scalar(sql).toString();
    return parts.join(u'/');
}

void compareStatementFigures(const QJsonObject &c, int accepted, int statements, const QString &currency, qint64 credit,
                             qint64 debit, int breaks)
{
    QCOMPARE(c[QStringLiteral("rows_accepted")].toInt(), accepted);
    QCOMPARE(c[QStringLiteral("rows_rejected")].toInt(), 0);
    QCOMPARE(c[QStringLiteral("statements")].toArray().size(), statements);
    const QJsonObject t = c[QStringLiteral("totals")].toArray().at(0).toObject();
    QCOMPARE(t[QStringLiteral("currency")].toString(), currency);
    QCOMPARE(t[QStringLiteral("credit_minor")].toInteger(), credit);
    QCOMPARE(t[QStringLiteral("debit_minor")].toInteger(), debit);
    if (breaks < 0)
        return;
    int found = 0;
    for (const QJsonValue &v : c[QStringLiteral("statements")].toArray())
        found += v[QStringLiteral("continuous")].isBool() && !v[QStringLiteral("continuous")].toBool() ? 1 : 0;
    QCOMPARE(found, breaks);
}

Run runCasebench(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(CASEBENCH_BIN), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace cb::test
