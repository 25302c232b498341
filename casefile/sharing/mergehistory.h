#pragma once
// What the audit histories of two copies say about a merge (sharing/mergecopy.h): how far each copy has
// seen the other's history, and, per row, whether a copy changed it since the other saw it. Copies of one case share the beginning of their history
// (the entries up to the moment one was copied from the other); a merge records the other copy's head, so
// that the next merge of the same copies starts from there. A row changed since the sync point is one
// an entry after it binds (integrity/boundtables.h); a row deleted since is named by its identity.
#include "sqlite.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace cb::casefile::sharing {

class RefMapper;

struct History
{
    QList<QString> hashes;             // hashes[i]: entry i + 1
    qint64 unsignedEntries = 0;
    QList<QPair<qint64, QString>> peerHeads; // (merge entry, the other copy's "COUNT:HASH" it took in)
    QHash<QString, qint64> lastBound;  // "TABLE\x1fKEY" → the newest entry binding the row
    QHash<QString, QString> lastDigest; // "TABLE\x1fKEY" → what it bound (empty: the row was deleted)
    struct Deletion { qint64 entry; QString table, key; };
    QList<Deletion> deletions;         // rows an entry bound as gone
    struct Untag { qint64 entry; QString targetTable, target, tag; };
    QList<Untag> untags;
    struct SourceBinding { qint64 entry; QJsonObject tables; };
    QHash<QString, SourceBinding> sourceBindings; // by source UUID: what its import bound, table by table
    bool holds(const QString &head) const;
};

// Reads and checks the history of `schema` ("main" or "theirs"); an error when its hash chain is broken.
Result<History> readHistory(sql::Database &db, const char *schema);

struct SyncPoint
{
    qint64 common = 0; // entries both histories begin with
    qint64 ours = 0;   // their copy has seen this copy's history up to this entry (it merged this copy then)
    qint64 theirs = 0; // this copy has seen theirs up to this entry
};
SyncPoint findSync(const History &ours, const History &theirs);

// Every row of their copy's row-bound tables (notes, tags, roles, leads...) must hold what the newest entry
// of their history bound for it, as `verify` on their copy checks: a row changed outside the case session
// refuses the merge.
Status checkTheirRows(sql::Database &db, const History &theirs);

// The entries of `merging` that merged `merged` in: what they wrote is the other copy's version, not a change.
QSet<qint64> mergesOf(const History &merging, const History &merged);

// Identities, table by table, of rows `side` deleted after `after`, not by merging the other copy (in
// this copy's UUIDs).
QHash<QString, QSet<QString>> deletedSince(sql::Database &db, const History &side, qint64 after, const QSet<qint64> &merges,
                                           const char *schema, RefMapper *toOurs);

// The entries after `after` in `schema`'s history: who did what there (for the merge's own entry).
Result<QJsonArray> entriesAfter(sql::Database &db, const char *schema, qint64 after);

} // namespace cb::casefile::sharing
