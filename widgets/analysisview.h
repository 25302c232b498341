#pragma once
// The Analysis tab: fund tracing in the workbench. The detective names the account the money left, picks
// the tracing rule (FIFO, LIBR, pro rata, paths only), the hops and the smallest payment to follow, and
// runs it on the case worker with progress and Cancel. Every run is saved and listed with who ran it, when
// and the SHA-256 of the rows it read; a run's flows table (hop, time, from, to, traced, amount, source
// file and row) opens each transaction in Details, and its endpoints say where every yuan ended.
#include "progress.h"
#include "recordkind.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cb::casefile {
class CaseWorker;
struct Change;
} // namespace cb::casefile

namespace cb::widgets {

class AnalysisView : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisView(QWidget *parent = nullptr);
    void setWorker(casefile::CaseWorker *worker);
    // Starts a trace from this account (as the detective would type it), on the worker.
    void trace(const QString &account);
    void cancel();

    QLineEdit *account() const { return m_account; }
    QComboBox *allocation() const { return m_allocation; }
    QTableWidget *runs() const { return m_runs; }
    QTableWidget *flows() const { return m_flows; }
    QTableWidget *endpoints() const { return m_endpoints; }
    bool isBusy() const { return m_busy; }
    QString status() const;

signals:
    void recordSelected(cb::casefile::RecordKind kind, qint64 id);
    // The shown run, to be kept as an exhibit for the evidence packet.
    void bookmarkRequested(const QString &run);
    // The shown trace's accounts (its origin first, then in the order the money reached them), for the timeline.
    void timelineRequested(const QStringList &accounts);
    // The same accounts as the start of a link chart: the money between them and who they are.
    void chartRequested(const QStringList &accounts);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void refreshRuns();
    void showRun(int row);
    void showResult(const QJsonObject &result);
    void openFlow(int row);
    void setBusy(bool busy);
    QStringList shownAccounts() const; // the shown trace's origin, then the accounts in the order the money reached them

    QLineEdit *m_account;
    QComboBox *m_allocation, *m_direction;
    QSpinBox *m_hops;
    QLineEdit *m_minAmount;
    QPushButton *m_run, *m_cancel, *m_bookmark, *m_showTimeline, *m_showChart;
    QProgressBar *m_progress;
    QLabel *m_summary, *m_runsTitle, *m_flowsTitle, *m_endsTitle, *m_accountLabel, *m_ruleLabel, *m_hopsLabel, *m_minLabel, *m_directionLabel;
    QTableWidget *m_runs, *m_flows, *m_endpoints;
    casefile::CaseWorker *m_worker = nullptr;
    QList<QJsonObject> m_runRows; // as runsOf lists them, with their results
    QJsonObject m_shown;
    QString m_error;
    Progress m_token; // the running trace's: Cancel cancels it
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace cb::widgets
