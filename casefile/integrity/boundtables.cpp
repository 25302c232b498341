#include "integrity/boundtables.h"

#include "integrity/digestset.h"
#include "integrity/rowencoder.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <sqlite3.h>

namespace cb::casefile::integrity {

namespace {

// The UUID a note or tag points to, whatever table its target is in: renumbering the row it was attached
// to shows as a change of the note.
#define CB_TARGET(t) " WHEN '" t "' THEN (SELECT uuid FROM " t " WHERE id = target_id)"
#define CB_TARGET_UUID                                                                                     \
    "CASE target_table" CB_TARGET("entities") CB_TARGET("sources") CB_TARGET("transactions")                \
        CB_TARGET("calls") CB_TARGET("messages") CB_TARGET("contacts") CB_TARGET("locations")              \
            CB_TARGET("cell_sites") CB_TARGET("balances") CB_TARGET("artifacts") CB_TARGET("leads")        \
                CB_TARGET("analyst_events") CB_TARGET("links") " END"
#define CB_ENTITY_UUID(col) "(SELECT uuid FROM entities WHERE id = " col ")"

void rowDigestFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    RowEncoder e;
    e.putInt('V', RowEncoder::Version);
    for (int i = 0; i < argc; ++i)
        e.value(argv[i]);
    const RowDigest d = e.finish();
    auto *collector = static_cast<DigestCollector *>(sqlite3_user_data(ctx));
    if (collector && collector->armed && argc > 0 && sqlite3_value_type(argv[0]) == SQLITE_TEXT)
        collector->rowsOf(reinterpret_cast<const char *>(sqlite3_value_text(argv[0]))).add(d);
    sqlite3_result_blob(ctx, d.data(), int(d.size()), SQLITE_TRANSIENT);
}

} // namespace

const QList<SourceOwnedTable> &sourceOwnedTables()
{
    static const QList<SourceOwnedTable> tables = {
        {"transactions",
         "uuid, source_id, locator, account_id, counterparty_id, counterparty_account, counterparty_name, amount_minor, "
         "currency, balance_minor, time_utc, utc_offset, value_date, channel, reference, description, amount_exact",
         true},
        {"calls",
         "uuid, source_id, locator, subscriber_id, other_id, other_number, direction, start_utc, utc_offset, duration_s, "
         "status, cell_id, cell_site_id, device_id, imei, imsi",
         true},
        {"cell_sites", "uuid, source_id, locator, entity_id, cell_id, lat, lon, azimuth, address", true},
        {"messages", "uuid, source_id, locator, sender_id, sender, recipients, time_utc, utc_offset, app, direction, body, device_id", true},
        {"contacts", "uuid, source_id, locator, owner_id, contact_id, name, value, device_id", true},
        {"locations", "uuid, source_id, locator, entity_id, time_utc, utc_offset, lat, lon, accuracy_m, label", true},
        {"artifacts", "uuid, source_id, locator, device_id, type, time_utc, utc_offset, fields", true},
        {"balances", "uuid, source_id, locator, account_id, currency, time_utc, utc_offset, balance_minor, value_balance_minor", true},
        // Entity ids are what records point to, so they are digested here. A name is left out: a later
        // import may fill in the name of an entity an earlier one created.
        {"entities", "id, uuid, kind, source_id, locator", false},
        {"identifiers", "id, entity_id, type, value, partial, source_id, locator", false},
        {"source_companions", "source_id, name, role, size, sha256", false},
        // Links an import made (a device's owner line); undoing one is the session's, bound by row.
        {"links", "id, uuid, kind, from_id, to_id, source_id, locator, confidence, justification, actor, created_at", false,
         " AND source_id IS NOT NULL"},
    };
    return tables;
}

const QList<RowBoundTable> &rowBoundTables()
{
    static const QList<RowBoundTable> tables = {
        {"meta", {"key"}, "key, value"},
        {"sources", {"id"},
         "id, uuid, file_name, size, sha256, format, importer_id, importer_version, profile, imported_at, investigator, "
         "legal_basis, timezone, region, forced, certificate, device_id"},
        {"links", {"id"},
         "id, uuid, kind, from_id, to_id, source_id, locator, confidence, justification, actor, created_at, undone_at, "
         "undone_by, " CB_ENTITY_UUID("from_id") ", " CB_ENTITY_UUID("to_id")},
        {"roles", {"entity_id"}, "entity_id, role, justification, actor, set_at, " CB_ENTITY_UUID("entity_id")},
        {"notes", {"id"}, "id, uuid, target_table, target_id, text, author, created_at, edited_at, deleted_at, " CB_TARGET_UUID},
        {"tags", {"id"}, "id, uuid, target_table, target_id, tag, actor, created_at, " CB_TARGET_UUID},
        {"leads", {"id"}, "id, uuid, code, summary, source, status, created_by, created_at, deleted_at"},
        {"lead_history", {"id"}, "id, lead_id, status, note, actor, at"},
        {"lead_entities", {"lead_id", "entity_id"}, "lead_id, entity_id, " CB_ENTITY_UUID("entity_id")},
        {"analyst_events", {"id"}, "id, uuid, time_utc, utc_offset, text, basis, actor, created_at, deleted_at"},
        {"analyst_event_entities", {"event_id", "entity_id"}, "event_id, entity_id, " CB_ENTITY_UUID("entity_id")},
        {"exhibits", {"id"}, "id, uuid, number, kind, spec, caption, note, actor, created_at, removed_at"},
        {"link_statuses", {"id"}, "id, link_id, status, basis, justification, actor, at"},
        {"analysis_runs", {"id"},
         "id, uuid, code, kind, parameters, actor, at, data_sha256, result_sha256, result, rows_read, rerun_of"},
        {"merge_conflicts", {"id"},
         "id, uuid, code, table_name, identity, mine, theirs, theirs_sha256, peer, reason, detected_at, resolution, "
         "resolved_by, resolved_at"},
    };
    return tables;
}

const RowBoundTable *rowBoundTable(const QString &name)
{
    for (const RowBoundTable &t : rowBoundTables())
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

const SourceOwnedTable *sourceOwnedTable(const QString &name)
{
    for (const SourceOwnedTable &t : sourceOwnedTables())
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

QByteArray digestExpression(const char *table, const char *columns)
{
    return QByteArray("cb_row_digest('") + table + "', " + columns + ")";
}

QByteArray recordInsertSql(const char *table, int rows)
{
    const SourceOwnedTable *spec = sourceOwnedTable(QLatin1String(table));
    Q_ASSERT(spec && spec->storesDigest);
    const int n = int(QByteArray(spec->columns).count(',')) + 1;
    QByteArray sql = QByteArray("INSERT INTO ") + table + "(" + spec->columns + ", digest) VALUES ";
    for (int r = 0; r < rows; ++r) {
        QByteArray params;
        for (int i = 1; i <= n; ++i)
            params += (i > 1 ? ", ?" : "?") + QByteArray::number(r * n + i);
        sql += (r ? ", (" : "(") + params + ", cb_row_digest('" + table + "', " + params + "))";
    }
    return sql;
}

Status registerRowDigest(sqlite3 *db, DigestCollector *collector)
{
    // Not SQLITE_DETERMINISTIC: it has a side effect (the collector), so SQLite must call it for every row.
    const int rc = sqlite3_create_function_v2(db, "cb_row_digest", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, collector,
                                              rowDigestFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Status::error(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

QString setDigest(std::vector<RowDigest> &digests)
{
    sortDigests(digests);
    Sha256 h;
    for (const RowDigest &d : digests)
        h.add(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
    return h.hexDigest();
}

RowDigest toRowDigest(const QByteArray &blob)
{
    RowDigest d{};
    memcpy(d.data(), blob.constData(), size_t(qMin(blob.size(), qsizetype(d.size()))));
    return d;
}

} // namespace cb::casefile::integrity
