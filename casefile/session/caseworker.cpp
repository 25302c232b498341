#include "session/caseworker.h"

#include <QFileInfo>

namespace cb::casefile {

CaseWorker::CaseWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Change>();
    // One thread each, kept for the worker's life: a connection stays on the thread that opened it.
    for (QThreadPool *pool : {&m_writer, &m_reader}) {
        pool->setMaxThreadCount(1);
        pool->setExpiryTimeout(-1);
    }
}

CaseWorker::~CaseWorker()
{
    // The connections are closed on their own threads, after the work already handed over.
    m_writer.start([this] {
        m_session.reset();
        m_lock.reset();
    });
    m_reader.start([this] { m_read.reset(); });
    m_writer.waitForDone();
    m_reader.waitForDone();
}

void CaseWorker::relay(CaseSession *session)
{
    connect(session, &CaseSession::changed, this, &CaseWorker::changed, Qt::QueuedConnection);
    connect(session, &CaseSession::undoStateChanged, this, [this, session] {
        // On the writer thread: take the state there, publish it on the worker's own thread.
        const bool undo = session->canUndo(), redo = session->canRedo();
        const QString undoText = session->undoText(), redoText = session->redoText();
        QMetaObject::invokeMethod(this, [this, undo, redo, undoText, redoText] {
            m_canUndo = undo, m_canRedo = redo, m_undoText = undoText, m_redoText = redoText;
            emit undoStateChanged();
        }, Qt::QueuedConnection);
    }, Qt::DirectConnection);
}

QFuture<Result<CaseInfo>> CaseWorker::open(const QString &path, const QString &actor)
{
    return start(path, actor, std::nullopt);
}

QFuture<Result<CaseInfo>> CaseWorker::create(const QString &path, const CaseSettings &settings, const QString &actor)
{
    return start(path, actor, settings);
}

QFuture<Result<CaseInfo>> CaseWorker::start(const QString &path, const QString &actor, const std::optional<CaseSettings> &create)
{
    // No step depends on the caller's event loop: the result can be waited for on any thread.
    return run<Result<CaseInfo>>(m_writer, [this, path, actor, create]() -> Result<CaseInfo> {
        CaseInfo info;
        info.path = path;
        Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(path, &info.writer);
        if (lock)
            m_lock = std::move(lock.value());
        else if (create && QFileInfo::exists(path)) // refused as such, whoever holds it
            return Status::error(QStringLiteral("%1 already exists").arg(path));
        else if (create || !lock.status().is(ErrorCode::InUse))
            return lock.status(); // nothing is opened for writing without the lock
        else
            info.readOnly = true;
        const CaseFile::Access access = info.readOnly ? CaseFile::Access::ReadOnly : CaseFile::Access::ReadWrite;
        Result<std::unique_ptr<CaseSession>> s = create ? CaseSession::create(path, *create) : CaseSession::open(path, access);
        if (!s) {
            m_lock.reset();
            return s.status();
        }
        m_session = std::move(s.value());
        m_session->setActor(actor);
        relay(m_session.get());
        info.settings = m_session->caseFile().settings();
        info.schemaVersion = m_session->caseFile().schemaVersion();
        // The read connection opens after the schema is up to date, on its own thread.
        const Status read = run<Status>(m_reader, [this, path, access]() -> Status {
                                Result<std::unique_ptr<CaseFile>> cf = CaseFile::open(path, access);
                                if (!cf)
                                    return cf.status();
                                m_read = std::move(cf.value());
                                return {};
                            }).result();
        if (!read) {
            m_session.reset();
            m_lock.reset();
            return read;
        }
        {
            QMutexLocker guard(&m_infoMutex);
            m_info = info;
        }
        m_open = true;
        return info;
    });
}

CaseInfo CaseWorker::info() const
{
    QMutexLocker lock(&m_infoMutex);
    return m_info;
}

QFuture<Status> CaseWorker::undo()
{
    return write<Status>([](CaseSession &s, const Progress &) { return s.undo(); });
}

QFuture<Status> CaseWorker::redo()
{
    return write<Status>([](CaseSession &s, const Progress &) { return s.redo(); });
}

void CaseWorker::waitForIdle()
{
    // A marker behind the work already queued on each thread (waitForDone would also end the threads).
    run<int>(m_writer, [] { return 0; }).waitForFinished();
    run<int>(m_reader, [] { return 0; }).waitForFinished();
}

} // namespace cb::casefile
