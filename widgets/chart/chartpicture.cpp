// The chart as a picture standing on its own (an exported file, the evidence packet): a title block that
// names the case, what the chart shows and how it was made; the chart fitted below; a legend. And what the
// screen's tooltips say.
#include "chart/chartpainter.h"

#include "chart/chartexport.h"
#include "chart/chartlayout.h"
#include "timeline/timelinepainter.h"
#include "timeutil.h"

namespace cb::widgets {

using namespace casefile::chart;

namespace {

const QColor Ink(0x26, 0x2b, 0x33), Muted(0x6b, 0x72, 0x80);

} // namespace

QStringList ChartPainter::titleLines() const
{
    const Chart &c = m_chart;
    QStringList lines;
    QString head = c.caseTitle.isEmpty() ? tr("Link chart") : tr("%1 — link chart").arg(c.caseTitle);
    if (!c.name.isEmpty())
        head += QStringLiteral(" “%1”").arg(c.name);
    if (!c.caseNumber.isEmpty())
        head += QStringLiteral(" (%1)").arg(c.caseNumber);
    lines << head;
    QStringList kinds;
    for (const QString &k : linkFamilies())
        if (c.spec.shows(k))
            kinds << linkKindLabel(k == LinkFamily::Links ? QStringLiteral("links") : k);
    int entities = 0;
    for (const ChartNode &n : c.nodes)
        entities += n.kind == u"more" ? 0 : 1;
    QString what = tr("%n entities", nullptr, entities) + QStringLiteral(", ") + tr("%n links", nullptr, int(c.links.size()));
    what += QStringLiteral(" · ") + (c.spec.all ? tr("every linked entity") : tr("%n hop(s) from the starting entities", nullptr, c.spec.hops));
    what += QStringLiteral(" · ") + tr("layout %1").arg(c.spec.layout);
    lines << what;
    QString filters = tr("Shows: %1").arg(kinds.join(QStringLiteral(", ")));
    const QTimeZone zone(c.zoneId.toLatin1());
    if (c.spec.afterMs || c.spec.beforeMs) {
        auto at = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
        filters += QStringLiteral(" · ") + tr("from %1 to %2 (%3)").arg(c.spec.afterMs ? at(c.spec.afterMs) : tr("the first event"),
                                                                       c.spec.beforeMs ? at(c.spec.beforeMs) : tr("the last event"), c.zoneId);
    } else {
        filters += QStringLiteral(" · ") + tr("the whole period");
    }
    if (c.spec.minCount > 1)
        filters += QStringLiteral(" · ") + tr("links of at least %n event(s)", nullptr, int(c.spec.minCount));
    if (c.spec.minAmountMinor > 0)
        filters += QStringLiteral(" · ") + tr("money of at least %1 %2").arg(c.spec.currency, amountText(c.spec.minAmountMinor, c.spec.currency, m_locale));
    if (c.hiddenWeak)
        filters += QStringLiteral(" · ") + tr("%n weaker link(s) not drawn", nullptr, c.hiddenWeak);
    if (c.capped)
        filters += QStringLiteral(" · ") + tr("%n partner(s) behind “+N more”", nullptr, c.capped);
    if (c.isolatedSeeds)
        filters += QStringLiteral(" · ") + tr("%n starting entit(ies) without such links not drawn", nullptr, c.isolatedSeeds);
    lines << filters;
    return lines;
}

void ChartPainter::paintLegend(QPainter &p, const QRectF &rect) const
{
    p.save();
    const QFont f = sized(p.font(), 7.5);
    p.setFont(f);
    const QFontMetricsF fm(f);
    double x = rect.left();
    const double cy = rect.center().y();
    QStringList kinds;
    for (const ChartNode &n : m_chart.nodes)
        if (!kinds.contains(n.kind) && n.kind != u"more")
            kinds << n.kind;
    for (const QString &k : std::as_const(kinds)) {
        p.setPen(Qt::NoPen);
        p.setBrush(kindColor(k));
        p.drawEllipse(QPointF(x + 7, cy), 7, 7);
        p.setBackground(kindColor(k));
        drawIcon(p, k, QPointF(x + 7, cy), 11, Qt::white);
        p.setPen(Ink);
        p.drawText(QPointF(x + 18, cy + fm.ascent() / 2 - 1), kindLabel(k));
        x += 26 + fm.horizontalAdvance(kindLabel(k));
    }
    QStringList linkKinds;
    for (const ChartLink &l : m_chart.links)
        if (!linkKinds.contains(l.kind) && l.kind != u"more")
            linkKinds << l.kind;
    for (const QString &k : std::as_const(linkKinds)) {
        ChartLink sample;
        sample.kind = k;
        QPen pen(linkColor(sample), 2.5);
        if (k == LinkFamily::Messages)
            pen.setStyle(Qt::DashLine);
        else if (!sample.isEvents())
            pen.setStyle(Qt::DashDotLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, cy), QPointF(x + 22, cy));
        p.setPen(Ink);
        p.drawText(QPointF(x + 27, cy + fm.ascent() / 2 - 1), linkKindLabel(k));
        x += 36 + fm.horizontalAdvance(linkKindLabel(k));
    }
    QStringList roles;
    for (const ChartNode &n : m_chart.nodes)
        if (!n.role.isEmpty() && !roles.contains(n.role))
            roles << n.role;
    for (const QString &r : std::as_const(roles)) {
        p.setPen(QPen(TimelinePainter::roleColor(r), 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(x + 7, cy), 6, 6);
        p.setPen(Ink);
        p.drawText(QPointF(x + 18, cy + fm.ascent() / 2 - 1), TimelinePainter::roleLabel(r));
        x += 26 + fm.horizontalAdvance(TimelinePainter::roleLabel(r));
    }
    p.setPen(Muted);
    p.drawText(QRectF(x, rect.top(), std::max(0.0, rect.right() - x), rect.height()), Qt::AlignRight | Qt::AlignVCenter,
               tr("Width: volume · arrows: direction · red badge: partners in all"));
    p.restore();
}

void ChartPainter::paintChart(QPainter &p) const
{
    const QHash<int, QRectF> boxes = groupBoxes(m_chart);
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        paintGroupBox(p, it.value(), m_chart.spec.groups.value(it.key()).name);
    QSet<QPair<int, int>> onPath;
    for (int i = 1; i < m_path.size(); ++i)
        onPath.insert({std::min(m_path[i - 1], m_path[i]), std::max(m_path[i - 1], m_path[i])});
    for (const ChartLink &l : m_chart.links)
        paintLink(p, l, m_chart.nodes[l.a].pos, m_chart.nodes[l.b].pos, 1.0, onPath.contains({l.a, l.b}));
    const double lod = m_chart.nodes.size() > 400 ? 0.3 : 1.0; // a crowded picture keeps its icons, not its labels
    for (int i = 0; i < m_chart.nodes.size(); ++i)
        paintNode(p, m_chart.nodes[i], m_shownLinks[i], lod, false, m_path.contains(i));
    if (m_chart.links.size() <= 150) {
        const QHash<int, QRectF> labels = linkLabelBoxes(m_chart, p.font(), m_locale);
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            const ChartLink &l = m_chart.links[it.key()];
            paintLinkLabel(p, l, it.value(), onPath.contains({l.a, l.b}), m_locale);
        }
    }
}

void ChartPainter::paintPicture(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.fillRect(rect, Qt::white);
    const QStringList lines = titleLines();
    const QFont base = p.font();
    QFont f = sized(base, 11);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Ink);
    double y = rect.top() + 8;
    p.drawText(QRectF(rect.left() + 12, y, rect.width() - 24, 18), Qt::AlignLeft | Qt::AlignVCenter, lines.value(0));
    y += 20;
    f = sized(base, 8);
    p.setFont(f);
    p.setPen(Muted);
    for (int i = 1; i < lines.size(); ++i, y += 14)
        p.drawText(QRectF(rect.left() + 12, y, rect.width() - 24, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(f).elidedText(lines[i], Qt::ElideRight, rect.width() - 24));
    const QRectF legend(rect.left() + 12, rect.bottom() - 24, rect.width() - 24, 18);
    const QRectF area(rect.left() + 12, y + 8, rect.width() - 24, legend.top() - y - 14);
    p.setPen(QPen(QColor(0xd5, 0xd8, 0xdc), 1));
    p.drawLine(QPointF(rect.left() + 12, y + 3), QPointF(rect.right() - 12, y + 3));
    p.setFont(base);
    const QRectF b = bounds();
    if (!b.isEmpty() && area.width() > 10 && area.height() > 10) {
        const double scale = std::min({area.width() / b.width(), area.height() / b.height(), 1.6});
        p.save();
        p.translate(area.center());
        p.scale(scale, scale);
        p.translate(-b.center());
        paintChart(p);
        p.restore();
    } else if (m_chart.nodes.isEmpty()) {
        p.setPen(Muted);
        p.drawText(area, Qt::AlignCenter, tr("No entity to start from: give one, or mark subjects or victims."));
    }
    paintLegend(p, legend);
    p.restore();
}

QString ChartPainter::nodeTooltip(const ChartNode &n, int shownLinks)
{
    if (n.kind == u"more")
        return tr("%n more partner(s), the weakest: open the next page to draw them.", nullptr, n.moreCount);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(nodeLabel(n).toHtmlEscaped()), kindLabel(n.kind)};
    if (!n.name.isEmpty() && n.name != n.label)
        lines << n.name.toHtmlEscaped();
    if (!n.role.isEmpty())
        lines << TimelinePainter::roleLabel(n.role);
    if (!n.twins.isEmpty())
        lines << tr("one identity with %n merged entit(ies)", nullptr, int(n.twins.size()));
    lines << tr("%n partner(s) in the case", nullptr, n.degree) + QStringLiteral(", ") + tr("%n drawn", nullptr, shownLinks);
    return lines.join(QStringLiteral("<br>"));
}

QString ChartPainter::linkTooltip(const Chart &c, const ChartLink &l, const QLocale &locale)
{
    const QString a = nodeLabel(c.nodes[l.a]).toHtmlEscaped(), b = nodeLabel(c.nodes[l.b]).toHtmlEscaped();
    QStringList lines{QStringLiteral("<b>%1</b>: %2 – %3").arg(linkKindLabel(l.kind), a, b)};
    for (int d = 0; d < 3; ++d) {
        if (!l.count[d])
            continue;
        const QString way = d == 0 ? QStringLiteral("%1 → %2").arg(a, b) : d == 1 ? QStringLiteral("%1 → %2").arg(b, a) : tr("direction not recorded");
        QString text = tr("%n event(s)", nullptr, int(l.count[d]));
        if (l.kind == LinkFamily::Calls)
            text = tr("%n call(s), %1", nullptr, int(l.count[d])).arg(durationText(l.durationS[d]));
        else if (l.kind == LinkFamily::Money)
            text = tr("%1 %2 in %n payment(s)", nullptr, int(l.count[d])).arg(l.currency, amountText(l.amountMinor[d], l.currency, locale));
        else if (l.kind == LinkFamily::Messages)
            text = tr("%n message(s)", nullptr, int(l.count[d]));
        lines << way + QStringLiteral(": ") + text;
    }
    if (!l.status.isEmpty())
        lines << tr("status: %1").arg(l.status);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace cb::widgets
