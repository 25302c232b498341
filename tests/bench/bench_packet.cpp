// Evidence packet benchmark: a generated case of ROWS transactions among 20 accounts (both sides of every
// transfer in the case), 20 table exhibits (one per account), and `casebench report` and `casebench verify`
// of the packet as whole commands. Prints one figure a line, NAME: VALUE UNIT.
// Usage: bench_packet [ROWS] [WORKDIR]   (bench_packet --help)
#include "benchchild.h"
#include "synthetic/synthetic.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: bench_packet [ROWS] [WORKDIR]\n"
                    "Generates ROWS transactions (default 2500) among 20 accounts, both sides of every transfer in the case,\n"
                    "adds one table exhibit per account (every row then appears in two exhibits: ROWS x 2 table rows in all),\n"
                    "and times `casebench report` and `casebench verify PACKET.pdf` as whole commands.\n"
                    "Prints: packet_time (s), packet_peak_rss (MB), packet_size (KB), packet_pages, packet_rows, verify_time (s).\n");
        return 0;
    }
    const qint64 rows = args.value(0, QStringLiteral("2500")).toLongLong();
    QTemporaryDir tmp;
    const QString work = args.size() > 1 ? args.at(1) : tmp.path();
    const QString csv = work + QStringLiteral("/packet_network_%1.csv").arg(rows);
    if (!QFile::exists(csv) && !cb::importers::synthetic::writeTransferNetwork(csv, rows, 20).ok())
        return 1;
    const QString c = work + QStringLiteral("/packet.casebench"), pdf = work + QStringLiteral("/packet.pdf");
    QFile::remove(c), QFile::remove(c + QStringLiteral("-wal")), QFile::remove(c + QStringLiteral("-shm"));
    const QString bin = QStringLiteral(CASEBENCH_BIN);
    run({bin, QStringLiteral("new"), c, QStringLiteral("--title"), QStringLiteral("Packet benchmark")});
    run({bin, QStringLiteral("describe"), c, QStringLiteral("--number"), QStringLiteral("BENCH-1")});
    if (run({bin, QStringLiteral("import"), c, csv}).code != 0)
        return 1;
    for (int i = 0; i < 20; ++i)
        run({bin, QStringLiteral("exhibit"), QStringLiteral("add"), c, QStringLiteral("table"), QStringLiteral("--kind"), QStringLiteral("transactions"),
             QStringLiteral("--entity"), cb::importers::synthetic::cardNumber(quint64(i), QStringLiteral("621226")),
             QStringLiteral("--caption"), QStringLiteral("Statement of account %1").arg(i + 1)});
    std::fflush(stdout);
    const Measure made = run({bin, QStringLiteral("report"), c, QStringLiteral("-o"), pdf});
    if (made.code != 0)
        return 1;
    QProcess info;
    info.start(bin, {QStringLiteral("verify"), pdf, QStringLiteral("--json")});
    info.waitForFinished(600000);
    const QJsonObject v = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
    std::printf("packet_time: %.2f s\npacket_peak_rss: %.0f MB\npacket_size: %.0f KB\npacket_pages: %d pages\npacket_rows: %d rows\n", made.seconds,
                double(made.peakKb) / 1024.0, double(QFile(pdf).size()) / 1024.0, v.value(QStringLiteral("pages")).toInt(),
                v.value(QStringLiteral("rows_cited")).toInt());
    std::fflush(stdout);
    const Measure verified = run({bin, QStringLiteral("verify"), pdf});
    std::printf("verify_time: %.2f s\nverify_ok: %d\n", verified.seconds, verified.code == 0 ? 1 : 0);
    return 0;
}
