#pragma once
// A table of one record kind for views, windowed: rowCount() is the whole (filtered) count, and only the
// pages of 256 rows that a view asks for are fetched, on the worker's read connection, never on the
// calling thread. At most kMaxPages pages are kept (least recently used go), so memory does not grow
// with how far one scrolls. Sorting and filtering run in SQL (the query layer). The model follows the
// worker's change announcements: an import or a merge refreshes what it shows, keeping its size until the
// new count arrives.
//
// DisplayRole returns raw values (UTC milliseconds, minor units); ColumnKindRole tells the UI proxy how to
// format a column, and the provenance (source file : locator) is the last column.
#include "query/recordquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace cb::casefile {

class CaseWorker;
struct Change;

class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { ColumnKindRole = Qt::UserRole + 1, RowIdRole, CurrencyRole, LoadedRole };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 64;

    // Sorted by sortColumn (ascending) from its first query when one is given.
    RecordModel(CaseWorker *worker, RecordKind kind, QObject *parent = nullptr, int sortColumn = -1);

    RecordKind kind() const { return m_query.kind; }
    const RecordQuery &query() const { return m_query; }
    void setFilter(const RecordFilter &filter);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    qint64 totalRows() const { return m_total; }
    int loadedRows() const; // rows held in memory now
    bool isLoading() const { return !m_pending.isEmpty() || m_counting; }
    // Asks for the rows of [first, last] (a view's visible window) now, instead of when data() is asked.
    void prefetch(int first, int last) const;
    // Recounts and drops every loaded page (what the worker's change announcements trigger).
    void reload();

signals:
    void loadingFinished(); // the count and the pages asked for so far are in

private:
    void onChanged(const Change &change);
    void requestPage(int page) const;
    void pageArrived(quint64 generation, int page, const Result<QVector<RecordRow>> &rows);
    void countArrived(quint64 generation, const Result<qint64> &count, const Result<QVector<RecordRow>> &first);
    void store(int page, QVector<RecordRow> rows) const;

    QPointer<CaseWorker> m_worker;
    RecordQuery m_query;
    qint64 m_total = 0;
    quint64 m_generation = 0; // results of an older query or count are dropped
    bool m_counting = false;
    Progress m_inflight;      // cancels what the previous generation still runs
    mutable QHash<int, QVector<RecordRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable QSet<int> m_pending;
};

} // namespace cb::casefile
