#pragma once
// Delimited text (comma, semicolon, tab, pipe) driven by mapping profiles: bank statements, carrier call
// records and cell-site tables, including the canonical Casebench CSV layouts.
#include "common/importer.h"
#include "tabular/profile.h"

namespace cb::importers {

class DelimitedImporter final : public TabularImporter
{
public:
    explicit DelimitedImporter(const ProfileLibrary &profiles) : TabularImporter(profiles) {}
    QString id() const override { return QStringLiteral("delimited"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
