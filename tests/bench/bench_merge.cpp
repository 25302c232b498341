// Merge benchmark: a case of ROWS generated call records (default 1,000,000) with 100 notes, copied twice;
// one copy gets EDITS analyst edits (default 10,000: notes on entities and on calls, tags, notes edited, roles), the
// other edits 100 notes of which the first copy edits 50 too (50 conflicts) and imports one more file.
// Then `casebench merge-copy` as a whole command both ways, and again (nothing to do), with peak memory.
// Usage: bench_merge [ROWS] [EDITS] [WORKDIR]   (bench_merge --help)
#include "benchchild.h"
#include "pipeline/pipeline.h"
#include "registry.h"
#include "session/casesession.h"
#include "synthetic/synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace cb;
using namespace cb::casefile;

namespace {

std::unique_ptr<CaseSession> open(const QString &path)
{
    auto s = CaseSession::open(path);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.status().message()));
        std::exit(1);
    }
    return std::move(s.value());
}

QList<qint64> ids(CaseFile &cf, const char *sql)
{
    QList<qint64> out;
    sql::Statement st(cf.db(), sql);
    while (st.step())
        out << st.int64(0);
    return out;
}

bool check(const Status &s)
{
    if (!s)
        std::fprintf(stderr, "edit failed: %s\n", qPrintable(s.message()));
    return bool(s);
}

// EDITS edits on copy B: a fifth each notes added on entities, tags on entities, notes edited, roles set,
// and notes on call records (which a merge maps to the same records in the other copy).
bool editB(CaseSession &b, int edits)
{
    const QList<qint64> entities = ids(b.caseFile(), "SELECT id FROM entities ORDER BY id");
    const QList<qint64> calls = ids(b.caseFile(), "SELECT id FROM calls ORDER BY id DESC LIMIT 100000");
    QStringList added;
    const Role roles[] = {Role::Subject, Role::Witness, Role::Associate, Role::Victim};
    for (int i = 0; i < edits; ++i) {
        const qint64 e = entities.at(i % entities.size());
        if (i % 5 == 4) {
            if (!b.addNote({QStringLiteral("calls"), calls.at((i / 5) % calls.size())}, QStringLiteral("B on a call %1").arg(i)))
                return false;
            continue;
        }
        switch (i % 4) {
        case 0: {
            const Result<QString> n = b.addNote({QStringLiteral("entities"), e}, QStringLiteral("B note %1").arg(i));
            if (!n)
                return check(n.status());
            added << n.value();
            break;
        }
        case 1:
            if (!check(b.tag({QStringLiteral("entities"), e}, QStringLiteral("checked %1").arg(i / entities.size()))))
                return false;
            break;
        case 2:
            if (!check(b.editNote(added.at((i / 4) % added.size()), QStringLiteral("B note %1, edited").arg(i))))
                return false;
            break;
        default:
            if (!check(b.setRole(e, roles[(i / entities.size()) % 4], QStringLiteral("bench %1").arg(i))))
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: bench_merge [ROWS] [EDITS] [WORKDIR]\n"
                    "Imports ROWS generated call records (default 1000000) into a case with 100 notes and copies it twice. Copy B gets\n"
                    "EDITS analyst edits (default 10000); copy A edits the 100 notes (50 of which B edits too) and imports one more file.\n"
                    "Then times `casebench merge-copy` as whole commands: B into A, A into B, and B into A again (nothing to do).\n"
                    "Prints: setup_time (s), merge_time (s), merge_peak_rss (MB), merge_back_time (s), merge_back_peak_rss (MB),\n"
                    "remerge_time (s), remerge_peak_rss (MB), case_size (MB).\n");
        return 0;
    }
    const qint64 rows = args.value(0, QStringLiteral("1000000")).toLongLong();
    const int edits = args.value(1, QStringLiteral("10000")).toInt();
    QTemporaryDir tmp;
    const QString work = args.size() > 2 ? args.at(2) : tmp.path();
    const QString csv = work + QStringLiteral("/merge_calls_%1.csv").arg(rows), more = work + QStringLiteral("/merge_more.csv");
    if (!QFile::exists(csv) && !importers::synthetic::writeCallRecords(csv, rows).ok())
        return 1;
    if (!QFile::exists(more) && !importers::synthetic::writeCallRecords(more, 1000, 20, 7).ok())
        return 1;
    const QString base = work + QStringLiteral("/merge_base.casebench"), a = work + QStringLiteral("/merge_a.casebench"),
                  b = work + QStringLiteral("/merge_b.casebench");
    for (const QString &c : {base, a, b})
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(c + QLatin1String(suffix));
    const QString bin = QStringLiteral(CASEBENCH_BIN);
    run({bin, QStringLiteral("new"), base});
    if (run({bin, QStringLiteral("import"), base, csv}).code != 0)
        return 1;
    QElapsedTimer setup;
    setup.start();
    QStringList notes;
    {
        auto s = open(base);
        for (qint64 e : ids(s->caseFile(), "SELECT id FROM entities ORDER BY id LIMIT 100")) {
            const Result<QString> n = s->addNote({QStringLiteral("entities"), e}, QStringLiteral("base note"));
            if (!n)
                return check(n.status()) ? 0 : 1;
            notes << n.value();
        }
    }
    if (!QFile::copy(base, a) || !QFile::copy(base, b))
        return 1;
    {
        auto sa = open(a);
        for (int i = 0; i < notes.size(); ++i)
            if (!check(sa->editNote(notes[i], QStringLiteral("A edit %1").arg(i))))
                return 1;
        importers::ImporterRegistry registry;
        if (importers::importFile(sa->caseFile(), more, {}, registry).outcome != importers::FileReport::Outcome::Imported)
            return 1;
    }
    {
        auto sb = open(b);
        for (int i = 0; i < notes.size(); i += 2)
            if (!check(sb->editNote(notes[i], QStringLiteral("B edit %1").arg(i))))
                return 1;
        if (!editB(*sb, edits))
            return 1;
    }
    std::printf("setup_time: %.2f s\n", double(setup.nsecsElapsed()) / 1e9);
    std::fflush(stdout);
    const Measure m = run({bin, QStringLiteral("merge-copy"), a, b, QStringLiteral("--json")});
    std::printf("merge_time: %.2f s\nmerge_peak_rss: %.0f MB\n", m.seconds, double(m.peakKb) / 1024.0);
    std::fflush(stdout);
    const Measure back = run({bin, QStringLiteral("merge-copy"), b, a, QStringLiteral("--json")});
    std::printf("merge_back_time: %.2f s\nmerge_back_peak_rss: %.0f MB\n", back.seconds, double(back.peakKb) / 1024.0);
    std::fflush(stdout);
    const Measure again = run({bin, QStringLiteral("merge-copy"), a, b, QStringLiteral("--json")});
    std::printf("remerge_time: %.2f s\nremerge_peak_rss: %.0f MB\ncase_size: %.0f MB\nmerges_ok: %d\n", again.seconds, double(again.peakKb) / 1024.0,
                double(QFile(a).size()) / 1048576.0, m.code == 0 && back.code == 0 && again.code == 0 ? 1 : 0);
    return 0;
}
