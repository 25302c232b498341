#pragma once
// Spreadsheets as rows of text cells, streamed sheet by sheet: legacy .xls through freexl, .xlsx
// (Office Open XML) through libzip and QXmlStreamReader. Numbers become the shortest decimal text that
// round-trips to what the spreadsheet shows (15 significant digits, never a float in our records); cells
// formatted as dates become "YYYY-MM-DD HH:MM:SS". What the profiles see is the same as for CSV.
#include "records.h"
#include "result.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace cb::importers {

// row: 1-based row number as the spreadsheet shows it. Returning false stops reading (cancel).
using RowCallback = std::function<bool(qint64 row, const QStringList &cells)>;

class Workbook
{
public:
    virtual ~Workbook() = default;
    virtual int sheetCount() const = 0;
    virtual QString sheetName(int index) const = 0;
    virtual Status readSheet(int index, const RowCallback &onRow) = 0;
    // Numeric cells with more than 15 significant digits seen so far (card and account numbers typed
    // as numbers lose their last digits in a spreadsheet: the investigator must be told).
    qint64 imprecise() const { return m_imprecise; }

protected:
    qint64 m_imprecise = 0;
};

// An OLE2 compound file (legacy .xls) by its first 8 bytes.
bool isOle2(const QByteArray &head);

// The path must name a file (freexl reads from disk); the caller makes a private copy for archive members.
Result<std::unique_ptr<Workbook>> openXls(const QString &path);
Result<std::unique_ptr<Workbook>> openXlsx(const QByteArray &bytes);

// Helpers shared by both readers (and tested on their own).
QString numberText(double v, bool *imprecise = nullptr);
QString numberText(QStringView xmlNumber, bool *imprecise = nullptr);
QString serialDateText(double serial, bool date1904, bool dateOnly);

} // namespace cb::importers
