// Which record of this copy each record of theirs that a note or tag is on is (sharing/mergetables.h): the
// same UUID (a file that came from theirs, or one imported before the copies parted), else the row at the
// same locator of the same file imported here as well. Record UUIDs have no index (a million-row import
// would pay for one), so the rows wanted are found in one pass over each table, never one lookup per note.
#include "sharing/mergetables.h"

namespace cb::casefile::sharing {

Status mapRecordTargets(sql::Database &db)
{
    if (Status s = db.exec("CREATE TEMP TABLE IF NOT EXISTS merge_rmap(t_uuid BLOB PRIMARY KEY, tbl TEXT NOT NULL, o_uuid BLOB, o_id INTEGER);"
                           "CREATE INDEX IF NOT EXISTS temp.merge_rmap_ours ON merge_rmap(o_uuid);"
                           "DELETE FROM temp.merge_rmap;");
        !s)
        return s;
    for (const char *t : recordTables()) {
        const QByteArray table = t;
        // Their records that their notes and tags are on (by row id: no scan).
        const QByteArray wanted = "INSERT OR IGNORE INTO temp.merge_rmap(t_uuid, tbl) SELECT r.uuid, '" + table + "' FROM theirs." + table +
                                  " r WHERE r.id IN (SELECT target_id FROM theirs.notes WHERE target_table = '" + table +
                                  "' UNION SELECT target_id FROM theirs.tags WHERE target_table = '" + table + "')";
        if (Status s = db.exec(wanted.constData()); !s)
            return s;
        if (db.changes() == 0)
            continue;
        // The same UUID here: one pass over the table against the (small) set wanted.
        const QByteArray same = "UPDATE temp.merge_rmap SET o_uuid = h.uuid, o_id = h.id FROM (SELECT uuid, id FROM main." + table +
                                " WHERE uuid IN (SELECT t_uuid FROM temp.merge_rmap WHERE tbl = '" + table + "')) h WHERE merge_rmap.t_uuid = h.uuid";
        if (Status s = db.exec(same.constData()); !s)
            return s;
        // The same line of the same file, imported by both copies.
        const QByteArray located =
            "UPDATE temp.merge_rmap SET o_uuid = h.o_uuid, o_id = h.o_id FROM (SELECT t.uuid AS t_uuid, o.uuid AS o_uuid, o.id AS o_id FROM theirs." +
            table + " t JOIN theirs.sources ts ON ts.id = t.source_id JOIN main.sources os ON os.sha256 = ts.sha256 JOIN main." + table +
            " o ON o.source_id = os.id AND o.locator = t.locator WHERE t.uuid IN (SELECT t_uuid FROM temp.merge_rmap WHERE tbl = '" + table +
            "' AND o_id IS NULL)) h WHERE merge_rmap.t_uuid = h.t_uuid AND merge_rmap.o_id IS NULL";
        if (Status s = db.exec(located.constData()); !s)
            return s;
    }
    return {};
}

} // namespace cb::casefile::sharing
