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

Status writeXlsx(const QString &path, const QList<QStringList> &rows, const QString &sheetName)
{
    QHash<QString, int> index;
    QStringList strings;
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
    sheet += "</sheetData></worksheet>";
    QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : strings)
        shared += "<si><t xml:space=\"preserve\">" + escaped(s) + "</t></si>";
    shared += "</sst>";
    const QList<std::pair<const char *, QByteArray>> parts = {
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "</Types>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
         "</Relationships>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"" +
             escaped(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
         "</Relationships>"},
        {"xl/styles.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>"
         "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"},
        {"xl/sharedStrings.xml", shared},
        {"xl/worksheets/sheet1.xml", sheet}};
    QFile::remove(path);
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return Status::error(QStringLiteral("cannot create %1").arg(path));
    for (const auto &[name, bytes] : parts) {
        zip_source_t *src = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!src || zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return Status::error(QStringLiteral("cannot write %1").arg(path));
        }
    }
    // zip_close copies the buffers, which live until here.
    return zip_close(z) == 0 ? Status() : Status::error(QStringLiteral("cannot write %1").arg(path));
}

} // namespace cb::importers::synthetic
