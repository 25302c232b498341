#pragma once
// Quicken Interchange Format: !Type:Bank/Cash/CCard/Oth A/Oth L records with splits, !Account blocks,
// the date styles seen in the wild (7/12/97, 01/01/95, 1/ 1'98, glued 3-digit years), day/month order
// decided from the whole file, thousands separators. QIF carries no currency: --currency is required.
#include "common/importer.h"

namespace cb::importers {

class QifImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("qif"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override { return {QStringLiteral("*.qif")}; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
