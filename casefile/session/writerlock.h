#pragma once
// One writer per case. The workbench that opens a case for writing holds NAME.casebench.lock beside it for as
// long as the case is open; another workbench that opens the same case finds it held and opens the case
// read-only, naming who holds it, and command-line edits are refused while it is held. The lock records the
// holder's process, host and program; a lock left by a process that no longer runs (a crash, kill -9) is
// taken over, and it never expires while its holder runs, however long the case stays open.
#include "result.h"

#include <QString>
#include <memory>
#include <optional>

class QLockFile;

namespace cb::casefile {

class WriterLock
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString host, program;
        // "process 4242 of casebench on ws-07", for messages.
        QString describe() const;
    };

    ~WriterLock();
    // Takes the case's lock, or says why not: ErrorCode::InUse when another process (or another window of
    // this one) holds it, naming the holder (also in *heldBy); Failed when the lock cannot be made (a folder
    // not writable).
    static Result<std::unique_ptr<WriterLock>> acquire(const QString &casePath, Holder *heldBy = nullptr);
    // Who holds the case's lock, if anyone does (a stale lock, left by a process that has gone, is no one).
    static std::optional<Holder> holder(const QString &casePath);
    // Beside the case as its real path names it (a link or another spelling of the path finds the same lock).
    static QString lockPath(const QString &casePath);

private:
    explicit WriterLock(std::unique_ptr<QLockFile> file);
    std::unique_ptr<QLockFile> m_file;
};

} // namespace cb::casefile
