// Office Open XML workbooks (.xlsx): the workbook's sheet list and relationships, shared strings, the
// styles that make a number a date, and each sheet streamed row by row. Every part is read through the
// ZIP limits; a part with a DTD is refused (no entity tricks).
#include "tabular/workbook.h"
#include "common/ziparchive.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <vector>

namespace cb::importers {

using namespace cb::casefile;

namespace {

constexpr qint64 kMaxPart = qint64(512) << 20;
constexpr int kMaxColumns = 16384;
constexpr qsizetype kMaxCellText = 32767; // Excel's own limit

Status damaged()
{
    return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the .xlsx workbook is damaged and cannot be read")));
}

// The next token, or Invalid at the end, on an error, and on a DTD or entity reference (which are made
// errors: a workbook part never needs them, and they are how entity-expansion attacks begin).
QXmlStreamReader::TokenType step(QXmlStreamReader &xml)
{
    if (xml.atEnd())
        return QXmlStreamReader::Invalid;
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
        xml.raiseError(QStringLiteral("DTD or entity in a workbook part"));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

// "BC12" → column 54 (0-based); -1 when not a cell reference.
int columnOf(QStringView ref)
{
    int col = 0, letters = 0;
    for (QChar c : ref) {
        if (c >= u'A' && c <= u'Z') {
            col = col * 26 + (c.unicode() - u'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters ? col - 1 : -1;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // Custom formats: a date/time code outside quoted text and [colour]/[$-locale] brackets.
    bool quoted = false, bracket = false;
    for (QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            bracket = true;
        else if (!quoted && c == u']')
            bracket = false;
        else if (!quoted && !bracket && QStringView(u"ymdhsYMDHS").contains(c))
            return true;
    }
    return false;
}

class XlsxWorkbook final : public Workbook
{
public:
    Status open(const QByteArray &bytes)
    {
        if (Status s = m_zip.openBuffer(bytes); !s)
            return s;
        Result<QByteArray> workbook = part(QStringLiteral("xl/workbook.xml"));
        if (!workbook)
            return workbook.status();
        QHash<QString, QString> targets;
        if (Result<QByteArray> rels = part(QStringLiteral("xl/_rels/workbook.xml.rels")); rels) {
            QXmlStreamReader xml(rels.value());
            while (step(xml) != QXmlStreamReader::Invalid) {
                if (xml.isStartElement() && xml.name() == u"Relationship") {
                    QString target = xml.attributes().value(QStringLiteral("Target")).toString();
                    target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                    targets.insert(xml.attributes().value(QStringLiteral("Id")).toString(), target);
                }
            }
            if (xml.hasError())
                return damaged();
        }
        QXmlStreamReader xml(workbook.value());
        while (step(xml) != QXmlStreamReader::Invalid) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr")
                m_date1904 = xml.attributes().value(QStringLiteral("date1904")) == u"1" ||
                             xml.attributes().value(QStringLiteral("date1904")) == u"true";
            else if (xml.name() == u"sheet") {
                QString rid;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        rid = a.value().toString();
                const QString target = targets.value(rid, QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size() + 1));
                m_sheets.push_back({xml.attributes().value(QStringLiteral("name")).toString(), target});
            }
        }
        if (xml.hasError())
            return damaged();
        if (Status s = loadStyles(); !s)
            return s;
        return loadStrings();
    }

    int sheetCount() const override { return int(m_sheets.size()); }
    QString sheetName(int index) const override { return m_sheets[size_t(index)].first; }

    Status readSheet(int index, const RowCallback &onRow) override
    {
        Result<QByteArray> bytes = part(m_sheets[size_t(index)].second);
        if (!bytes)
            return bytes.status();
        QXmlStreamReader xml(bytes.value());
        QStringList cells;
        qint64 rowNumber = 0;
        int col = -1;
        QString type, value, inlineText;
        int style = 0;
        bool inValue = false, inInline = false, inRow = false;
        for (auto token = step(xml); token != QXmlStreamReader::Invalid; token = step(xml)) {
            if (token == QXmlStreamReader::StartElement) {
                const QStringView n = xml.name();
                if (n == u"row") {
                    bool ok = false;
                    const qint64 r = xml.attributes().value(QStringLiteral("r")).toLongLong(&ok);
                    rowNumber = ok ? r : rowNumber + 1;
                    cells.clear();
                    col = -1;
                    inRow = true;
                } else if (n == u"c" && inRow) {
                    const int c = columnOf(xml.attributes().value(QStringLiteral("r")));
                    col = c >= 0 ? c : col + 1;
                    type = xml.attributes().value(QStringLiteral("t")).toString();
                    style = xml.attributes().value(QStringLiteral("s")).toInt();
                    value.clear(), inlineText.clear();
                } else if (n == u"v") {
                    inValue = true;
                } else if (n == u"t" && type == u"inlineStr") {
                    inInline = true;
                }
            } else if (token == QXmlStreamReader::Characters) {
                if (inValue && value.size() < kMaxCellText)
                    value += xml.text();
                else if (inInline && inlineText.size() < kMaxCellText)
                    inlineText += xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                const QStringView n = xml.name();
                if (n == u"v")
                    inValue = false;
                else if (n == u"t")
                    inInline = false;
                else if (n == u"c" && inRow && col >= 0 && col < kMaxColumns) {
                    while (cells.size() <= col)
                        cells << QString();
                    cells[col] = cellText(type, style, value, inlineText);
                } else if (n == u"row") {
                    inRow = false;
                    while (!cells.isEmpty() && cells.last().isEmpty())
                        cells.removeLast();
                    if (!onRow(rowNumber, cells))
                        return Status::cancelled();
                }
            }
        }
        if (xml.hasError())
            return damaged();
        return {};
    }

private:
    Result<QByteArray> part(const QString &name) const
    {
        const ZipMember *m = m_zip.find(name);
        if (!m)
            return damaged();
        if (const Message why = m_zip.refusal(*m); !why.tmpl.isEmpty())
            return Status::error(why.tmpl);
        return m_zip.read(*m, kMaxPart);
    }

    Status loadStyles()
    {
        if (!m_zip.find(QStringLiteral("xl/styles.xml")))
            return {};
        Result<QByteArray> bytes = part(QStringLiteral("xl/styles.xml"));
        if (!bytes)
            return bytes.status();
        QHash<int, QString> custom;
        QXmlStreamReader xml(bytes.value());
        bool inXfs = false;
        while (step(xml) != QXmlStreamReader::Invalid) {
            if (xml.isStartElement() && xml.name() == u"numFmt")
                custom.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                              xml.attributes().value(QStringLiteral("formatCode")).toString());
            else if (xml.isStartElement() && xml.name() == u"cellXfs")
                inXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inXfs = false;
            else if (inXfs && xml.isStartElement() && xml.name() == u"xf") {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                const QString code = custom.value(id);
                const bool date = isDateFormat(id, code);
                const bool time = date && (id == 18 || id == 19 || id == 20 || id == 21 || id == 22 || id == 45 || id == 46 || id == 47 ||
                                           code.contains(u'h', Qt::CaseInsensitive) || code.contains(u's', Qt::CaseInsensitive));
                m_dateStyles.push_back(date ? (time ? 2 : 1) : 0);
            }
        }
        return xml.hasError() ? damaged() : Status();
    }

    Status loadStrings()
    {
        if (!m_zip.find(QStringLiteral("xl/sharedStrings.xml")))
            return {};
        Result<QByteArray> bytes = part(QStringLiteral("xl/sharedStrings.xml"));
        if (!bytes)
            return bytes.status();
        QXmlStreamReader xml(bytes.value());
        QString current;
        bool inT = false;
        int phonetic = 0; // <rPh> runs are reading aids, not the text
        for (auto token = step(xml); token != QXmlStreamReader::Invalid; token = step(xml)) {
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"si")
                    current.clear();
                else if (xml.name() == u"rPh")
                    ++phonetic;
                else if (xml.name() == u"t")
                    inT = phonetic == 0;
            } else if (token == QXmlStreamReader::Characters && inT && current.size() < kMaxCellText) {
                current += xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == u"t")
                    inT = false;
                else if (xml.name() == u"rPh")
                    --phonetic;
                else if (xml.name() == u"si")
                    m_strings.push_back(current);
            }
        }
        return xml.hasError() ? damaged() : Status();
    }

    QString cellText(const QString &type, int style, const QString &value, const QString &inlineText)
    {
        if (type == u"s") {
            bool ok = false;
            const qsizetype i = value.toLongLong(&ok);
            return ok && i >= 0 && i < qsizetype(m_strings.size()) ? m_strings[size_t(i)] : QString();
        }
        if (type == u"inlineStr")
            return inlineText;
        if (type == u"str" || type == u"e")
            return value;
        if (type == u"b")
            return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (value.isEmpty())
            return {};
        const int dateKind = style >= 0 && style < int(m_dateStyles.size()) ? m_dateStyles[size_t(style)] : 0;
        if (dateKind) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (ok)
                return serialDateText(serial, m_date1904, dateKind == 1);
        }
        bool imprecise = false;
        QString text = numberText(value, &imprecise);
        m_imprecise += imprecise ? 1 : 0;
        return text;
    }

    ZipArchive m_zip;
    std::vector<std::pair<QString, QString>> m_sheets; // name, part
    std::vector<QString> m_strings;
    std::vector<int> m_dateStyles; // per cellXfs index: 0 number, 1 date, 2 date and time
    bool m_date1904 = false;
};

} // namespace

Result<std::unique_ptr<Workbook>> openXlsx(const QByteArray &bytes)
{
    auto wb = std::make_unique<XlsxWorkbook>();
    if (Status s = wb->open(bytes); !s)
        return s;
    return std::unique_ptr<Workbook>(std::move(wb));
}

} // namespace cb::importers
