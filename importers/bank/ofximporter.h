#pragma once
// OFX/QFX 1.x SGML (unclosed leaf tags, header block, CHARSET/ENCODING, one-line bodies, raw '&') and 2.x XML
// through one tolerant tag tokenizer; bank, credit-card and investment-cash statements, several per file;
// times with [-3:GMT] style zones. The ledger balance is handed to the certificate with the movements.
#include "common/importer.h"

namespace cb::importers {

class OfxImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("ofx"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override { return {QStringLiteral("*.ofx"), QStringLiteral("*.qfx")}; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
