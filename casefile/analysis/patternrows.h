#pragma once
// Inside the pattern analyses: a result row, what it cites, and how rows become JSON.
#include "analysis/patterns.h"
#include "timeutil.h"

namespace cb::casefile::analysis {

// A transaction or a call a row rests on: its id and the figures the patterns weigh, no text (a pattern
// over a million rows keeps many of these; what a result shows of them — UUID, currency or direction,
// source and locator — is read by id for the rows shown, Ledger::detail).
struct Evidence
{
    bool call = false;
    qint64 rowId = 0;       // transactions.id or calls.id
    Timestamp time;
    qint64 amountMinor = 0; // transactions
    qint64 durationS = 0;   // calls
    qint64 account = 0, counterparty = 0; // canonical ids: the statement's account and its counterparty; a call's two parties
};

inline Evidence evidenceOf(const LedgerRow &r)
{
    return {false, r.id, r.time, r.amountMinor, 0, r.account, r.counterparty};
}

struct PatternRow
{
    qint64 account = 0; // the entity the row is about
    qint64 score = 0;   // rows are listed highest first
    QJsonObject figures;
    QList<Evidence> evidence;
};

// {"kind", "parameters", "rows": [{"entity", ...figures, "evidence": [...]}]}: best first, at most the limit.
QJsonObject patternJson(Ledger &ledger, const PatternParams &p, QList<PatternRow> rows);

// path: the earliest-arriving time-respecting chain of payments and calls from the first entity to the second.
Result<QJsonObject> pathPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const QList<qint64> &ends, const Progress &progress);

// loops, colocation, number-change (patternsmore.cpp).
QList<PatternRow> loopsPattern(Ledger &ledger, const PatternParams &p, const Progress &progress, Status &status);
QList<PatternRow> colocationPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const QList<qint64> &only, Status &status);
QList<PatternRow> numberChangePattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, Status &status);

// centrality over the call or money graph (patterncentral.cpp).
Result<QList<PatternRow>> centralityPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const Progress &progress);

// top-contacts and common-contacts, over the calls.
Result<QJsonObject> contactsPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const QList<qint64> &numbers);

} // namespace cb::casefile::analysis
