#pragma once
// Saved analysis runs, as any connection reads them (the case session's recordRun writes them). A run
// keeps what it needs to be defended and repeated: kind, parameters, who ran it and when, the result and
// its SHA-256, and the rows it read — their UUIDs, and a SHA-256 over each UUID and row digest.
#include "casefile.h"

#include <QJsonObject>
#include <optional>

namespace cb::casefile::analysis {

struct AnalysisRun
{
    QString code, uuid, kind, actor, at, dataSha256, resultSha256, rerunOf;
    QJsonObject parameters, result;
    QList<QByteArray> rowsRead; // sorted: each a row's 16-byte UUID and its 16-byte digest
    QJsonObject toJson(bool withResult) const;
};

// Newest first.
QList<AnalysisRun> runsOf(CaseFile &cf);
std::optional<AnalysisRun> runOf(CaseFile &cf, const QString &code);

// SHA-256 of a result as saved (compact JSON): equal results give equal hashes.
QString resultSha256(const QJsonObject &result);
QByteArray packUuids(const QList<QByteArray> &rows); // rowsRead as stored

} // namespace cb::casefile::analysis
