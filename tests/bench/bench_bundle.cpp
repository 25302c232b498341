// Bundle benchmark: a case of ROWS generated call records (default 1,000,000), then `casebench bundle`
// (passphrase) and `casebench unbundle` as whole commands, with their peak memory.
// Usage: bench_bundle [ROWS] [WORKDIR]   (bench_bundle --help)
#include "benchchild.h"
#include "synthetic/synthetic.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: bench_bundle [ROWS] [WORKDIR]\n"
                    "Imports ROWS generated call records (default 1000000) into a case, then times `casebench bundle` with a\n"
                    "passphrase and `casebench unbundle` (which verifies the whole case before writing it) as whole commands.\n"
                    "Prints: bundle_time (s), bundle_peak_rss (MB), bundle_size (MB), unbundle_time (s), unbundle_peak_rss (MB).\n");
        return 0;
    }
    const qint64 rows = args.value(0, QStringLiteral("1000000")).toLongLong();
    QTemporaryDir tmp;
    const QString work = args.size() > 1 ? args.at(1) : tmp.path();
    const QString csv = work + QStringLiteral("/bundle_calls_%1.csv").arg(rows);
    if (!QFile::exists(csv) && !cb::importers::synthetic::writeCallRecords(csv, rows).ok())
        return 1;
    const QString c = work + QStringLiteral("/bundle.casebench"), cbx = work + QStringLiteral("/bundle.cbx"), out = work + QStringLiteral("/unbundled.casebench");
    for (const QString &f : {c, c + QStringLiteral("-wal"), c + QStringLiteral("-shm"), cbx, out})
        QFile::remove(f);
    const QString bin = QStringLiteral(CASEBENCH_BIN), pass = work + QStringLiteral("/bundle.pass");
    QFile p(pass);
    if (!p.open(QIODevice::WriteOnly) || p.write("bench passphrase\n") < 0)
        return 1;
    p.close();
    run({bin, QStringLiteral("new"), c});
    if (run({bin, QStringLiteral("import"), c, csv}).code != 0)
        return 1;
    const Measure b = run({bin, QStringLiteral("bundle"), c, QStringLiteral("-o"), cbx, QStringLiteral("--passphrase-file"), pass});
    std::printf("bundle_time: %.2f s\nbundle_peak_rss: %.0f MB\nbundle_size: %.0f MB\n", b.seconds, double(b.peakKb) / 1024.0,
                double(QFile(cbx).size()) / 1048576.0);
    std::fflush(stdout);
    const Measure u = run({bin, QStringLiteral("unbundle"), cbx, QStringLiteral("-o"), out, QStringLiteral("--passphrase-file"), pass});
    std::printf("unbundle_time: %.2f s\nunbundle_peak_rss: %.0f MB\nunbundle_ok: %d\n", u.seconds, double(u.peakKb) / 1024.0, u.code == 0 ? 1 : 0);
    return 0;
}
