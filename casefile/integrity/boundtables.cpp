#include "integrity/boundtables.h"

#include "hash.h"

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

const char kVersion = 1;

// Values are written into a small buffer that goes to the hash whenever it fills: no allocation per row
// (a million-row import computes a million digests).
class Encoder
{
public:
    // TEXT and BLOB: the type letter, the length as a LEB128 varint, the bytes.
    void put(char tag, const void *data, qsizetype size)
    {
        if (m_used + 1 + 10 + size > qsizetype(sizeof m_buf))
            flush();
        m_buf[m_used++] = tag;
        for (quint64 n = quint64(size);; n >>= 7) {
            m_buf[m_used++] = char((n & 0x7F) | (n > 0x7F ? 0x80 : 0));
            if (n <= 0x7F)
                break;
        }
        if (size > qsizetype(sizeof m_buf) - m_used) { // a long text goes straight to the hash
            flush();
            m_hash.add(static_cast<const char *>(data), size);
            return;
        }
        if (size > 0)
            memcpy(m_buf + m_used, data, size_t(size));
        m_used += size;
    }
    // An integer: the type letter, how many bytes follow (1-8), its two's complement big-endian in those.
    void putInt(char tag, qint64 v)
    {
        if (m_used + 10 > qsizetype(sizeof m_buf))
            flush();
        int n = 8;
        while (n > 1 && ((v >> (8 * (n - 1) - 1)) == 0 || (v >> (8 * (n - 1) - 1)) == -1))
            --n;
        m_buf[m_used++] = tag;
        m_buf[m_used++] = char(n);
        for (int i = n - 1; i >= 0; --i)
            m_buf[m_used++] = char(v >> (8 * i));
    }
    void value(sqlite3_value *v)
    {
        switch (sqlite3_value_type(v)) {
        case SQLITE_NULL:
            if (m_used + 1 > qsizetype(sizeof m_buf))
                flush();
            m_buf[m_used++] = 'N';
            return;
        case SQLITE_INTEGER:
            putInt('I', sqlite3_value_int64(v));
            return;
        case SQLITE_FLOAT: {
            const double d = sqlite3_value_double(v);
            // A whole number a REAL column converted from a bound integer digests as that integer.
            if (std::trunc(d) == d && std::abs(d) < 9.0e15) {
                putInt('I', qint64(d));
                return;
            }
            qint64 bits;
            static_assert(sizeof bits == sizeof d);
            memcpy(&bits, &d, sizeof d);
            putInt('R', bits);
            return;
        }
        case SQLITE_TEXT:
            put('T', sqlite3_value_text(v), sqlite3_value_bytes(v));
            return;
        default:
            put('B', sqlite3_value_blob(v), sqlite3_value_bytes(v));
        }
    }
    RowDigest finish()
    {
        flush();
        RowDigest d;
        m_hash.digest(d.data(), int(d.size()));
        return d;
    }

private:
    void flush()
    {
        m_hash.add(m_buf, m_used);
        m_used = 0;
    }
    Sha256 m_hash;
    char m_buf[512];
    qsizetype m_used = 0;
};

void rowDigestFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    Encoder e;
    e.putInt('V', kVersion);
    for (int i = 0; i < argc; ++i)
        e.value(argv[i]);
    const RowDigest d = e.finish();
    auto *collector = static_cast<DigestCollector *>(sqlite3_user_data(ctx));
    if (collector && collector->armed && argc > 0 && sqlite3_value_type(argv[0]) == SQLITE_TEXT)
        collector->rowsOf(reinterpret_cast<const char *>(sqlite3_value_text(argv[0]))).push_back(d);
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
    // Sorted in place as two big-endian 64-bit halves: the same order as comparing the bytes, without a
    // second array beside the million digests of a million-row import.
    std::sort(digests.begin(), digests.end(), [](const RowDigest &a, const RowDigest &b) {
        const quint64 ah = qFromBigEndian<quint64>(a.data()), bh = qFromBigEndian<quint64>(b.data());
        return ah != bh ? ah < bh : qFromBigEndian<quint64>(a.data() + 8) < qFromBigEndian<quint64>(b.data() + 8);
    });
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
