#pragma once
// The Leads tab: the leads register as the national gang-crime informant platform keeps one — each lead's
// code, status, summary, source and entities, filterable by status, with the selected lead's history (who
// moved it when, with what note). Registering a lead and moving it go through the case session (undoable);
// the tab follows the worker's change announcements.
#include "session/leads.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cb::casefile {
class CaseWorker;
struct Change;
} // namespace cb::casefile

namespace cb::widgets {

class LeadsView : public QWidget
{
    Q_OBJECT
public:
    explicit LeadsView(QWidget *parent = nullptr);
    void setWorker(casefile::CaseWorker *worker);
    void refresh();
    QComboBox *statusFilter() const { return m_filter; }
    QTableWidget *table() const { return m_table; }
    QTextBrowser *history() const { return m_history; }
    const QList<casefile::LeadRow> &shown() const { return m_rows; }
    bool isLoading() const { return m_loading; }

signals:
    void addRequested();
    void statusRequested(const QString &code, cb::casefile::LeadStatus status);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void render();
    void showHistory();
    void showMenu(const QPoint &at);

    QComboBox *m_filter;
    QPushButton *m_add;
    QTableWidget *m_table;
    QTextBrowser *m_history;
    QLabel *m_summary;
    casefile::CaseWorker *m_worker = nullptr;
    QList<casefile::LeadRow> m_rows;
    quint64 m_generation = 0;
    bool m_loading = false;
};

QString leadStatusTitle(casefile::LeadStatus status);

} // namespace cb::widgets
