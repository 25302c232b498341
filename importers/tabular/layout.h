#pragma once
// Finds how a delimited file is laid out: delimiter, the header line after any preamble, the profile whose
// header names match best, the columns of each field, and what the preamble says about the owner.
#include "tabular/profile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace cb::importers {

struct Layout
{
    const Profile *profile = nullptr;
    QChar delimiter;
    int headerLine = -1;   // 0-based index among the head's lines; -1 for files without a header
    int headerFields = 0;
    QStringList headerKeys;
    QHash<QString, QList<int>> columns; // field -> columns, best first
    QString owner;          // from the preamble, when the profile knows how to find it
    int score = 0;
    // A layout no profile knew, mapped from its header words and content (inference.h): the profile made
    // for it, and the mapping as the certificate keeps it. Empty for a known profile.
    std::shared_ptr<const Profile> ownedProfile;
    QJsonObject inferred;
    bool has(const QString &field) const { return !columns.value(field).isEmpty(); }
};

QStringList splitLine(QStringView line, QChar delim);
// headLines: the first lines of the decoded file. forced: a profile named by the user (or null).
// cells: the lines are spreadsheet rows joined by TAB (profiles' text delimiters do not apply).
// infer: when no profile knows the header, map the columns from header words and content (inference.h).
// bestGuess (optional) receives a refused inference's mapping (Inference::toJson) to start a profile from.
Result<Layout> detectLayout(const QStringList &headLines, const QList<Profile> &profiles, const Profile *forced, bool cells = false,
                            bool infer = true, QJsonObject *bestGuess = nullptr);
// The same over a profile library, with the forced profile named by id (empty: detect).
Result<Layout> detectLayout(const QStringList &headLines, const ProfileLibrary &library, const QString &forcedId, bool cells = false,
                            bool infer = true, QJsonObject *bestGuess = nullptr);

} // namespace cb::importers
