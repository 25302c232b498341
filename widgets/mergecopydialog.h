#pragma once
// File › Merge a Colleague's Copy…: what their copy would bring is shown first (a dry run on the case
// worker, with progress and Cancel): the sources and records that come in, what is taken from theirs, what
// their deletions remove, codes renumbered, conflicts, and their work since the copies last met (who did
// what, when). Merge then does it, as one audited step; nothing is written before.
#include <QDialog>
#include <QJsonObject>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class MergeCopyDialog : public QDialog
{
    Q_OBJECT
public:
    MergeCopyDialog(casefile::CaseWorker *worker, const QString &otherPath, QWidget *parent = nullptr);
    ~MergeCopyDialog() override;

    QTreeWidget *summary() const { return m_summary; }
    QPushButton *mergeButton() const { return m_merge; }
    QJsonObject report() const { return m_report; } // the last run's (dry or not)

public slots:
    void merge();
    void cancel();

signals:
    void finished(bool dryRun, bool ok, const QString &message);

private:
    void run(bool dryRun);
    void showReport(const QJsonObject &report);
    QTreeWidgetItem *section(const QString &title, const QString &value = {});
    casefile::CaseWorker *m_worker;
    QString m_other;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_merge, *m_cancel;
    QTreeWidget *m_summary;
    QJsonObject m_report;
    std::shared_ptr<struct MergeJob> m_job;
};

// The name of a merged kind of object ("notes", "lead_history"…) in the UI's language.
QString mergeKindName(const QString &kind);
// Why a conflict was recorded, in the UI's language.
QString mergeReasonText(const QString &reason);

} // namespace cb::widgets
