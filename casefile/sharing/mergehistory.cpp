#include "sharing/mergehistory.h"

#include "casefile.h"
#include "integrity/boundtables.h"
#include "sharing/mergetables.h"
#include "signingkey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cb::casefile::sharing {

bool History::holds(const QString &head) const
{
    const qsizetype colon = head.indexOf(u':');
    const qint64 n = head.left(colon).toLongLong();
    return colon > 0 && n >= 1 && n <= hashes.size() && hashes[n - 1] == head.mid(colon + 1);
}

Result<History> readHistory(sql::Database &db, const char *schema)
{
    History h;
    const QByteArray sql = QByteArray("SELECT id, at, actor, action, details, prev_hash, hash, signature FROM ") + schema + ".audit_log ORDER BY id";
    sql::Statement st(db, sql.constData());
    QString prev(64, QLatin1Char('0'));
    while (st.step()) {
        const qint64 id = st.int64(0);
        const QString hash = st.text(6), action = st.text(3);
        if (id != h.hashes.size() + 1 || st.text(5) != prev || auditEntryHash(prev, st.text(1), st.text(2), action, st.text(4)) != hash)
            return Status::error(ErrorCode::Failed, QStringLiteral("audit log entry %1 does not match its hash chain").arg(id));
        prev = hash;
        h.hashes.append(hash);
        const QJsonObject details = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
        // An entry that names a key must carry that key's signature (a forged or altered entry). An unsigned
        // one is let through: an installation without its key writes them, and `verify` reports them.
        const QString key = details.value(QStringLiteral("signed_by")).toString();
        if (!key.isEmpty() && !SigningKey::verify(QByteArray::fromBase64(key.toLatin1()), hash.toLatin1(), QByteArray::fromBase64(st.text(7).toLatin1())))
            return Status::error(ErrorCode::Failed, QStringLiteral("audit log entry %1's signature does not hold").arg(id));
        h.unsignedEntries += key.isEmpty();
        if (action == QLatin1String("merge_copy"))
            h.peerHeads.append({id, details.value(QStringLiteral("peer_head")).toString()});
        for (const QJsonValue &b : details.value(QStringLiteral("bound")).toObject().value(QStringLiteral("sources")).toArray()) {
            const QJsonObject source = b.toObject();
            const QString uuid = source.value(QStringLiteral("source")).toString();
            if (!h.sourceBindings.contains(uuid)) // the first binding of a source is the one that counts
                h.sourceBindings.insert(uuid, {id, source.value(QStringLiteral("tables")).toObject()});
        }
        if (action == QLatin1String("untag"))
            h.untags.append({id, details.value(QStringLiteral("target_table")).toString(),
                             details.value(QStringLiteral("target")).toString().remove(u'-').toLower(), details.value(QStringLiteral("tag")).toString()});
        // A merge's renumbering changes codes only, which merges do not compare: not a change of the objects
        // (though what the rows must hold now).
        const bool renumbering = action == QLatin1String("merge_renumber");
        for (const QJsonValue &r : details.value(QStringLiteral("bound")).toObject().value(QStringLiteral("rows")).toArray()) {
            const QJsonArray row = r.toArray();
            const QString table = row.at(0).toString(), key = row.at(1).toString();
            h.lastDigest.insert(table + u'\x1f' + key, row.at(2).toString());
            if (renumbering)
                continue;
            h.lastBound.insert(table + u'\x1f' + key, id);
            if (row.at(2).isNull())
                h.deletions.append({id, table, key});
        }
    }
    if (!st.status())
        return st.status();
    return h;
}

Status checkTheirRows(sql::Database &db, const History &theirs)
{
    for (const integrity::RowBoundTable &t : integrity::rowBoundTables()) {
        QByteArray key;
        for (const char *k : t.key)
            key += (key.isEmpty() ? "" : " || '/' || ") + QByteArray("CAST(") + k + " AS TEXT)";
        // The digest as their copy computes it: what it refers to is read from their copy too.
        QByteArray digest = integrity::digestExpression(t.name, t.columns);
        digest.replace("FROM ", "FROM theirs.");
        // Links an import made are bound with their source until the session undoes one (as `verify` has it).
        const QByteArray covered = qstrcmp(t.name, "links") == 0 ? "source_id IS NOT NULL AND undone_at IS NULL AND undone_by IS NULL" : "0";
        const QByteArray sql = "SELECT " + key + ", lower(hex(" + digest + ")), " + covered + " FROM theirs." + t.name;
        sql::Statement st(db, sql.constData());
        while (st.step()) {
            const QString id = QLatin1String(t.name) + u'\x1f' + st.text(0);
            const auto bound = theirs.lastDigest.constFind(id);
            if (bound == theirs.lastDigest.cend() && st.int64(2) != 0)
                continue;
            if (bound == theirs.lastDigest.cend() || bound->toLower() != st.text(1))
                return Status::error(ErrorCode::Failed, QStringLiteral("%1 row %2 %3 (it was changed outside Casebench after its audit entry %4)")
                                                            .arg(QLatin1String(t.name), st.text(0),
                                                                 bound == theirs.lastDigest.cend() ? QStringLiteral("is bound by no audit entry")
                                                                                                   : QStringLiteral("differs from what its audit entry bound"))
                                                            .arg(theirs.lastBound.value(id)));
        }
        if (!st.status())
            return st.status();
    }
    return {};
}

SyncPoint findSync(const History &ours, const History &theirs)
{
    SyncPoint s;
    while (s.common < ours.hashes.size() && s.common < theirs.hashes.size() && ours.hashes[s.common] == theirs.hashes[s.common])
        ++s.common;
    // A merge of one copy into the other shows how far the merging copy has seen the other's history. It
    // says nothing of the reverse: B merging A does not give A what B did before.
    const auto seen = [&s](const History &merging, const History &merged) {
        qint64 upTo = s.common;
        for (const auto &[entry, head] : merging.peerHeads)
            if (merged.holds(head))
                upTo = qMax(upTo, head.left(head.indexOf(u':')).toLongLong());
        return upTo;
    };
    s.theirs = seen(ours, theirs);
    s.ours = seen(theirs, ours);
    return s;
}

QSet<qint64> mergesOf(const History &merging, const History &merged)
{
    QSet<qint64> out;
    for (const auto &[entry, head] : merging.peerHeads)
        if (merged.holds(head))
            out.insert(entry);
    return out;
}

QHash<QString, QSet<QString>> deletedSince(sql::Database &db, const History &side, qint64 after, const QSet<qint64> &merges,
                                           const char *schema, RefMapper *toOurs)
{
    QHash<QString, QSet<QString>> out;
    const QByteArray entityUuid = QByteArray("SELECT lower(hex(uuid)) FROM ") + schema + ".entities WHERE id = ?";
    for (const History::Deletion &d : side.deletions) {
        if (d.entry <= after || merges.contains(d.entry))
            continue;
        if (d.table == QLatin1String("meta")) {
            out[d.table].insert(d.key);
        } else if (d.table == QLatin1String("roles")) {
            QString uuid = db.scalar(entityUuid.constData(), {d.key.toLongLong()}).toString();
            if (toOurs)
                uuid = toOurs->map(Ref::Entity, {}, uuid);
            if (!uuid.isEmpty())
                out[d.table].insert(uuid);
        }
    }
    for (const History::Untag &u : side.untags) {
        if (u.entry <= after)
            continue;
        const QString target = toOurs ? toOurs->map(Ref::Target, u.targetTable, u.target) : u.target;
        if (!target.isEmpty())
            out[QStringLiteral("tags")].insert(target + u'|' + u.tag);
    }
    return out;
}

Result<QJsonArray> entriesAfter(sql::Database &db, const char *schema, qint64 after)
{
    const QByteArray sql = QByteArray("SELECT id, at, actor, action, hash, json_extract(details, '$.signed_by') FROM ") + schema +
                           ".audit_log WHERE id > ? ORDER BY id";
    sql::Statement st(db, sql.constData());
    st.bind(1, after);
    QJsonArray out;
    while (st.step())
        out.append(QJsonObject{{QStringLiteral("entry"), st.int64(0)}, {QStringLiteral("at"), st.text(1)}, {QStringLiteral("actor"), st.text(2)},
                               {QStringLiteral("action"), st.text(3)}, {QStringLiteral("hash"), st.text(4)},
                               {QStringLiteral("signed_by"), st.isNull(5) ? QJsonValue() : QJsonValue(st.text(5))}});
    if (!st.status())
        return st.status();
    return out;
}

} // namespace cb::casefile::sharing
