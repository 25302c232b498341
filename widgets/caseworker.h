#pragma once
// Work on the case off the GUI thread: a SQLite connection belongs to one thread, so the worker opens its
// own connection to the case file, runs fn on it, and hands the result back through the future.
#include "casefile.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cb::widgets {

template <class T, class Fn>
QFuture<Result<T>> runOnOwnConnection(const QString &casePath, Fn fn)
{
    return QtConcurrent::run([casePath, fn = std::move(fn)]() -> Result<T> {
        auto cf = casefile::CaseFile::open(casePath);
        if (!cf)
            return cf.status();
        return fn(*cf.value());
    });
}

} // namespace cb::widgets
