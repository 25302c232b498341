#pragma once
// How audit entries come to bind facts: the rows an intent wrote (tracked with SQLite's session
// extension), the source and rows an import committed, and everything a case held when it was upgraded
// from a version that did not bind. The JSON these produce is the "bound" object of an audit entry:
//   {"sources": [{"source": UUID, "file", "sha256", "size", "tables": {TABLE: {"rows": N, "digest": HEX}}}],
//    "rows": [[TABLE, KEY, HEX or null], ...]}
#include "integrity/boundtables.h"
#include "progress.h"

#include <QJsonArray>
#include <QJsonObject>

struct sqlite3_session;

namespace cb::casefile::integrity {

// Records which rows of the row-bound tables a connection changes while it lives.
class ChangeTracker
{
public:
    explicit ChangeTracker(sql::Database &db);
    ~ChangeTracker();
    ChangeTracker(const ChangeTracker &) = delete;
    ChangeTracker &operator=(const ChangeTracker &) = delete;
    // [TABLE, KEY, digest of the row as it is now, or null when it is gone] for each row changed since the
    // tracker started or was last taken; then starts afresh.
    Result<QJsonArray> take();

private:
    sql::Database &m_db;
    sqlite3_session *m_session = nullptr;
};

// [TABLE, KEY, HEX or null] for one row of a row-bound table, by its primary-key values.
Result<QJsonArray> boundRow(sql::Database &db, const RowBoundTable &table, const QVariantList &key);

// The "sources" element for one source: its file, hash and size, and per source-owned table the rows it
// owns. Record tables' digests come from the collector (filled while the import inserted them); the
// other tables are read back, rows above the ids given (what existed before the import is not its own).
struct ImportedIds
{
    qint64 entitiesAbove = 0, identifiersAbove = 0;
};
Result<QJsonObject> bindImportedSource(sql::Database &db, qint64 sourceId, DigestCollector &collected, const ImportedIds &above);

// Everything a case holds that no audit entry binds yet, for the upgrade entry: fills the record tables'
// digest column where it is empty, binds every source not bound before and every row of the row-bound
// tables no entry bound before.
Result<QJsonObject> bindUnbound(sql::Database &db, const Progress &progress);

// The text of a primary key: its values joined by '/'.
QString keyText(const QVariantList &values);

} // namespace cb::casefile::integrity
