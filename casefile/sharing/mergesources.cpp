#include "sharing/mergesources.h"

#include "committer.h"
#include "integrity/binding.h"
#include "timeline/pyramid.h"

#include <QJsonObject>
#include <QUuid>

namespace cb::casefile::sharing {

namespace {

const char *const entityColumns[] = {"account_id", "counterparty_id", "subscriber_id", "other_id", "cell_site_id", "device_id",
                                     "sender_id",  "owner_id",        "contact_id",    "entity_id"};

bool isEntityColumn(const QByteArray &c)
{
    for (const char *e : entityColumns)
        if (c == e)
            return true;
    return false;
}

Status execAll(sql::Database &db, std::initializer_list<const char *> sqls)
{
    for (const char *s : sqls)
        if (Status st = db.exec(s); !st)
            return st;
    return {};
}

// Which of their sources this copy holds (by UUID, or the same bytes imported here too), and the new ones.
Result<QList<QPair<qint64, qint64>>> mapSources(sql::Database &db, SourceMerge &out)
{
    if (Status s = execAll(db, {"CREATE TEMP TABLE IF NOT EXISTS merge_smap(t_id INTEGER PRIMARY KEY, o_id INTEGER NOT NULL, copied INTEGER NOT NULL)",
                                "CREATE TEMP TABLE IF NOT EXISTS merge_emap(t_id INTEGER PRIMARY KEY, o_id INTEGER NOT NULL)",
                                "CREATE TEMP TABLE IF NOT EXISTS merge_tmap(t_id INTEGER PRIMARY KEY, o_id INTEGER NOT NULL)",
                                "DELETE FROM temp.merge_smap", "DELETE FROM temp.merge_emap", "DELETE FROM temp.merge_tmap",
                                "INSERT INTO temp.merge_smap SELECT t.id, o.id, 0 FROM theirs.sources t JOIN main.sources o ON o.uuid = t.uuid",
                                "INSERT OR IGNORE INTO temp.merge_smap SELECT t.id, (SELECT min(o.id) FROM main.sources o WHERE o.sha256 = t.sha256), 0 "
                                "FROM theirs.sources t WHERE EXISTS (SELECT 1 FROM main.sources o WHERE o.sha256 = t.sha256)"});
        !s)
        return s;
    out.shared = db.scalar("SELECT count(*) FROM temp.merge_smap m JOIN theirs.sources t ON t.id = m.t_id JOIN main.sources o ON o.id = m.o_id "
                           "WHERE o.uuid <> t.uuid").toLongLong();
    QList<QPair<qint64, qint64>> copied;
    sql::Statement fresh(db, "SELECT id, file_name, sha256 FROM theirs.sources WHERE id NOT IN (SELECT t_id FROM temp.merge_smap) ORDER BY id");
    sql::Statement ins(db, "INSERT INTO main.sources(uuid, file_name, size, sha256, format, importer_id, importer_version, profile, imported_at, "
                           "investigator, legal_basis, timezone, region, forced, certificate) SELECT uuid, file_name, size, sha256, format, "
                           "importer_id, importer_version, profile, imported_at, investigator, legal_basis, timezone, region, forced, certificate "
                           "FROM theirs.sources WHERE id = ?");
    sql::Statement map(db, "INSERT INTO temp.merge_smap VALUES (?, ?, 1)");
    while (fresh.step()) {
        if (Status s = ins.bind(1, fresh.int64(0)).exec(); !s)
            return s;
        const qint64 id = db.lastInsertRowId();
        if (Status s = map.bind(1, fresh.int64(0)).bind(2, id).exec(); !s)
            return s;
        copied.append({fresh.int64(0), id});
        out.files.append(QJsonObject{{QStringLiteral("file"), fresh.text(1)}, {QStringLiteral("sha256"), fresh.text(2)}});
    }
    if (!fresh.status())
        return fresh.status();
    return copied;
}

Status copyContent(sql::Database &db, qint64 from, qint64 to)
{
    sql::Statement content(db, "INSERT INTO main.source_content(source_id, bytes) SELECT ?2, bytes FROM theirs.source_content WHERE source_id = ?1");
    sql::Statement parts(db, "INSERT INTO main.source_parts(source_id, seq, bytes) SELECT ?2, seq, bytes FROM theirs.source_parts WHERE source_id = ?1");
    sql::Statement companions(db, "INSERT INTO main.source_companions(source_id, name, role, size, sha256, bytes) "
                                  "SELECT ?2, name, role, size, sha256, bytes FROM theirs.source_companions WHERE source_id = ?1 ORDER BY id");
    for (sql::Statement *st : {&content, &parts, &companions})
        if (Status s = st->bind(1, from).bind(2, to).exec(); !s)
            return s;
    return {};
}

// Their entities as this copy's: the same UUID, else an identifier this copy knows, else the entity this
// copy made at the same place of the same file; the rest are new here, owned by their source if it is
// one copied now (so that the merge binds them with it).
Status mapEntities(sql::Database &db, qint64 entitiesAbove, SourceMerge &out)
{
    const qint64 identifiersBefore = db.scalar("SELECT count(*) FROM main.identifiers").toLongLong();
    if (Status s = execAll(db, {"INSERT INTO temp.merge_emap SELECT t.id, o.id FROM theirs.entities t JOIN main.entities o ON o.uuid = t.uuid",
                                "INSERT OR IGNORE INTO temp.merge_emap SELECT ti.entity_id, min(oi.entity_id) FROM theirs.identifiers ti "
                                "JOIN main.identifiers oi ON oi.type = ti.type AND oi.value = ti.value GROUP BY ti.entity_id",
                                "INSERT OR IGNORE INTO temp.merge_emap SELECT t.id, o.id FROM theirs.entities t "
                                "JOIN temp.merge_smap m ON m.t_id = t.source_id AND m.copied = 0 "
                                "JOIN main.entities o ON o.source_id = m.o_id AND o.locator IS t.locator AND o.kind = t.kind "
                                "WHERE t.locator IS NOT NULL"});
        !s)
        return s;
    if (Status s = execAll(db, {"INSERT INTO main.entities(uuid, kind, name, source_id, locator) "
                                "SELECT t.uuid, t.kind, t.name, CASE WHEN m.copied = 1 THEN m.o_id END, t.locator FROM theirs.entities t "
                                "LEFT JOIN temp.merge_smap m ON m.t_id = t.source_id WHERE t.id NOT IN (SELECT t_id FROM temp.merge_emap) ORDER BY t.id"});
        !s)
        return s;
    out.entities = db.scalar("SELECT count(*) FROM main.entities WHERE id > ?", {entitiesAbove}).toLongLong();
    sql::Statement fill(db, "INSERT INTO temp.merge_emap SELECT t.id, o.id FROM main.entities o JOIN theirs.entities t ON t.uuid = o.uuid WHERE o.id > ?");
    if (Status s = fill.bind(1, entitiesAbove).exec(); !s)
        return s;
    if (Status s = db.exec("INSERT OR IGNORE INTO main.identifiers(entity_id, type, value, partial, source_id, locator) "
                           "SELECT e.o_id, ti.type, ti.value, ti.partial, CASE WHEN m.copied = 1 THEN m.o_id END, ti.locator "
                           "FROM theirs.identifiers ti JOIN temp.merge_emap e ON e.t_id = ti.entity_id "
                           "LEFT JOIN temp.merge_smap m ON m.t_id = ti.source_id ORDER BY ti.id");
        !s)
        return s;
    out.identifiers = db.scalar("SELECT count(*) FROM main.identifiers").toLongLong() - identifiersBefore;
    return {};
}

// A record table's rows of one source, their entity ids mapped, digests computed from the values written.
Status copyRecords(sql::Database &db, const integrity::SourceOwnedTable &t, qint64 from, qint64 to, SourceMerge &out)
{
    const QList<QByteArray> cols = QByteArray(t.columns).split(',');
    QByteArray names, inner;
    for (QByteArray c : cols) {
        c = c.trimmed();
        names += (names.isEmpty() ? "" : ", ") + c;
        const QByteArray e = c == "source_id" ? QByteArray("?2") : isEntityColumn(c) ? "(SELECT o_id FROM temp.merge_emap WHERE t_id = r." + c + ')' : "r." + c;
        inner += (inner.isEmpty() ? "" : ", ") + e + " AS " + c;
    }
    const QByteArray sql = "INSERT INTO main." + QByteArray(t.name) + '(' + names + ", digest) SELECT " + names + ", cb_row_digest('" + t.name +
                           "', " + names + ") FROM (SELECT " + inner + " FROM theirs." + t.name + " r WHERE r.source_id = ?1 ORDER BY r.id)";
    sql::Statement st(db, sql.constData());
    if (Status s = st.bind(1, from).bind(2, to).exec(); !s)
        return s;
    const qint64 inserted = db.changes();
    out.records += inserted;
    if (qstrcmp(t.name, "transactions") != 0 || inserted == 0)
        return {};
    // Their transaction ids → these: one INSERT numbered them in their order, consecutively.
    sql::Statement map(db, "INSERT INTO temp.merge_tmap SELECT id, ?2 + row_number() OVER (ORDER BY id) - 1 FROM theirs.transactions WHERE source_id = ?1");
    return map.bind(1, from).bind(2, db.lastInsertRowId() - inserted + 1).exec();
}

// Links their import made (a device's owner line) come with their source, undone if they undid them.
Status copyImportLinks(sql::Database &db, qint64 from, qint64 to)
{
    sql::Statement st(db, "INSERT INTO main.links(uuid, kind, from_id, to_id, source_id, locator, confidence, justification, actor, created_at, "
                          "undone_at, undone_by) SELECT uuid, kind, (SELECT o_id FROM temp.merge_emap WHERE t_id = from_id), "
                          "(SELECT o_id FROM temp.merge_emap WHERE t_id = to_id), ?2, locator, confidence, justification, actor, created_at, "
                          "undone_at, undone_by FROM theirs.links WHERE source_id = ?1 ORDER BY id");
    return st.bind(1, from).bind(2, to).exec();
}

// What the import did after its rows: the device a source came from, rows repeating an earlier statement's,
// message, artifact and contact text in the search index.
Status finishSource(sql::Database &db, qint64 from, qint64 to)
{
    sql::Statement device(db, "UPDATE main.sources SET device_id = (SELECT e.o_id FROM theirs.sources t JOIN temp.merge_emap e ON e.t_id = t.device_id "
                              "WHERE t.id = ?1) WHERE id = ?2");
    if (Status s = device.bind(1, from).bind(2, to).exec(); !s)
        return s;
    // The earlier row each repeats: one that came in too, else this copy's row at the same place of the same
    // file (found through the account and time index; else, imported here in another zone or onto another
    // entity, by the file and locator alone).
    sql::Statement dup(db, "UPDATE main.transactions SET duplicate_of = coalesce((SELECT o_id FROM temp.merge_tmap WHERE t_id = d.dup), "
                           "(SELECT o.id FROM main.transactions o JOIN main.sources os ON os.id = o.source_id "
                           "WHERE o.account_id = d.account AND o.time_utc = d.time_utc AND o.locator = d.locator AND os.sha256 = d.sha256), "
                           "(SELECT o.id FROM main.transactions o JOIN main.sources os ON os.id = o.source_id "
                           "WHERE os.sha256 = d.sha256 AND o.locator = d.locator)) "
                           "FROM (SELECT m.o_id AS id, td.id AS dup, (SELECT o_id FROM temp.merge_emap WHERE t_id = td.account_id) AS account, "
                           "td.time_utc, td.locator, ts.sha256 FROM temp.merge_tmap m JOIN theirs.transactions t ON t.id = m.t_id "
                           "JOIN theirs.transactions td ON td.id = t.duplicate_of JOIN theirs.sources ts ON ts.id = td.source_id "
                           "WHERE t.source_id = ?1) d WHERE main.transactions.id = d.id");
    if (Status s = dup.bind(1, from).exec(); !s)
        return s;
    return indexSourceForSearch(db, to);
}

// Their copy's rows of a source must be what its import bound there, table by table (what `verify` on their
// copy checks): rows changed after their import are refused, not bound here as if imported here.
Status checkTheirSource(sql::Database &db, qint64 from, const QHash<QString, QJsonObject> &bindings, const QString &uuid)
{
    const QString file = db.scalar("SELECT file_name FROM theirs.sources WHERE id = ?", {from}).toString();
    if (!bindings.contains(uuid))
        return Status::error(QStringLiteral("the other copy's %1 is bound by no audit entry there; nothing merged").arg(file));
    const QJsonObject bound = bindings.value(uuid); // empty when its import bound no rows (an empty statement)
    for (const integrity::SourceOwnedTable &t : integrity::sourceOwnedTables()) {
        const QJsonObject expected = bound.value(QLatin1String(t.name)).toObject();
        const QByteArray sql = "SELECT " + integrity::digestExpression(t.name, t.columns) + " FROM theirs." + t.name + " WHERE source_id = ?" + t.filter;
        sql::Statement st(db, sql.constData());
        st.bind(1, from);
        std::vector<integrity::RowDigest> digests;
        while (st.step())
            digests.push_back(integrity::toRowDigest(st.blob(0)));
        if (!st.status())
            return st.status();
        const qint64 rows = qint64(digests.size());
        if (rows != expected.value(QStringLiteral("rows")).toInteger() || (rows > 0 && integrity::setDigest(digests) != expected.value(QStringLiteral("digest")).toString()))
            return Status::error(QStringLiteral("the other copy's %1: its %2 rows differ from what its import bound there (changed after the import); "
                                                "nothing merged — run `casebench verify` on that copy")
                                     .arg(file, QLatin1String(t.name)));
    }
    return {};
}

} // namespace

Result<SourceMerge> mergeSources(CaseFile &cf, const Progress &progress, const QHash<QString, QJsonObject> &theirBindings)
{
    sql::Database &db = cf.db();
    SourceMerge out;
    const qint64 entitiesAbove = db.scalar("SELECT coalesce(max(id), 0) FROM main.entities").toLongLong();
    const qint64 identifiersAbove = db.scalar("SELECT coalesce(max(id), 0) FROM main.identifiers").toLongLong();
    Result<QList<QPair<qint64, qint64>>> copied = mapSources(db, out);
    if (!copied)
        return copied.status();
    out.copied = copied.value().size();
    if (Status s = mapEntities(db, entitiesAbove, out); !s)
        return s;
    qsizetype done = 0;
    for (const auto &[from, to] : copied.value()) {
        if (!progress.report(0.1 + 0.8 * double(done++) / double(copied.value().size())))
            return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const QString uuid = QUuid::fromRfc4122(db.scalar("SELECT uuid FROM theirs.sources WHERE id = ?", {from}).toByteArray()).toString(QUuid::WithoutBraces);
        if (Status s = checkTheirSource(db, from, theirBindings, uuid); !s)
            return s;
        if (Status s = copyContent(db, from, to); !s)
            return s;
        cf.digestCollector() = {};
        cf.digestCollector().armed = true;
        for (const integrity::SourceOwnedTable &t : integrity::sourceOwnedTables())
            if (t.storesDigest)
                if (Status s = copyRecords(db, t, from, to, out); !s)
                    return s;
        if (Status s = copyImportLinks(db, from, to); !s)
            return s;
        if (Status s = finishSource(db, from, to); !s)
            return s;
        // The preserved bytes must be what their certificate says: a damaged copy brings nothing.
        const QString recorded = db.scalar("SELECT sha256 FROM main.sources WHERE id = ?", {to}).toString();
        Result<QString> actual = cf.contentSha256(to);
        if (!actual)
            return actual.status();
        if (actual.value() != recorded)
            return Status::error(QStringLiteral("the other copy's %1 does not hash to its recorded SHA-256")
                                     .arg(db.scalar("SELECT file_name FROM main.sources WHERE id = ?", {to}).toString()));
        Result<QJsonObject> bound = integrity::bindImportedSource(db, to, cf.digestCollector(), {entitiesAbove, identifiersAbove});
        if (!bound)
            return bound.status();
        out.bound.append(bound.value());
    }
    if (out.copied > 0)
        if (Status s = timeline::rebuild(db); !s)
            return s;
    return out;
}

} // namespace cb::casefile::sharing
