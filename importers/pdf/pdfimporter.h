#pragma once
// PDF statements with a text layer (Poppler): table rows are rebuilt from positioned text — lines by
// vertical position, columns from the header's cells, continued across pages with running headers and
// footers left out, wrapped descriptions joined. Locators are "page P line L". A PDF with no text layer,
// or an encrypted one without its password, is refused with a message that says exactly that.
#include "common/importer.h"
#include "tabular/profile.h"
#include "tabular/layout.h"
#include "pdf/pdftext.h"

#include <functional>

namespace cb::importers {

class PdfImporter final : public TabularImporter
{
public:
    explicit PdfImporter(const ProfileLibrary &profiles) : TabularImporter(profiles) {}
    QString id() const override { return QStringLiteral("pdf"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

namespace pdf {
// The lines of every page, from the words the casebench-pdf helper reads with Poppler in its own process.
// onPage(page, pages) may return false to cancel (the status is then Cancelled).
Status readPdf(const QByteArray &bytes, const QString &password, const std::function<bool(int, int)> &onPage,
               std::vector<Line> &lines, qint64 &words);
// Whether upper-cased text mentions one of the phrases (spaces squeezed); which: the phrase found.
bool mentions(const QString &upper, const QStringList &phrases, QString *which = nullptr);
// The rows below the header, through the mapping profile; opening/closing lines feed the balance check.
ParseOutcome importRows(const std::vector<Line> &lines, Layout layout, const std::vector<Cell> &header, const QString &preamble,
                        ImportContext &ctx, casefile::RecordSink &sink, ParseOutcome out);
} // namespace pdf

} // namespace cb::importers
