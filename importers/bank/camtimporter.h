#pragma once
// ISO 20022 cash-management statements: camt.052 (account report, Rpt), camt.053 (statement, Stmt) and
// camt.054 (debit/credit notification, Ntfctn), any version of the namespace family. Streams the XML
// (no DTDs, no entities), so a file of a million entries never sits in memory.
#include "common/importer.h"

namespace cb::importers {

class CamtImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("camt"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
