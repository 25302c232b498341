#pragma once
// The head of a delimited file as the mapping editor shows it: its header and first rows split into
// columns, and the field each column maps to — by the profile that knows the header, by the columns'
// words and content when none does, or, when that is not sure enough to import, by the best guess (so
// that the analyst corrects a mapping instead of writing one). Reads nothing but the first 256 KiB.
#include "tabular/profile.h"

class QIODevice;

namespace cb::importers {

struct TabularHead
{
    QString encoding;             // empty for a spreadsheet
    QString sheet;                // the sheet shown, for a spreadsheet
    QChar delimiter;
    int headerLine = -1;          // 0-based; -1 without a header
    QStringList headers;          // the header cells as written; empty without a header
    QList<QStringList> rows;      // the first data rows, split
    QList<QStringList> fields;    // per column: the fields it maps to, the main one first (a call type
                                  // column may hold both the direction and the interaction)
    Profile profile;              // the mapping read with, to edit from
    bool known = false;           // a profile knew the header (profile.id names it)
    int confidence = 0;           // percent: 100 for a known profile, the inference's otherwise
    QString problem;              // why the file would be refused as it stands (empty: it imports)
    int columnCount() const;
};

// The first lines of the decoded file (at most 400, the last cut off mid-line dropped).
QStringList headLines(QIODevice &device, const QString &encoding, int bomLength);

// profileId: a profile to read with (empty: detect, as an import would). A delimited file is only peeked;
// a workbook (.xls, .xlsx) is read whole, and the head is that of its first sheet that reads as it stands,
// else of its first sheet with a guess to correct. skipLines: a title block the analyst marked, never the
// header nor data (the head's profile then says so, Profile::skipLines).
Result<TabularHead> readTabularHead(QIODevice &device, const ProfileLibrary &library, const QString &profileId, int maxRows = 12,
                                    int skipLines = 0);

// The fields a column can map to, for a kind of record, in the order an editor offers them.
QStringList mappableFields(RecordKind kind);

} // namespace cb::importers
