// A minimal .xlsx writer for the project's own fixtures and demo data: one sheet, shared strings,
// numeric cells as numbers and ISO date-times as date-formatted serial numbers — the way banks' exports
// store them, so the reader is exercised on what it will meet.
#include "synthetic/synthetic.h"
#include "timeutil.h"
#include "common/values.h"

#include <QFile>
#include <QHash>
#include <zip.h>

namespace cb::importers::synthetic {

namespace {
QByteArray escaped(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray columnName(int c)
{
    QByteArray n;
    for (++c; c > 0; c = (c - 1) / 26)
        n.prepend(char('A' + (c - 1) % 26));
    return n;
}

bool plainNumber(const QString &s)
{
    if (s.isEmpty() || s.size() > 15 || s == u"-")
        return false;
    if (s.size() > 1 && s[0] == u'0' && s[1] != u'.')
        return false; // leading zeros are identifiers, not numbers
    for (QChar c : s)
        if (!c.isDigit() && c != u'.' && c != u'-')
            return false;
    return s.count(u'.') <= 1 && s.lastIndexOf(u'-') <= 0;
}
} // namespace

namespace {
// One worksheet's XML; its strings go to the shared table.
QByteArray sheetXml(const QList<QStringList> &rows, QHash<QString, int> &index, QStringList &strings)
{
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString &v = rows[r][c];
            if (v.isEmpty())
                continue;
            const QByteArray ref = columnName(c) + QByteArray::number(r + 1);
            const auto when = v.size() >= 19 && v[4] == u'-' && v[10] == u' ' ? parseDateTime(v, DateOrder::YMD) : std::nullopt;
            if (when) {
                // Serial days since 1899-12-30, style 1 = "yyyy-mm-dd hh:mm:ss".
                const double serial = double(when->localMs) / 86400000.0 + 25569.0;
                sheet += "<c r=\"" + ref + "\" s=\"1\"><v>" + QByteArray::number(serial, 'f', 10) + "</v></c>";
            } else if (plainNumber(v)) {
                sheet += "<c r=\"" + ref + "\"><v>" + v.toUtf8() + "</v></c>";
            } else {
                auto it = index.find(v);
                if (it == index.end()) {
                    it = index.insert(v, int(strings.size()));
                    strings << v;
                }
                sheet += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(it.value()) + "</v></c>";
            }
        }
        sheet += "</row>";
    }
    return sheet + "</sheetData></worksheet>";
}
} // namespace

Status writeXlsx(const QString &path, const QList<QStringList> &rows, const QString &sheetName)
{
    return writeXlsxSheets(path, {{sheetName, rows}});
}

Status writeXlsxSheets(const QString &path, const QList<std::pair<QString, QList<QStringList>>> &sheets)
{
    QHash<QString, int> index;
    QStringList strings;
    QList<std::pair<QByteArray, QByteArray>> parts;
    QByteArray overrides, entries, rels;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        overrides += "<Override PartName=\"/xl/worksheets/sheet" + n +
                     ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        entries += "<sheet name=\"" + escaped(sheets[i].first) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.emplaceBack("xl/worksheets/sheet" + n + ".xml", sheetXml(sheets[i].second, index, strings));
    }
    const QByteArray shared = QByteArray::number(sheets.size() + 1), styles = QByteArray::number(sheets.size() + 2);
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &str : strings)
        sst += "<si><t xml:space=\"preserve\">" + escaped(str) + "</t></si>";
    sst += "</sst>";
    parts.emplaceBack(QByteArray("[Content_Types].xml"), QByteArray(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                      overrides + "</Types>"));
    parts.emplaceBack(QByteArray("_rels/.rels"), QByteArray(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                  "</Relationships>"));
    parts.emplaceBack(QByteArray("xl/workbook.xml"), QByteArray(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
                      entries + "</sheets></workbook>"));
    parts.emplaceBack(QByteArray("xl/_rels/workbook.xml.rels"), QByteArray(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels +
                      "<Relationship Id=\"rId" + shared + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                      "<Relationship Id=\"rId" + styles + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                      "</Relationships>"));
    parts.emplaceBack(QByteArray("xl/styles.xml"), QByteArray(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>"
                  "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"));
    parts.emplaceBack(QByteArray("xl/sharedStrings.xml"), sst);
    QFile::remove(path);
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return Status::error(QStringLiteral("cannot create %1").arg(path));
    for (const auto &[name, bytes] : parts) {
        zip_source_t *src = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!src || zip_file_add(z, name.constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return Status::error(QStringLiteral("cannot write %1").arg(path));
        }
    }
    // zip_close copies the buffers, which live until here.
    return zip_close(z) == 0 ? Status() : Status::error(QStringLiteral("cannot write %1").arg(path));
}

} // namespace cb::importers::synthetic
