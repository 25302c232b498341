// What a merge of copies did, as the command line and the workbench report it.
#include "sharing/mergecopy.h"

namespace cb::casefile::sharing {

QJsonObject MergeReport::countsJson(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool MergeReport::changed() const
{
    const auto any = [](const QMap<QString, qint64> &m) {
        for (qint64 n : m)
            if (n)
                return true;
        return false;
    };
    return any(cameIn) || any(updated) || any(deleted) || !conflicts.isEmpty() || !renumbered.isEmpty() || !agreed.isEmpty();
}

QJsonObject MergeReport::toJson() const
{
    return {{QStringLiteral("other"), other},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("changed"), changed()},
            {QStringLiteral("common_entries"), commonEntries},
            {QStringLiteral("sync"), QJsonObject{{QStringLiteral("ours"), syncOurs}, {QStringLiteral("theirs"), syncTheirs}}},
            {QStringLiteral("peer_head"), peerHead},
            {QStringLiteral("came_in"), MergeReport::countsJson(cameIn)},
            {QStringLiteral("updated"), MergeReport::countsJson(updated)},
            {QStringLiteral("deleted"), MergeReport::countsJson(deleted)},
            {QStringLiteral("sources_shared"), sharedSources},
            {QStringLiteral("source_files"), sourceFiles},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("open_conflicts"), openConflicts},
            {QStringLiteral("agreed"), agreed},
            {QStringLiteral("renumbered"), renumbered},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("their_entries"), theirEntries},
            {QStringLiteral("audit_entries_appended"), appended}};
}

} // namespace cb::casefile::sharing
