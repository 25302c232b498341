#pragma once
// The Patterns tab: the fraud patterns of `casebench analyze` in the workbench — 快进快出, fan-in and
// fan-out, flow roles, unrequested accounts, common counterparties, top and common contacts, paths. The
// detective picks the pattern and its parameters; it runs on the case worker (Cancel stops it, nothing is
// saved then) and is saved as a run. Each result row shows the figures that made it match; selecting it
// lists the transactions or calls it rests on, and each of those opens in Details with its source row.
#include "progress.h"
#include "recordkind.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class PatternsView : public QWidget
{
    Q_OBJECT
public:
    explicit PatternsView(QWidget *parent = nullptr);
    void setWorker(casefile::CaseWorker *worker);
    // Runs the chosen pattern with the entities typed (comma-separated) on the worker.
    void run();
    void cancel();

    QComboBox *kind() const { return m_kind; }
    QLineEdit *entities() const { return m_entities; }
    QSpinBox *minCounterparties() const { return m_min; }
    QTableWidget *results() const { return m_results; }
    QTableWidget *evidence() const { return m_evidence; }
    bool isBusy() const { return m_busy; }
    QString status() const;

signals:
    void recordSelected(cb::casefile::RecordKind kind, qint64 id);
    // The shown run, to be kept as an exhibit for the evidence packet.
    void bookmarkRequested(const QString &run);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void showResult();
    void showEvidence(int row);
    void openEvidence(int row);
    void setBusy(bool busy);

    QComboBox *m_kind, *m_graph;
    QLineEdit *m_entities, *m_window;
    QSpinBox *m_min;
    QPushButton *m_run, *m_cancel, *m_bookmark;
    QLabel *m_kindLabel, *m_entitiesLabel, *m_windowLabel, *m_minLabel, *m_graphLabel, *m_summary, *m_evidenceTitle;
    QTableWidget *m_results, *m_evidence;
    casefile::CaseWorker *m_worker = nullptr;
    QJsonObject m_result;
    QString m_error;
    Progress m_token;
    bool m_busy = false;
};

} // namespace cb::widgets
