#pragma once
// Excel workbooks, .xls (BIFF, via freexl) and .xlsx, read through the same mapping profiles as delimited
// text: a bank's XLS and CSV exports share one profile. Every sheet with a known layout is imported;
// locators name the sheet and the row as the spreadsheet numbers it.
#include "common/importer.h"
#include "tabular/profile.h"

namespace cb::importers {

class SpreadsheetImporter final : public TabularImporter
{
public:
    explicit SpreadsheetImporter(const ProfileLibrary &profiles) : TabularImporter(profiles) {}
    QString id() const override { return QStringLiteral("spreadsheet"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    int sniffArchive(const QStringList &memberNames) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
