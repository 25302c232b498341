#include "query/recordmodel.h"

#include "session/caseworker.h"

#include <QCoreApplication>

namespace cb::casefile {

namespace {
using Page = Result<QVector<RecordRow>>;
struct CountAndFirst
{
    Result<qint64> count;
    Page first;
};
} // namespace

RecordModel::RecordModel(CaseWorker *worker, RecordKind kind, QObject *parent, int sortColumn)
    : QAbstractTableModel(parent), m_worker(worker)
{
    m_query.kind = kind;
    m_query.sortColumn = sortColumn;
    if (m_worker) {
        connect(m_worker, &CaseWorker::changed, this, &RecordModel::onChanged);
        reload();
    }
}

void RecordModel::onChanged(const Change &change)
{
    if (change.touches(ObjectKind::Sources) || change.touches(ObjectKind::Records) || change.touches(ObjectKind::Entities) ||
        (change.touches(ObjectKind::Links) && !m_query.filter.entities.isEmpty()))
        reload();
}

void RecordModel::setFilter(const RecordFilter &filter)
{
    m_query.filter = filter;
    reload();
}

void RecordModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortColumn = column;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void RecordModel::reload()
{
    if (!m_worker)
        return;
    ++m_generation;
    m_inflight.cancel(); // what the previous query still runs is no longer wanted
    m_inflight = Progress();
    m_pending.clear();
    m_counting = true;
    const quint64 generation = m_generation;
    const RecordQuery q = m_query;
    m_worker
        ->read<CountAndFirst>([q](CaseFile &cf, const Progress &p) {
            return CountAndFirst{countRecords(cf, q, p), recordPageAt(cf, q, 0, kPageSize, p)};
        }, m_inflight)
        .then(this, [this, generation](const CountAndFirst &r) { countArrived(generation, r.count, r.first); });
}

void RecordModel::countArrived(quint64 generation, const Result<qint64> &count, const Page &first)
{
    if (generation != m_generation)
        return;
    m_counting = false;
    const qint64 total = count ? qMin<qint64>(count.value(), std::numeric_limits<int>::max()) : 0;
    if (total != m_total) {
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        m_total = total;
        if (first)
            store(0, first.value());
        endResetModel();
    } else {
        m_pages.clear();
        m_recent.clear();
        if (first)
            store(0, first.value());
        if (m_total > 0)
            emit dataChanged(index(0, 0), index(int(m_total) - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    if (m_pending.isEmpty())
        emit loadingFinished();
}

void RecordModel::requestPage(int page) const
{
    if (!m_worker || m_counting || m_pending.contains(page) || page < 0 || qint64(page) * kPageSize >= m_total)
        return;
    m_pending.insert(page);
    auto *self = const_cast<RecordModel *>(this);
    const quint64 generation = m_generation;
    const RecordQuery q = m_query;
    // After the page before it when that one is here: keyset paging (no OFFSET scan); else by position.
    std::optional<RecordCursor> after;
    if (const auto prev = m_pages.constFind(page - 1); prev != m_pages.cend() && prev->size() == kPageSize)
        after = RecordCursor::after(prev->last());
    m_worker
        ->read<Page>([q, page, after](CaseFile &cf, const Progress &p) {
            return after ? recordPage(cf, q, after, kPageSize, p) : recordPageAt(cf, q, qint64(page) * kPageSize, kPageSize, p);
        }, m_inflight)
        .then(self, [self, generation, page](const Page &rows) { self->pageArrived(generation, page, rows); });
}

void RecordModel::pageArrived(quint64 generation, int page, const Page &rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    if (rows) {
        store(page, rows.value());
        const int first = page * kPageSize;
        const int last = qMin<int>(int(m_total) - 1, first + int(rows.value().size()) - 1);
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    if (m_pending.isEmpty() && !m_counting)
        emit loadingFinished();
}

void RecordModel::store(int page, QVector<RecordRow> rows) const
{
    m_pages.insert(page, std::move(rows));
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > kMaxPages)
        m_pages.remove(m_recent.takeFirst());
}

void RecordModel::prefetch(int first, int last) const
{
    for (int page = qMax(0, first) / kPageSize; page <= qMax(0, last) / kPageSize; ++page)
        if (!m_pages.contains(page))
            requestPage(page);
}

int RecordModel::loadedRows() const
{
    int n = 0;
    for (const auto &p : m_pages)
        n += int(p.size());
    return n;
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(recordColumns(m_query.kind).size());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    const QList<ColumnDef> &cols = recordColumns(m_query.kind);
    if (!index.isValid() || index.row() >= m_total || index.column() >= cols.size())
        return {};
    if (role == ColumnKindRole)
        return int(cols.at(index.column()).kind);
    const int page = index.row() / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || index.row() % kPageSize >= it->size()) {
        if (role == Qt::DisplayRole || role == RowIdRole)
            requestPage(page);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    if (m_recent.isEmpty() || m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const RecordRow &row = it->at(index.row() % kPageSize);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return row.values.value(index.column());
    case Qt::ToolTipRole: return cols.at(index.column()).kind == ColumnKind::Text ? row.values.value(index.column()) : QVariant();
    case RowIdRole: return row.id;
    case CurrencyRole: return currencyColumn(m_query.kind) >= 0 ? row.values.value(currencyColumn(m_query.kind)) : QVariant();
    case LoadedRole: return true;
    default: return {};
    }
}

QVariant RecordModel::headerData(int section, Qt::Orientation o, int role) const
{
    const QList<ColumnDef> &cols = recordColumns(m_query.kind);
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= cols.size())
        return QAbstractTableModel::headerData(section, o, role);
    return QCoreApplication::translate("cb::casefile::RecordQuery", cols.at(section).title);
}

} // namespace cb::casefile
