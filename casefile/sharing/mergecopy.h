#pragma once
// Merging a colleague's copy of the case into this one: a three-way merge against the point where the
// two copies last agreed (sharing/mergehistory.h). Sources come in deduplicated by SHA-256 with their
// records (sharing/mergesources.h); the analyst's objects (notes, tags, roles, leads and their history,
// analyst events, exhibits, merges and their undoing, link statuses, analysis runs, case settings) are
// compared row by row (sharing/mergetables.h):
// - only theirs has it: it comes in, unless this copy deleted it (then it stays deleted; if they changed
//   it after, that is a conflict);
// - only theirs changed it: theirs is taken; only this copy changed it: it stays;
// - both changed it differently: a conflict (merge_conflicts), this copy's version kept, theirs beside it
//   (also when it differs though neither changed it since they last merged: that merge left it a conflict
//   in the other copy, and this one learns of it);
// - they deleted it and this copy did not change it: it goes.
// A code (L-, R-, exhibit number) both gave to different objects stays with the lower UUID; the other
// gets the next free one, whichever copy is merged into which. All of it is one transaction and one
// audit entry that names the other copy's head and lists the entries it brings in; merging again
// changes nothing and writes nothing.
#include "casefile.h"
#include "progress.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace cb::casefile::sharing {

struct MergeOptions
{
    bool dryRun = false;    // report what would change; change nothing
    bool unrelated = false; // copies of different cases: add everything, compare nothing
    QString actor;
};

struct MergeReport
{
    QString other, peerHead;
    qint64 commonEntries = 0, syncOurs = 0, syncTheirs = 0;
    QMap<QString, qint64> cameIn, updated, deleted; // by kind
    QJsonArray conflicts, renumbered, skipped, sourceFiles;
    QJsonArray agreed; // open conflicts over rows both copies now hold alike: settled as "agreed"
    qint64 sharedSources = 0, openConflicts = 0;
    QJsonArray theirEntries; // their history after the sync point
    QJsonArray appended;     // this case's new audit entries
    bool dryRun = false;
    bool changed() const;
    QJsonObject toJson() const;
    static QJsonObject countsJson(const QMap<QString, qint64> &byKind);
};

Result<MergeReport> mergeCopy(CaseFile &cf, const QString &otherPath, const MergeOptions &options, const Progress &progress = {});

struct Conflict
{
    QString code, table, identity, reason, peer, detectedAt, resolution, resolvedBy, resolvedAt;
    QString subject; // what it is about, as a person names it (the entity a note is on, a lead's code...)
    QJsonValue mine, theirs;
    QJsonObject toJson() const;
};

Result<QList<Conflict>> conflicts(CaseFile &cf, bool includeResolved = true);
// Settles a conflict: `takeTheirs` writes their version (or their deletion) over this copy's; either way
// the conflict is marked resolved, by whom and when, in one audited step.
Status resolveConflict(CaseFile &cf, const QString &code, bool takeTheirs, const QString &actor);

} // namespace cb::casefile::sharing
