#pragma once
// Fund tracing: where the money paid out of an account went, hop by hop, in time order, with the amount
// each payment carried allocated by a named tracing rule —
//   fifo          Clayton's case: an account's money is a queue (its opening balance first, then each
//                 payment in by booking time); a payment out takes the oldest money still there, and a
//                 mixed payment passes its slices on in that order.
//   libr          lowest intermediate balance: the holder's own money is spent first; after each debit the
//                 traced money left is min(traced, balance), and later deposits never restore it.
//   proportional  pro rata (Barlow Clowes): each payment out carries the traced share of the balance.
//   none          time-respecting paths only (no amounts allocated).
// Time-respecting: money can only leave through a payment booked after it arrived. The two sides of one
// transfer (the payer's debit, the payee's credit naming each other, same amount and currency, within a
// tolerance) are one transfer: the traced money arrives at the payee's booking of it. Every minor unit of
// the traced money ends in exactly one endpoint.
#include "analysis/ledger.h"
#include "progress.h"

#include <QJsonObject>

namespace cb::casefile::analysis {

enum class Allocation { Fifo, Libr, Proportional, None };
QString allocationName(Allocation a);
std::optional<Allocation> allocationFromName(QStringView name);

struct TraceParams
{
    qint64 origin = 0; // entity id of the account
    bool down = true;  // down: where the money paid out went; up: where the money paid in came from
    int hops = 6;
    std::optional<qint64> afterMs, beforeMs; // window of the origin's payments (and the end of the trace)
    qint64 minAmountMinor = 0;               // payments below it are not followed
    std::optional<qint64> maxGapMs;          // traced money idle longer than this stays where it is
    Allocation allocation = Allocation::Fifo;
    qint64 pairToleranceMs = 3LL * 24 * 3600 * 1000;
    QJsonObject toJson(Ledger &ledger) const;
};

struct TraceFlow
{
    int hop = 0;
    qint64 from = 0, to = 0; // entity ids; to = 0: cash or no counterparty
    QString toRaw;           // the statement's counterparty text when the case has no entity for it
    const LedgerRow *row = nullptr;
    qint64 tracedMinor = 0;
    const LedgerRow *paired = nullptr; // the payee's booking of the same transfer, when the case holds it
    bool cash = false;                 // withdrawn: the money left the banking system here
};

enum class EndStatus { Held, Cash, Unrequested, HopLimit, BelowMinimum };
QString endStatusName(EndStatus s);

struct TraceEndpoint
{
    qint64 account = 0;
    QString raw; // for accounts the case has no entity of
    EndStatus status = EndStatus::Held;
    qint64 tracedMinor = 0;
};

struct TraceResult
{
    QString currency;
    qint64 originMinor = 0;
    QList<TraceFlow> flows;
    QList<TraceEndpoint> endpoints;
    QList<const LedgerRow *> unfollowed; // payments in another currency that carried no traced money
};

// Runs the trace over the ledger (which keeps the rows the flows point to): down from the origin's
// payments out, or up from its payments in (traceup.cpp).
Result<TraceResult> trace(Ledger &ledger, const TraceParams &params, const Progress &progress = {});
Result<TraceResult> traceUp(Ledger &ledger, const TraceParams &params, const Progress &progress = {});

// The result as the command line prints it (the JSON shape, with the run added by the caller).
QJsonObject traceJson(Ledger &ledger, const TraceParams &params, const TraceResult &result);

} // namespace cb::casefile::analysis
