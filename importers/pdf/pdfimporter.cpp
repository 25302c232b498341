#include "pdf/pdfimporter.h"

#include "tabular/layout.h"
#include "money.h"
#include "pdf/pdftext.h"
#include "tabular/rowmapper.h"
#include "common/values.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

namespace cb::importers {

using namespace cb::casefile;
using namespace cb::importers::pdf;

QString PdfImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "PDF statements with a text layer (column-aligned tables)");
}

QStringList PdfImporter::filePatterns() const
{
    return {QStringLiteral("*.pdf")};
}

int PdfImporter::sniff(const QByteArray &head, const QString &) const
{
    return head.left(1024).contains("%PDF-") ? 90 : 0;
}

namespace {

constexpr qint64 kMaxPdf = qint64(256) << 20;

// "AMOUNT (SGD)": the header names the currency; the key the profiles see is "AMOUNT".
QString headerCell(const QString &text, QString *currency)
{
    static const QRegularExpression rx(QStringLiteral("^(.*?)\\s*[(（]([A-Z]{3})[)）].*$"));
    const auto m = rx.match(text);
    if (m.hasMatch() && isCurrencyCode(m.captured(2))) {
        if (currency && currency->isEmpty())
            *currency = m.captured(2);
        return m.captured(1);
    }
    return text;
}

const QStringList kCardWords = {QStringLiteral("CREDIT CARD"), QStringLiteral("CREDIT LIMIT"), QStringLiteral("MINIMUM PAYMENT"),
                                QStringLiteral("MINIMUM DUE"), QStringLiteral("MINIMUM AMOUNT DUE"), QStringLiteral("信用卡"),
                                QStringLiteral("最低还款"), QStringLiteral("信用额度")};
} // namespace

namespace pdf {
bool mentions(const QString &upper, const QStringList &words, QString *which)
{
    QString squeezed = upper;
    squeezed.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const QString &w : words)
        if (squeezed.contains(w)) {
            if (which)
                *which = w;
            return true;
        }
    return false;
}
} // namespace pdf

ParseOutcome PdfImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = QStringLiteral("pdf");
    auto fail = [&out](const char *text, const QString &where = QStringLiteral("file")) {
        out.status = Status::error(QString::fromUtf8(text), where);
        return out;
    };
    if (device.size() > kMaxPdf)
        return fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF is larger than 256 MB"));
    const QByteArray bytes = device.readAll();
    // Every complete PDF (and every incremental update of one) ends with %%EOF. Poppler would rebuild a
    // cut file and read what is left; evidence that arrived cut is refused instead, saying so.
    if (!bytes.right(1024).contains("%%EOF"))
        return fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF is incomplete: it does not end with %%EOF (a cut download or copy?)"));
    std::vector<Line> lines;
    qint64 words = 0;
    const auto onPage = [&](int page, int pages) {
        return ctx.advance(qint64(double(bytes.size()) * page / (2.0 * pages)));
    };
    if (Status s = pdf::readPdf(bytes, ctx.password, onPage, lines, words); !s) {
        out.status = s;
        return out;
    }
    if (words == 0)
        return fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF has no text layer (a scanned image): run OCR on it first, or ask the bank for a text PDF or CSV"));

    // The header: the first line the profiles recognise, its cells joined by TAB like spreadsheet rows.
    QString headerCurrency;
    QStringList detection;
    for (size_t i = 0; i < lines.size() && i < 400; ++i) {
        QStringList cells;
        for (const Cell &c : lines[i].cells)
            cells << headerCell(c.text, nullptr);
        detection << cells.join(u'\t');
    }
    // PDF columns come from a header a profile recognises; an inferred mapping is for text and sheets.
    Result<Layout> found = detectLayout(detection, m_profiles, ctx.profileId, true, false);
    if (!found || found.value().headerLine < 0) {
        out.status = Status::error(found ? ErrorCode::UnknownLayout : found.status().code(),
                                   found ? QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no table header was found in the PDF")) : found.status().message(),
                                   QStringLiteral("file"));
        return out;
    }
    Layout layout = found.value();
    out.profile = layout.profile->id;
    const Line &header = lines[size_t(layout.headerLine)];
    std::vector<Cell> headerCells = header.cells;
    for (Cell &c : headerCells)
        c.text = headerCell(c.text, &headerCurrency);
    if (ctx.currency.isEmpty() && !headerCurrency.isEmpty())
        ctx.currency = headerCurrency;

    QString allText, preamble;
    for (size_t i = 0; i < lines.size(); ++i) {
        allText += lines[i].text().toUpper() + u'\n';
        if (int(i) < layout.headerLine)
            preamble += lines[i].text() + u'\n';
    }
    QString cardWord;
    if (pdf::mentions(allText, kCardWords, &cardWord)) {
        ctx.chargesPositive = true;
        sink.diagnostic({Severity::Info, QStringLiteral("file"),
                         msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "credit-card statement (it mentions \"%1\"): charges are money out of the card account, payments and refunds money in"),
                             {cardWord})});
    }
    if (ctx.owner.isEmpty() && layout.owner.isEmpty()) {
        static const QRegularExpression card(QStringLiteral("\\b(\\d{4}[- ]\\d{4}[- ]\\d{4}[- ]\\d{4}(?:\\d{3})?)\\b"));
        const auto m = card.match(allText);
        if (m.hasMatch())
            layout.owner = m.captured(1).remove(u'-').remove(u' ');
    }
    return pdf::importRows(lines, layout, headerCells, preamble, ctx, sink, out);
}

} // namespace cb::importers
