#pragma once
// What the audit chain binds, table by table, and the one canonical row digest both the writers and
// `verify` compute.
//
// A row's digest is the first 16 bytes of SHA-256 over the table's name and the listed columns' values,
// each encoded by its value, not by how SQLite stores it (an integer bound to a REAL column digests the
// same as it was bound); rowencoder.h spells the encoding out. SQL computes it as
// cb_row_digest('table', column, ...), a function every case connection has.
//
// Two kinds of binding:
// - Source-owned tables: an import's audit entry binds, per table, how many rows it committed and the
//   SHA-256 of their sorted row digests (order-free, so neither row ids nor storage order matter). The
//   eight record tables also keep each row's digest in a `digest` column, so that `verify` can name the
//   one row that changed. Row ids are not digested there: what refers to a record (a note, a tag) binds
//   the UUID it points to.
// - Row-bound tables: each audit entry of a case-session intent binds the digest of every row it wrote,
//   by table and primary key (null: the row was deleted); the newest binding of a row is what it must hold.
// A column added to a bound table later needs a migration that binds the rows again.
#include "integrity/digestset.h"
#include "sqlite.h"

#include <QByteArray>
#include <QList>
#include <array>
#include <map>
#include <string>
#include <vector>

struct sqlite3;

namespace cb::casefile::integrity {

struct SourceOwnedTable
{
    const char *name;
    const char *columns;     // digested columns; for record tables also the committer's insert order
    bool storesDigest;       // a record table: each row keeps its digest in a `digest` column
    const char *filter = ""; // which rows an import owns, beyond source_id
};

struct RowBoundTable
{
    const char *name;
    QList<const char *> key; // primary-key columns
    const char *columns;     // digested columns and expressions
};

const QList<SourceOwnedTable> &sourceOwnedTables();
const QList<RowBoundTable> &rowBoundTables();
const RowBoundTable *rowBoundTable(const QString &name);
const SourceOwnedTable *sourceOwnedTable(const QString &name);

// "cb_row_digest('calls', uuid, source_id, ...)" over a table's digested columns.
QByteArray digestExpression(const char *table, const char *columns);

// A record table's insert: its columns and `digest`, `rows` VALUES groups with numbered parameters, so
// that the digest is computed from the very values bound (parameter r * n + i is row r's column i).
QByteArray recordInsertSql(const char *table, int rows);

// Row digests SQL computed while armed, by table: what an import committed, without reading it back. The
// committer also adds the digests of the entities and identifiers it writes (DigestSet bounds the memory).
struct DigestCollector
{
    bool armed = false;
    std::map<std::string, DigestSet> byTable;
    DigestSet &rowsOf(const char *table)
    {
        if (!last || lastTable != table) {
            lastTable = table;
            last = &byTable[lastTable];
        }
        return *last;
    }

private:
    std::string lastTable;
    DigestSet *last = nullptr;
};

Status registerRowDigest(sqlite3 *db, DigestCollector *collector);

// Hex SHA-256 over the digests in byte order: the same set gives the same hash in any order.
QString setDigest(std::vector<RowDigest> &digests);

RowDigest toRowDigest(const QByteArray &blob);

} // namespace cb::casefile::integrity
