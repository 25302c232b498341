#pragma once
// ALEAPP / iLEAPP outputs: an artifact's TSV export (_TSV Exports/*.tsv) or the result JSON
// ({metadata, headers, data}) they write. Each is one artifact table of a parsed phone; the artifact is
// recognised by its column headers (as listed in ALEAPP's all_data_headers catalogue and iLEAPP's
// results), and its rows become calls, messages or contacts of the phone the report was made from.
#include "common/importer.h"

namespace cb::importers {

class XleappImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("xleapp"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;

    static constexpr qint64 MaxBytes = qint64(256) << 20;
};

// One artifact table as read from either shape; cells as text (JSON numbers as integers, null as "").
struct XleappTable
{
    QString artifact; // the report's artifact name, or the TSV's file name
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<QString> locators; // "data[3]" / "line 4"
};

// Which known artifact the headers are, or -1.
int xleappArtifact(const QStringList &headers);
// Converts the rows of a recognised artifact (xleappArtifact >= 0) and sends them to the sink.
void xleappRecords(int artifact, const XleappTable &table, ImportContext &ctx, casefile::RecordSink &sink);

} // namespace cb::importers
