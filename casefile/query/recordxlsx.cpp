// A record table as an Excel workbook (.xlsx, Office Open XML): the rows, order and cells of the CSV
// export, with amounts and counts as numbers (a spreadsheet adds them up), every other cell as the text the
// table shows, written as an inline string — never a formula, whatever it starts with. The header row is
// bold and frozen. The sheet is streamed to a temporary file, so a million rows never sit in memory; libzip
// builds the archive in a temporary file beside the target and renames it into place only when complete,
// so a cancelled or failed export leaves no partial file.
#include "query/recordexport.h"

#include "casefile.h"
#include "hash.h"
#include "money.h"

#include <QFile>
#include <QTemporaryFile>
#include <zip.h>

namespace cb::casefile {

namespace {

constexpr qint64 MaxSheetRows = 1048576; // Excel's limit, the header included

// Text as XML character data: the five escapes, and the characters XML 1.0 cannot hold at all (control
// characters a hostile file may carry) dropped, so the workbook always opens.
QByteArray xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        switch (u) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\r': out += QStringLiteral("&#13;"); break; // a raw CR would be read back as a line feed
        default: out += c;
        }
    }
    return out.toUtf8();
}

QByteArray columnName(int c)
{
    QByteArray n;
    for (++c; c > 0; c = (c - 1) / 26)
        n.prepend(char('A' + (c - 1) % 26));
    return n;
}

// Styles: 0 general, 1 bold (the header), 2 two decimals, 3 whole numbers, 4 three decimals.
int amountStyle(const QString &currency)
{
    switch (currencyExponent(currency)) {
    case 0: return 3;
    case 3: return 4;
    default: return 2;
    }
}

constexpr qsizetype MaxCellChars = 32767; // Excel's limit: a longer cell makes it call the workbook damaged

QByteArray stringCell(const QByteArray &ref, const QString &text, int style = 0)
{
    const QString fitted = text.size() > MaxCellChars ? text.left(MaxCellChars - 1) + u'…' : text; // the whole text is in the case and the CSV
    return "<c r=\"" + ref + "\" t=\"inlineStr\"" + (style ? " s=\"" + QByteArray::number(style) + '"' : QByteArray()) +
           "><is><t xml:space=\"preserve\">" + xmlText(fitted) + "</t></is></c>";
}

QByteArray numberCell(const QByteArray &ref, const QByteArray &value, int style)
{
    return "<c r=\"" + ref + "\" s=\"" + QByteArray::number(style) + "\"><v>" + value + "</v></c>";
}

QByteArray sheetHead(const QStringList &header)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                     "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                     "</sheetView></sheetViews><cols>";
    for (int c = 0; c < header.size(); ++c) {
        const int width = std::clamp(int(header.at(c).size()) + 4, 12, 60);
        xml += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1) + "\" width=\"" +
               QByteArray::number(c == 0 ? std::max(width, 28) : width) + "\" customWidth=\"1\"/>";
    }
    xml += "</cols><sheetData><row r=\"1\">";
    for (int c = 0; c < header.size(); ++c)
        xml += stringCell(columnName(c) + '1', header.at(c), 1);
    return xml + "</row>";
}

// The parts around the sheet: content types, relationships, the workbook naming its one sheet, the styles.
QList<std::pair<QByteArray, QByteArray>> packageParts(const QString &sheetName)
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return {
        {"[Content_Types].xml",
         xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
               "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
               "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
               "</Types>"},
        {"_rels/.rels",
         xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml",
         xml + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" + rel + "\"><sheets>"
               "<sheet name=\"" + xmlText(sheetName.left(31)) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
               "<Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>"},
        {"xl/styles.xml",
         xml + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
               "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.000\"/></numFmts>"
               "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
               "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
               "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
               "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
               "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
               "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
               "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
               "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
               "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
               "</styleSheet>"},
    };
}

Status cannotWrite(const QString &path, const QString &why)
{
    return Status::error(QStringLiteral("cannot write %1: %2").arg(path, why));
}

// The archive: the package parts from memory, the sheet from its temporary file. libzip writes to a
// temporary file beside the target and renames it when it closes.
Status writeArchive(const QString &path, const QString &sheetName, const QString &sheetFile)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return cannotWrite(path, QStringLiteral("libzip error %1").arg(error));
    const QList<std::pair<QByteArray, QByteArray>> parts = packageParts(sheetName);
    bool ok = true;
    for (const auto &[name, bytes] : parts) {
        zip_source_t *src = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!src || zip_file_add(z, name.constData(), src, ZIP_FL_ENC_UTF_8) < 0)
            ok = (zip_source_free(src), false);
    }
    zip_source_t *sheet = ok ? zip_source_file(z, QFile::encodeName(sheetFile).constData(), 0, 0) : nullptr;
    if (!sheet || zip_file_add(z, "xl/worksheets/sheet1.xml", sheet, ZIP_FL_ENC_UTF_8) < 0)
        ok = (zip_source_free(sheet), false);
    if (!ok || zip_close(z) != 0) { // zip_close reads the buffers and the sheet file, which live until here
        const QString why = QString::fromUtf8(zip_strerror(z));
        zip_discard(z);
        return cannotWrite(path, why);
    }
    return {};
}

} // namespace

Result<ExportResult> exportXlsx(CaseFile &cf, const RecordQuery &q, const QStringList &header, const CellFormatter &format,
                                const QString &path, const Progress &progress)
{
    const Result<qint64> total = countRecords(cf, q, progress);
    if (!total)
        return total.status();
    if (total.value() + 1 > MaxSheetRows) {
        const QString tmpl = QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "a worksheet holds at most 1,048,575 rows and the table has %1: "
                                                                                     "narrow it with the filter, or export it as CSV"));
        const QString n = QString::number(total.value());
        return Status::error(ErrorCode::Invalid, tmpl.arg(n)).withTemplate(tmpl, {n});
    }
    QTemporaryFile sheet;
    if (!sheet.open())
        return cannotWrite(path, sheet.errorString());
    if (sheet.write(sheetHead(header)) < 0)
        return cannotWrite(path, sheet.errorString());
    const QList<ColumnDef> &cols = recordColumns(q.kind);
    const int currencyCol = currencyColumn(q.kind);
    ExportResult result;
    bool written = true;
    const Status streamed = forEachExportRow(cf, q, total.value(), progress, [&](const RecordRow &row) {
        const QByteArray r = QByteArray::number(result.rows + 2);
        const QString currency = currencyCol >= 0 ? row.values.value(currencyCol).toString() : QString();
        QByteArray xml = "<row r=\"" + r + "\">";
        for (int c = 0; c < cols.size(); ++c) {
            const QVariant raw = row.values.value(c);
            if (raw.isNull())
                continue;
            const QByteArray ref = columnName(c) + r;
            if (cols.at(c).kind == ColumnKind::AmountMinor)
                xml += numberCell(ref, formatMinor(raw.toLongLong(), currency).toLatin1(), amountStyle(currency));
            else if (cols.at(c).kind == ColumnKind::Integer)
                xml += numberCell(ref, QByteArray::number(raw.toLongLong()), 3);
            else
                xml += stringCell(ref, format(c, cols.at(c).kind, raw, currency));
        }
        ++result.rows;
        return written = sheet.write(xml + "</row>") >= 0;
    });
    if (!written)
        return cannotWrite(path, sheet.errorString());
    if (!streamed.ok())
        return streamed;
    if (sheet.write("</sheetData></worksheet>") < 0 || !sheet.flush())
        return cannotWrite(path, sheet.errorString());
    if (Status s = writeArchive(path, recordKindName(q.kind), sheet.fileName()); !s.ok())
        return s;
    QFile done(path);
    if (!done.open(QIODevice::ReadOnly))
        return cannotWrite(path, done.errorString());
    result.sha256 = sha256Hex(done);
    return result;
}

} // namespace cb::casefile
