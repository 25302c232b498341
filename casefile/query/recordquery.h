#pragma once
// The query layer every view, report, export and analysis shares: one place knows how each record kind is
// stored, which columns it shows, how an entity is labelled (the entity_labels view), and how to filter,
// sort and page it in SQL. Paging is by keyset on (sort key, id), so a page boundary inside a run of equal
// keys neither repeats nor skips a row; offset paging serves views that jump to a position.
//
// Values come back raw (UTC milliseconds, minor units, direction codes); presenting them is the views'
// business. All functions run on the calling thread's connection: the GUI calls them through the worker.
#include "progress.h"
#include "recordkind.h"
#include "result.h"

#include <QList>
#include <QVariant>
#include <QVector>
#include <optional>

namespace cb::casefile {

class CaseFile;

// How a column's raw value is to be read.
enum class ColumnKind { Text, Integer, TimeUtcMs, AmountMinor, Duration, Direction, Real };

struct ColumnDef
{
    const char *key;   // stable name: "time", "amount", "source"
    const char *title; // English, translated by the views (context cb::casefile::RecordQuery)
    ColumnKind kind;
    const char *select; // SQL over the record table aliased r and its source aliased s
    const char *sort;   // a non-null SQL sort expression, or null when the column cannot be sorted
};

// The columns of a kind, in display order. The last one is always the provenance, "file : locator".
const QList<ColumnDef> &recordColumns(RecordKind kind);
// The column holding the currency of the kind's amounts, or -1.
int currencyColumn(RecordKind kind);
// Whether records of this kind have a time (and can be filtered by a time range).
bool hasTime(RecordKind kind);

struct RecordFilter
{
    std::optional<qint64> fromUtcMs, toUtcMs; // inclusive bounds on the record's time
    QList<qint64> entities;                  // any party is one of these (merged identities included)
    std::optional<qint64> minAmountMinor, maxAmountMinor; // on the absolute amount (transactions, balances)
    QString currency;                        // ISO 4217
    QString direction;                       // "in" / "out" (calls, messages; money: credit / debit), "missed"...
    QList<qint64> sources;
    QString text;                            // every word somewhere in the kind's text columns
    QList<qint64> ids;                       // only these records (a selection, one record's details)
    bool isEmpty() const;
};

struct RecordQuery
{
    RecordKind kind = RecordKind::Transactions;
    RecordFilter filter;
    int sortColumn = -1; // index into recordColumns(kind); -1: storage order (id)
    bool descending = false;
};

struct RecordRow
{
    qint64 id = 0;
    QVariant sortKey;        // the row's value of the sort expression (for keyset paging)
    QVector<QVariant> values; // one per column
};

// Where a keyset page starts: after this row of the previous page.
struct RecordCursor
{
    QVariant sortKey;
    qint64 id = 0;
    static RecordCursor after(const RecordRow &row) { return {row.sortKey, row.id}; }
};

Result<qint64> countRecords(CaseFile &cf, const RecordQuery &q, const Progress &progress = {});
// Up to `limit` rows after `after` (from the start when empty), in the query's order.
Result<QVector<RecordRow>> recordPage(CaseFile &cf, const RecordQuery &q, const std::optional<RecordCursor> &after, int limit,
                                      const Progress &progress = {});
// Up to `limit` rows from position `offset` in the query's order.
Result<QVector<RecordRow>> recordPageAt(CaseFile &cf, const RecordQuery &q, qint64 offset, int limit, const Progress &progress = {});
// Where a record stands (0-based) in the query's order, or nothing when its filter leaves the record out:
// what a table scrolls to when the record is selected elsewhere (the timeline).
Result<std::optional<qint64>> recordPosition(CaseFile &cf, const RecordQuery &q, qint64 id, const Progress &progress = {});

// The one label of an entity (as every table shows it), or an empty string for 0 / an unknown id.
QString entityLabel(CaseFile &cf, qint64 entityId);
// The entities merged with these (each group complete), the given ones included.
QList<qint64> withMergedEntities(CaseFile &cf, const QList<qint64> &entities);

} // namespace cb::casefile
