#include "tabular/delimitedimporter.h"

#include "common/csvreader.h"
#include "tabular/inference.h"
#include "tabular/layout.h"
#include "tabular/rowmapper.h"
#include "tabular/tabularhead.h"
#include "common/statedcounts.h"
#include "common/textdecoder.h"

#include <QCoreApplication>
#include <QIODevice>

namespace cb::importers {

using namespace cb::casefile;

QString DelimitedImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "Delimited text (CSV, TSV) with mapping profiles");
}

QStringList DelimitedImporter::filePatterns() const
{
    return {QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt")};
}

int DelimitedImporter::sniff(const QByteArray &head, const QString &) const
{
    if (head.isEmpty() || detectEncoding(head).binary)
        return 0;
    for (char d : {',', ';', '\t', '|'})
        if (head.contains(d))
            return 20; // generic: any specific format that recognises the content wins
    return 0;
}

ParseOutcome DelimitedImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    TextDecoder decoder;
    const EncodingGuess guess = detectEncoding(device.peek(64 * 1024));
    const Profile *forced = m_profiles.find(ctx.profileId);
    const QString forcedEncoding = forced ? forced->encoding : QString();
    if (Status s = decoder.open(&device, forcedEncoding); !s) {
        out.status = s;
        return out;
    }
    out.encoding = decoder.encoding();
    const QStringList lines = headLines(device, decoder.encoding(), 0);
    Q_UNUSED(guess)
    Result<Layout> layout = detectLayout(lines, m_profiles, ctx.profileId, false, true, &out.mapping);
    if (!layout) {
        out.status = Status::error(layout.status().code(), layout.status().message(), lineLocator(1))
                         .withTemplate(layout.status().messageTemplate(), layout.status().messageArgs());
        return out;
    }
    const Layout &lay = layout.value();
    out.profile = lay.profile->id;
    out.mapping = lay.inferred;
    reportInference(lay, sink, lineLocator(qMax(0, lay.headerLine) + 1));
    out.format = lay.delimiter == u'\t' ? QStringLiteral("tsv") : QStringLiteral("csv");

    QList<QStringList> samples;
    for (int i = lay.headerLine + 1; i < lines.size() && samples.size() < 200; ++i)
        if (!lines[i].trimmed().isEmpty())
            samples << splitLine(lines[i], lay.delimiter);
    SummingSink sums(sink);
    RowMapper mapper(lay, ctx, sums);
    for (int i = 0; i < lay.headerLine && i < lines.size(); ++i)
        mapper.readPreamble(splitLine(lines[i], lay.delimiter), lineLocator(i + 1));
    if (Status s = mapper.prepare(samples); !s) {
        out.status = Status::error(s.code(), s.message(), lineLocator(lay.headerLine + 2));
        return out;
    }
    // Before the header, or (without one) before the data, when the profile says lines are to be skipped.
    const bool header = lay.profile->header;
    if (const int before = header ? lay.headerLine : lay.headerLine + 1; before > 0)
        sink.diagnostic({Severity::Info, lineLocator(1),
                         header ? msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 preamble lines before the header were not imported as data"), {QString::number(before)})
                                : msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 lines before the data were skipped, as the profile says"), {QString::number(before)})});

    CsvReader reader(decoder, lay.delimiter);
    qint64 dataRows = 0;
    qint64 sinceProgress = 0;
    while (reader.next()) {
        if (reader.line() <= lay.headerLine + 1)
            continue; // preamble and the header itself
        if (reader.isBlank())
            continue;
        ++dataRows;
        mapper.map(reader);
        if (++sinceProgress >= 4096) {
            sinceProgress = 0;
            if (!ctx.advance(decoder.bytesRead())) {
                out.status = Status::cancelled();
        return out;
            }
        }
    }
    mapper.flush();
    mapper.finishStatement(sums);
    compareStatedCounts(findStatedCounts(lines.mid(0, qMax(0, lay.headerLine))), dataRows, sums, sink);
    if (reader.overflowed()) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "a record is longer than 32 million characters: this is not delimited text")),
                                   lineLocator(reader.line()));
        return out;
    }
    if (decoder.hadDecodeErrors())
        sink.diagnostic({Severity::Warning, QStringLiteral("file"),
                         msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "some bytes are not valid %1 and were replaced"), {decoder.encoding()})});
    if (dataRows == 0)
        out.status = Status::error(lay.headerLine >= 0 && header ? QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file has a header but no data rows"))
                                                       : QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file has no data rows")),
                                   lineLocator(lay.headerLine + 2));
    ctx.advance(decoder.bytesRead());
    return out;
}

} // namespace cb::importers
