#include "query/recordexport.h"

#include "casefile.h"
#include "hash.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace cb::casefile {

namespace {

// A cell a spreadsheet would run as a formula (=, @, or + and - before anything but a plain number) gets
// a leading apostrophe; "+8613800138000" and "-50.00" are values and stay as they are.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-][0-9][0-9 .,]*$"));
    return !number.match(text).hasMatch();
}

// RFC 4180 quoting.
QByteArray csvCell(QString text)
{
    if (looksLikeFormula(text))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text.toUtf8();
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += csvCell(cells.at(i));
    }
    return line + "\r\n";
}

} // namespace

Status forEachExportRow(CaseFile &cf, const RecordQuery &q, qint64 total, const Progress &progress,
                        const std::function<bool(const RecordRow &row)> &fn)
{
    std::optional<RecordCursor> after;
    qint64 done = 0;
    for (;;) {
        const Result<QVector<RecordRow>> page = recordPage(cf, q, after, 4096, progress);
        if (!page)
            return page.status();
        if (page.value().isEmpty())
            return {};
        for (const RecordRow &row : page.value())
            if (!fn(row))
                return Status::error(QStringLiteral("stopped by the writer"));
        done += page.value().size();
        after = RecordCursor::after(page.value().last());
        if (!progress.report(done, total))
            return Status::cancelled();
    }
}

Result<ExportResult> exportCsv(CaseFile &cf, const RecordQuery &q, const QStringList &header, const CellFormatter &format,
                               const QString &path, const Progress &progress)
{
    const Result<qint64> total = countRecords(cf, q, progress);
    if (!total)
        return total.status();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::error(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    Sha256 hash;
    auto write = [&](const QByteArray &bytes) {
        hash.add(bytes);
        return out.write(bytes) == bytes.size();
    };
    if (!write(QByteArray("\xEF\xBB\xBF") + csvLine(header))) // a BOM: spreadsheets then read the UTF-8 (Chinese) right
        return Status::error(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    const QList<ColumnDef> &cols = recordColumns(q.kind);
    const int currencyCol = currencyColumn(q.kind);
    ExportResult result;
    bool written = true;
    const Status streamed = forEachExportRow(cf, q, total.value(), progress, [&](const RecordRow &row) {
        QStringList cells;
        const QString currency = currencyCol >= 0 ? row.values.value(currencyCol).toString() : QString();
        for (int c = 0; c < cols.size(); ++c)
            cells << format(c, cols.at(c).kind, row.values.value(c), currency);
        ++result.rows;
        return written = write(csvLine(cells));
    });
    if (!written)
        return Status::error(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    if (!streamed.ok())
        return streamed;
    if (!out.commit())
        return Status::error(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    result.sha256 = hash.hexDigest();
    return result;
}

} // namespace cb::casefile
