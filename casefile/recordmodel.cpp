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
// A message's parties as stored (the raw sender, else the sender entity, e.g. the seized phone's owner);
// an incoming message with no recipient written went to the seized phone's owner line.
const char *const kMessageSql =
    "SELECT m.id, m.time_utc, m.app, m.direction, coalesce(nullif(m.sender, ''), (SELECT value FROM identifiers WHERE entity_id = m.sender_id LIMIT 1)), "
    "coalesce(nullif(m.recipients, ''), CASE WHEN m.direction = 'in' THEN (SELECT i.value FROM links l JOIN identifiers i ON i.entity_id = l.from_id "
    "WHERE l.to_id = m.device_id AND l.kind IN ('uses_device', 'owns_device') AND l.undone_at IS NULL LIMIT 1) END), m.body, (SELECT coalesce(e.name, i.value) FROM entities e LEFT JOIN identifiers i ON i.entity_id = e.id WHERE e.id = m.device_id LIMIT 1), "
    "s.file_name || ' : ' || m.locator FROM messages m JOIN sources s ON s.id = m.source_id WHERE m.id > ? ORDER BY m.id LIMIT 256";
const char *const kContactSql =
    "SELECT c.id, c.name, coalesce((SELECT value FROM identifiers WHERE entity_id = c.contact_id LIMIT 1), c.value), "
    "(SELECT value FROM identifiers WHERE entity_id = c.owner_id LIMIT 1), "
    "(SELECT coalesce(e.name, i.value) FROM entities e LEFT JOIN identifiers i ON i.entity_id = e.id WHERE e.id = c.device_id LIMIT 1), "
    "s.file_name || ' : ' || c.locator FROM contacts c JOIN sources s ON s.id = c.source_id WHERE c.id > ? ORDER BY c.id LIMIT 256";
// Balances a bank stated without the movements (a daily balance history), at the end of their day.
const char *const kBalanceSql =
    "SELECT b.id, b.time_utc, (SELECT value FROM identifiers WHERE entity_id = b.account_id LIMIT 1), b.balance_minor, "
    "b.currency, b.value_balance_minor, s.file_name || ' : ' || b.locator "
    "FROM balances b JOIN sources s ON s.id = b.source_id WHERE b.id > ? ORDER BY b.id LIMIT 256";

const char *pageSql(RecordModel::Kind k)
{
    switch (k) {
    case RecordModel::Kind::Transactions: return kTxSql;
    case RecordModel::Kind::Calls: return kCallSql;
    case RecordModel::Kind::CellSites: return kCellSql;
    case RecordModel::Kind::Messages: return kMessageSql;
    case RecordModel::Kind::Contacts: return kContactSql;
    case RecordModel::Kind::Balances: return kBalanceSql;
    }
    return kTxSql;
}

const char *countSql(RecordModel::Kind k)
{
    switch (k) {
    case RecordModel::Kind::Transactions: return "SELECT count(*) FROM transactions";
    case RecordModel::Kind::Calls: return "SELECT count(*) FROM calls";
    case RecordModel::Kind::CellSites: return "SELECT count(*) FROM cell_sites";
    case RecordModel::Kind::Messages: return "SELECT count(*) FROM messages";
    case RecordModel::Kind::Contacts: return "SELECT count(*) FROM contacts";
    case RecordModel::Kind::Balances: return "SELECT count(*) FROM balances";
    }
    return "SELECT 0";
}
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
    case Kind::Messages:
        m_columns = {{QT_TR_NOOP("Time"), CK::TimeUtcMs}, {QT_TR_NOOP("App"), CK::Text},       {QT_TR_NOOP("Direction"), CK::Direction},
                     {QT_TR_NOOP("From"), CK::Text},      {QT_TR_NOOP("To"), CK::Text},        {QT_TR_NOOP("Text"), CK::Text},
                     {QT_TR_NOOP("Device"), CK::Text},    {QT_TR_NOOP("Source"), CK::Text}};
        break;
    case Kind::Contacts:
        m_columns = {{QT_TR_NOOP("Name"), CK::Text},   {QT_TR_NOOP("Number or account"), CK::Text}, {QT_TR_NOOP("In the address book of"), CK::Text},
                     {QT_TR_NOOP("Device"), CK::Text}, {QT_TR_NOOP("Source"), CK::Text}};
        break;
    case Kind::Balances:
        m_columns = {{QT_TR_NOOP("End of day"), CK::TimeUtcMs}, {QT_TR_NOOP("Account"), CK::Text},
                     {QT_TR_NOOP("Balance"), CK::AmountMinor},   {QT_TR_NOOP("Currency"), CK::Text},
                     {QT_TR_NOOP("Value-dated balance"), CK::AmountMinor}, {QT_TR_NOOP("Source"), CK::Text}};
        m_currencyColumn = 3;
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
    m_total = m_case ? m_case->db().scalar(countSql(m_kind)).toLongLong() : 0;
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
    sql::Statement st(m_case->db(), pageSql(m_kind));
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
