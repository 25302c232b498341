#pragma once
// The workbench's way to the case, so that its GUI thread runs no SQL and never waits on it: two long-lived
// threads, each with its own connection to the case file (WAL lets the reader run beside the writer).
//  - the writer thread holds the CaseSession: opening (and migrating) the case, every intent method,
//    undo and redo, and imports run there, one after another;
//  - the reader thread holds a read connection: the views' queries, searches and analyses run there.
// Work is handed over as a function and comes back as a QFuture (use .then(context, ...) to receive it on
// the GUI thread); each call takes a Progress whose cancel() stops it (SQL statements are interrupted).
// The session's change and undo signals are re-emitted by the worker on the thread that owns it.
#include "progress.h"
#include "session/casesession.h"
#include "session/writerlock.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace cb::casefile {

// What the GUI keeps of the open case (a copy, so it needs no SQL to show it).
struct CaseInfo
{
    QString path;
    CaseSettings settings;
    int schemaVersion = 0;
    // Opened read-only because another Casebench holds the case's writer lock (it is named here).
    bool readOnly = false;
    WriterLock::Holder writer;
};

class CaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit CaseWorker(QObject *parent = nullptr);
    ~CaseWorker() override; // waits for running work, then closes both connections on their threads

    // Opens the case on the writer thread (and the read connection after it). Call once per worker. The
    // worker holds the case's writer lock while it is open; when another Casebench holds it, the case
    // opens read-only (CaseInfo::readOnly) and every write is refused by SQLite itself.
    QFuture<Result<CaseInfo>> open(const QString &path, const QString &actor = {});
    // Creates a new case (refused when the file exists) and opens it, the same way.
    QFuture<Result<CaseInfo>> create(const QString &path, const CaseSettings &settings, const QString &actor = {});
    bool isOpen() const { return m_open; }
    CaseInfo info() const; // empty until open() has succeeded

    // fn(readConnection, progress) on the reader thread.
    template <class T> QFuture<T> read(std::function<T(CaseFile &, const Progress &)> fn, const Progress &progress = {})
    {
        return run<T>(m_reader, [this, fn = std::move(fn), progress] { return m_read ? fn(*m_read, progress) : notOpen<T>(); });
    }
    // fn(session, progress) on the writer thread.
    template <class T> QFuture<T> write(std::function<T(CaseSession &, const Progress &)> fn, const Progress &progress = {})
    {
        return run<T>(m_writer, [this, fn = std::move(fn), progress] { return m_session ? fn(*m_session, progress) : notOpen<T>(); });
    }

    // The session's undo stack, as last announced (no SQL, no wait).
    bool canUndo() const { return m_canUndo; }
    bool canRedo() const { return m_canRedo; }
    QString undoText() const { return m_undoText; }
    QString redoText() const { return m_redoText; }
    QFuture<Status> undo();
    QFuture<Status> redo();

    // Blocks until the work handed over so far has finished (tests, and closing the window).
    void waitForIdle();
    // No work handed over is still queued or running (no wait; a thread that hands work over sees it at once).
    bool isIdle() const { return m_outstanding.load() == 0; }

signals:
    void changed(const cb::casefile::Change &change);
    void undoStateChanged();

private:
    template <class T, class Fn> QFuture<T> run(QThreadPool &pool, Fn fn)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        ++m_outstanding;
        pool.start([this, promise, fn = std::move(fn)]() mutable {
            promise->addResult(fn());
            promise->finish();
            --m_outstanding;
        });
        return future;
    }
    void relay(CaseSession *session);
    QFuture<Result<CaseInfo>> start(const QString &path, const QString &actor, const std::optional<CaseSettings> &create);
    // What work handed over before the case is open gets (Result<T> and Status say so; others are empty).
    template <class T> static T notOpen()
    {
        if constexpr (std::is_same_v<T, Status>)
            return Status::error(ErrorCode::NotACase, QStringLiteral("the case is not open"));
        else
            return T{};
    }

    QThreadPool m_writer, m_reader;
    std::unique_ptr<WriterLock> m_lock;     // released after the session has closed
    std::unique_ptr<CaseSession> m_session; // used on the writer thread only
    std::unique_ptr<CaseFile> m_read;       // used on the reader thread only
    mutable QMutex m_infoMutex;
    CaseInfo m_info;
    std::atomic<bool> m_open{false};
    std::atomic<int> m_outstanding{0}; // work handed over and not yet finished
    bool m_canUndo = false, m_canRedo = false;
    QString m_undoText, m_redoText;
};

} // namespace cb::casefile
