#pragma once
// Cellebrite UFDR (a ZIP holding report.xml and the extracted files) and UFED XML reports on their own.
// report.xml is streamed out of the archive without extracting anything; see UfedReportReader.
#include "common/importer.h"

namespace cb::importers {

class UfdrImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("ufdr"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    int sniffArchive(const QStringList &memberNames) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
