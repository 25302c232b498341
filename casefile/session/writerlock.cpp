#include "session/writerlock.h"

#include <QFileInfo>
#include <QLockFile>

namespace cb::casefile {

QString WriterLock::Holder::describe() const
{
    return QStringLiteral("process %1 of %2 on %3").arg(pid).arg(program.isEmpty() ? QStringLiteral("Casebench") : program, host);
}

WriterLock::WriterLock(std::unique_ptr<QLockFile> file) : m_file(std::move(file)) {}

WriterLock::~WriterLock() = default; // QLockFile removes the lock file

QString WriterLock::lockPath(const QString &casePath)
{
    const QFileInfo info(casePath);
    const QString real = info.canonicalFilePath();
    return (real.isEmpty() ? info.absoluteFilePath() : real) + QStringLiteral(".lock");
}

static std::unique_ptr<QLockFile> lockFile(const QString &casePath)
{
    auto file = std::make_unique<QLockFile>(WriterLock::lockPath(casePath));
    // Staleness by the holder's process only: a case stays open for days, and an age limit would hand it to
    // a second writer while the first still works in it.
    file->setStaleLockTime(0);
    return file;
}

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString &casePath, Holder *heldBy)
{
    std::unique_ptr<QLockFile> file = lockFile(casePath);
    if (file->tryLock(0))
        return std::unique_ptr<WriterLock>(new WriterLock(std::move(file)));
    if (file->error() == QLockFile::LockFailedError) {
        Holder h;
        file->getLockInfo(&h.pid, &h.host, &h.program);
        if (heldBy)
            *heldBy = h;
        return Status::error(ErrorCode::InUse, QStringLiteral("%1: the case is open for writing in another Casebench (%2; its lock is %3)")
                                                   .arg(casePath, h.describe(), lockPath(casePath)));
    }
    return Status::error(QStringLiteral("%1: cannot make the lock %2 that keeps a second writer out: the folder is not writable")
                             .arg(casePath, lockPath(casePath)));
}

std::optional<WriterLock::Holder> WriterLock::holder(const QString &casePath)
{
    std::unique_ptr<QLockFile> file = lockFile(casePath);
    Holder h;
    if (!file->getLockInfo(&h.pid, &h.host, &h.program))
        return std::nullopt;
    // A lock whose holder has gone is taken over by the next writer: no one holds it. Trying it is how
    // QLockFile tells (it removes a stale lock); a lock this call takes is released at once.
    if (file->tryLock(0)) {
        file->unlock();
        return std::nullopt;
    }
    return h;
}

} // namespace cb::casefile
