// The timeline's picture around the lanes: the density strip (QtCharts), the axis in the display zone,
// the legend and the title block that make an exported image stand on its own.
#include "timeline/timelinepainter.h"

#include "money.h"
#include "timeutil.h"

#include <QApplication>
#include <QAreaSeries>
#include <QPainterPath>
#include <QThread>
#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QValueAxis>

namespace cb::widgets {

using namespace casefile::timeline;

namespace {

// QtCharts draws through a QGraphicsScene, which belongs to a QApplication's GUI thread.
bool chartsUsable()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) && QThread::currentThread() == QCoreApplication::instance()->thread();
}

QString offsetText(int s)
{
    return QStringLiteral("UTC%1%2:%3")
        .arg(QLatin1Char(s < 0 ? '-' : '+'))
        .arg(qAbs(s) / 3600, 2, 10, QLatin1Char('0'))
        .arg(qAbs(s) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString TimelinePainter::binText(qint64 ms)
{
    if (ms % 604'800'000 == 0)
        return ms == 604'800'000 ? tr("week") : tr("%n week(s)", nullptr, int(ms / 604'800'000));
    if (ms % 86'400'000 == 0)
        return ms == 86'400'000 ? tr("day") : tr("%n day(s)", nullptr, int(ms / 86'400'000));
    if (ms % 3'600'000 == 0)
        return ms == 3'600'000 ? tr("hour") : tr("%n hour(s)", nullptr, int(ms / 3'600'000));
    if (ms % 60'000 == 0)
        return ms == 60'000 ? tr("minute") : tr("%n minute(s)", nullptr, int(ms / 60'000));
    if (ms % 1000 == 0)
        return ms == 1000 ? tr("second") : tr("%n second(s)", nullptr, int(ms / 1000));
    return tr("%n millisecond(s)", nullptr, int(ms));
}

// Bins of a day or longer are counted from UTC midnight: said, where the zone's day starts elsewhere.
QString TimelinePainter::utcNote(qint64 binMs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_scene.spec.fromMs, QTimeZone::utc());
    if (binMs < 86'400'000 || m_scene.zone.offsetFromUtc(at) == 0)
        return {};
    return tr(" (UTC days)");
}

QString TimelinePainter::zoneLabel() const
{
    const QDateTime a = QDateTime::fromMSecsSinceEpoch(m_scene.spec.fromMs, QTimeZone::utc());
    const QDateTime b = QDateTime::fromMSecsSinceEpoch(m_scene.spec.toMs, QTimeZone::utc());
    const int oa = m_scene.zone.offsetFromUtc(a), ob = m_scene.zone.offsetFromUtc(b);
    QString offsets = offsetText(oa);
    const auto changes = m_scene.zone.transitions(a, b);
    if (!changes.isEmpty()) {
        int other = ob;
        for (const QTimeZone::OffsetData &c : changes)
            if (c.offsetFromUtc != oa) {
                other = c.offsetFromUtc;
                break;
            }
        offsets = tr("%1 and %2, changing in this period").arg(offsetText(oa), offsetText(other));
    }
    return QStringLiteral("%1 (%2)").arg(m_scene.zoneId, offsets);
}

QString TimelinePainter::tickLabel(const Tick &t, TimeUnit unit, bool withContext) const
{
    const QDateTime &d = t.local;
    switch (unit) {
    case TimeUnit::Year: return d.toString(QStringLiteral("yyyy"));
    case TimeUnit::Month: return m_locale.toString(d, withContext || d.date().month() == 1 ? tr("MMM yyyy") : tr("MMM"));
    case TimeUnit::Day: return m_locale.toString(d, withContext || d.date().day() == 1 ? tr("d MMM yyyy") : tr("d MMM"));
    case TimeUnit::Hour:
    case TimeUnit::Minute: return m_locale.toString(d, withContext || t.major ? tr("d MMM HH:mm") : QStringLiteral("HH:mm"));
    case TimeUnit::Second: return m_locale.toString(d, withContext ? tr("d MMM HH:mm:ss") : QStringLiteral("HH:mm:ss"));
    case TimeUnit::Millisecond: return m_locale.toString(d, withContext ? tr("d MMM HH:mm:ss.zzz") : QStringLiteral("ss.zzz"));
    }
    return {};
}

QStringList TimelinePainter::titleLines() const
{
    QStringList lines;
    const QString name = m_scene.caseNumber.isEmpty() ? m_scene.caseTitle : m_scene.caseNumber + QStringLiteral(" · ") + m_scene.caseTitle;
    lines << tr("Timeline · %1").arg(name);
    lines << tr("%1 to %2 · times in %3 · %n event(s)", nullptr, int(qMin<qint64>(m_scene.total(), INT_MAX)))
                 .arg(casefile::displayTime(m_scene.spec.fromMs, m_scene.zone), casefile::displayTime(m_scene.spec.toMs, m_scene.zone),
                      zoneLabel());
    QStringList filters;
    QStringList kinds;
    for (EventKind k : m_scene.spec.filter.effectiveKinds())
        kinds << kindLabel(k);
    filters << (m_scene.spec.filter.kinds.isEmpty() ? tr("all kinds") : tr("kinds: %1").arg(kinds.join(QStringLiteral(", "))));
    filters << (m_scene.spec.lanes == LaneMode::Kind ? tr("lanes by kind") : tr("lanes by entity (merged identities as one)"));
    const Filter &f = m_scene.spec.filter;
    if (!f.sources.isEmpty())
        filters << tr("%n source(s) only", nullptr, int(f.sources.size()));
    if (!f.roles.isEmpty()) {
        QStringList roles;
        for (const QString &r : f.roles)
            roles << roleLabel(r);
        filters << tr("taking part: %1").arg(roles.join(QStringLiteral(", ")));
    }
    if (!f.tags.isEmpty())
        filters << tr("tagged %1").arg(f.tags.join(QStringLiteral(", ")));
    if (f.hasAmountRange()) {
        const QString lo = f.minAmountMinor ? casefile::formatMinor(*f.minAmountMinor, f.currency) : QStringLiteral("0");
        filters << (f.maxAmountMinor ? tr("amounts %1 to %2 %3").arg(lo, casefile::formatMinor(*f.maxAmountMinor, f.currency), f.currency)
                                     : tr("amounts from %1 %2").arg(lo, f.currency));
    }
    if (!f.text.isEmpty())
        filters << tr("containing \"%1\"").arg(f.text);
    lines << tr("Shown: %1").arg(filters.join(QStringLiteral(" · ")));
    return lines;
}

void TimelinePainter::paintDensity(QPainter &p, const QRectF &rect) const
{
    // The overview: events per bin over the whole range, drawn by QtCharts into this painter.
    const Histogram &h = m_scene.density;
    const QVector<qint64> sum = h.sum();
    const qint64 max = sum.isEmpty() ? 0 : *std::max_element(sum.cbegin(), sum.cend());
    const bool log = m_scene.spec.logScale;
    auto value = [&](qint64 n) { return log ? std::log10(1.0 + double(n)) : double(n); };
    const double yMax = qMax(value(max), 1.0) * 1.08;
    p.fillRect(rect, QColor(0xF7, 0xF8, 0xFA));
    QList<QPointF> steps; // (time, height) at both ends of every bin
    for (int i = 0; i < sum.size(); ++i) {
        steps << QPointF(double(qMax(h.binStart(i), m_scene.spec.fromMs)), value(sum[i]));
        steps << QPointF(double(qMin(h.binStart(i) + h.binMs, m_scene.spec.toMs)), value(sum[i]));
    }
    if (chartsUsable())
        renderChart(p, rect, steps, yMax);
    else
        drawSteps(p, rect, steps, yMax);
    p.setPen(QPen(QColor(0xD5, 0xD9, 0xE0), 1));
    p.drawLine(rect.bottomLeft(), rect.bottomRight());
    // What the strip's height means.
    p.save();
    QFont f = p.font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    p.setPen(QColor(0x44, 0x4E, 0x5C));
    const QString scale = log ? tr("log scale") : tr("linear");
    p.drawText(rect.adjusted(6, 3, -6, -3), Qt::AlignRight | Qt::AlignTop,
               tr("Events per %1 · highest %2 · %3").arg(binText(h.binMs) + utcNote(h.binMs), m_locale.toString(max), scale));
    p.restore();
}

// The density as a QtCharts area series, rendered into the painter through a graphics scene.
void TimelinePainter::renderChart(QPainter &p, const QRectF &rect, const QList<QPointF> &steps, double yMax) const
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    auto *upper = new QLineSeries;
    upper->append(steps);
    auto *area = new QAreaSeries(upper);
    area->setColor(QColor(0x5B, 0x7D, 0xB1, 170));
    area->setBorderColor(QColor(0x34, 0x56, 0x8B));
    chart->addSeries(area);
    auto *x = new QValueAxis, *y = new QValueAxis;
    x->setRange(double(m_scene.spec.fromMs), double(m_scene.spec.toMs));
    y->setRange(0, yMax);
    for (QValueAxis *a : {x, y}) {
        a->setVisible(false);
        a->setGridLineVisible(false);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    chart->legend()->hide();
    chart->setBackgroundVisible(false); // the painter fills it, exactly on the axis's extent
    chart->setMargins(QMargins());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    chart->setPlotArea(QRectF(QPointF(0, 0), rect.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    scene.render(&p, rect, scene.sceneRect());
}

// The same steps drawn directly: a packet is built on a worker thread, where a graphics scene may not be used.
void TimelinePainter::drawSteps(QPainter &p, const QRectF &rect, const QList<QPointF> &steps, double yMax) const
{
    QPainterPath path(QPointF(rect.left(), rect.bottom()));
    for (const QPointF &s : steps)
        path.lineTo(xOf(qint64(s.x()), rect.left(), rect.width()), rect.bottom() - rect.height() * s.y() / yMax);
    path.lineTo(rect.right(), rect.bottom());
    path.closeSubpath();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x34, 0x56, 0x8B), 1));
    p.setBrush(QColor(0x5B, 0x7D, 0xB1, 170));
    p.drawPath(path);
    p.restore();
}

void TimelinePainter::paintAxis(QPainter &p, const QRectF &rect, double labelWidth) const
{
    p.save();
    const QRectF plot(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - 8, rect.height());
    const Axis axis = axisTicks(m_scene.spec.fromMs, m_scene.spec.toMs, m_scene.zone, int(plot.width()));
    p.setPen(QPen(QColor(0x8A, 0x93, 0xA0), 1));
    p.drawLine(plot.topLeft(), plot.topRight());
    QFont f = p.font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    const QFontMetricsF fm(f);
    double lastRight = -1e9;
    for (int i = 0; i < axis.ticks.size(); ++i) {
        const Tick &t = axis.ticks[i];
        const double x = xOf(t.utcMs, plot.left(), plot.width());
        p.setPen(QPen(QColor(0x8A, 0x93, 0xA0), t.major ? 1.5 : 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + (t.major ? 7 : 4)));
        const QString label = tickLabel(t, axis.unit, i == 0);
        const double w = fm.horizontalAdvance(label);
        if (x - w / 2 < lastRight + 6 || x + w / 2 > plot.right() + 20)
            continue;
        f.setBold(t.major || i == 0);
        p.setFont(f);
        p.setPen(QColor(0x2B, 0x33, 0x3F));
        p.drawText(QRectF(x - w / 2 - 10, plot.top() + 8, w + 20, fm.height() + 2), Qt::AlignHCenter | Qt::AlignTop, label);
        lastRight = x + w / 2;
    }
    // The zone, always named on the view.
    f.setBold(false);
    p.setFont(f);
    p.setPen(QColor(0x5F, 0x6B, 0x7A));
    p.drawText(QRectF(rect.left() + 4, plot.top() + 8, labelWidth - 10, fm.height() * 2 + 4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("Time (%1)").arg(m_scene.zoneId));
    p.restore();
}

void TimelinePainter::paintLegend(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = p.font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    const QFontMetricsF fm(f);
    double x = rect.left() + 4;
    const double cy = rect.center().y();
    for (EventKind k : m_scene.spec.filter.effectiveKinds()) {
        drawGlyph(p, k, QPointF(x + 6, cy), 11);
        p.setPen(QColor(0x2B, 0x33, 0x3F));
        const QString label = kindLabel(k);
        p.drawText(QPointF(x + 16, cy + fm.ascent() / 2 - 1), label);
        x += 16 + fm.horizontalAdvance(label) + 16;
    }
    const QString note = tr("A number in a badge counts events too close to draw apart; bars count events per bin (height on a log scale).");
    p.setPen(QColor(0x5F, 0x6B, 0x7A));
    p.drawText(QRectF(x + 8, rect.top(), rect.right() - x - 8, rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(note, Qt::ElideRight, rect.right() - x - 8));
    p.restore();
}

// Wide enough for the longest lane name in bold (a 19-digit card number), within reason.
double TimelinePainter::labelWidthFor(const QFont &font) const
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    double widest = 0;
    for (const LaneData &l : m_scene.lanes)
        widest = qMax(widest, fm.horizontalAdvance(l.kind ? kindLabel(*l.kind) : l.label));
    return qBound(DefaultLabelWidth, widest + 24, DefaultLabelWidth * 1.5);
}

void TimelinePainter::paintPicture(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.fillRect(rect, Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF r = rect.adjusted(20, 16, -20, -12);
    const QStringList title = titleLines();
    QFont base = p.font();
    QFont big = base;
    big.setPointSizeF(base.pointSizeF() * 1.45);
    big.setBold(true);
    p.setFont(big);
    p.setPen(QColor(0x14, 0x1B, 0x26));
    const double bigH = QFontMetricsF(big).height();
    p.drawText(QRectF(r.left(), r.top(), r.width(), bigH), Qt::AlignLeft | Qt::AlignVCenter, title.value(0));
    p.setFont(base);
    p.setPen(QColor(0x44, 0x4E, 0x5C));
    const double lineH = QFontMetricsF(base).height();
    double y = r.top() + bigH + 4;
    for (int i = 1; i < title.size(); ++i, y += lineH + 2)
        p.drawText(QRectF(r.left(), y, r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(base).elidedText(title[i], Qt::ElideRight, r.width()));
    y += 8;
    const double label = labelWidthFor(p.font()), axisH = lineH * 2 + 14, legendH = lineH + 10;
    const double densityH = qBound(48.0, r.height() * 0.13, 110.0);
    paintDensity(p, QRectF(r.left() + label, y, r.width() - label - 8, densityH));
    p.setPen(QColor(0x5F, 0x6B, 0x7A));
    p.drawText(QRectF(r.left() + 4, y, label - 12, densityH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, tr("All events in view"));
    y += densityH + 8;
    const double lanesH = r.bottom() - y - axisH - legendH;
    const QRectF lanes(r.left(), y, r.width(), lanesH);
    paintLanes(p, lanes, label);
    const double used = laneHeight(lanes) * m_scene.lanes.size();
    paintAxis(p, QRectF(r.left(), y + used, r.width(), axisH), label);
    paintLegend(p, QRectF(r.left(), y + used + axisH, r.width(), legendH));
    p.restore();
}

} // namespace cb::widgets
