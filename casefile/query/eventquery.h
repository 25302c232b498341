#pragma once
// Events across record kinds on one time axis (what a timeline draws and a chronology lists): money,
// calls, messages, locations and stated balances between two instants, in time order, each with its
// parties, figures and provenance. Served by the per-kind time indexes (schema 9).
#include "progress.h"
#include "recordkind.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVector>
#include <optional>

namespace cb::casefile {

class CaseFile;

struct EventRow
{
    RecordKind kind = RecordKind::Transactions;
    qint64 id = 0;
    qint64 timeUtcMs = 0;
    qint32 offsetS = 0;   // the source's own offset from UTC at that time
    qint64 entity = 0;    // whose event: the account, the subscriber, the sender, the located entity
    qint64 counterpart = 0; // the other party's entity, when known
    std::optional<qint64> amountMinor; // money (signed from the account's view) and stated balances
    QString currency;
    std::optional<qint64> durationS;
    QString direction;    // "in", "out", "missed"... (money: from the sign)
    QString sourceFile, locator;
};

struct EventQuery
{
    qint64 fromUtcMs = 0, toUtcMs = 0; // inclusive
    QList<RecordKind> kinds;           // empty: every kind with a time
    QList<qint64> entities;            // empty: all; else events where one of them (or a merged twin) takes part
    int limit = 10000;
};

// The events in range in (time, kind, id) order, at most q.limit of them.
Result<QVector<EventRow>> queryEvents(CaseFile &cf, const EventQuery &q, const Progress &progress = {});
// How many events of each kind fall in range (same filters), in q.kinds order (every timed kind when empty).
Result<QList<QPair<RecordKind, qint64>>> countEvents(CaseFile &cf, const EventQuery &q, const Progress &progress = {});

} // namespace cb::casefile
