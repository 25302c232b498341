#pragma once
// A record table as CSV: every row of a query (its filter and order), streamed page by page so a million
// rows never sit in memory, the header as the table's columns, values formatted by the caller (the
// workbench formats them as its tables show them), written atomically (a cancelled or failed export leaves
// no partial file). Reads only: the caller records the export in the audit log (CaseSession::recordExport).
#include "query/recordquery.h"

#include <functional>

namespace cb::casefile {

// The text of one cell: column index, column kind, raw value, the row's currency.
using CellFormatter = std::function<QString(int column, ColumnKind kind, const QVariant &raw, const QString &currency)>;

struct ExportResult
{
    qint64 rows = 0;
    QString sha256;
};

Result<ExportResult> exportCsv(CaseFile &cf, const RecordQuery &q, const QStringList &header, const CellFormatter &format,
                               const QString &path, const Progress &progress = {});

} // namespace cb::casefile
