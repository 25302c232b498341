#pragma once
// Everything about one record, for the Details panel and for whoever must show where a fact came from:
// its values (the same columns as its table), its source (file, SHA-256, format, importer, legal basis,
// who imported it and when), its locator, and — when the locator names a line of a text source — that
// line as it stands in the preserved original bytes, with the file's first line (the header of a CSV) for
// context. The bytes are read back from the case, streamed, never from the file on disk.
#include "query/recordquery.h"

#include <QByteArray>
#include <QStringList>

namespace cb::casefile {

struct RecordDetail
{
    RecordKind kind = RecordKind::Transactions;
    qint64 id = 0;
    QString uuid;
    QVector<QVariant> values; // one per recordColumns(kind)
    qint64 sourceId = 0;
    QString sourceFile, sourceSha256, format, profile, importer, importedAt, investigator, legalBasis, sourceZone;
    QString exhibitLabel; // the source's label in the exhibit register, when the import gave one
    QString locator;
    qint64 line = 0;         // the line the locator names (1-based), 0 when it names none
    QByteArray originalLine; // that line's bytes in the preserved original (without its line break)
    QByteArray firstLine;    // line 1 of the same source, when line > 1 (a CSV's header)
    bool lineTruncated = false; // the line was longer than kMaxLine and is cut
    static constexpr qsizetype kMaxLine = 64 * 1024;
};

Result<RecordDetail> recordDetail(CaseFile &cf, RecordKind kind, qint64 id);

// The bytes of line `line` (1-based) of a preserved source, streamed from the case (without its line
// break; at most maxBytes of it). Empty when the source has fewer lines.
QByteArray preservedLine(CaseFile &cf, qint64 sourceId, qint64 line, qsizetype maxBytes, bool *truncated = nullptr);

} // namespace cb::casefile
