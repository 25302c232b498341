#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "integrity/binding.h"

#include "hash.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <sqlite3.h>

namespace cb::casefile::integrity {

namespace {

QVariant valueOf(sqlite3_value *v)
{
    if (!v)
        return {};
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(v)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(v));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)), sqlite3_value_bytes(v)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_value_blob(v)), sqlite3_value_bytes(v)));
    default:
        return {};
    }
}

QByteArray whereKey(const RowBoundTable &t)
{
    QByteArray where;
    for (qsizetype i = 0; i < t.key.size(); ++i)
        where += (i ? " AND " : "") + QByteArray(t.key[i]) + " = ?";
    return where;
}

QByteArray keyColumns(const RowBoundTable &t)
{
    QByteArray cols;
    for (qsizetype i = 0; i < t.key.size(); ++i)
        cols += (i ? ", " : "") + QByteArray(t.key[i]);
    return cols;
}

// Rows the audit log already binds: sources by UUID, rows by "TABLE\x1fKEY".
struct AlreadyBound
{
    QSet<QString> sources, rows;
};

AlreadyBound alreadyBound(sql::Database &db)
{
    AlreadyBound out;
    sql::Statement st(db, "SELECT json_extract(details, '$.bound') FROM audit_log WHERE json_valid(details) "
                          "AND json_extract(details, '$.bound') IS NOT NULL");
    while (st.step()) {
        const QJsonObject bound = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
        for (const QJsonValue &s : bound.value(QStringLiteral("sources")).toArray())
            out.sources.insert(s.toObject().value(QStringLiteral("source")).toString());
        for (const QJsonValue &r : bound.value(QStringLiteral("rows")).toArray())
            out.rows.insert(r.toArray().at(0).toString() + u'\x1f' + r.toArray().at(1).toString());
    }
    return out;
}

} // namespace

QString keyText(const QVariantList &values)
{
    QStringList parts;
    for (const QVariant &v : values)
        parts << v.toString();
    return parts.join(u'/');
}

ChangeTracker::ChangeTracker(sql::Database &db)
    : m_db(db)
{
    if (sqlite3session_create(db.handle(), "main", &m_session) != SQLITE_OK) {
        m_session = nullptr;
        return;
    }
    for (const RowBoundTable &t : rowBoundTables())
        sqlite3session_attach(m_session, t.name);
}

ChangeTracker::~ChangeTracker()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

Result<QJsonArray> ChangeTracker::take()
{
    if (!m_session)
        return Status::error(QStringLiteral("SQLite cannot track changes (no session extension)"));
    int size = 0;
    void *buf = nullptr;
    if (const int rc = sqlite3session_changeset(m_session, &size, &buf); rc != SQLITE_OK)
        return Status::error(QString::fromUtf8(sqlite3_errstr(rc)));
    QList<QPair<const RowBoundTable *, QVariantList>> changed;
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, size, buf) == SQLITE_OK) {
        while (sqlite3changeset_next(it) == SQLITE_ROW) {
            const char *table = nullptr;
            int columns = 0, op = 0, indirect = 0;
            unsigned char *pk = nullptr;
            sqlite3changeset_op(it, &table, &columns, &op, &indirect);
            sqlite3changeset_pk(it, &pk, &columns);
            QVariantList key;
            for (int i = 0; i < columns; ++i) {
                if (!pk[i])
                    continue;
                sqlite3_value *v = nullptr;
                op == SQLITE_INSERT ? sqlite3changeset_new(it, i, &v) : sqlite3changeset_old(it, i, &v);
                key << valueOf(v);
            }
            if (const RowBoundTable *t = rowBoundTable(QString::fromUtf8(table)))
                changed.append({t, key});
        }
        sqlite3changeset_finalize(it);
    }
    sqlite3_free(buf);
    // Start afresh: the next entry binds only what is written after this one.
    sqlite3session_delete(m_session);
    m_session = nullptr;
    if (sqlite3session_create(m_db.handle(), "main", &m_session) == SQLITE_OK)
        for (const RowBoundTable &t : rowBoundTables())
            sqlite3session_attach(m_session, t.name);
    QJsonArray rows;
    for (const auto &[table, key] : std::as_const(changed)) {
        const Result<QJsonArray> row = boundRow(m_db, *table, key);
        if (!row)
            return row.status();
        rows.append(row.value());
    }
    return rows;
}

Result<QJsonArray> boundRow(sql::Database &db, const RowBoundTable &table, const QVariantList &key)
{
    const QByteArray sql = "SELECT hex(" + digestExpression(table.name, table.columns) + ") FROM " + table.name +
                           " WHERE " + whereKey(table);
    sql::Statement st(db, sql.constData());
    for (qsizetype i = 0; i < key.size(); ++i)
        st.bind(int(i + 1), key[i]);
    const bool present = st.step();
    if (!st.status().ok())
        return st.status();
    return QJsonArray{QString::fromLatin1(table.name), keyText(key),
                      present ? QJsonValue(st.text(0).toLower()) : QJsonValue(QJsonValue::Null)};
}

namespace {

// {rows, digest} of what the collector holds for a table; empty when it holds none.
Result<QJsonObject> collectedSet(DigestCollector &collected, const char *table)
{
    const auto it = collected.byTable.find(table);
    if (it == collected.byTable.end() || it->second.size() == 0)
        return QJsonObject();
    const qint64 n = it->second.size();
    const Result<QString> digest = it->second.digest();
    if (!digest)
        return digest.status();
    return QJsonObject{{QStringLiteral("rows"), n}, {QStringLiteral("digest"), digest.value()}};
}

// The set an import wrote to a table without a digest column. The committer collects the digests of the
// entities and identifiers it inserts; they are used when they account for every row the import owns
// there. Otherwise the digests are streamed from SQLite in byte order (SQLite sorts BLOBs with memcmp, in
// bounded memory).
Result<QJsonObject> importedSet(sql::Database &db, const SourceOwnedTable &t, qint64 sourceId, DigestCollector &collected,
                                const ImportedIds &above)
{
    QByteArray where = QByteArray(" FROM ") + t.name + " WHERE source_id = ?1" + t.filter;
    if (qstrcmp(t.name, "entities") == 0)
        where += " AND id > ?2";
    else if (qstrcmp(t.name, "identifiers") == 0)
        where += " AND id > ?3";
    auto bind = [&](sql::Statement &st) {
        st.bind(1, sourceId);
        if (where.contains("?2"))
            st.bind(2, above.entitiesAbove);
        if (where.contains("?3"))
            st.bind(3, above.identifiersAbove);
    };
    if (const auto it = collected.byTable.find(t.name); it != collected.byTable.end() && it->second.size() > 0) {
        sql::Statement count(db, ("SELECT count(*)" + where).constData());
        bind(count);
        if (count.step() && count.int64(0) == it->second.size())
            return collectedSet(collected, t.name);
        if (!count.status().ok())
            return count.status();
    }
    sql::Statement st(db, ("SELECT substr(" + digestExpression(t.name, t.columns) + ", 1, 16) AS d" + where + " ORDER BY d").constData());
    bind(st);
    Sha256 h;
    qint64 n = 0;
    while (st.step()) {
        const RowDigest d = toRowDigest(st.blob(0));
        h.add(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
        ++n;
    }
    if (!st.status().ok())
        return st.status();
    if (n == 0)
        return QJsonObject();
    return QJsonObject{{QStringLiteral("rows"), n}, {QStringLiteral("digest"), h.hexDigest()}};
}

} // namespace

Result<QJsonObject> bindImportedSource(sql::Database &db, qint64 sourceId, DigestCollector &collected, const ImportedIds &above)
{
    collected.armed = false;
    sql::Statement src(db, "SELECT uuid, file_name, sha256, size FROM sources WHERE id = ?");
    src.bind(1, sourceId);
    if (!src.step())
        return Status::error(ErrorCode::NotFound, QStringLiteral("no source %1").arg(sourceId));
    QJsonObject tables;
    for (const SourceOwnedTable &t : sourceOwnedTables()) {
        Result<QJsonObject> set = t.storesDigest ? collectedSet(collected, t.name) : importedSet(db, t, sourceId, collected, above);
        if (!set)
            return set.status();
        if (!set.value().isEmpty())
            tables.insert(QLatin1String(t.name), set.value());
    }
    collected = DigestCollector();
    return QJsonObject{{QStringLiteral("source"), QUuid::fromRfc4122(src.blob(0)).toString(QUuid::WithoutBraces)},
                       {QStringLiteral("file"), src.text(1)},
                       {QStringLiteral("sha256"), src.text(2)},
                       {QStringLiteral("size"), src.int64(3)},
                       {QStringLiteral("tables"), tables}};
}

Result<QJsonObject> bindUnbound(sql::Database &db, const Progress &progress)
{
    const AlreadyBound bound = alreadyBound(db);
    const QList<SourceOwnedTable> &owned = sourceOwnedTables();
    for (const SourceOwnedTable &t : owned) {
        if (!t.storesDigest)
            continue;
        const QByteArray sql = QByteArray("UPDATE ") + t.name + " SET digest = " + digestExpression(t.name, t.columns) + " WHERE digest IS NULL";
        if (Status s = db.exec(sql.constData()); !s)
            return s;
        if (progress.isCancelled())
            return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    // Per source: the digests of the rows each owns, in one pass over each table.
    std::map<qint64, std::map<std::string, std::vector<RowDigest>>> bySource;
    for (const SourceOwnedTable &t : owned) {
        const QByteArray expr = t.storesDigest ? QByteArray("digest") : digestExpression(t.name, t.columns);
        const QByteArray sql = "SELECT source_id, " + expr + " FROM " + t.name + " WHERE source_id IS NOT NULL" + t.filter;
        sql::Statement st(db, sql.constData());
        while (st.step())
            bySource[st.int64(0)][t.name].push_back(toRowDigest(st.blob(1)));
        if (!st.status().ok())
            return st.status();
    }
    QJsonArray sources;
    sql::Statement src(db, "SELECT id, uuid, file_name, sha256, size FROM sources ORDER BY id");
    while (src.step()) {
        const QString uuid = QUuid::fromRfc4122(src.blob(1)).toString(QUuid::WithoutBraces);
        if (bound.sources.contains(uuid))
            continue;
        QJsonObject tables;
        for (auto &[name, digests] : bySource[src.int64(0)]) {
            const qint64 n = qint64(digests.size());
            tables.insert(QString::fromStdString(name), QJsonObject{{QStringLiteral("rows"), n}, {QStringLiteral("digest"), setDigest(digests)}});
        }
        sources.append(QJsonObject{{QStringLiteral("source"), uuid}, {QStringLiteral("file"), src.text(2)},
                                   {QStringLiteral("sha256"), src.text(3)}, {QStringLiteral("size"), src.int64(4)},
                                   {QStringLiteral("tables"), tables}});
    }
    QJsonArray rows;
    for (const RowBoundTable &t : rowBoundTables()) {
        const QByteArray sql = "SELECT " + keyColumns(t) + ", hex(" + digestExpression(t.name, t.columns) + ") FROM " + t.name;
        sql::Statement st(db, sql.constData());
        const int keys = int(t.key.size());
        while (st.step()) {
            QVariantList key;
            for (int i = 0; i < keys; ++i)
                key << st.value(i);
            const QString k = keyText(key);
            if (!bound.rows.contains(QLatin1String(t.name) + u'\x1f' + k))
                rows.append(QJsonArray{QLatin1String(t.name), k, st.text(keys).toLower()});
        }
        if (!st.status().ok())
            return st.status();
    }
    return QJsonObject{{QStringLiteral("sources"), sources}, {QStringLiteral("rows"), rows}};
}

} // namespace cb::casefile::integrity
