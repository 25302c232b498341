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

// The same table as an Excel workbook (recordxlsx.cpp): one sheet, the header bold and frozen, amounts and
// counts as numbers a spreadsheet adds up, everything else as the text the table shows. A worksheet holds at
// most 1,048,576 rows: a larger table is refused with the reason.
Result<ExportResult> exportXlsx(CaseFile &cf, const RecordQuery &q, const QStringList &header, const CellFormatter &format,
                                const QString &path, const Progress &progress = {});

// Every row of the query in its order, page by page, with the total for progress; fn returns false when it
// cannot go on (a write failed): the loop stops and says so.
Status forEachExportRow(CaseFile &cf, const RecordQuery &q, qint64 total, const Progress &progress,
                        const std::function<bool(const RecordRow &row)> &fn);

} // namespace cb::casefile
