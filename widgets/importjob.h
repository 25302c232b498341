#pragma once
// Runs imports on the case worker's writer thread (the session's connection, one writer for the case),
// reports progress to the GUI thread and honours cancel() between rows: a cancelled file is rolled back.
// The views learn of what landed from the worker's change announcement, not from this job.
#include "pipeline/pipeline.h"

#include <QObject>
#include <QPointer>

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

// One file of a queue with the options it is imported with (the wizard gives each file its own mapping).
struct QueuedImport
{
    QString path;
    importers::ImportOptions options;
};

class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;
    void start(casefile::CaseWorker *worker, const QStringList &files, const importers::ImportOptions &options);
    void start(casefile::CaseWorker *worker, const QList<QueuedImport> &queue);
    bool isRunning() const { return m_running; }
    void cancel();
    void waitForFinished(); // blocks until the files handed over are done (closing the window, tests)

signals:
    void progressChanged(int permille, const QString &file);
    void finished(const QList<cb::importers::FileReport> &reports);

private:
    QPointer<casefile::CaseWorker> m_worker;
    bool m_running = false;
    Progress m_token; // cancel() cancels the running import through it
};

} // namespace cb::widgets
