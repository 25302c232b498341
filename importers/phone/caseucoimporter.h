#pragma once
// CASE/UCO JSON-LD (https://caseontology.org): calls, messages, SMS, contacts, cell sites and the device
// and SIM they came from, as exported by forensic tools (the UFED-XML-to-CASE converter, CASE examples).
// Names are matched through the file's own @context (see jsonld.h), never through fixed prefixes.
#include "common/importer.h"

namespace cb::importers {

class CaseUcoImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("case-uco"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;

    // The largest file read (the whole document is parsed at once).
    static constexpr qint64 MaxBytes = qint64(512) << 20;
};

} // namespace cb::importers
