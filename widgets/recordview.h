#pragma once
// A table of one record kind: windowed (the model fetches only the rows on screen, on the worker),
// sorted by clicking a column header and filtered by words typed above it (both in SQL), with a row
// counter and provenance in the last column.
#include "recordkind.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimeZone;

namespace cb::casefile {
class CaseWorker;
class RecordModel;
} // namespace cb::casefile

namespace cb::widgets {

class DisplayProxy;

class RecordView : public QWidget
{
    Q_OBJECT
public:
    explicit RecordView(casefile::RecordKind kind, QWidget *parent = nullptr);
    ~RecordView() override;
    // The open case (null: none); the view's model follows the worker's change announcements.
    void setWorker(casefile::CaseWorker *worker, const QTimeZone &zone);
    casefile::RecordKind kind() const { return m_kind; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    casefile::RecordModel *model() const { return m_model; }
    // The record under the cursor (its id), 0 when none.
    qint64 currentId() const;
    // Selects a record chosen elsewhere (the timeline) and scrolls to it, if the table's filter shows it.
    void selectRecord(qint64 id);
    // The selected rows as tab-separated text as shown (header first), for the clipboard.
    QString selectionAsText() const;
    // The records of the selected rows, in the table's order; empty when none is selected, or when a row's
    // record is not loaded (a selection of more rows than were ever on screen: the caller exports all).
    QList<qint64> selectedIds() const;
    // The header's menu: a check per column (shown or hidden), fit to contents, reset (recordcolumns.cpp).
    QMenu *columnMenu(QWidget *parent);
    void showColumn(int logical, bool shown);
    void resetColumns();
    // The columns shown, in the order shown (logical indexes).
    QList<int> shownColumns() const;

signals:
    void recordSelected(cb::casefile::RecordKind kind, qint64 id);
    void noteRequested(cb::casefile::RecordKind kind, qint64 id);
    void tagRequested(cb::casefile::RecordKind kind, qint64 id);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void updateCount();
    void applyFilter();
    void showMenu(const QPoint &at);
    void setUpColumns();
    void saveColumns();
    bool restoreColumns(); // the arrangement kept for this kind; false when none
    QTimer m_saveColumns;
    bool m_restoring = false;
    casefile::RecordKind m_kind;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_count;
    casefile::RecordModel *m_model = nullptr;
    casefile::CaseWorker *m_worker = nullptr;
    DisplayProxy *m_proxy;
    bool m_sized = false;
    bool m_selecting = false; // a selection made here for another view: not announced back
};

} // namespace cb::widgets
