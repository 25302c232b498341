#include "importjob.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace cb::widgets {

using namespace cb::importers;

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<FileReport>::progressValueChanged, this, [this](int v) {
        emit progressChanged(v, m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<FileReport>::finished, this, [this] {
        emit finished(m_watcher.future().results());
    });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString &casePath, const QStringList &files, const ImportOptions &options)
{
    m_files = files;
    // Our own flag rather than QFuture::cancel(): a cancelled future drops results, and the GUI must still
    // learn that the file was rolled back.
    m_token = Progress();
    m_watcher.setFuture(QtConcurrent::run([casePath, files, options, token = m_token](QPromise<FileReport> &promise) {
        promise.setProgressRange(0, 1000 * int(files.size()));
        auto cf = casefile::CaseFile::open(casePath);
        if (!cf)
            return;
        ImporterRegistry registry;
        for (int i = 0; i < files.size(); ++i) {
            if (token.isCancelled())
                break;
            promise.setProgressValueAndText(1000 * i, files[i]);
            const Progress progress([&promise, i, token](double f) {
                promise.setProgressValue(1000 * i + int(f * 999));
                return !token.isCancelled();
            });
            const QList<FileReport> reports = importPath(*cf.value(), files[i], options, registry, progress);
            for (const FileReport &r : reports)
                promise.addResult(r);
        }
    }));
}

void ImportJob::cancel()
{
    m_token.cancel();
}

} // namespace cb::widgets
