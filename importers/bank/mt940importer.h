#pragma once
// SWIFT MT940 (customer statement) and MT942 (interim report): several statements per file, SOH/ETX or
// {1:}{2:}{4: framing, :61: with and without entry date, debit/credit marks with funds code and
// reversals, :86: narratives with ?NN (or >NN) subfields across wrapped lines and /TRTP/-style keys.
// Each statement's opening + movements = closing is handed to the certificate.
#include "common/importer.h"

namespace cb::importers {

class Mt940Importer final : public Importer
{
public:
    QString id() const override { return QStringLiteral("mt940"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
