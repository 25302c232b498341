#pragma once
// Codes both copies of a case gave to different objects (L-2026-000002 to a lead each, R-, exhibit
// numbers): the lower UUID keeps the code (and what refers to the other by it — a rerun, an exhibit of a
// run or lead — follows it), the other gets the next code free in both copies (or, if the
// other copy already renumbered it, the code it has there). Settled before anything else is merged, the
// same whichever copy is merged into which; this copy's objects that must change are renumbered in an
// audit entry of their own, a change of this copy's that the other copy takes when it merges this one.
#include "sharing/mergetables.h"

#include <QHash>
#include <QJsonArray>

namespace cb::casefile::sharing {

struct Renumbering
{
    QHash<QString, QJsonValue> theirs; // "TABLE\x1fUUID" of their object → the code it gets here
    QHash<QString, QHash<QString, QJsonValue>> theirCodes; // by table: their code → the code it has here
    QJsonArray ours;                   // this copy's objects renumbered: kind, uuid, from, to
    QJsonArray all;                    // both, for the report
};

// With the other copy attached as `theirs`; renumbers this copy's objects (tracked, not yet audited).
Result<Renumbering> settleCodes(sql::Database &db);

// Their references by code (a rerun's run, an exhibit's run or lead) to objects renumbered here.
void renameTheirReferences(const Renumbering &codes, const MergeTable &t, QJsonArray &content);

} // namespace cb::casefile::sharing
