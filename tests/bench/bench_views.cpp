// Table benchmark: a case of ROWS transactions (generated, imported once into WORKDIR and reused), then the
// workbench's Transactions table as the GUI drives it — the windowed model on the case worker — timed from
// the request to the rows being there: opening the case and its first screen, sorting by amount, filtering
// to one account and a time range, and jumping to the last row. One figure a line, NAME: VALUE UNIT.
// Usage: bench_views [ROWS] [WORKDIR]   (bench_views --help)
#include "pipeline/pipeline.h"
#include "query/recordmodel.h"
#include "session/caseworker.h"
#include "synthetic/synthetic.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace cb;
using namespace cb::casefile;

namespace {

// Runs the event loop until done() holds (or a minute passes); the milliseconds it took.
double until(const std::function<bool()> &done, QElapsedTimer &t)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > 60000)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return double(t.nsecsElapsed()) / 1e6;
}

bool loaded(const RecordModel &m, int row)
{
    return m.rowCount() > row && m.index(row, 0).data(RecordModel::LoadedRole).toBool();
}

long peakRssMb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: bench_views [ROWS] [WORKDIR]\n"
                    "Builds (once) a case of ROWS generated transactions (default 1000000) in WORKDIR (default: a temporary\n"
                    "folder) and times the Transactions table on the case worker: open_first_screen, sort_by_amount,\n"
                    "filter_account_and_period, jump_to_last_row. Prints NAME: VALUE ms, and peak_rss: N MB.\n");
        return 0;
    }
    bool ok = true;
    const qint64 rows = args.size() > 0 ? args.at(0).toLongLong(&ok) : 1000000;
    if (!ok || rows <= 0)
        return 2;
    QTemporaryDir tmp;
    const QString work = args.size() > 1 ? args.at(1) : tmp.path();
    QDir().mkpath(work);
    const QString path = work + QStringLiteral("/views_%1.casebench").arg(rows);
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "building a case of %lld transactions in %s ...\n", (long long)rows, qPrintable(path));
        const QString csv = work + QStringLiteral("/views_%1.csv").arg(rows);
        if (!importers::synthetic::writeTransactions(csv, rows, 1000, 2).ok())
            return 1;
        auto cf = CaseFile::create(path, {QStringLiteral("views"), QStringLiteral("Asia/Shanghai"), QStringLiteral("CN"), {}});
        importers::ImporterRegistry registry;
        if (!cf || importers::importFile(*cf.value(), csv, {}, registry).outcome != importers::FileReport::Outcome::Imported)
            return 1;
    }
    QElapsedTimer t;
    t.start();
    CaseWorker worker;
    auto opened = worker.open(path);
    RecordModel *model = nullptr;
    const double first = until([&] {
        if (!model && opened.isFinished() && opened.result().ok())
            model = new RecordModel(&worker, RecordKind::Transactions, &app);
        return model && loaded(*model, 30);
    }, t);
    if (!model)
        return 1;
    std::printf("open_first_screen: %.0f ms\n", first);
    const qint64 total = model->rowCount();

    t.restart();
    model->sort(2, Qt::DescendingOrder); // Amount
    std::printf("sort_by_amount: %.0f ms\n", until([&] { return loaded(*model, 30) && !model->isLoading(); }, t));

    // One account (the first row's) in a week of the period.
    const qint64 account = worker.read<qint64>([](CaseFile &cf, const Progress &) {
        return cf.db().scalar("SELECT account_id FROM transactions WHERE id = 1").toLongLong();
    }).result();
    const qint64 from = worker.read<qint64>([](CaseFile &cf, const Progress &) {
        return cf.db().scalar("SELECT min(time_utc) FROM transactions").toLongLong();
    }).result();
    RecordFilter f;
    f.entities = {account};
    f.fromUtcMs = from;
    f.toUtcMs = from + 7 * 86400000LL;
    t.restart();
    model->setFilter(f);
    std::printf("filter_account_and_period: %.0f ms\n", until([&] { return !model->isLoading() && model->rowCount() < total; }, t));
    std::printf("filter_account_and_period_rows: %d rows\n", model->rowCount());

    model->setFilter({});
    model->sort(-1);
    until([&] { return !model->isLoading() && model->rowCount() == total; }, t);
    t.restart();
    model->prefetch(int(total) - 30, int(total) - 1);
    std::printf("jump_to_last_row: %.0f ms\n", until([&] { return loaded(*model, int(total) - 1); }, t));
    std::printf("rows: %lld rows\n", (long long)total);
    std::printf("peak_rss: %ld MB\n", peakRssMb());
    return 0;
}
