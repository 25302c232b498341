#include "sharing/mergetables.h"

#include <QJsonDocument>

namespace cb::casefile::sharing {

namespace {

const char *const targetTables[] = {"entities", "sources",  "transactions", "calls", "messages", "contacts", "locations",
                                    "cell_sites", "balances", "artifacts", "leads", "analyst_events", "links"};

const char *refTable(Ref ref)
{
    switch (ref) {
    case Ref::Entity:
        return "entities";
    case Ref::Lead:
        return "leads";
    case Ref::Event:
        return "analyst_events";
    case Ref::Link:
        return "links";
    case Ref::Source:
        return "sources";
    default:
        return nullptr;
    }
}

QByteArray columnExpression(const MergeColumn &c, const QByteArray &schema)
{
    const QByteArray name = c.name;
    if (c.ref == Ref::None)
        return name;
    if (c.ref == Ref::Blob)
        return "CASE WHEN " + name + " IS NULL THEN NULL ELSE lower(hex(" + name + ")) END";
    if (c.ref == Ref::Target) {
        QByteArray e = "CASE target_table";
        for (const char *t : targetTables)
            e += QByteArray(" WHEN '") + t + "' THEN (SELECT lower(hex(uuid)) FROM " + schema + '.' + t + " WHERE id = " + name + ')';
        return e + " END";
    }
    return "(SELECT lower(hex(uuid)) FROM " + schema + '.' + refTable(c.ref) + " WHERE id = " + name + ')';
}

bool isRecordTable(const QString &t)
{
    for (const char *r : recordTables())
        if (t == QLatin1String(r))
            return true;
    return false;
}

int columnIndex(const MergeTable &t, const char *name)
{
    for (qsizetype i = 0; i < t.columns.size(); ++i)
        if (qstrcmp(t.columns[i].name, name) == 0)
            return int(i);
    return -1;
}

} // namespace

const QList<const char *> &recordTables()
{
    static const QList<const char *> tables = {"transactions", "calls", "messages", "contacts", "locations", "cell_sites", "balances", "artifacts"};
    return tables;
}

const QList<MergeTable> &mergeTables()
{
    using R = Ref;
    static const QList<MergeTable> tables = {
        {"meta", {"key"}, {{"key"}, {"value"}}, {0}},
        {"leads", {"id"},
         {{"uuid", R::Blob}, {"code"}, {"summary"}, {"source"}, {"status"}, {"created_by"}, {"created_at"}, {"deleted_at"}},
         {0}, "", 1},
        {"lead_history", {"id"}, {{"lead_id", R::Lead}, {"status"}, {"note"}, {"actor"}, {"at"}}, {0, 1, 3, 4}, "", -1, true},
        {"lead_entities", {"lead_id", "entity_id"}, {{"lead_id", R::Lead}, {"entity_id", R::Entity}}, {0, 1}, "", -1, true},
        {"analyst_events", {"id"},
         {{"uuid", R::Blob}, {"time_utc"}, {"utc_offset"}, {"text"}, {"basis"}, {"actor"}, {"created_at"}, {"deleted_at"}},
         {0}},
        {"analyst_event_entities", {"event_id", "entity_id"}, {{"event_id", R::Event}, {"entity_id", R::Entity}}, {0, 1}, "", -1, true},
        {"links", {"id"},
         {{"uuid", R::Blob}, {"kind"}, {"from_id", R::Entity}, {"to_id", R::Entity}, {"source_id", R::Source}, {"locator"},
          {"confidence"}, {"justification"}, {"actor"}, {"created_at"}, {"undone_at"}, {"undone_by"}},
         {0}, " WHERE source_id IS NULL"},
        // A link an import made (a device's owner line) comes with its source; its undoing is merged here.
        {"links", {"id"}, {{"uuid", R::Blob}, {"undone_at"}, {"undone_by"}}, {0}, " WHERE source_id IS NOT NULL", -1, false, "import_links", false},
        {"link_statuses", {"id"}, {{"link_id", R::Link}, {"status"}, {"basis"}, {"justification"}, {"actor"}, {"at"}}, {0, 1, 4, 5}, "", -1, true},
        {"exhibits", {"id"},
         {{"uuid", R::Blob}, {"number"}, {"kind"}, {"spec"}, {"caption"}, {"note"}, {"actor"}, {"created_at"}, {"removed_at"}},
         {0}, "", 1},
        {"analysis_runs", {"id"},
         {{"uuid", R::Blob}, {"code"}, {"kind"}, {"parameters"}, {"actor"}, {"at"}, {"data_sha256"}, {"result_sha256"},
          {"result"}, {"rows_read", R::Blob}, {"rerun_of"}},
         {0}, "", 1},
        {"roles", {"entity_id"}, {{"entity_id", R::Entity}, {"role"}, {"justification"}, {"actor"}, {"set_at"}}, {0}},
        {"notes", {"id"},
         {{"uuid", R::Blob}, {"target_table"}, {"target_id", R::Target}, {"text"}, {"author"}, {"created_at"}, {"edited_at"}, {"deleted_at"}},
         {0}},
        // A tag is a word on an object: the same word on the same object is one tag, whoever added it first.
        {"tags", {"id"}, {{"uuid", R::Blob}, {"target_table"}, {"target_id", R::Target}, {"tag"}, {"actor"}, {"created_at"}}, {2, 3}, "", -1, true},
    };
    return tables;
}

const MergeTable *mergeTable(const QString &kind)
{
    for (const MergeTable &t : mergeTables())
        if (kind == kindOf(t))
            return &t;
    return nullptr;
}

Result<QList<MergeRow>> readRows(sql::Database &db, const MergeTable &t, const char *schema)
{
    QByteArray key = "''";
    for (qsizetype i = 0; i < t.key.size(); ++i)
        key = i ? key + " || '/' || " + t.key[i] : QByteArray(t.key[i]);
    QByteArray content;
    for (const MergeColumn &c : t.columns)
        content += (content.isEmpty() ? "" : ", ") + columnExpression(c, schema);
    const QByteArray sql = "SELECT " + key + ", json_array(" + content + ") FROM " + schema + '.' + t.name + t.filter;
    sql::Statement st(db, sql.constData());
    QList<MergeRow> rows;
    while (st.step()) {
        MergeRow r{st.text(0), {}, QJsonDocument::fromJson(st.text(1).toUtf8()).array()};
        r.identity = identityOf(t, r.content);
        rows.append(std::move(r));
    }
    if (!st.status())
        return st.status();
    return rows;
}

QString identityOf(const MergeTable &t, const QJsonArray &content)
{
    QStringList parts;
    for (int i : t.identity) {
        const QJsonValue v = content.at(i);
        parts << (v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    }
    return parts.join(u'|');
}

QByteArray comparable(const MergeTable &t, const QJsonArray &content)
{
    QJsonArray c = content;
    if (t.code >= 0 && t.code < c.size())
        c[t.code] = QJsonValue::Null;
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

QString RefMapper::viaQuery(const char *sql, const QString &hex)
{
    const QByteArray uuid = QByteArray::fromHex(hex.toLatin1());
    return m_db.scalar(sql, {uuid}).toString();
}

QString RefMapper::recordByLocator(const QString &table, const QString &hex)
{
    // Both copies imported the file: the same row of it is at the same locator.
    const QByteArray sql = "SELECT lower(hex(o.uuid)) FROM theirs." + table.toLatin1() +
                           " t JOIN theirs.sources ts ON ts.id = t.source_id JOIN main.sources os ON os.sha256 = ts.sha256 JOIN main." +
                           table.toLatin1() + " o ON o.source_id = os.id AND o.locator = t.locator WHERE t.uuid = ? LIMIT 1";
    return viaQuery(sql.constData(), hex);
}

QString RefMapper::map(Ref ref, const QString &table, const QString &hex)
{
    if (hex.isEmpty())
        return {};
    const QString cacheKey = QString::number(int(ref)) + table + hex;
    if (const auto it = m_cache.constFind(cacheKey); it != m_cache.cend())
        return *it;
    QString out;
    if (ref == Ref::Entity || (ref == Ref::Target && table == QLatin1String("entities")))
        out = viaQuery("SELECT lower(hex(o.uuid)) FROM theirs.entities t JOIN temp.merge_emap m ON m.t_id = t.id "
                       "JOIN main.entities o ON o.id = m.o_id WHERE t.uuid = ?", hex);
    else if (ref == Ref::Source || (ref == Ref::Target && table == QLatin1String("sources")))
        out = viaQuery("SELECT lower(hex(o.uuid)) FROM theirs.sources t JOIN temp.merge_smap m ON m.t_id = t.id "
                       "JOIN main.sources o ON o.id = m.o_id WHERE t.uuid = ?", hex);
    else if (ref == Ref::Target && isRecordTable(table)) {
        const QVariant mapped = m_db.scalar("SELECT lower(hex(o_uuid)) FROM temp.merge_rmap WHERE t_uuid = ?", {QByteArray::fromHex(hex.toLatin1())});
        if (mapped.isValid()) {
            out = mapped.toString();
        } else { // not on a note or tag of theirs (an untag's target): looked up the slow way
            const QByteArray sql = "SELECT lower(hex(uuid)) FROM main." + table.toLatin1() + " WHERE uuid = ?";
            out = viaQuery(sql.constData(), hex);
            if (out.isEmpty())
                out = recordByLocator(table, hex);
        }
    } else {
        // The analyst's own objects keep their UUIDs in every copy; they are merged before what refers to them.
        const char *t = ref == Ref::Target ? nullptr : refTable(ref);
        const QByteArray sql = "SELECT lower(hex(uuid)) FROM main." + (t ? QByteArray(t) : table.toLatin1()) + " WHERE uuid = ?";
        out = viaQuery(sql.constData(), hex);
    }
    if (!out.isEmpty()) // not found may be found later in the merge, once it came in
        m_cache.insert(cacheKey, out);
    return out;
}

bool RefMapper::translate(const MergeTable &t, QJsonArray &content, QString *missing)
{
    const int targetTable = columnIndex(t, "target_table");
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        const Ref ref = t.columns[i].ref;
        if (ref == Ref::None || ref == Ref::Blob || content.at(i).isNull())
            continue;
        const QString table = targetTable >= 0 ? content.at(targetTable).toString() : QString();
        const QString mapped = map(ref, table, content.at(i).toString());
        if (mapped.isEmpty()) {
            if (missing)
                *missing = QStringLiteral("%1.%2 %3").arg(QLatin1String(t.name), QLatin1String(t.columns[i].name), content.at(i).toString());
            return false;
        }
        content[i] = mapped;
    }
    // Two entities of theirs joined by a link may be one entity here: a link of an entity to itself is not one.
    const int from = columnIndex(t, "from_id"), to = columnIndex(t, "to_id");
    if (from >= 0 && to >= 0 && content.at(from) == content.at(to)) {
        if (missing)
            *missing = QStringLiteral("%1 %2: both ends are one entity here").arg(QLatin1String(t.name), content.at(0).toString());
        return false;
    }
    return true;
}

Status RowWriter::bindContent(sql::Statement &st, const MergeTable &t, const QJsonArray &content, int first, bool skipCode)
{
    const int targetTable = columnIndex(t, "target_table");
    int p = first;
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        if (skipCode && i == t.code)
            continue;
        const QJsonValue v = content.at(i);
        const Ref ref = t.columns[i].ref;
        if (v.isNull() || v.isUndefined()) {
            st.bindNull(p++);
        } else if (ref == Ref::Blob) {
            const QByteArray b = QByteArray::fromHex(v.toString().toLatin1());
            st.bindBlob(p++, b.constData(), int(b.size()));
        } else if (ref != Ref::None) {
            const char *table = ref == Ref::Target ? nullptr : refTable(ref);
            const QByteArray tbl = table ? QByteArray(table) : content.at(targetTable).toString().toLatin1();
            const QByteArray uuid = QByteArray::fromHex(v.toString().toLatin1());
            QVariant id;
            if (isRecordTable(QString::fromLatin1(tbl))) // record UUIDs have no index: the merge mapped these
                id = m_db.scalar("SELECT o_id FROM temp.merge_rmap WHERE o_uuid = ? AND o_id IS NOT NULL LIMIT 1", {uuid});
            if (!id.isValid())
                id = m_db.scalar(QByteArray("SELECT id FROM main." + tbl + " WHERE uuid = ?").constData(), {uuid});
            if (!id.isValid())
                return Status::error(QStringLiteral("%1: %2 %3 is not in this case").arg(QLatin1String(t.name), QString::fromLatin1(tbl), v.toString()));
            st.bind(p++, id.toLongLong());
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            d == double(qint64(d)) ? st.bind(p++, qint64(d)) : st.bind(p++, d);
        } else {
            st.bind(p++, v.toString());
        }
    }
    return {};
}

Result<qint64> RowWriter::insert(const MergeTable &t, const QJsonArray &content)
{
    QByteArray cols, params;
    for (const MergeColumn &c : t.columns) {
        cols += (cols.isEmpty() ? "" : ", ") + QByteArray(c.name);
        params += params.isEmpty() ? "?" : ", ?";
    }
    const QByteArray sql = "INSERT INTO main." + QByteArray(t.name) + '(' + cols + ") VALUES (" + params + ')';
    sql::Statement st(m_db, sql.constData());
    if (Status s = bindContent(st, t, content, 1, false); !s)
        return s;
    if (Status s = st.exec(); !s)
        return s;
    const qint64 id = m_db.lastInsertRowId();
    // A note that comes in deleted leaves the search index its insert put it in.
    const int deleted = columnIndex(t, "deleted_at");
    if (qstrcmp(t.name, "notes") == 0 && deleted >= 0 && !content.at(deleted).isNull())
        if (Status s = sql::Statement(m_db, "DELETE FROM main.search WHERE kind = 'note' AND row_id = ?").bind(1, id).exec(); !s)
            return s;
    return id;
}

namespace {

QByteArray whereKey(const MergeTable &t)
{
    QByteArray w;
    for (const char *k : t.key)
        w += (w.isEmpty() ? " WHERE " : " AND ") + QByteArray(k) + " = ?";
    return w;
}

void bindKey(sql::Statement &st, const MergeTable &t, const QString &key, int first)
{
    const QStringList parts = t.key.size() == 1 ? QStringList{key} : key.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i)
        qstrcmp(t.key[i], "key") == 0 ? st.bind(first + int(i), parts[i]) : st.bind(first + int(i), parts[i].toLongLong());
}

} // namespace

Status RowWriter::update(const MergeTable &t, const QString &key, const QJsonArray &content)
{
    // A code stays this copy's: renumbering was settled when the object first came in.
    QByteArray sets;
    for (qsizetype i = 0; i < t.columns.size(); ++i)
        if (i != t.code)
            sets += (sets.isEmpty() ? "" : ", ") + QByteArray(t.columns[i].name) + " = ?";
    const QByteArray sql = "UPDATE main." + QByteArray(t.name) + " SET " + sets + whereKey(t);
    sql::Statement st(m_db, sql.constData());
    if (Status s = bindContent(st, t, content, 1, true); !s)
        return s;
    bindKey(st, t, key, int(t.columns.size()) + (t.code >= 0 ? 0 : 1));
    return st.exec();
}

Status RowWriter::remove(const MergeTable &t, const QString &key)
{
    const QByteArray sql = "DELETE FROM main." + QByteArray(t.name) + whereKey(t);
    sql::Statement st(m_db, sql.constData());
    bindKey(st, t, key, 1);
    return st.exec();
}

} // namespace cb::casefile::sharing
