#pragma once
// Runs imports off the GUI thread: the worker opens its own connection to the case file (WAL lets the
// GUI keep reading), reports progress, and honours cancel() between rows; a cancelled file is rolled back.
#include "pipeline/pipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace cb::widgets {

class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;
    void start(const QString &casePath, const QStringList &files, const importers::ImportOptions &options);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    void waitForFinished() { m_watcher.waitForFinished(); }

signals:
    void progressChanged(int permille, const QString &file);
    void finished(const QList<cb::importers::FileReport> &reports);

private:
    QFutureWatcher<importers::FileReport> m_watcher;
    QStringList m_files;
    Progress m_token; // cancel() cancels the running import through it
};

} // namespace cb::widgets
