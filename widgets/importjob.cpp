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
        ->write<QList<FileReport>>([files, options, token = m_token, report](casefile::CaseSession &session, const Progress &) {
            ImporterRegistry registry;
            QList<FileReport> reports;
            for (int i = 0; i < files.size() && !token.isCancelled(); ++i) {
                report(1000 * i, files[i]);
                const Progress progress([&report, i, token, file = files[i]](double f) {
                    report(1000 * i + int(f * 999), file);
                    return !token.isCancelled();
                });
                reports += importPath(session.caseFile(), files[i], options, registry, progress);
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
