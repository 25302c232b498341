#include "chart/chartpainter.h"

#include "chart/chartexport.h"
#include "chart/chartlayout.h"
#include "money.h"
#include "timeline/timelinepainter.h"
#include "timeutil.h"

#include <QPainterPath>
#include <QtMath>

namespace cb::widgets {

using namespace casefile::chart;

namespace {

// Levels of detail (the view's scale): labels from 0.45, icons, arrows and badges from 0.5 (and antialiasing),
// plain squares under 0.12.
constexpr double LabelLod = 0.45, DotLod = 0.12;
const QColor Ink(0x26, 0x2b, 0x33), Muted(0x6b, 0x72, 0x80), PathColour(0xe0, 0x6c, 0x00);

}

QString ChartPainter::durationText(qint64 s)
{
    if (s < 60)
        return ChartPainter::tr("%1 s").arg(s);
    if (s < 3600)
        return ChartPainter::tr("%1 min").arg((s + 30) / 60);
    return ChartPainter::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600 + 30) / 60);
}

namespace {

void arrowHead(QPainter &p, QPointF tip, QPointF from, double size)
{
    const QLineF l(tip, from);
    const double a = qDegreesToRadians(l.angle());
    const QPointF p1 = tip + QPointF(std::cos(a + 0.45) * size, -std::sin(a + 0.45) * size);
    const QPointF p2 = tip + QPointF(std::cos(a - 0.45) * size, -std::sin(a - 0.45) * size);
    p.drawPolygon(QPolygonF{tip, p1, p2});
}

} // namespace

ChartPainter::ChartPainter(const Chart &chart, const QLocale &locale) : m_chart(chart), m_locale(locale), m_shownLinks(chart.partnersDrawn())
{
}

QString ChartPainter::amountText(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString plain = casefile::formatMinor(minor, currency);
    const qsizetype dot = plain.indexOf(u'.');
    const QString whole = plain.left(dot < 0 ? plain.size() : dot);
    return locale.toString(whole.toLongLong()) + (dot < 0 ? QString() : locale.decimalPoint() + plain.mid(dot + 1));
}

QColor ChartPainter::kindColor(const QString &k)
{
    if (k == u"phone")
        return QColor(0x3b, 0x6e, 0xa8);
    if (k == u"bank_account" || k == u"bank_card")
        return QColor(0x2f, 0x85, 0x5a);
    if (k == u"device")
        return QColor(0x5b, 0x5f, 0x97);
    if (k == u"app_account" || k == u"email")
        return QColor(0x8e, 0x5e, 0xa2);
    if (k == u"person" || k == u"organisation" || k == u"group")
        return QColor(0x9a, 0x6b, 0x2f);
    if (k == u"cell_site" || k == u"location")
        return QColor(0x6b, 0x7a, 0x3a);
    return QColor(0x80, 0x86, 0x90);
}

QColor ChartPainter::linkColor(const ChartLink &l)
{
    if (l.kind == LinkFamily::Calls)
        return QColor(0x3b, 0x6e, 0xa8);
    if (l.kind == LinkFamily::Money)
        return QColor(0x2f, 0x85, 0x5a);
    if (l.kind == LinkFamily::Messages)
        return QColor(0x8e, 0x5e, 0xa2);
    if (l.status == u"refuted")
        return QColor(0xc0, 0x39, 0x2b);
    if (l.status == u"alleged")
        return QColor(0xd3, 0x84, 0x1b);
    return QColor(0x55, 0x5b, 0x66);
}

double ChartPainter::linkWidth(const ChartLink &l)
{
    if (!l.isEvents())
        return 1.4;
    return std::min(7.0, 1.0 + std::log2(double(l.total())));
}

QString ChartPainter::kindLabel(const QString &k)
{
    if (k == u"person") return tr("Person");
    if (k == u"organisation") return tr("Organisation");
    if (k == u"phone") return tr("Phone");
    if (k == u"bank_account") return tr("Bank account");
    if (k == u"bank_card") return tr("Bank card");
    if (k == u"device") return tr("Device");
    if (k == u"email") return tr("E-mail");
    if (k == u"app_account") return tr("App account");
    if (k == u"cell_site") return tr("Cell site");
    if (k == u"location") return tr("Location");
    if (k == u"group") return tr("Group");
    if (k == u"more") return tr("More partners");
    return k;
}

QString ChartPainter::linkKindLabel(const QString &k)
{
    if (k == LinkFamily::Calls) return tr("Calls");
    if (k == LinkFamily::Money) return tr("Money");
    if (k == LinkFamily::Messages) return tr("Messages");
    if (k == u"owns_device") return tr("Owns the device");
    if (k == u"uses_device") return tr("Line of the device");
    if (k == u"uses_account") return tr("Uses the account");
    if (k == u"registered_with") return tr("Registered with");
    if (k == u"owns") return tr("Owns");
    if (k == u"uses") return tr("Uses");
    if (k == u"member_of") return tr("Member of");
    if (k == u"alias_of") return tr("Alias of");
    if (k == u"more") return tr("More partners");
    return k;
}

QString ChartPainter::linkText(const ChartLink &l, const QLocale &locale)
{
    if (l.kind == LinkFamily::Calls)
        return tr("%n call(s), %1", nullptr, int(l.total())).arg(durationText(l.totalDuration()));
    if (l.kind == LinkFamily::Money)
        return tr("%1 %2 in %n payment(s)", nullptr, int(l.total())).arg(l.currency, amountText(l.totalAmount(), l.currency, locale));
    if (l.kind == LinkFamily::Messages)
        return tr("%n message(s)", nullptr, int(l.total()));
    return linkKindLabel(l.kind);
}

QString ChartPainter::displayLabel(const ChartNode &n)
{
    const QString label = n.kind == u"more" ? tr("+%1 more").arg(n.moreCount) : nodeLabel(n);
    return label.size() > 22 ? label.left(10) + QChar(0x2026) + label.right(10) : label;
}

QRectF ChartPainter::nodeRect(const ChartNode &n)
{
    const double r = radius(n), w = std::max(NodeWidth, 2 * r);
    return QRectF(n.pos.x() - w / 2, n.pos.y() - r - 4, w, 2 * r + NodeHeight - IconSize + 4);
}

QFont ChartPainter::sized(const QFont &base, double points)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * points / 9.0);
    else
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * points / 9.0)));
    return f;
}

double ChartPainter::radius(const ChartNode &n)
{
    return IconSize / 2 * (1 + 1.2 * n.size);
}

QStaticText ChartPainter::nodeLabelText(const ChartNode &n, const QFont &base)
{
    QStaticText text(displayLabel(n));
    text.setTextFormat(Qt::PlainText);
    text.setPerformanceHint(QStaticText::AggressiveCaching);
    text.prepare(QTransform(), nodeLabelFont(n, base));
    return text;
}

QFont ChartPainter::nodeLabelFont(const ChartNode &n, const QFont &base)
{
    QFont f = sized(base, 7.5);
    f.setBold(n.hop == 0);
    return f;
}

void ChartPainter::paintNode(QPainter &p, const ChartNode &n, int shownLinks, double lod, bool selected, bool highlighted, const QStaticText *label)
{
    const QFont base = p.font();
    const double r = radius(n);
    const QColor fill = n.kind == u"more" ? QColor(0xf1, 0xf2, 0xf4) : kindColor(n.kind);
    const QColor role = n.role.isEmpty() ? QColor() : TimelinePainter::roleColor(n.role);
    p.save();
    if (lod < DotLod) { // a whole network on screen: each node a square of its role's (or kind's) colour
        p.fillRect(QRectF(n.pos.x() - r, n.pos.y() - r, 2 * r, 2 * r), selected || highlighted ? PathColour : role.isValid() ? role : fill);
        p.restore();
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, lod >= DetailLod);
    if (selected || highlighted) {
        p.setPen(Qt::NoPen);
        p.setBrush(selected ? QColor(0x2b, 0x7b, 0xe0, 90) : QColor(PathColour.red(), PathColour.green(), PathColour.blue(), 110));
        p.drawEllipse(n.pos, r + 7, r + 7);
    }
    p.setPen(role.isValid() ? QPen(role, 3.2) : QPen(fill.darker(130), 1));
    p.setBrush(fill);
    if (n.kind == u"group")
        p.drawRoundedRect(QRectF(n.pos.x() - r * 1.3, n.pos.y() - r, r * 2.6, r * 2), 6, 6);
    else
        p.drawEllipse(n.pos, r, r);
    if (n.kind == u"more") {
        p.setPen(Ink);
        QFont f = sized(base, 8);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(n.pos.x() - r, n.pos.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("+%1").arg(n.moreCount));
    } else if (lod >= DetailLod) {
        p.setBackground(fill);
        drawIcon(p, n.kind, n.pos, r * 2 * 0.78, Qt::white);
    }
    // More partners than the chart shows: a badge with how many there are.
    if (n.kind != u"more" && n.degree > shownLinks && lod >= DetailLod) {
        const QRectF badge(n.pos.x() + r * 0.45, n.pos.y() - r - 2, 18, 12);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(QColor(0xc0, 0x39, 0x2b));
        p.drawRoundedRect(badge, 6, 6);
        QFont f = sized(base, 6.5);
        f.setBold(true);
        p.setFont(f);
        p.drawText(badge, Qt::AlignCenter, n.degree > 999 ? QStringLiteral("999+") : QString::number(n.degree));
    }
    if (lod >= LabelLod) {
        const QStaticText own = label ? QStaticText() : nodeLabelText(n, base);
        const QStaticText &text = label ? *label : own;
        p.setFont(nodeLabelFont(n, base));
        const QSizeF size = text.size();
        const QRectF box(n.pos.x() - size.width() / 2 - 3, n.pos.y() + r + 2, size.width() + 6, size.height() + 1);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 215));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Ink);
        p.drawStaticText(QPointF(box.left() + 3, box.top() + 0.5), text);
    }
    p.restore();
}

QLineF ChartPainter::linkLine(QPointF a, QPointF b)
{
    const double r = IconSize / 2 + 2;
    const QLineF full(a, b);
    if (full.length() < 2 * r)
        return {};
    return QLineF(full.pointAt(r / full.length()), full.pointAt(1 - r / full.length()));
}

QPen ChartPainter::linkPen(const ChartLink &l, double lod, bool highlighted)
{
    QPen pen(highlighted ? PathColour : linkColor(l), linkWidth(l) + (highlighted ? 2 : 0));
    pen.setCapStyle(Qt::FlatCap);
    if (l.kind == LinkFamily::Messages || l.status == u"alleged")
        pen.setStyle(Qt::DashLine);
    else if (l.kind == u"more")
        pen.setStyle(Qt::DotLine), pen.setColor(Muted), pen.setWidthF(1.2);
    else if (!l.isEvents())
        pen.setStyle(Qt::DashDotLine);
    if (pen.widthF() * lod < 1.2) // thinner than a pixel on screen: a hairline, the raster engine's fast path
        pen.setWidthF(0);
    return pen;
}

void ChartPainter::paintLinkEnds(QPainter &p, const ChartLink &l, const QLineF &line, const QPen &pen, double lod)
{
    if (l.isEvents() && lod >= DetailLod) {
        p.setPen(Qt::NoPen);
        p.setBrush(pen.color());
        const double head = 5 + pen.widthF();
        if (l.count[0] > 0)
            arrowHead(p, line.p2(), line.p1(), head);
        if (l.count[1] > 0)
            arrowHead(p, line.p1(), line.p2(), head);
    }
    if (l.status == u"refuted") { // struck through where it is drawn: refuted, kept for the record
        const QPointF m = line.center();
        p.setPen(QPen(linkColor(l), 2));
        p.drawLine(m + QPointF(-6, -6), m + QPointF(6, 6));
        p.drawLine(m + QPointF(-6, 6), m + QPointF(6, -6));
    }
}

void ChartPainter::paintLink(QPainter &p, const ChartLink &l, QPointF a, QPointF b, double lod, bool highlighted)
{
    const QLineF line = linkLine(a, b);
    if (line.isNull())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, lod >= DetailLod);
    const QPen pen = linkPen(l, lod, highlighted);
    p.setPen(pen);
    p.drawLine(line);
    paintLinkEnds(p, l, line, pen, lod);
    p.restore();
}

QFont ChartPainter::linkLabelFont(const QFont &base)
{
    return sized(base, 6.5);
}

void ChartPainter::paintLinkLabel(QPainter &p, const ChartLink &l, const QRectF &box, bool highlighted, const QLocale &locale)
{
    p.save();
    p.setFont(linkLabelFont(p.font()));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(box, 3, 3);
    p.setPen((highlighted ? PathColour : linkColor(l)).darker(130));
    p.drawText(box, Qt::AlignCenter, linkText(l, locale));
    p.restore();
}

QHash<int, QRectF> ChartPainter::linkLabelBoxes(const Chart &c, const QFont &base, const QLocale &locale)
{
    // Each label goes to the first spot along its link that covers no node and no other label; a label
    // with no such spot is left out (the tooltip and the table still say it).
    const QFontMetricsF fm(linkLabelFont(base));
    QList<QRectF> taken;
    const QFont nodeFont = sized(base, 7.5);
    const QFontMetricsF nm(nodeFont);
    for (const ChartNode &n : c.nodes) {
        const double w = std::max(IconSize + 4, nm.horizontalAdvance(displayLabel(n)) + 6);
        taken << QRectF(n.pos.x() - w / 2, n.pos.y() - IconSize / 2 - 2, w, IconSize + nm.height() + 6);
    }
    QHash<int, QRectF> boxes;
    for (int i = 0; i < c.links.size(); ++i) {
        const ChartLink &l = c.links[i];
        if (l.kind == u"more")
            continue;
        const QLineF line(c.nodes[l.a].pos, c.nodes[l.b].pos);
        const double w = fm.horizontalAdvance(linkText(l, locale)) + 6, h = fm.height() + 2;
        for (double t : {0.5, 0.38, 0.62, 0.3, 0.7}) {
            const QPointF at = line.pointAt(t);
            const QRectF box(at.x() - w / 2, at.y() - h / 2, w, h);
            if (std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(box); })) {
                boxes.insert(i, box);
                taken << box;
                break;
            }
        }
    }
    return boxes;
}

void ChartPainter::paintGroupBox(QPainter &p, const QRectF &box, const QString &name)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x9a, 0x6b, 0x2f), 1.2, Qt::DashLine));
    p.setBrush(QColor(0x9a, 0x6b, 0x2f, 18));
    p.drawRoundedRect(box, 10, 10);
    QFont f = sized(p.font(), 8);
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(0x7a, 0x50, 0x1f));
    p.drawText(box.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, name);
    p.restore();
}

QHash<int, QRectF> ChartPainter::groupBoxes(const Chart &c)
{
    QHash<int, QRectF> boxes;
    for (const ChartNode &n : c.nodes)
        if (n.group >= 0 && n.kind != u"group")
            boxes[n.group] = boxes.value(n.group).isNull() ? nodeRect(n) : boxes.value(n.group).united(nodeRect(n));
    for (QRectF &b : boxes)
        b.adjust(-10, -20, 10, 8);
    return boxes;
}

QRectF ChartPainter::bounds() const
{
    QRectF r;
    for (const ChartNode &n : m_chart.nodes)
        r = r.isNull() ? nodeRect(n) : r.united(nodeRect(n));
    for (const QRectF &b : groupBoxes(m_chart))
        r = r.united(b);
    return r;
}

} // namespace cb::widgets
