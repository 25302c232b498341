#pragma once
// The benchmarks' way of timing a whole command: fork, exec, wait4 — wall time, exit code and the child's
// peak RSS. Each run starts after sync, so no run pays for writing back the previous one's pages.
#include <QElapsedTimer>
#include <QStringList>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Measure
{
    double seconds = 0;
    long peakKb = 0;
    int code = -1;
};

inline Measure run(const QStringList &argv, const QString &stdinFile = {})
{
    // Each run starts with nothing dirty in the page cache: the inputs just generated, or the database
    // the previous run wrote, would otherwise be written back during (and be charged to) this run.
    ::sync();
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!stdinFile.isEmpty()) {
            FILE *in = std::freopen(stdinFile.toLocal8Bit().constData(), "r", stdin);
            Q_UNUSED(in)
        }
        std::freopen("/dev/null", "w", stdout);
        std::vector<QByteArray> bytes;
        std::vector<char *> args;
        for (const QString &a : argv)
            bytes.push_back(a.toLocal8Bit());
        for (QByteArray &b : bytes)
            args.push_back(b.data());
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    Measure m;
    m.seconds = double(t.nsecsElapsed()) / 1e9;
    m.peakKb = ru.ru_maxrss;
    m.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

} // namespace
