#pragma once
// The Entities panel: people, phones, accounts, cards, devices and app accounts, found by any written form
// of an identifier or by name, filtered by kind and role, each with all its identifiers. Selecting one
// shows it in Details; its context menu sets its role (subject, victim, witness, associate) and adds notes
// and tags through the case session; with two selected, it merges them as one person or marks a phone as
// a seized device's owner line. Read on the worker; follows the worker's change announcements.
#include "query/entityquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cb::casefile {
class CaseWorker;
struct Change;
} // namespace cb::casefile

namespace cb::widgets {

class EntityView : public QWidget
{
    Q_OBJECT
public:
    explicit EntityView(QWidget *parent = nullptr);
    void setWorker(casefile::CaseWorker *worker);
    // Runs the search with the filters shown (on the worker); the table fills when it is done.
    void refresh();
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *roleFilter() const { return m_role; }
    QTableWidget *table() const { return m_table; }
    const QList<casefile::EntityRow> &shown() const { return m_rows; }
    bool isSearching() const { return m_searching; }

signals:
    void entitySelected(qint64 id);
    void roleRequested(qint64 id, cb::casefile::Role role);
    void noteRequested(qint64 id);
    void tagRequested(qint64 id);
    void mergeRequested(qint64 a, qint64 b);
    void ownerRequested(qint64 device, qint64 phone);
    void timelineRequested(const QList<qint64> &entities); // show them as the timeline's lanes
    void chartRequested(const QList<qint64> &entities);    // a link chart starting from them

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void render();
    void onChanged(const casefile::Change &change);
    void showMenu(const QPoint &at);

    QLineEdit *m_search;
    QComboBox *m_kind, *m_role;
    QTableWidget *m_table;
    QLabel *m_summary;
    casefile::CaseWorker *m_worker = nullptr;
    QList<casefile::EntityRow> m_rows;
    quint64 m_generation = 0;
    bool m_searching = false;
    QString m_error; // why the last search failed
};

// A role's name as the workbench shows it (translated).
QString roleTitle(casefile::Role role);
// An entity kind ("bank_account") as the workbench names it (translated).
QString entityKindTitle(const QString &kind);

} // namespace cb::widgets
