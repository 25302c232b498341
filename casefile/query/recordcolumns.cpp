// How each record kind is stored and shown: its columns (SQL over the record table r and its source s),
// the columns that name its parties, its time, its amount and its text. Entities are shown through the
// entity_labels view only, so a phone, an account or a device reads the same in every table and export.
#include "query/recordcolumns.h"

#include <QCoreApplication>

namespace cb::casefile {

#define LABEL(col) "(SELECT label FROM entity_labels WHERE entity_id = " col ")"
#define SORTLABEL(col) "coalesce(" LABEL(col) ", '')"
#define TEXT(key, title, expr) {key, title, ColumnKind::Text, expr, "coalesce(" expr ", '')"}
#define SOURCE {"source", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Source"), ColumnKind::Text, "s.file_name || ' : ' || r.locator", "s.file_name || ' : ' || r.locator"}

namespace {

// A message's parties as stored (the raw sender, else the sender entity, e.g. the seized phone's owner); an
// incoming message with no recipient written went to the seized phone's owner line.
const char *const kMessageTo =
    "coalesce(nullif(r.recipients, ''), CASE WHEN r.direction = 'in' THEN (SELECT la.label FROM links l JOIN entity_labels la "
    "ON la.entity_id = l.from_id WHERE l.to_id = r.device_id AND l.kind IN ('uses_device', 'owns_device') AND l.undone_at IS NULL "
    "ORDER BY l.id LIMIT 1) END)";

const QList<ColumnDef> kTransactions = {
    {"time", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Time"), ColumnKind::TimeUtcMs, "r.time_utc", "r.time_utc"},
    {"account", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Account"), ColumnKind::Text, LABEL("r.account_id"), SORTLABEL("r.account_id")},
    {"amount", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Amount"), ColumnKind::AmountMinor, "r.amount_minor", "r.amount_minor"},
    {"currency", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Currency"), ColumnKind::Text, "r.currency", "r.currency"},
    {"balance", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Balance"), ColumnKind::AmountMinor, "r.balance_minor",
     "coalesce(r.balance_minor, -9223372036854775807)"},
    TEXT("counterparty_account", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Counterparty account"),
         "coalesce(" LABEL("r.counterparty_id") ", r.counterparty_account)"),
    TEXT("counterparty_name", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Counterparty name"), "r.counterparty_name"),
    TEXT("reference", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Reference"), "r.reference"),
    TEXT("description", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Description"), "r.description"),
    SOURCE,
    {"duplicate_of", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Duplicate of"), ColumnKind::Text,
     "(SELECT ds.file_name || ' : ' || d.locator FROM transactions d JOIN sources ds ON ds.id = d.source_id WHERE d.id = r.duplicate_of)",
     "coalesce(r.duplicate_of, 0)"},
};

const QList<ColumnDef> kCalls = {
    {"time", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Start"), ColumnKind::TimeUtcMs, "r.start_utc", "r.start_utc"},
    {"subscriber", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Subscriber"), ColumnKind::Text, LABEL("r.subscriber_id"), SORTLABEL("r.subscriber_id")},
    {"direction", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Direction"), ColumnKind::Direction, "r.direction", "r.direction"},
    TEXT("other_party", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Other party"), "coalesce(" LABEL("r.other_id") ", r.other_number)"),
    {"duration", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Duration"), ColumnKind::Duration, "r.duration_s", "coalesce(r.duration_s, -1)"},
    TEXT("cell", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Cell"), "r.cell_id"),
    TEXT("imei", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "IMEI"), "r.imei"),
    TEXT("imsi", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "IMSI"), "r.imsi"),
    SOURCE,
};

const QList<ColumnDef> kMessages = {
    {"time", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Time"), ColumnKind::TimeUtcMs, "r.time_utc", "r.time_utc"},
    TEXT("app", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "App"), "r.app"),
    {"direction", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Direction"), ColumnKind::Direction, "r.direction", "coalesce(r.direction, '')"},
    TEXT("from", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "From"), "coalesce(nullif(r.sender, ''), " LABEL("r.sender_id") ")"),
    {"to", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "To"), ColumnKind::Text, kMessageTo, nullptr},
    TEXT("text", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Text"), "r.body"),
    TEXT("device", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Device"), LABEL("r.device_id")),
    SOURCE,
};

const QList<ColumnDef> kContacts = {
    TEXT("name", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Name"), "r.name"),
    TEXT("value", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Number or account"), "coalesce(" LABEL("r.contact_id") ", r.value)"),
    TEXT("owner", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "In the address book of"), LABEL("r.owner_id")),
    TEXT("device", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Device"), LABEL("r.device_id")),
    SOURCE,
};

const QList<ColumnDef> kLocations = {
    {"time", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Time"), ColumnKind::TimeUtcMs, "r.time_utc", "r.time_utc"},
    TEXT("subject", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Whose"), LABEL("r.entity_id")),
    {"lat", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Latitude"), ColumnKind::Real, "r.lat", "r.lat"},
    {"lon", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Longitude"), ColumnKind::Real, "r.lon", "r.lon"},
    {"accuracy", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Accuracy (m)"), ColumnKind::Real, "r.accuracy_m", "coalesce(r.accuracy_m, -1)"},
    TEXT("label", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Place"), "r.label"),
    SOURCE,
};

const QList<ColumnDef> kCellSites = {
    {"cell", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Cell"), ColumnKind::Text, "r.cell_id", "r.cell_id"},
    {"lat", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Latitude"), ColumnKind::Real, "r.lat", "coalesce(r.lat, -1000)"},
    {"lon", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Longitude"), ColumnKind::Real, "r.lon", "coalesce(r.lon, -1000)"},
    {"azimuth", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Azimuth"), ColumnKind::Integer, "r.azimuth", "coalesce(r.azimuth, -1)"},
    TEXT("address", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Address"), "r.address"),
    SOURCE,
};

const QList<ColumnDef> kBalances = {
    {"time", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "End of day"), ColumnKind::TimeUtcMs, "r.time_utc", "r.time_utc"},
    {"account", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Account"), ColumnKind::Text, LABEL("r.account_id"), SORTLABEL("r.account_id")},
    {"balance", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Balance"), ColumnKind::AmountMinor, "r.balance_minor", "r.balance_minor"},
    {"currency", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Currency"), ColumnKind::Text, "r.currency", "r.currency"},
    {"value_balance", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Value-dated balance"), ColumnKind::AmountMinor, "r.value_balance_minor",
     "coalesce(r.value_balance_minor, -9223372036854775807)"},
    SOURCE,
};

const QList<ColumnDef> kArtifacts = {
    {"time", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Time"), ColumnKind::TimeUtcMs, "r.time_utc", "coalesce(r.time_utc, -9223372036854775807)"},
    {"type", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Type"), ColumnKind::Text, "r.type", "r.type"},
    TEXT("device", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Device"), LABEL("r.device_id")),
    {"fields", QT_TRANSLATE_NOOP("cb::casefile::RecordQuery", "Fields"), ColumnKind::Text, "r.fields", nullptr},
    SOURCE,
};

} // namespace

const QList<ColumnDef> &recordColumns(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Transactions: return kTransactions;
    case RecordKind::Calls: return kCalls;
    case RecordKind::Messages: return kMessages;
    case RecordKind::Contacts: return kContacts;
    case RecordKind::Locations: return kLocations;
    case RecordKind::CellSites: return kCellSites;
    case RecordKind::Balances: return kBalances;
    case RecordKind::Artifacts: return kArtifacts;
    }
    return kTransactions;
}

int currencyColumn(RecordKind kind)
{
    return kind == RecordKind::Transactions || kind == RecordKind::Balances ? 3 : -1;
}

bool hasTime(RecordKind kind)
{
    return timeColumn(kind) != nullptr;
}

const char *timeColumn(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Transactions:
    case RecordKind::Messages:
    case RecordKind::Locations:
    case RecordKind::Balances:
    case RecordKind::Artifacts: return "r.time_utc";
    case RecordKind::Calls: return "r.start_utc";
    case RecordKind::Contacts:
    case RecordKind::CellSites: return nullptr;
    }
    return nullptr;
}

QList<const char *> partyColumns(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Transactions: return {"r.account_id", "r.counterparty_id"};
    case RecordKind::Calls: return {"r.subscriber_id", "r.other_id", "r.device_id"};
    case RecordKind::Messages: return {"r.sender_id", "r.device_id"};
    case RecordKind::Contacts: return {"r.owner_id", "r.contact_id", "r.device_id"};
    case RecordKind::Locations: return {"r.entity_id"};
    case RecordKind::CellSites: return {"r.entity_id"};
    case RecordKind::Balances: return {"r.account_id"};
    case RecordKind::Artifacts: return {"r.device_id"};
    }
    return {};
}

const char *amountColumn(RecordKind kind)
{
    return kind == RecordKind::Transactions ? "r.amount_minor" : kind == RecordKind::Balances ? "r.balance_minor" : nullptr;
}

const char *textColumns(RecordKind kind)
{
    switch (kind) {
    // Parties are matched as shown (their labels) and as written in the source.
    case RecordKind::Transactions:
        return "coalesce(" LABEL("r.counterparty_id") ", '') || ' ' || coalesce(r.counterparty_account, '') || ' ' || coalesce(r.counterparty_name, '') "
               "|| ' ' || coalesce(r.reference, '') || ' ' || coalesce(r.description, '') || ' ' || coalesce(r.channel, '')";
    case RecordKind::Calls:
        return "coalesce(" LABEL("r.subscriber_id") ", '') || ' ' || coalesce(" LABEL("r.other_id") ", '') || ' ' || coalesce(r.other_number, '') "
               "|| ' ' || coalesce(r.cell_id, '') || ' ' || coalesce(r.imei, '') || ' ' || coalesce(r.imsi, '')";
    case RecordKind::Messages:
        return "coalesce(" LABEL("r.sender_id") ", '') || ' ' || coalesce(r.sender, '') || ' ' || coalesce(r.recipients, '') || ' ' || "
               "coalesce(r.app, '') || ' ' || coalesce(r.body, '')";
    case RecordKind::Contacts: return "coalesce(r.name, '') || ' ' || coalesce(r.value, '')";
    case RecordKind::Locations: return "coalesce(r.label, '')";
    case RecordKind::CellSites: return "r.cell_id || ' ' || coalesce(r.address, '')";
    case RecordKind::Balances: return "r.currency";
    case RecordKind::Artifacts: return "r.type || ' ' || r.fields";
    }
    return "''";
}

const char *directionCondition(RecordKind kind, const QString &direction)
{
    if (kind == RecordKind::Transactions)
        return direction == u"in" ? "r.amount_minor > 0" : direction == u"out" ? "r.amount_minor < 0" : nullptr;
    if (kind == RecordKind::Calls || kind == RecordKind::Messages)
        return "r.direction = ?";
    return nullptr;
}

} // namespace cb::casefile
