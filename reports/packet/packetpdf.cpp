#include "packetpdf.h"

#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

namespace cb::reports {

namespace {

const char kSignatureKey[] = "/CasebenchSignature (";

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// Qt names each glyph by the first code point that maps to it, and CJK fonts map the Kangxi radicals and
// the CJK radical supplement to the same glyphs as the ideographs (U+2FA6 ⾦ and U+91D1 金). Text copied
// from the packet must be the ideograph: the map from each such radical to the ideograph sharing its glyph.
const QHash<ushort, ushort> &radicalIdeographs()
{
    static const QHash<ushort, ushort> map = [] {
        QHash<ushort, ushort> out;
        const QRawFont font = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
        QHash<quint32, ushort> byGlyph;
        if (font.isValid()) {
            QString ideographs;
            for (uint u = 0x4E00; u <= 0x9FFF; ++u)
                ideographs.append(QChar(char16_t(u)));
            const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
            for (int i = 0; i < glyphs.size(); ++i)
                if (glyphs.at(i) && !byGlyph.contains(glyphs.at(i)))
                    byGlyph.insert(glyphs.at(i), ushort(0x4E00 + i));
        }
        for (uint r = 0x2E80; r <= 0x2FDF; ++r) {
            const QString radical = QString(QChar(char16_t(r)));
            if (font.isValid()) {
                const QList<quint32> g = font.glyphIndexesForString(radical);
                if (!g.isEmpty() && byGlyph.contains(g.first())) {
                    out.insert(ushort(r), byGlyph.value(g.first()));
                    continue;
                }
            }
            const QString nfkc = radical.normalized(QString::NormalizationForm_KC);
            if (nfkc.size() == 1 && nfkc.at(0).unicode() >= 0x3400)
                out.insert(ushort(r), nfkc.at(0).unicode());
        }
        return out;
    }();
    return map;
}

// Rewrites the destinations of a ToUnicode CMap (bfchar: second token; bfrange: the array, or the third).
std::string fixToUnicode(const std::string &cmap)
{
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QHash<ushort, ushort> &map = radicalIdeographs();
    QStringList lines = QString::fromLatin1(cmap.data(), qsizetype(cmap.size())).split(u'\n');
    enum { None, Char, Range } mode = None;
    for (QString &line : lines) {
        if (line.contains(u"beginbfchar")) { mode = Char; continue; }
        if (line.contains(u"beginbfrange")) { mode = Range; continue; }
        if (line.contains(u"endbf")) { mode = None; continue; }
        if (mode == None)
            continue;
        const int skip = mode == Char ? 1 : 2; // source codes are not touched
        int index = 0;
        QString out;
        qsizetype last = 0;
        for (auto it = hex.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(line).mid(last, m.capturedStart() - last);
            const ushort code = ushort(m.captured(1).toUInt(nullptr, 16));
            out += index++ >= skip && map.contains(code) ? QStringLiteral("<%1>").arg(map.value(code), 4, 16, QLatin1Char('0')).toUpper() : m.captured();
            last = m.capturedEnd();
        }
        line = out + line.mid(last);
    }
    return lines.join(u'\n').toStdString();
}

void fixFonts(QPDF &pdf)
{
    for (QPDFObjectHandle &obj : pdf.getAllObjects()) {
        if (!obj.isDictionary() || !obj.hasKey("/ToUnicode"))
            continue;
        QPDFObjectHandle cmap = obj.getKey("/ToUnicode");
        if (!cmap.isStream())
            continue;
        const std::shared_ptr<Buffer> data = cmap.getStreamData();
        cmap.replaceStreamData(fixToUnicode(std::string(reinterpret_cast<const char *>(data->getBuffer()), data->getSize())),
                               QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
}

// Fills an outline level: items linked as siblings under parent, each pointing at its page.
int addOutline(QPDF &pdf, QPDFObjectHandle parent, const QList<OutlineEntry> &entries, const std::vector<QPDFObjectHandle> &pages)
{
    QPDFObjectHandle prev;
    int count = 0;
    for (const OutlineEntry &e : entries) {
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(e.title)));
        item.replaceKey("/Parent", parent);
        const int page = qBound(0, e.page, int(pages.size()) - 1);
        QPDFObjectHandle dest = QPDFObjectHandle::newArray();
        dest.appendItem(pages.at(size_t(page)));
        dest.appendItem(QPDFObjectHandle::newName("/Fit"));
        item.replaceKey("/Dest", dest);
        if (!e.children.isEmpty()) {
            const int n = addOutline(pdf, item, e.children, pages);
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(n));
        }
        if (prev.isInitialized()) {
            prev.replaceKey("/Next", item);
            item.replaceKey("/Prev", prev);
        } else {
            parent.replaceKey("/First", item);
        }
        parent.replaceKey("/Last", item);
        prev = item;
        count += 1 + (e.children.isEmpty() ? 0 : int(e.children.size()));
    }
    return count;
}

void embedManifest(QPDF &pdf, const QByteArray &manifest)
{
    QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(pdf, manifest.toStdString());
    stream.setSubtype("application/json");
    QPDFFileSpecObjectHelper spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, "manifest.json", stream);
    spec.setDescription("Casebench evidence packet manifest");
    spec.getObjectHandle().replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Data"));
    QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile("manifest.json", spec);
    QPDFObjectHandle af = QPDFObjectHandle::newArray();
    af.appendItem(spec.getObjectHandle());
    pdf.getRoot().replaceKey("/AF", af);
}

// Qt writes PDF/A-1B's identification; the embedded manifest makes the packet PDF/A-3B's kind of file.
void identifyAsPdfA3(QPDF &pdf, const QString &title, const QString &language)
{
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language == u"zh_CN" ? "zh-CN" : "en"));
    QPDFObjectHandle meta = root.getKey("/Metadata");
    if (meta.isStream()) {
        const std::shared_ptr<Buffer> data = meta.getStreamData();
        QString xmp = QString::fromUtf8(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        xmp.replace(QStringLiteral("pdfaid:part=\"1\""), QStringLiteral("pdfaid:part=\"3\""));
        meta.replaceStreamData(xmp.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    if (info.isDictionary()) {
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(title)));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("Casebench"));
    }
}

} // namespace

qsizetype signatureOffset(const QByteArray &pdf)
{
    const qsizetype at = pdf.indexOf(kSignatureKey);
    if (at < 0 || pdf.indexOf(kSignatureKey, at + 1) >= 0)
        return -1;
    const qsizetype digits = at + qsizetype(sizeof kSignatureKey) - 1;
    if (pdf.size() < digits + kSignatureHexLength + 1 || pdf.at(digits + kSignatureHexLength) != ')')
        return -1;
    return digits;
}

QByteArray signedBytes(const QByteArray &pdf, qsizetype offset)
{
    return pdf.left(offset) + pdf.mid(offset + kSignatureHexLength);
}

Result<QByteArray> finishPacketPdf(const QByteArray &qtPdf, const QList<OutlineEntry> &outline, const QByteArray &manifest, const QString &title,
                                   const QString &language, const casefile::SigningKey &key)
{
    QByteArray out;
    try {
        QPDF pdf;
        pdf.processMemoryFile("packet", qtPdf.constData(), size_t(qtPdf.size()));
        fixFonts(pdf);
        QPDFObjectHandle root = pdf.getRoot();
        QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        const std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
        if (pages.empty())
            return Status::error(QStringLiteral("the packet has no pages"));
        outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(addOutline(pdf, outlines, outline, pages)));
        root.replaceKey("/Outlines", outlines);
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        embedManifest(pdf, manifest);
        identifyAsPdfA3(pdf, title, language);
        root.replaceKey("/CasebenchSignature", QPDFObjectHandle::newString(std::string(kSignatureHexLength, '0')));
        QPDFWriter w(pdf);
        w.setOutputMemory();
        w.setObjectStreamMode(qpdf_o_disable); // the catalog stays plain text: the signature can be found
        w.setMinimumPDFVersion("1.7");
        w.write();
        const std::shared_ptr<Buffer> buffer = w.getBufferSharedPointer();
        out = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Status::error(QStringLiteral("the packet's PDF could not be finished: %1").arg(QString::fromStdString(e.what())));
    }
    const qsizetype at = signatureOffset(out);
    if (at < 0)
        return Status::error(QStringLiteral("the packet's signature has no single place in the file"));
    const QByteArray signature = key.sign(signedBytes(out, at)).toHex();
    out.replace(at, kSignatureHexLength, signature);
    return out;
}

} // namespace cb::reports
