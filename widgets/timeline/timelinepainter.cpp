#include "timeline/timelinepainter.h"

#include "money.h"
#include "timeutil.h"

#include <QPainterPath>
#include <cmath>

namespace cb::widgets {

using namespace casefile::timeline;

namespace {

constexpr double ClusterPx = 18; // events of one kind closer than this on screen become one count badge

struct Cluster
{
    EventKind kind;
    double x;
    int first, count;
};

// Per kind sub-row, events in time order folded into clusters no wider than ClusterPx.
QList<Cluster> clusters(const LaneData &lane, const TimelinePainter &tp, double left, double width)
{
    QList<Cluster> out;
    QHash<int, int> open; // kind -> index in out of its open cluster
    for (int i = 0; i < lane.events.size(); ++i) {
        const Event &e = lane.events[i];
        const double x = tp.xOf(e.timeUtcMs, left, width);
        const int k = int(e.kind);
        const auto it = open.constFind(k);
        if (it != open.cend() && x - out[*it].x < ClusterPx) {
            ++out[*it].count;
            continue;
        }
        open.insert(k, int(out.size()));
        out.append({e.kind, x, i, 1});
    }
    // A cluster sits at the mean of its events' places.
    for (Cluster &c : out)
        if (c.count > 1) {
            double sum = 0;
            int seen = 0;
            for (int i = c.first; i < lane.events.size() && seen < c.count; ++i)
                if (lane.events[i].kind == c.kind && tp.xOf(lane.events[i].timeUtcMs, left, width) >= c.x - 0.01) {
                    sum += tp.xOf(lane.events[i].timeUtcMs, left, width);
                    ++seen;
                }
            c.x = seen ? sum / seen : c.x;
        }
    return out;
}

QString countText(qint64 n)
{
    return n < 1000 ? QString::number(n) : n < 10000 ? QString::number(n / 1000.0, 'f', 1) + u'k' : QString::number(n / 1000) + u'k';
}

} // namespace

TimelinePainter::TimelinePainter(const Scene &scene, const QLocale &locale) : m_scene(scene), m_locale(locale) {}

double TimelinePainter::xOf(qint64 ms, double left, double width) const
{
    const double span = double(m_scene.spec.toMs - m_scene.spec.fromMs);
    return left + width * double(ms - m_scene.spec.fromMs) / span;
}

qint64 TimelinePainter::timeAt(double x, double left, double width) const
{
    const double span = double(m_scene.spec.toMs - m_scene.spec.fromMs);
    return m_scene.spec.fromMs + qint64(std::llround((x - left) / width * span));
}

QColor TimelinePainter::kindColor(EventKind kind)
{
    switch (kind) {
    case EventKind::Transactions: return QColor(0xC8, 0x3E, 0x3E);
    case EventKind::Calls: return QColor(0x2F, 0x6D, 0xB5);
    case EventKind::Messages: return QColor(0x3C, 0x9A, 0x5F);
    case EventKind::Locations: return QColor(0x8E, 0x5E, 0xA8);
    case EventKind::Balances: return QColor(0x8A, 0x6D, 0x3B);
    case EventKind::AnalystEvents: return QColor(0xE0, 0x7B, 0x1F);
    case EventKind::LeadMilestones: return QColor(0x2A, 0x93, 0x93);
    }
    return Qt::gray;
}

QColor TimelinePainter::roleColor(const QString &role)
{
    if (role == u"subject")
        return QColor(0xB7, 0x1C, 0x1C);
    if (role == u"victim")
        return QColor(0x15, 0x65, 0xC0);
    if (role == u"witness")
        return QColor(0x6A, 0x1B, 0x9A);
    if (role == u"associate")
        return QColor(0xEF, 0x6C, 0x00);
    return QColor(0x90, 0x98, 0xA4);
}

QString TimelinePainter::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Transactions: return tr("Money");
    case EventKind::Calls: return tr("Calls");
    case EventKind::Messages: return tr("Messages");
    case EventKind::Locations: return tr("Locations");
    case EventKind::Balances: return tr("Stated balances");
    case EventKind::AnalystEvents: return tr("Analyst events");
    case EventKind::LeadMilestones: return tr("Lead milestones");
    }
    return {};
}

QString TimelinePainter::roleLabel(const QString &role)
{
    if (role == u"subject")
        return tr("Subject");
    if (role == u"victim")
        return tr("Victim");
    if (role == u"witness")
        return tr("Witness");
    if (role == u"associate")
        return tr("Associate");
    return {};
}

void TimelinePainter::drawGlyph(QPainter &p, EventKind kind, QPointF c, double s)
{
    const QColor col = kindColor(kind);
    p.save();
    p.setPen(QPen(col.darker(140), 1));
    p.setBrush(col);
    const double r = s / 2;
    QPainterPath path;
    switch (kind) {
    case EventKind::Transactions: // a diamond
        path.moveTo(c.x(), c.y() - r), path.lineTo(c.x() + r, c.y()), path.lineTo(c.x(), c.y() + r), path.lineTo(c.x() - r, c.y());
        path.closeSubpath();
        break;
    case EventKind::Calls: path.addEllipse(c, r * 0.85, r * 0.85); break;
    case EventKind::Messages: path.addRoundedRect(QRectF(c.x() - r * 0.8, c.y() - r * 0.65, r * 1.6, r * 1.3), 2, 2); break;
    case EventKind::Locations: // a pin: a triangle pointing down
        path.moveTo(c.x() - r * 0.8, c.y() - r * 0.7), path.lineTo(c.x() + r * 0.8, c.y() - r * 0.7), path.lineTo(c.x(), c.y() + r);
        path.closeSubpath();
        break;
    case EventKind::Balances: path.addRect(QRectF(c.x() - r, c.y() - r * 0.3, s, r * 0.6)); break;
    case EventKind::AnalystEvents: // a star
        for (int i = 0; i < 10; ++i) {
            const double a = M_PI / 2 + i * M_PI / 5, rr = i % 2 ? r * 0.45 : r;
            const QPointF q(c.x() + rr * std::cos(a), c.y() - rr * std::sin(a));
            i ? path.lineTo(q) : path.moveTo(q);
        }
        path.closeSubpath();
        break;
    case EventKind::LeadMilestones: // a flag
        p.drawLine(QPointF(c.x() - r * 0.6, c.y() + r), QPointF(c.x() - r * 0.6, c.y() - r));
        path.moveTo(c.x() - r * 0.6, c.y() - r), path.lineTo(c.x() + r, c.y() - r * 0.5), path.lineTo(c.x() - r * 0.6, c.y());
        path.closeSubpath();
        break;
    }
    p.drawPath(path);
    p.restore();
}

QList<EventKind> TimelinePainter::laneKinds(const LaneData &lane) const
{
    if (lane.kind)
        return {*lane.kind};
    QList<EventKind> kinds;
    // The kinds the lane holds in range, one sub-row each (a lane of calls and money has two).
    for (EventKind k : m_scene.spec.filter.effectiveKinds()) {
        const QVector<qint64> c = lane.bins.counts.value(int(k));
        if (std::any_of(c.cbegin(), c.cend(), [](qint64 n) { return n > 0; }))
            kinds << k;
    }
    return kinds;
}

double TimelinePainter::laneHeight(const QRectF &lanesRect) const
{
    const int n = qMax(1, int(m_scene.lanes.size()));
    return qBound(20.0, lanesRect.height() / n, 96.0);
}

void TimelinePainter::paintLanes(QPainter &p, const QRectF &rect, double labelWidth, int hoverLane) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double h = laneHeight(rect);
    const QRectF plot(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - 8, h * m_scene.lanes.size());
    // Gridlines at the axis's ticks, under the lanes' contents.
    const Axis axis = axisTicks(m_scene.spec.fromMs, m_scene.spec.toMs, m_scene.zone, int(plot.width()));
    for (int i = 0; i < m_scene.lanes.size(); ++i) {
        const QRectF row(rect.left(), rect.top() + i * h, rect.width(), h);
        p.fillRect(row, i == hoverLane ? QColor(0xE8, 0xF0, 0xFB) : i % 2 ? QColor(0xF5, 0xF6, 0xF8) : QColor(0xFF, 0xFF, 0xFF));
    }
    for (const Tick &t : axis.ticks) {
        const double x = xOf(t.utcMs, plot.left(), plot.width());
        p.setPen(QPen(t.major ? QColor(0xB8, 0xBE, 0xC8) : QColor(0xE1, 0xE4, 0xE9), 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    for (int i = 0; i < m_scene.lanes.size(); ++i)
        paintLane(p, m_scene.lanes[i], QRectF(rect.left(), rect.top() + i * h, rect.width(), h), labelWidth);
    p.setPen(QPen(QColor(0xC9, 0xCE, 0xD6), 1));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
    p.restore();
}

void TimelinePainter::paintLane(QPainter &p, const LaneData &lane, const QRectF &row, double labelWidth) const
{
    p.setPen(QPen(QColor(0xE1, 0xE4, 0xE9), 1));
    p.drawLine(row.bottomLeft(), row.bottomRight());
    // The label: a role chip, the entity (or kind), and what the lane holds.
    const QColor chip = lane.kind ? kindColor(*lane.kind) : roleColor(lane.role);
    p.fillRect(QRectF(row.left() + 4, row.top() + 5, 4, row.height() - 10), chip);
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(0x1F, 0x27, 0x33));
    const QFontMetricsF fm(f);
    const QString name = lane.kind ? kindLabel(*lane.kind) : lane.label;
    const double textLeft = row.left() + 14, textWidth = labelWidth - 20;
    const bool twoLines = row.height() >= 34; // a narrow lane shows its name only
    p.drawText(twoLines ? QRectF(textLeft, row.top() + 3, textWidth, row.height() / 2) : QRectF(textLeft, row.top(), textWidth, row.height()),
               Qt::AlignLeft | (twoLines ? Qt::AlignBottom : Qt::AlignVCenter), fm.elidedText(name, Qt::ElideMiddle, textWidth));
    f.setBold(false);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    p.setPen(QColor(0x5F, 0x6B, 0x7A));
    QString sub = tr("%n event(s)", nullptr, int(qMin<qint64>(lane.total, INT_MAX)));
    if (!roleLabel(lane.role).isEmpty())
        sub = roleLabel(lane.role) + QStringLiteral(" · ") + sub;
    if (twoLines)
        p.drawText(QRectF(textLeft, row.top() + row.height() / 2 + 1, textWidth, row.height() / 2 - 2), Qt::AlignLeft | Qt::AlignTop,
               QFontMetricsF(f).elidedText(sub, Qt::ElideRight, textWidth));
    f.setPointSizeF(f.pointSizeF() / 0.85);
    p.setFont(f);
    const QRectF plot(row.left() + labelWidth, row.top() + 4, row.width() - labelWidth - 8, row.height() - 8);
    p.save();
    p.setClipRect(plot.adjusted(-8, -4, 8, 4));
    lane.drawsEvents() ? paintEvents(p, lane, plot) : paintBins(p, lane, plot);
    p.restore();
}

void TimelinePainter::paintBins(QPainter &p, const LaneData &lane, const QRectF &plot) const
{
    // Too many events to draw one by one: per bin, a bar as high as log(count) against the lane's busiest
    // bin, in the colours of the kinds it holds (stacked in proportion).
    const Histogram &h = lane.bins;
    const QVector<qint64> sum = h.sum();
    const qint64 max = sum.isEmpty() ? 0 : *std::max_element(sum.cbegin(), sum.cend());
    if (max <= 0)
        return;
    const QList<EventKind> kinds = laneKinds(lane);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < sum.size(); ++i) {
        if (sum[i] <= 0)
            continue;
        const double x0 = qMax(plot.left(), xOf(h.binStart(i), plot.left(), plot.width()));
        const double x1 = qMin(plot.right(), xOf(h.binStart(i) + h.binMs, plot.left(), plot.width()));
        const double w = qMax(1.0, x1 - x0 - (x1 - x0 > 3 ? 0.6 : 0));
        const double height = qMax(2.0, plot.height() * std::log1p(double(sum[i])) / std::log1p(double(max)));
        double y = plot.bottom();
        for (EventKind k : kinds) {
            const qint64 n = h.counts[int(k)].value(i);
            if (n <= 0)
                continue;
            const double part = height * double(n) / double(sum[i]);
            p.setBrush(kindColor(k));
            p.drawRect(QRectF(x0, y - part, w, part));
            y -= part;
        }
    }
}

void TimelinePainter::paintEvents(QPainter &p, const LaneData &lane, const QRectF &plot) const
{
    const QList<EventKind> kinds = laneKinds(lane);
    const double rowH = plot.height() / qMax(1, int(kinds.size()));
    const double glyph = qBound(7.0, rowH * 0.8, 13.0);
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    for (const Cluster &c : clusters(lane, *this, plot.left(), plot.width())) {
        const int row = qMax(0, int(kinds.indexOf(c.kind)));
        const QPointF centre(c.x, plot.top() + rowH * (row + 0.5));
        if (m_selected && m_selected->first == c.kind) {
            int seen = 0;
            for (int i = c.first; i < lane.events.size() && seen < c.count; ++i) {
                if (lane.events[i].kind != c.kind)
                    continue;
                ++seen;
                if (lane.events[i].id == m_selected->second) {
                    p.setPen(QPen(QColor(0xF5, 0xA6, 0x23), 3));
                    p.setBrush(Qt::NoBrush);
                    p.drawEllipse(centre, glyph * 0.5 + 5, glyph * 0.5 + 5);
                    break;
                }
            }
        }
        if (c.count == 1) {
            drawGlyph(p, c.kind, centre, glyph);
            continue;
        }
        // Several events on one spot: a badge with how many.
        p.setFont(small);
        const QString n = countText(c.count);
        const double w = QFontMetricsF(small).horizontalAdvance(n) + 8, hh = qMin(glyph + 4, rowH);
        const QRectF badge(centre.x() - w / 2, centre.y() - hh / 2, w, hh);
        p.setPen(QPen(kindColor(c.kind).darker(130), 1));
        p.setBrush(kindColor(c.kind));
        p.drawRoundedRect(badge, hh / 2, hh / 2);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, n);
    }
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() / 0.8);
    p.setFont(small);
}

TimelinePainter::Hit TimelinePainter::hitTest(const QRectF &lanesRect, double labelWidth, QPointF pos) const
{
    Hit hit;
    const double h = laneHeight(lanesRect);
    const int lane = int((pos.y() - lanesRect.top()) / h);
    if (pos.y() < lanesRect.top() || lane < 0 || lane >= m_scene.lanes.size())
        return hit;
    hit.lane = lane;
    const LaneData &l = m_scene.lanes[lane];
    const QRectF plot(lanesRect.left() + labelWidth, lanesRect.top() + lane * h + 4, lanesRect.width() - labelWidth - 8, h - 8);
    if (pos.x() < plot.left() - 6)
        return hit;
    if (l.drawsEvents()) {
        const QList<EventKind> kinds = laneKinds(l);
        const double rowH = plot.height() / qMax(1, int(kinds.size()));
        double best = 10;
        for (const Cluster &c : clusters(l, *this, plot.left(), plot.width())) {
            const double cy = plot.top() + rowH * (qMax(0, int(kinds.indexOf(c.kind))) + 0.5);
            const double d = std::hypot(c.x - pos.x(), cy - pos.y());
            if (d < best) {
                best = d;
                hit.event = c.first;
                hit.count = c.count;
            }
        }
        if (hit.event >= 0) {
            hit.text = describe(l.events[hit.event]);
            if (hit.count > 1)
                hit.text = tr("%n events here; zoom in to see each. The first:", nullptr, int(hit.count)) + u'\n' + hit.text;
        }
        return hit;
    }
    const qint64 t = timeAt(pos.x(), plot.left(), plot.width());
    const int bin = int((t - l.bins.firstBinMs) / qMax<qint64>(1, l.bins.binMs));
    if (bin < 0 || bin >= l.bins.binCount())
        return hit;
    hit.bin = bin;
    QStringList parts;
    for (EventKind k : laneKinds(l))
        if (const qint64 n = l.bins.counts[int(k)].value(bin))
            parts << QStringLiteral("%1: %2").arg(kindLabel(k), m_locale.toString(n)), hit.count += n;
    const qint64 b0 = qMax(l.bins.binStart(bin), m_scene.spec.fromMs), b1 = qMin(l.bins.binStart(bin) + l.bins.binMs, m_scene.spec.toMs);
    hit.text = tr("%1 to %2").arg(casefile::displayTime(b0, m_scene.zone), casefile::displayTime(b1, m_scene.zone)) + u'\n' +
               (parts.isEmpty() ? tr("no events") : parts.join(QStringLiteral("\n")));
    return hit;
}

QString TimelinePainter::describe(const Event &e) const
{
    QStringList lines;
    lines << kindLabel(e.kind) + QStringLiteral(" · ") + casefile::displayTime(e.timeUtcMs, m_scene.zone);
    QStringList what;
    if (e.amountMinor)
        what << casefile::formatMinor(*e.amountMinor, e.currency) + u' ' + e.currency;
    if (e.durationS)
        what << casefile::formatDuration(*e.durationS);
    if (!e.direction.isEmpty())
        what << e.direction;
    if (!what.isEmpty())
        lines << what.join(QStringLiteral(" · "));
    if (e.owner && m_scene.labels.contains(e.owner))
        lines << tr("Of: %1").arg(m_scene.labels.value(e.owner));
    if (e.other && m_scene.labels.contains(e.other))
        lines << tr("With: %1").arg(m_scene.labels.value(e.other));
    if (!e.text.isEmpty())
        lines << e.text.left(160);
    const int off = e.offsetS;
    const QString offset = QStringLiteral("UTC%1%2:%3").arg(QLatin1Char(off < 0 ? '-' : '+')).arg(qAbs(off) / 3600, 2, 10, QLatin1Char('0')).arg(qAbs(off) % 3600 / 60, 2, 10, QLatin1Char('0'));
    if (!e.sourceFile.isEmpty())
        lines << tr("Source: %1, %2 (recorded at %3)").arg(e.sourceFile, e.locator, offset);
    return lines.join(u'\n');
}

} // namespace cb::widgets
