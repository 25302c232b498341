// Painting the laid-out packet: the cover, then every page's items with its header and footer.
#include "packetlayout.h"
#include "chart/chartpainter.h"
#include "timeline/picturelanguage.h"
#include "timeline/timelinepainter.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace cb::reports {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b), kGrey(0x5b, 0x64, 0x70), kRule(0xc9, 0xcf, 0xd6), kAccent(0x1f, 0x4e, 0x79), kBand(0xe9, 0xee, 0xf4);

} // namespace

void PacketLayout::paintFrame(QPainter &p, const LaidOutPacket &laid, int page)
{
    const qreal lh = lineHeight(Tiny);
    p.setPen(QPen(kRule, pt(0.5)));
    const qreal top = m_body.top() - pt(14), bottom = m_body.bottom() + pt(12);
    if (page > 0)
        p.drawLine(QPointF(m_body.left(), top), QPointF(m_body.right(), top));
    p.drawLine(QPointF(m_body.left(), bottom), QPointF(m_body.right(), bottom));
    p.setPen(kGrey);
    p.setFont(m_fonts[Tiny]);
    const QString caseLine = m_model.caseNumber.isEmpty() ? m_model.caseTitle : QStringLiteral("%1 · %2").arg(m_model.caseNumber, m_model.caseTitle);
    const QRectF head(m_body.left(), top - lh - pt(2), m_body.width(), lh);
    const QString packet = m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Packet %1")).arg(m_model.packetId);
    const qreal packetW = QFontMetricsF(m_fonts[Tiny], m_device).horizontalAdvance(packet) + pt(6);
    if (page > 0) { // the cover says all this in full
        p.drawText(head.adjusted(0, 0, -packetW, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(m_fonts[Tiny], m_device).elidedText(caseLine, Qt::ElideRight, head.width() - packetW));
        p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, packet);
    }
    const QRectF foot(m_body.left(), bottom + pt(3), m_body.width(), lh);
    p.drawText(foot, Qt::AlignHCenter | Qt::AlignVCenter, m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Page %1 of %2")).arg(page + 1).arg(laid.pageCount()));
    if (!m_model.handling.isEmpty()) {
        const QRectF handling(m_body.left(), foot.bottom(), m_body.width(), lh);
        p.drawText(handling, Qt::AlignHCenter | Qt::AlignVCenter, m_model.handling);
    }
    p.setPen(kInk);
    p.setFont(m_fonts[TinyBold]);
    p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, laid.bates(page));
}

void PacketLayout::paintCover(QPainter &p, const LaidOutPacket &laid, const QString &manifestSha256)
{
    qreal y = m_body.top() + pt(40);
    p.fillRect(QRectF(m_page.left(), y - pt(14), m_page.width(), pt(96)), kBand);
    p.setPen(kAccent);
    p.setFont(m_fonts[Small]);
    p.drawText(QRectF(m_body.left(), y - pt(6), m_body.width(), lineHeight(Small)), Qt::AlignLeft | Qt::AlignVCenter,
               m_model.agency.isEmpty() ? QString() : m_model.agency);
    y += lineHeight(Small);
    p.setFont(m_fonts[Title]);
    p.drawText(QRectF(m_body.left(), y, m_body.width(), lineHeight(Title)), Qt::AlignLeft | Qt::AlignVCenter,
               m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Evidence packet")));
    y += lineHeight(Title);
    p.setPen(kInk);
    p.setFont(m_fonts[H2]);
    for (const QString &line : wrap(m_model.caseTitle, H2, m_body.width())) {
        p.drawText(QRectF(m_body.left(), y, m_body.width(), lineHeight(H2)), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight(H2);
    }
    y = qMax(y + pt(40), m_body.top() + pt(170));
    const QList<QPair<QString, QString>> facts{
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Case number")), m_model.caseNumber},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Agency")), m_model.agency},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Investigators")), m_model.investigators},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Date")), m_model.date},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Packet ID")), m_model.packetId},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Pages")),
         QStringLiteral("%1 (%2 — %3)").arg(laid.pageCount()).arg(laid.bates(0), laid.bates(laid.pageCount() - 1))},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Packet fingerprint")), manifestSha256},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Signed by")), QStringLiteral("%1 — %2").arg(m_model.signer, m_model.fingerprint)},
        {m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Handling")), m_model.handling}};
    const qreal labelW = m_body.width() * 0.26, valueW = m_body.width() - labelW - pt(8), lh = lineHeight(Body);
    for (const auto &[label, value] : facts) {
        const QStringList lines = wrap(value.isEmpty() ? QStringLiteral("—") : value, Body, valueW);
        p.setPen(kGrey);
        p.setFont(m_fonts[Small]);
        p.drawText(QRectF(m_body.left(), y, labelW, lh), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setPen(kInk);
        p.setFont(m_fonts[Body]);
        for (const QString &line : lines) {
            p.drawText(QRectF(m_body.left() + labelW + pt(8), y, valueW, lh), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lh;
        }
        y += pt(5);
    }
    y += pt(14);
    p.setPen(QPen(kRule, pt(0.5)));
    p.drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
    y += pt(8);
    p.setPen(kGrey);
    p.setFont(m_fonts[Small]);
    QStringList notes = m_model.coverFacts;
    notes << m_text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "This packet embeds a manifest (manifest.json) listing every exhibit, every row it cites by UUID and row hash, "
                                                               "and every source by SHA-256; the packet fingerprint above is the manifest's SHA-256. "
                                                               "The file is signed with the key whose fingerprint is printed above. "
                                                               "Check it with: casebench verify PACKET.pdf [--case CASE]"));
    for (const QString &note : notes)
        for (const QString &line : wrap(note, Small, m_body.width())) {
            p.drawText(QRectF(m_body.left(), y, m_body.width(), lineHeight(Small)), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lineHeight(Small);
        }
}

// A picture as the workbench draws it (the timeline, the link chart), on a canvas 1000 pixels wide scaled
// into the item's rectangle (so that its text prints at about 6 points), in the packet's language; its text
// is text in the PDF.
void PacketLayout::paintPicture(QPainter &p, const PageItem &item, const std::function<void(QPainter &, const QRectF &)> &paint) const
{
    p.save();
    p.translate(item.rect.topLeft());
    const qreal scale = item.rect.width() / TimelineCanvasWidth;
    p.scale(scale, scale);
    QFont f = m_fonts[Body];
    // 12.5 canvas pixels for the body text: points are device pixels * 72 / dpi before the scale.
    f.setPointSizeF(12.5 * 72.0 / m_device->logicalDpiX());
    p.setFont(f);
    const widgets::PictureLanguage language(m_text.translator());
    paint(p, QRectF(0, 0, TimelineCanvasWidth, item.rect.height() / scale));
    p.restore();
    p.setPen(QPen(kGrey, pt(0.4)));
    p.drawRect(item.rect);
}

void PacketLayout::paintTimeline(QPainter &p, const PageItem &item) const
{
    if (item.timeline)
        paintPicture(p, item, [&](QPainter &pp, const QRectF &r) {
            widgets::TimelinePainter(*item.timeline, QLocale(m_text.language())).paintPicture(pp, r);
        });
}

void PacketLayout::paintChart(QPainter &p, const PageItem &item) const
{
    if (item.chart)
        paintPicture(p, item, [&](QPainter &pp, const QRectF &r) { widgets::ChartPainter(*item.chart, QLocale(m_text.language())).paintPicture(pp, r); });
}

void PacketLayout::paintPage(QPainter &p, const LaidOutPacket &laid, int page, const QString &manifestSha256)
{
    if (page == 0)
        paintCover(p, laid, manifestSha256);
    for (const PageItem &item : laid.pages.at(page)) {
        switch (item.kind) {
        case PageItem::Fill: p.fillRect(item.rect, item.color); break;
        case PageItem::Rule:
            p.setPen(QPen(item.color, pt(0.4)));
            p.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case PageItem::Timeline: paintTimeline(p, item); break;
        case PageItem::Chart: paintChart(p, item); break;
        case PageItem::Text:
            p.setPen(item.color);
            p.setFont(m_fonts[item.font]);
            p.drawText(item.rect, item.flags | Qt::TextSingleLine, item.text);
            break;
        }
    }
    paintFrame(p, laid, page);
}

void PacketLayout::paint(QPainter &p, QPagedPaintDevice *device, const LaidOutPacket &laid, const QString &manifestSha256)
{
    for (int page = 0; page < laid.pageCount(); ++page) {
        if (page > 0)
            device->newPage();
        paintPage(p, laid, page, manifestSha256);
    }
}

} // namespace cb::reports
