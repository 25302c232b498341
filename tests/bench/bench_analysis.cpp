// Analysis benchmark: a generated case of ROWS transactions (default 1,000,000) among ACCOUNTS accounts
// (default 50,000) whose statements are all in the case, then a 6-hop trace from one account under each
// allocation rule, in this process (the analysis alone), and `casebench trace --json` as a whole command
// (opening the case, the trace, the JSON, saving the run). Prints one figure a line, NAME: VALUE UNIT.
// Usage: bench_analysis [ROWS] [ACCOUNTS] [WORKDIR]   (bench_analysis --help)
#include "analysis/patterns.h"
#include "analysis/trace.h"
#include "entitylinks.h"
#include "benchchild.h"
#include "synthetic/synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cb::casefile;
using namespace cb::casefile::analysis;

namespace {

int lastExit = 0;

double runChild(const QStringList &argv, long &peakKb)
{
    std::fflush(stdout);
    const Measure m = run(argv);
    peakKb = m.peakKb;
    lastExit = m.code;
    return m.seconds;
}

long selfPeakKb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: bench_analysis [ROWS] [ACCOUNTS] [WORKDIR]\n"
                    "Generates ROWS transactions (default 1000000) among ACCOUNTS accounts (default 50000), both sides of\n"
                    "every transfer in the case, imports them, and times a 6-hop trace from the first account under each\n"
                    "allocation rule and each pattern analysis over the whole case (in this process), then\n"
                    "`casebench trace --json` as a whole command.\n"
                    "Prints one figure a line: NAME_time: S s, NAME_flows: N flows, NAME_peak_rss: N MB.\n");
        return 0;
    }
    const qint64 rows = args.value(0, QStringLiteral("1000000")).toLongLong();
    const int accounts = args.value(1, QStringLiteral("50000")).toInt();
    QTemporaryDir tmp;
    const QString work = args.size() > 2 ? args.at(2) : tmp.path();
    const QString csv = work + QStringLiteral("/network_%1_%2.csv").arg(rows).arg(accounts);
    if (!QFile::exists(csv) && !cb::importers::synthetic::writeTransferNetwork(csv, rows, accounts).ok())
        return 1;
    const QString c = work + QStringLiteral("/network.casebench");
    QFile::remove(c), QFile::remove(c + QStringLiteral("-wal")), QFile::remove(c + QStringLiteral("-shm"));
    long kb = 0;
    runChild({QStringLiteral(CASEBENCH_BIN), QStringLiteral("new"), c}, kb);
    const double import = runChild({QStringLiteral(CASEBENCH_BIN), QStringLiteral("import"), c, csv}, kb);
    std::printf("network_import_time: %.2f s\nnetwork_import_peak_rss: %.0f MB\n", import, double(kb) / 1024.0);
    const QString origin = cb::importers::synthetic::cardNumber(0, QStringLiteral("621226"));
    // The whole command first: a child forked later would start out as large as this process has grown.
    const double whole = runChild({QStringLiteral(CASEBENCH_BIN), QStringLiteral("trace"), c, QStringLiteral("--from"), origin, QStringLiteral("--json")}, kb);
    std::printf("trace_command_time: %.2f s\ntrace_command_peak_rss: %.0f MB\n", whole, double(kb) / 1024.0);
    if (lastExit != 0)
        std::printf("trace_command_failed: %d exit\n", lastExit);
    auto cf = CaseFile::open(c);
    if (!cf)
        return 1;
    for (Allocation a : {Allocation::Fifo, Allocation::Libr, Allocation::Proportional, Allocation::None}) {
        Ledger ledger(*cf.value());
        TraceParams p;
        p.origin = findEntity(*cf.value(), origin).value();
        p.allocation = a;
        QElapsedTimer t;
        t.start();
        const auto r = trace(ledger, p);
        const double s = double(t.nsecsElapsed()) / 1e9;
        const QByteArray name = "trace_" + allocationName(a).toLatin1() + "_6hop";
        std::printf("%s_time: %.3f s\n%s_flows: %lld flows\n%s_rows_read: %lld rows\n", name.constData(), s, name.constData(),
                    r ? qint64(r.value().flows.size()) : -1LL, name.constData(), qint64(ledger.rowsRead().size()));
        std::fflush(stdout);
    }
    std::printf("trace_in_process_peak_rss: %.0f MB\n", double(selfPeakKb()) / 1024.0);
    // The patterns over the whole case (each account's statement streamed once), best 100 rows.
    for (const char *kind : {"fast-in-fast-out", "fan-in", "fan-out", "flow-roles", "unrequested-accounts", "loops"}) {
        Ledger ledger(*cf.value());
        const auto params = patternParamsFromJson({{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("min_counterparties"), 3}});
        QElapsedTimer t;
        t.start();
        const auto r = runPattern(*cf.value(), ledger, params.value());
        std::printf("%s_time: %.3f s\n%s_rows_found: %lld rows\n", kind, double(t.nsecsElapsed()) / 1e9, kind,
                    r ? r.value().value(QStringLiteral("rows_found")).toInteger() : -1LL);
        std::fflush(stdout);
    }
    std::printf("analysis_in_process_peak_rss: %.0f MB\n", double(selfPeakKb()) / 1024.0);
    std::fflush(stdout);
    return 0;
}
