#include "tabular/spreadsheetimporter.h"

#include "tabular/inference.h"
#include "tabular/layout.h"
#include "tabular/rowmapper.h"
#include "tabular/workbook.h"
#include "common/ziparchive.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTemporaryFile>

namespace cb::importers {

using namespace cb::casefile;

QString SpreadsheetImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "Excel workbooks (.xls, .xlsx) with mapping profiles");
}

QStringList SpreadsheetImporter::filePatterns() const
{
    return {QStringLiteral("*.xls"), QStringLiteral("*.xlsx")};
}

bool isOle2(const QByteArray &head)
{
    return head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

int SpreadsheetImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    if (isOle2(head))
        return 60; // a compound document: Excel 97-2003 is by far the commonest thing investigators get
    if (ZipArchive::looksLikeZip(head) && (head.contains("xl/") || fileName.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)))
        return 60;
    return 0;
}

int SpreadsheetImporter::sniffArchive(const QStringList &names) const
{
    return names.contains(QStringLiteral("xl/workbook.xml")) ? 90 : 0;
}

namespace {
constexpr qint64 kMaxWorkbook = qint64(512) << 20;
constexpr int kHeadRows = 400;

QString rowLocator(const QString &sheet, qint64 row)
{
    return QStringLiteral("sheet %1 row %2").arg(sheet).arg(row);
}

// One sheet: the first rows decide the layout (exactly as the first lines of a CSV would), the rest stream.
class SheetMapper
{
public:
    // infer: map a sheet no profile knows from its header words and content (only when no sheet of the
    // workbook has a known layout: a summary sheet beside a known statement is not imported twice over).
    SheetMapper(const QString &sheet, const ProfileLibrary &profiles, ImportContext &ctx, RecordSink &sink, bool infer)
        : m_sheet(sheet), m_profiles(profiles), m_ctx(ctx), m_sink(sink), m_sums(sink), m_infer(infer)
    {
    }

    bool row(qint64 number, QStringList cells)
    {
        if (m_mapper) {
            feed(number, cells);
            return true;
        }
        m_head.push_back({number, std::move(cells)});
        if (int(m_head.size()) >= kHeadRows)
            return start();
        return true;
    }

    // Returns false when the sheet has no known layout (it is then left out, with a note).
    bool finish()
    {
        if (!m_mapper && !m_failed)
            start();
        if (m_mapper) {
            m_mapper->flush();
            m_mapper->finishStatement(m_sums);
        }
        return m_mapper != nullptr;
    }
    qint64 dataRows() const { return m_dataRows; }
    const QString &profile() const { return m_profile; }
    const Status &failure() const { return m_failure; }

private:
    bool start()
    {
        QStringList lines;
        for (const auto &[n, cells] : m_head) {
            QStringList clean = cells;
            for (QString &c : clean)
                c.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            lines << clean.join(u'\t');
        }
        Result<Layout> layout = detectLayout(lines, m_profiles, m_ctx.profileId, true, m_infer, &m_guess);
        if (!layout) {
            m_failed = true;
            m_failure = layout.status();
            return true; // keep reading nothing more of this sheet is useful, but not an error for the file
        }
        m_layout = layout.value();
        m_profile = m_layout.profile->id;
        if (!m_layout.inferred.isEmpty() && size_t(qMax(0, m_layout.headerLine)) < m_head.size())
            reportInference(m_layout, m_sink, rowLocator(m_sheet, m_head[size_t(qMax(0, m_layout.headerLine))].first));
        QList<QStringList> samples;
        for (size_t i = size_t(m_layout.headerLine + 1); i < m_head.size() && samples.size() < 200; ++i)
            samples << m_head[i].second;
        m_mapper = std::make_unique<RowMapper>(m_layout, m_ctx, m_sums);
        for (size_t i = 0; i < size_t(qMax(0, m_layout.headerLine)) && i < m_head.size(); ++i)
            m_mapper->readPreamble(m_head[i].second, rowLocator(m_sheet, m_head[i].first));
        if (Status s = m_mapper->prepare(samples); !s) {
            m_mapper.reset();
            m_failed = true;
            m_failure = s;
            return true;
        }
        if (m_layout.headerLine > 0)
            m_sink.diagnostic({Severity::Info, rowLocator(m_sheet, m_head.front().first),
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 preamble lines before the header were not imported as data"),
                                   {QString::number(m_layout.headerLine)})});
        for (size_t i = size_t(m_layout.headerLine + 1); i < m_head.size(); ++i)
            feed(m_head[i].first, m_head[i].second);
        m_head.clear();
        return true;
    }

    void feed(qint64 number, const QStringList &cells)
    {
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            return;
        ++m_dataRows;
        m_mapper->map(cells, rowLocator(m_sheet, number));
    }

    QString m_sheet;
    const ProfileLibrary &m_profiles;
    ImportContext &m_ctx;
    RecordSink &m_sink;
    SummingSink m_sums; // what this sheet sent, for the balances and totals its lines state
    std::vector<std::pair<qint64, QStringList>> m_head;
    Layout m_layout;
    std::unique_ptr<RowMapper> m_mapper;
    bool m_failed = false;
    Status m_failure;
    qint64 m_dataRows = 0;
    QString m_profile;
    bool m_infer = false;
    QJsonObject m_guess; // a refused inference's best guess

public:
    const QJsonObject &bestGuess() const { return m_guess; }
    const QJsonObject &inferred() const { return m_layout.inferred; }
};
} // namespace

ParseOutcome SpreadsheetImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    const QByteArray head = device.peek(8);
    const bool xls = isOle2(head);
    out.format = xls ? QStringLiteral("xls") : QStringLiteral("xlsx");
    if (device.size() > kMaxWorkbook) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the workbook is larger than 512 MB")));
        return out;
    }
    const QByteArray bytes = device.readAll();
    Result<std::unique_ptr<Workbook>> wb = Status();
    QTemporaryFile copy; // freexl reads from a path: a private copy, removed when done
    if (xls) {
        if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush()) {
            out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot make a private copy of the workbook")));
            return out;
        }
        wb = openXls(copy.fileName());
    } else {
        wb = openXlsx(bytes);
    }
    if (!wb) {
        out.status = Status::error(wb.status().code(), wb.status().message(), QStringLiteral("file"));
        return out;
    }
    Workbook &book = *wb.value();
    qint64 rowsSeen = 0, dataRows = 0;
    int imported = 0;
    Status lastFailure;
    QStringList profiles;
    QList<Diagnostic> unmapped;
    // First the sheets profiles know; only a workbook with none has its sheets mapped by inference.
    bool unknownSheet = true;
    for (int pass = 0; pass < 2 && imported == 0 && unknownSheet; ++pass) {
        unmapped.clear();
        unknownSheet = false;
        for (int s = 0; s < book.sheetCount(); ++s) {
            const QString name = book.sheetName(s);
            SheetMapper mapper(name, m_profiles, ctx, sink, pass == 1);
            bool cancelled = false;
            Status st = book.readSheet(s, [&](qint64 row, const QStringList &cells) {
                if ((++rowsSeen & 4095) == 0 && !ctx.advance(qint64(double(bytes.size()) * double(s) / double(book.sheetCount())))) {
                    cancelled = true;
                    return false;
                }
                return mapper.row(row, cells);
            });
            if (cancelled) {
                out.status = Status::cancelled();
                return out;
            }
            if (!st) {
                out.status = Status::error(st.code(), st.message(), rowLocator(name, 1));
                return out;
            }
            if (mapper.finish()) {
                ++imported;
                dataRows += mapper.dataRows();
                if (!profiles.contains(mapper.profile()))
                    profiles << mapper.profile();
                if (!mapper.inferred().isEmpty())
                    out.mapping = mapper.inferred();
            } else if (rowsSeen > 0) {
                lastFailure = mapper.failure();
                unknownSheet = unknownSheet || lastFailure.is(ErrorCode::UnknownLayout);
                if (!mapper.bestGuess().isEmpty() && out.mapping.isEmpty())
                    out.mapping = mapper.bestGuess();
                unmapped.append({Severity::Info, rowLocator(name, 1),
                                 msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "sheet %1 has no known layout and was not imported"), {name})});
            }
        }
        if (!ctx.profileId.isEmpty())
            break; // a named profile: nothing to infer
    }
    for (const Diagnostic &d : unmapped)
        sink.diagnostic(d);
    out.profile = profiles.join(u',');
    if (book.imprecise() > 0)
        sink.diagnostic({Severity::Warning, QStringLiteral("file"),
                         msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 numeric cells have more than 15 digits: the spreadsheet stored them as floating point, so digits after the 15th (e.g. of card numbers) may be wrong; ask for a text export"),
                             {QString::number(book.imprecise())})});
    if (imported == 0)
        out.status = lastFailure.ok() ? Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the workbook has no data rows")), QStringLiteral("file"))
                                      : Status::error(lastFailure.code(), lastFailure.message(), QStringLiteral("file"))
                                            .withTemplate(lastFailure.messageTemplate(), lastFailure.messageArgs());
    else if (dataRows == 0)
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file has a header but no data rows")), QStringLiteral("file"));
    ctx.advance(bytes.size());
    return out;
}

} // namespace cb::importers
