#include "packetlayout.h"
#include "timeline/timelinescene.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace cb::reports {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b), kGrey(0x5b, 0x64, 0x70), kRule(0xc9, 0xcf, 0xd6), kZebra(0xf3, 0xf5, 0xf8), kHeaderFill(0xe3, 0xe8, 0xef),
    kAccent(0x1f, 0x4e, 0x79);

PageItem text(const QRectF &r, const QString &s, int font, int flags = Qt::AlignLeft | Qt::AlignVCenter, QColor color = kInk)
{
    return {PageItem::Text, r, s, font, flags, color};
}

PageItem fill(const QRectF &r, QColor color)
{
    return {PageItem::Fill, r, {}, 0, 0, color};
}

PageItem rule(qreal x0, qreal x1, qreal y, QColor color = kRule)
{
    return {PageItem::Rule, QRectF(QPointF(x0, y), QPointF(x1, y)), {}, 0, 0, color};
}

// Words wrap at spaces; a hash or a long number with none wraps anywhere.
QTextOption wrapping()
{
    QTextOption opt;
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return opt;
}

} // namespace

struct PacketLayout::Cursor
{
    int page = 0;
    qreal y = 0;
};

void PacketLayout::newPage(QVector<QVector<PageItem>> &pages, Cursor &c)
{
    pages.append(QVector<PageItem>());
    ++c.page, c.y = m_body.top();
}

PacketLayout::PacketLayout(const PacketModel &model, const PacketText &text, QPagedPaintDevice *device)
    : m_model(model), m_text(text), m_device(device)
{
    m_scale = device->logicalDpiY() / 72.0;
    m_page = QRectF(0, 0, device->width(), device->height());
    m_body = m_page.adjusted(pt(54), pt(64), -pt(54), -pt(62));
    // Latin text in DejaVu Sans: Noto Sans CJK's Latin shaping substitutes digits with glyphs that Qt's
    // writer leaves out of the text map, so "SZ-2024" would copy as "SZ-". Chinese falls back to Noto.
    const QStringList families{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
    const struct { qreal size; bool bold; } spec[FontCount] = {{9.5, false}, {9.5, true}, {8, false}, {6.4, false}, {6.4, true}, {22, true}, {15, true}, {11, true}, {9.5, false}};
    for (int i = 0; i < FontCount; ++i) {
        m_fonts[i].setFamilies(families);
        m_fonts[i].setPointSizeF(spec[i].size);
        m_fonts[i].setBold(spec[i].bold);
        m_fonts[i].setHintingPreference(QFont::PreferNoHinting);
        // No ligatures: a hash must copy as "ff", not "ﬀ" (and nothing here needs complex shaping).
        m_fonts[i].setStyleStrategy(QFont::PreferNoShaping);
        m_fonts[i].setItalic(i == Italic);
    }
}

qreal PacketLayout::lineHeight(int font) const
{
    return QFontMetricsF(m_fonts[font], m_device).height() * 1.08;
}

QStringList PacketLayout::wrap(const QString &s, int font, qreal width) const
{
    QStringList lines;
    for (const QString &para : s.split(u'\n')) {
        QTextLayout tl(para, m_fonts[font], m_device);
        tl.setTextOption(wrapping());
        tl.beginLayout();
        for (QTextLine line = tl.createLine(); line.isValid(); line = tl.createLine()) {
            line.setLineWidth(width);
            lines << para.mid(line.textStart(), line.textLength()).trimmed();
        }
        tl.endLayout();
        if (para.isEmpty())
            lines << QString();
    }
    return lines;
}

void PacketLayout::addFacts(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c)
{
    const qreal labelW = m_body.width() * 0.26, gap = pt(8), valueW = m_body.width() - labelW - gap;
    const qreal lh = lineHeight(Body), lhLabel = lineHeight(Small);
    for (const auto &[label, value] : block.facts) {
        const QStringList l = wrap(label, Small, labelW), v = wrap(value.isEmpty() ? QStringLiteral("—") : value, Body, valueW);
        const qreal h = qMax(l.size() * lhLabel, v.size() * lh) + pt(3);
        if (c.y + h > m_body.bottom() && c.y > m_body.top() + pt(1)) {
            newPage(pages, c);
        }
        for (int i = 0; i < l.size(); ++i)
            pages[c.page].append(text(QRectF(m_body.left(), c.y + i * lhLabel + (lh - lhLabel) / 2, labelW, lhLabel), l.at(i), Small, Qt::AlignLeft | Qt::AlignVCenter, kGrey));
        for (int i = 0; i < v.size(); ++i)
            pages[c.page].append(text(QRectF(m_body.left() + labelW + gap, c.y + i * lh, valueW, lh), v.at(i), Body));
        c.y += h;
    }
    c.y += pt(6);
}

void PacketLayout::addTable(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c)
{
    const int n = int(block.header.size());
    qreal total = 0;
    for (qreal w : block.widths)
        total += w;
    QVector<qreal> x(n + 1, m_body.left());
    for (int i = 0; i < n; ++i)
        x[i + 1] = x[i] + m_body.width() * block.widths.value(i, 1) / (total > 0 ? total : n);
    const qreal pad = pt(2.2), lh = lineHeight(Tiny);
    QList<QStringList> headerLines;
    int headerMax = 1;
    for (int i = 0; i < n; ++i) {
        headerLines << wrap(block.header.at(i), TinyBold, x[i + 1] - x[i] - 2 * pad);
        headerMax = qMax(headerMax, int(headerLines.last().size()));
    }
    const qreal headerH = headerMax * lh + 2 * pad;
    const auto header = [&] {
        pages[c.page].append(fill(QRectF(m_body.left(), c.y, m_body.width(), headerH), kHeaderFill));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < headerLines.at(i).size(); ++j)
                pages[c.page].append(text(QRectF(x[i] + pad, c.y + pad + j * lh, x[i + 1] - x[i] - 2 * pad, lh), headerLines.at(i).at(j), TinyBold,
                                          (block.alignRight.value(i) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
        c.y += headerH;
    };
    if (c.y + headerH + 3 * lh > m_body.bottom())
        newPage(pages, c);
    header();
    int shade = 0;
    for (const TableRow &row : block.rows) {
        QList<QStringList> cells;
        int lines = 1;
        for (int i = 0; i < n; ++i) {
            cells << wrap(row.cells.value(i), Tiny, x[i + 1] - x[i] - 2 * pad);
            lines = qMax(lines, int(cells.last().size()));
        }
        const QStringList prov = row.provenance.isEmpty() ? QStringList() : wrap(row.provenance, Tiny, m_body.width() - 2 * pad - pt(8));
        const qreal maxH = m_body.height() - headerH - pt(4);
        lines = qMin<qreal>(lines, (maxH - prov.size() * lh) / lh - 1);
        const qreal h = lines * lh + prov.size() * lh + 2 * pad;
        if (c.y + h > m_body.bottom()) {
            newPage(pages, c);
            header();
        }
        if (shade++ % 2)
            pages[c.page].append(fill(QRectF(m_body.left(), c.y, m_body.width(), h), kZebra));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < qMin<int>(lines, cells.at(i).size()); ++j)
                pages[c.page].append(text(QRectF(x[i] + pad, c.y + pad + j * lh, x[i + 1] - x[i] - 2 * pad, lh), cells.at(i).at(j), Tiny,
                                          (block.alignRight.value(i) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
        for (int j = 0; j < prov.size(); ++j)
            pages[c.page].append(text(QRectF(m_body.left() + pad + pt(8), c.y + pad + (lines + j) * lh, m_body.width() - 2 * pad - pt(8), lh), prov.at(j), Tiny,
                                      Qt::AlignLeft | Qt::AlignVCenter, kGrey));
        c.y += h;
        pages[c.page].append(rule(m_body.left(), m_body.right(), c.y));
    }
    c.y += pt(8);
}

void PacketLayout::addBlock(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c)
{
    switch (block.kind) {
    case Block::Facts: return addFacts(pages, block, c);
    case Block::Timeline: {
        // The picture at the body's width, 4:3 (or less, for a few lanes), on one page.
        const int lanes = block.timeline ? int(block.timeline->lanes.size()) : 1;
        const qreal h = m_body.width() * qMin(0.76, (330.0 + 48.0 * lanes) / TimelineCanvasWidth);
        if (c.y + h > m_body.bottom() && c.y > m_body.top() + pt(1))
            newPage(pages, c);
        PageItem item;
        item.kind = PageItem::Timeline;
        item.rect = QRectF(m_body.left(), c.y, m_body.width(), h);
        item.timeline = block.timeline;
        pages[c.page].append(item);
        c.y += h + pt(8);
        return;
    }
    case Block::Chart: {
        // The chart at the body's width, 4:3, on one page.
        const qreal h = m_body.width() * 0.75;
        if (c.y + h > m_body.bottom() && c.y > m_body.top() + pt(1))
            newPage(pages, c);
        PageItem item;
        item.kind = PageItem::Chart;
        item.rect = QRectF(m_body.left(), c.y, m_body.width(), std::min(h, m_body.bottom() - c.y));
        item.chart = block.chart;
        pages[c.page].append(item);
        c.y += item.rect.height() + pt(8);
        return;
    }
    case Block::Table: return addTable(pages, block, c);
    case Block::Heading: {
        const qreal lh = lineHeight(H2);
        if (c.y + lh + 4 * lineHeight(Body) > m_body.bottom() && c.y > m_body.top() + pt(1)) {
            newPage(pages, c);
        }
        c.y += pt(4);
        for (const QString &line : wrap(block.text, H2, m_body.width())) {
            pages[c.page].append(text(QRectF(m_body.left(), c.y, m_body.width(), lh), line, H2, Qt::AlignLeft | Qt::AlignVCenter, kAccent));
            c.y += lh;
        }
        c.y += pt(3);
        return;
    }
    case Block::Paragraph:
        if (!block.spans.isEmpty() || block.indent > 0)
            return addRichParagraph(pages, block, c);
        [[fallthrough]];
    case Block::Note: {
        const int font = block.kind == Block::Note ? Small : Body;
        const qreal lh = lineHeight(font);
        for (const QString &line : wrap(block.text, font, m_body.width())) {
            if (c.y + lh > m_body.bottom()) {
                newPage(pages, c);
            }
            pages[c.page].append(text(QRectF(m_body.left(), c.y, m_body.width(), lh), line, font, Qt::AlignLeft | Qt::AlignVCenter,
                                      block.kind == Block::Note ? kGrey : kInk));
            c.y += lh;
        }
        c.y += pt(5);
        return;
    }
    }
}

// A paragraph with emphasis, or a list item: wrapped once with its formats, each line drawn as runs of one
// font placed where the layout put them.
void PacketLayout::addRichParagraph(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c)
{
    const qreal indent = pt(14) * block.indent, width = m_body.width() - indent, lh = lineHeight(Body);
    const auto fontAt = [&block](int pos) {
        for (const Span &s : block.spans)
            if (pos >= s.start && pos < s.start + s.length)
                return s.bold ? int(Bold) : int(Italic);
        return int(Body);
    };
    QTextLayout tl(block.text, m_fonts[Body], m_device);
    QList<QTextLayout::FormatRange> formats;
    for (const Span &s : block.spans) {
        QTextLayout::FormatRange r{s.start, s.length, {}};
        r.format.setFont(m_fonts[s.bold ? Bold : Italic]);
        formats << r;
    }
    tl.setFormats(formats);
    tl.setTextOption(wrapping());
    tl.beginLayout();
    for (QTextLine line = tl.createLine(); line.isValid(); line = tl.createLine()) {
        line.setLineWidth(width);
        if (c.y + lh > m_body.bottom()) {
            newPage(pages, c);
        }
        const int end = line.textStart() + line.textLength();
        for (int from = line.textStart(); from < end;) {
            int to = from + 1;
            while (to < end && fontAt(to) == fontAt(from))
                ++to;
            const qreal x = line.cursorToX(from);
            pages[c.page].append(text(QRectF(m_body.left() + indent + x, c.y, width - x, lh), block.text.mid(from, to - from), fontAt(from)));
            from = to;
        }
        c.y += lh;
    }
    tl.endLayout();
    c.y += pt(block.indent > 0 ? 2 : 5);
}

void PacketLayout::addSection(QVector<QVector<PageItem>> &pages, const Section &section, Cursor &c)
{
    pages.append(QVector<PageItem>());
    c.page = int(pages.size()) - 1;
    c.y = m_body.top();
    const qreal lh = lineHeight(H1);
    for (const QString &line : wrap(section.title, H1, m_body.width())) {
        pages[c.page].append(text(QRectF(m_body.left(), c.y, m_body.width(), lh), line, H1, Qt::AlignLeft | Qt::AlignVCenter, kAccent));
        c.y += lh;
    }
    c.y += pt(3);
    pages[c.page].append(rule(m_body.left(), m_body.right(), c.y, kAccent));
    c.y += pt(9);
    for (const Block &b : section.blocks)
        addBlock(pages, b, c);
}

QVector<PageItem> PacketLayout::contentsPage(const QList<QPair<QString, int>> &entries, int from, int count, bool first)
{
    QVector<PageItem> items;
    qreal y = m_body.top();
    if (first) {
        const qreal lh = lineHeight(H1);
        items.append(text(QRectF(m_body.left(), y, m_body.width(), lh), m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Contents")), H1,
                          Qt::AlignLeft | Qt::AlignVCenter, kAccent));
        y += lh + pt(3);
        items.append(rule(m_body.left(), m_body.right(), y, kAccent));
        y += pt(9);
    }
    const qreal lh = lineHeight(Body) * 1.35;
    for (int i = from; i < qMin<int>(from + count, entries.size()); ++i) {
        const bool exhibit = entries.at(i).first.startsWith(u"E-");
        const qreal indent = exhibit ? pt(16) : 0;
        items.append(text(QRectF(m_body.left() + indent, y, m_body.width() - indent - pt(40), lh), entries.at(i).first, exhibit ? Body : Bold));
        items.append(text(QRectF(m_body.right() - pt(40), y, pt(40), lh), QString::number(entries.at(i).second), Body, Qt::AlignRight | Qt::AlignVCenter));
        y += lh;
    }
    return items;
}

LaidOutPacket PacketLayout::layout()
{
    QVector<QVector<PageItem>> body;
    Cursor c;
    QList<int> firstPage;
    LaidOutPacket laid;
    laid.prefix = m_model.batesPrefix;
    QHash<QString, QPair<int, int>> exhibitPages;
    for (const Section &s : m_model.sections) {
        firstPage << int(body.size()); // addSection starts a new page
        addSection(body, s, c);
        if (!s.exhibit.isEmpty())
            exhibitPages.insert(s.exhibit, {firstPage.last(), int(body.size()) - 1});
    }
    const qreal entryH = lineHeight(Body) * 1.35;
    const int perFirst = int((m_body.height() - lineHeight(H1) - pt(12)) / entryH), perNext = int(m_body.height() / entryH);
    const int entries = int(m_model.sections.size());
    const int contentsPages = entries <= perFirst ? 1 : 1 + (entries - perFirst + perNext - 1) / perNext;
    const int offset = 1 + contentsPages; // the cover, then the contents
    QList<QPair<QString, int>> contents;
    for (int i = 0; i < entries; ++i)
        contents.append({m_model.sections.at(i).title, firstPage.at(i) + offset + 1});
    laid.pages.append(QVector<PageItem>()); // the cover is painted by paintCover
    for (int p = 0, from = 0; p < contentsPages; ++p) {
        const int count = p == 0 ? perFirst : perNext;
        laid.pages.append(contentsPage(contents, from, count, p == 0));
        from += count;
    }
    laid.pages += body;
    laid.outline.append({m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Contents")), 1, {}});
    OutlineEntry exhibits{m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Exhibits")), -1, {}};
    for (int i = 0; i < entries; ++i) {
        const Section &s = m_model.sections.at(i);
        const OutlineEntry e{s.title, firstPage.at(i) + offset, {}};
        if (s.exhibit.isEmpty()) {
            if (!exhibits.children.isEmpty() && exhibits.page >= 0) {
                laid.outline.append(exhibits);
                exhibits.children.clear();
            }
            laid.outline.append(e);
        } else {
            if (exhibits.children.isEmpty())
                exhibits.page = e.page;
            exhibits.children.append(e);
        }
    }
    if (!exhibits.children.isEmpty())
        laid.outline.append(exhibits);
    for (auto it = exhibitPages.begin(); it != exhibitPages.end(); ++it)
        laid.exhibitPages.insert(it.key(), {it->first + offset + 1, it->second + offset + 1});
    return laid;
}

} // namespace cb::reports
