#include "recordmodel.h"

#include <QCoreApplication>

namespace cb::casefile {

namespace {
const char *const kTxSql =
    "SELECT t.id, t.time_utc, (SELECT value FROM identifiers WHERE entity_id = t.account_id LIMIT 1), "
    "t.amount_minor, t.currency, t.balance_minor, coalesce((SELECT value FROM identifiers WHERE entity_id = "
    "t.counterparty_id LIMIT 1), t.counterparty_account), t.counterparty_name, t.reference, t.description, "
    "s.file_name || ' : ' || t.locator, "
    "(SELECT ds.file_name || ' : ' || d.locator FROM transactions d JOIN sources ds ON ds.id = d.source_id WHERE d.id = t.duplicate_of) "
    "FROM transactions t JOIN sources s ON s.id = t.source_id WHERE t.id > ? ORDER BY t.id LIMIT 256";
const char *const kCallSql =
    "SELECT c.id, c.start_utc, (SELECT value FROM identifiers WHERE entity_id = c.subscriber_id LIMIT 1), "
    "c.direction, coalesce((SELECT value FROM identifiers WHERE entity_id = c.other_id LIMIT 1), c.other_number), "
    "c.duration_s, c.cell_id, c.imei, c.imsi, s.file_name || ' : ' || c.locator "
    "FROM calls c JOIN sources s ON s.id = c.source_id WHERE c.id > ? ORDER BY c.id LIMIT 256";
const char *const kCellSql =
    "SELECT c.id, c.cell_id, c.lat, c.lon, c.azimuth, c.address, s.file_name || ' : ' || c.locator "
    "FROM cell_sites c JOIN sources s ON s.id = c.source_id WHERE c.id > ? ORDER BY c.id LIMIT 256";
} // namespace

RecordModel::RecordModel(CaseFile *cf, Kind kind, QObject *parent) : QAbstractTableModel(parent), m_case(cf), m_kind(kind)
{
    using CK = ColumnKind;
    switch (kind) {
    case Kind::Transactions:
        m_columns = {{QT_TR_NOOP("Time"), CK::TimeUtcMs},      {QT_TR_NOOP("Account"), CK::Text},
                     {QT_TR_NOOP("Amount"), CK::AmountMinor},  {QT_TR_NOOP("Currency"), CK::Text},
                     {QT_TR_NOOP("Balance"), CK::AmountMinor}, {QT_TR_NOOP("Counterparty account"), CK::Text},
                     {QT_TR_NOOP("Counterparty name"), CK::Text}, {QT_TR_NOOP("Reference"), CK::Text},
                     {QT_TR_NOOP("Description"), CK::Text},    {QT_TR_NOOP("Source"), CK::Text},
                     {QT_TR_NOOP("Duplicate of"), CK::Text}};
        m_currencyColumn = 3;
        break;
    case Kind::Calls:
        m_columns = {{QT_TR_NOOP("Start"), CK::TimeUtcMs}, {QT_TR_NOOP("Subscriber"), CK::Text},
                     {QT_TR_NOOP("Direction"), CK::Direction},  {QT_TR_NOOP("Other party"), CK::Text},
                     {QT_TR_NOOP("Duration"), CK::Duration}, {QT_TR_NOOP("Cell"), CK::Text},
                     {QT_TR_NOOP("IMEI"), CK::Text},       {QT_TR_NOOP("IMSI"), CK::Text},
                     {QT_TR_NOOP("Source"), CK::Text}};
        break;
    case Kind::CellSites:
        m_columns = {{QT_TR_NOOP("Cell"), CK::Text},    {QT_TR_NOOP("Latitude"), CK::Text},
                     {QT_TR_NOOP("Longitude"), CK::Text}, {QT_TR_NOOP("Azimuth"), CK::Integer},
                     {QT_TR_NOOP("Address"), CK::Text}, {QT_TR_NOOP("Source"), CK::Text}};
        break;
    }
    reload();
}

void RecordModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastId = 0;
    m_atEnd = false;
    const char *table = m_kind == Kind::Transactions ? "SELECT count(*) FROM transactions"
                        : m_kind == Kind::Calls      ? "SELECT count(*) FROM calls"
                                                     : "SELECT count(*) FROM cell_sites";
    m_total = m_case ? m_case->db().scalar(table).toLongLong() : 0;
    endResetModel();
    fetchMore({});
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_case;
}

void RecordModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const char *sqlText = m_kind == Kind::Transactions ? kTxSql : m_kind == Kind::Calls ? kCallSql : kCellSql;
    sql::Statement st(m_case->db(), sqlText);
    st.bind(1, m_lastId);
    QVector<QVector<QVariant>> page;
    while (st.step()) {
        QVector<QVariant> row(st.columnCount());
        for (int c = 0; c < row.size(); ++c)
            row[c] = st.value(c);
        m_lastId = row[0].toLongLong();
        page.append(row);
    }
    if (page.size() < 256)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const auto &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return row.value(index.column() + 1);
    case ColumnKindRole: return int(m_columns.at(index.column()).kind);
    case RowIdRole: return row.value(0);
    case CurrencyRole: return m_currencyColumn >= 0 ? row.value(m_currencyColumn + 1) : QVariant();
    default: return {};
    }
}

QVariant RecordModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, o, role);
    return tr(m_columns.at(section).title);
}

SourceModel::SourceModel(CaseFile *cf, QObject *parent) : QAbstractTableModel(parent), m_case(cf)
{
    reload();
}

void SourceModel::reload()
{
    beginResetModel();
    m_sources = m_case ? m_case->sources() : QList<SourceRow>();
    endResetModel();
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size() || role != Qt::DisplayRole)
        return {};
    const SourceRow &s = m_sources.at(index.row());
    switch (index.column()) {
    case 0: return s.fileName;
    case 1: return s.format;
    case 2: return s.certificate.value(QStringLiteral("rows_accepted")).toInteger();
    case 3: return s.certificate.value(QStringLiteral("rows_rejected")).toInteger();
    case 4: return s.importedAt;
    }
    return {};
}

QVariant SourceModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case 0: return tr("File");
    case 1: return tr("Format");
    case 2: return tr("Accepted");
    case 3: return tr("Rejected");
    case 4: return tr("Imported (UTC)");
    }
    return {};
}

} // namespace cb::casefile
