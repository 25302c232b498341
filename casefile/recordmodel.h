#pragma once
// Lazily fetched table of one record kind (transactions, calls, cell sites, messages, contacts) for views.
// Rows are fetched by keyset pages of 256 (a million rows cost no more than what was scrolled).
// DisplayRole returns raw values (UTC milliseconds, minor units); RawKindRole tells the UI proxy how to
// format a column, and the provenance (source file + locator) is a column of its own.
#include "casefile.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cb::casefile {

class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Transactions, Calls, CellSites, Messages, Contacts, Balances };
    enum Roles { ColumnKindRole = Qt::UserRole + 1, RowIdRole, CurrencyRole };
    enum class ColumnKind { Text, Integer, TimeUtcMs, AmountMinor, Duration, Direction };

    RecordModel(CaseFile *cf, Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    qint64 totalRows() const { return m_total; }
    void reload();

private:
    struct Column
    {
        const char *title; // translated in headerData
        ColumnKind kind;
    };
    QVector<Column> m_columns;
    CaseFile *m_case;
    Kind m_kind;
    QVector<QVector<QVariant>> m_rows;
    qint64 m_lastId = 0;
    qint64 m_total = 0;
    bool m_atEnd = false;
    bool m_fetching = false; // views and testers may call back into fetchMore while rows are inserted
    int m_currencyColumn = -1;
};

class SourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SourceModel(CaseFile *cf, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    const SourceRow &source(int row) const { return m_sources.at(row); }
    void reload();

private:
    CaseFile *m_case;
    QList<SourceRow> m_sources;
};

} // namespace cb::casefile
