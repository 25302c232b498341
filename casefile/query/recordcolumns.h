#pragma once
// Inside the query layer: the SQL of each record kind beyond its columns (recordcolumns.cpp).
#include "query/recordquery.h"

namespace cb::casefile {

const char *timeColumn(RecordKind kind);          // null when the kind has no time
QList<const char *> partyColumns(RecordKind kind); // the entity id columns that name its parties
const char *amountColumn(RecordKind kind);        // null when it has no amount
const char *textColumns(RecordKind kind);         // its text, joined by spaces (for the text filter)
// The SQL condition for a direction filter (with one ? for the direction when it compares it), or null.
const char *directionCondition(RecordKind kind, const QString &direction);

} // namespace cb::casefile
