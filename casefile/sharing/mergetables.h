#pragma once
// The analyst's objects a merge of copies compares, table by table (sharing/mergecopy.h): how a row is
// named in both copies (its identity: its UUID, or the UUIDs of what it joins), its content with every
// reference written as the UUID it points to (two copies number their rows differently; UUIDs agree), and
// how a version is written into this copy.
#include "sqlite.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace cb::casefile::sharing {

enum class Ref { None, Blob, Entity, Lead, Event, Link, Source, Target };

struct MergeColumn
{
    const char *name;
    Ref ref = Ref::None;
};

struct MergeTable
{
    const char *name;               // also its row-bound table (integrity/boundtables.h)
    QList<const char *> key;        // the local primary key
    QList<MergeColumn> columns;     // content, in this order
    QList<int> identity;            // the columns that name a row across copies
    const char *filter = "";        // which rows are merged (links: the analyst's; an import's come with its source)
    int code = -1;                  // a code or number both copies may give to different objects
    bool appendOnly = false;        // never edited: a row is equal to another of its identity
    const char *kind = nullptr;     // what reports and conflicts call it, when not the table's name
    bool insertable = true;         // false: only changes of rows this copy has are merged
};

// What reports and conflicts call a merged table's rows.
inline QLatin1String kindOf(const MergeTable &t)
{
    return QLatin1String(t.kind ? t.kind : t.name);
}

// The tables of imported records (what a note or tag may be on besides entities and the analyst's objects).
const QList<const char *> &recordTables();

// In the order they are merged: what a row refers to comes before it (notes and tags last: they may be
// on a lead, an event or a link).
const QList<MergeTable> &mergeTables();
const MergeTable *mergeTable(const QString &kind);

struct MergeRow
{
    QString key;      // local primary key, as integrity::keyText writes it
    QString identity; // in this copy's UUIDs
    QJsonArray content;
};

// Every merged row of a table in `schema` ("main" or "theirs"), content as it reads there.
Result<QList<MergeRow>> readRows(sql::Database &db, const MergeTable &t, const char *schema);

// The identity of a row from its content.
QString identityOf(const MergeTable &t, const QJsonArray &content);
// What two versions are compared by: the content without the code (a renumbered object is the same object).
QByteArray comparable(const MergeTable &t, const QJsonArray &content);

// Maps the records their notes and tags are on to this copy's (temp.merge_rmap), once the sources came in.
Status mapRecordTargets(sql::Database &db);

// Their UUIDs into this copy's: an entity theirs created from a file this copy imported as well is the
// entity this copy has for the same identifier; a record of such a file is this copy's record at the same
// locator. Needs the other copy attached as `theirs` and the entity and source maps filled (mergesources).
class RefMapper
{
public:
    explicit RefMapper(sql::Database &db) : m_db(db) {}
    // Empty when this copy holds no such object.
    QString map(Ref ref, const QString &table, const QString &hex);
    // Their content in this copy's UUIDs; false when a reference it needs is missing here.
    bool translate(const MergeTable &t, QJsonArray &content, QString *missing);

private:
    QString viaQuery(const char *sql, const QString &hex);
    QString recordByLocator(const QString &table, const QString &hex);
    sql::Database &m_db;
    QHash<QString, QString> m_cache;
};

// Writes versions of rows into this copy (`main`), references resolved by UUID.
class RowWriter
{
public:
    explicit RowWriter(sql::Database &db) : m_db(db) {}
    Result<qint64> insert(const MergeTable &t, const QJsonArray &content);
    Status update(const MergeTable &t, const QString &key, const QJsonArray &content);
    Status remove(const MergeTable &t, const QString &key);

private:
    Status bindContent(sql::Statement &st, const MergeTable &t, const QJsonArray &content, int first, bool skipCode);
    sql::Database &m_db;
};

} // namespace cb::casefile::sharing
