#pragma once
// Delimited text (comma, semicolon, tab, pipe) driven by mapping profiles: bank statements, carrier call
// records and cell-site tables, including the canonical Casebench CSV layouts.
#include "common/importer.h"
#include "tabular/profile.h"

namespace cb::importers {

class DelimitedImporter final : public Importer
{
public:
    // The profiles it maps columns with (owned by the registry, which outlives its importers).
    explicit DelimitedImporter(const ProfileLibrary &profiles) : m_profiles(profiles) {}
    QString id() const override { return QStringLiteral("delimited"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;

private:
    const ProfileLibrary &m_profiles;
};

} // namespace cb::importers
