#include "importjob.h"

#include "session/caseworker.h"

namespace cb::widgets {

using namespace cb::importers;

ImportJob::ImportJob(QObject *parent) : QObject(parent) {}

ImportJob::~ImportJob()
{
    cancel();
    waitForFinished();
}

void ImportJob::start(casefile::CaseWorker *worker, const QStringList &files, const ImportOptions &options)
{
    QList<QueuedImport> queue;
    for (const QString &f : files)
        queue.append({f, options});
    start(worker, queue);
}

void ImportJob::start(casefile::CaseWorker *worker, const QList<QueuedImport> &queue)
{
    if (m_running || !worker)
        return;
    m_worker = worker;
    m_running = true;
    m_token = Progress();
    // Progress is reported on the writer thread; it reaches the GUI thread as queued calls.
    QPointer<ImportJob> self(this);
    auto report = [self](int permille, const QString &file) {
        QMetaObject::invokeMethod(self, [self, permille, file] {
            if (self)
                emit self->progressChanged(permille, file);
        }, Qt::QueuedConnection);
    };
    worker
        ->write<QList<FileReport>>([queue, token = m_token, report](casefile::CaseSession &session, const Progress &) {
            ImporterRegistry registry;
            registry.profiles().loadFolder(userProfileFolder()); // the analyst's own profiles are suggested too
            QList<FileReport> reports;
            for (int i = 0; i < queue.size() && !token.isCancelled(); ++i) {
                const QString &file = queue[i].path;
                report(1000 * i, file);
                const Progress progress([&report, i, token, file](double f) {
                    report(1000 * i + int(f * 999), file);
                    return !token.isCancelled();
                });
                reports += importPath(session.caseFile(), file, queue[i].options, registry, progress);
            }
            return reports;
        })
        .then(this, [this](const QList<FileReport> &reports) {
            m_running = false;
            emit finished(reports);
        });
}

void ImportJob::cancel()
{
    m_token.cancel();
}

void ImportJob::waitForFinished()
{
    if (m_worker)
        m_worker->waitForIdle();
}

} // namespace cb::widgets
