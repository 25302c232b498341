#pragma once
// Fraud patterns over the money and the calls, each row with the figures that made it match and the
// transactions or calls it rests on (UUID, time, amount or duration, source file, SHA-256, locator):
//   fast-in-fast-out (快进快出)    money paid out within a window after it came in, in about the same amount
//   fan-in, fan-out (汇聚/分散)    many distinct counterparties paying in / paid within one window
//   flow-roles (来源/中转/沉淀)     each account's money split into what it originated, passed on and kept
//   unrequested-accounts (未调单)  counterparties whose statements the case lacks, by what reached them
//                                 (with --entity: by the money traced from those accounts)
//   common-counterparties         accounts that two or more of the given accounts dealt with
//   top-contacts, common-contacts numbers one or several given numbers called most (one call counted once
//                                 when both parties' records hold it)
//   path                          the earliest-arriving time-respecting chain of payments and calls from one
//                                 entity to another
//   loops (资金回路)                payments that came back to the payer through others within the window
//   colocation (碰面/伴随)          two numbers' calls served by the same cell within the window
//   number-change (换号)            a number going quiet while a new one starts, with shared contacts
//   centrality                    degree, betweenness, closeness and eigenvector on the call or money graph
// The two sides of one transfer are counted once: each account's own statement is what it is judged by.
#include "analysis/ledger.h"

#include <QJsonObject>

namespace cb::casefile::analysis {

struct PatternParams
{
    QString kind;
    qint64 windowMs = 24LL * 3600 * 1000;
    double ratioLow = 0.8, ratioHigh = 1.2; // fast-in-fast-out: out / in
    qint64 minAmountMinor = 0;
    int minCounterparties = 5;   // fan-in, fan-out
    QStringList entities;        // common-*, top-contacts: the accounts or numbers, as written
    int limit = 100;             // rows, best first
    QString graph = QStringLiteral("calls"); // centrality: "calls" or "money"
    double radiusM = 0;          // colocation: cells whose sites lie this close count as one place
    QJsonObject toJson() const;
};

QStringList patternKinds();
// From the saved (or command-line) JSON form; an error names what is wrong.
Result<PatternParams> patternParamsFromJson(const QJsonObject &o);

// {"kind", "parameters", "rows": [...]}; the ledger records every row read.
Result<QJsonObject> runPattern(CaseFile &cf, Ledger &ledger, const PatternParams &params, const Progress &progress = {});

} // namespace cb::casefile::analysis
