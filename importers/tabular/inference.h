#pragma once
// Maps the columns of a delimited file or a sheet that no profile knows: each column is scored for each
// field by the words of its header (headerwords.cpp) and by what its cells hold (dates, amounts, phone
// numbers, IMEIs, debit/credit marks, a running balance that follows the amounts...). The weakest of the
// fields a row cannot do without (its time, its amount, its parties) is the mapping's confidence: at or
// above kInferThreshold the file imports with it, below it is refused with the best guess shown.
#include "tabular/layout.h"

#include <QJsonObject>

namespace cb::importers {

inline constexpr int kInferThreshold = 70; // percent

struct ColumnGuess
{
    int column = 0;
    QString header;   // as written in the file; empty without a header
    QString field;    // a Field name, or "value_date"
    int confidence = 0; // percent
    bool byHeader = false, byContent = false;
};

struct Inference
{
    Layout layout; // owns its profile (Layout::ownedProfile)
    QList<ColumnGuess> columns;
    QStringList headers; // the header cells as written; empty without a header
    int confidence = 0; // percent; 0 when no kind's essential fields could be found
    bool usable() const { return confidence >= kInferThreshold; }
    // "column 1 “Дата операции”: date (95%, header and content); …"
    QString summary() const;
    // What the certificate keeps: kind, confidence, delimiter, header line, every column's field and how
    // it was found, and "profile": the mapping as a profile file (save it, name it with --profile).
    QJsonObject toJson() const;
};

// headLines as detectLayout() gets them; cellRows: spreadsheet rows joined by TAB.
Inference inferLayout(const QStringList &headLines, bool cellRows);

// For a layout that was inferred: a warning (at loc) that names the mapping and its confidence, so the
// analyst checks it. Nothing for a known profile.
void reportInference(const Layout &layout, casefile::RecordSink &sink, const QString &loc);

// The profile as the JSON a profile file holds (Profile::fromJson reads it back); headers: the original
// header cells, so the file names columns as the source writes them.
QJsonObject profileJson(const Profile &p, const QStringList &headers);

} // namespace cb::importers
