#include "timelinecanvas.h"

#include "timelineview.h"
#include "timeutil.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace cb::widgets {

using namespace casefile::timeline;

namespace {
constexpr double Top = 6, DensityH = 64, Gap = 6, AxisH = 40;
}

TimelineCanvas::TimelineCanvas(TimelineView *view) : QWidget(view), m_view(view)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineCanvas::setScene(std::optional<Scene> scene)
{
    m_scene = std::move(scene);
    update();
}

void TimelineCanvas::setSelected(std::optional<std::pair<EventKind, qint64>> selected)
{
    m_selected = selected;
    update();
}

int TimelineCanvas::plotWidth() const
{
    return qMax(100, int(width() - TimelinePainter::DefaultLabelWidth - 8));
}

QRectF TimelineCanvas::densityRect() const
{
    return QRectF(TimelinePainter::DefaultLabelWidth, Top, plotWidth(), DensityH);
}

QRectF TimelineCanvas::lanesRect() const
{
    const double top = Top + DensityH + Gap;
    return QRectF(0, top, width(), qMax(40.0, height() - top - AxisH));
}

qint64 TimelineCanvas::timeAtX(double x) const
{
    const ViewSpec v = m_scene ? m_scene->spec : m_view->view();
    const double f = (x - TimelinePainter::DefaultLabelWidth) / plotWidth();
    return v.fromMs + qint64(f * double(v.toMs - v.fromMs));
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_scene) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Open a case to see its events on a time axis."));
        return;
    }
    TimelinePainter painter(*m_scene, locale());
    painter.setSelected(m_selected);
    painter.paintDensity(p, densityRect());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(8, Top, TimelinePainter::DefaultLabelWidth - 16, DensityH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               tr("All events in view\n(drag here to zoom)"));
    const QRectF lanes = lanesRect();
    painter.paintLanes(p, lanes, TimelinePainter::DefaultLabelWidth, m_hoverLane);
    const double used = painter.laneHeight(lanes) * m_scene->lanes.size();
    painter.paintAxis(p, QRectF(0, lanes.top() + used, width(), AxisH), TimelinePainter::DefaultLabelWidth);
    if (m_drag == Drag::Brush) {
        const double a = qMin(m_pressAt.x(), m_dragAt.x()), b = qMax(m_pressAt.x(), m_dragAt.x());
        const QRectF band(a, Top, b - a, lanes.top() + used - Top);
        p.fillRect(band, QColor(0x2F, 0x6D, 0xB5, 40));
        p.setPen(QPen(QColor(0x2F, 0x6D, 0xB5), 1, Qt::DashLine));
        p.drawRect(band);
    }
}

void TimelineCanvas::wheelEvent(QWheelEvent *e)
{
    const double notches = e->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    if (e->modifiers() & Qt::ShiftModifier)
        m_view->panBy(-notches * 0.1);
    else
        m_view->zoomBy(std::pow(0.8, notches), timeAtX(e->position().x()));
    e->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_pressAt = m_dragAt = e->position();
    m_moved = false;
    m_drag = densityRect().adjusted(0, 0, 0, Gap).contains(e->position()) || (e->modifiers() & Qt::ControlModifier) ? Drag::Brush : Drag::Pan;
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *e)
{
    if (m_drag == Drag::None) {
        if (!m_scene)
            return;
        const TimelinePainter painter(*m_scene, locale());
        const TimelinePainter::Hit hit = painter.hitTest(lanesRect(), TimelinePainter::DefaultLabelWidth, e->position());
        if (hit.lane != m_hoverLane) {
            m_hoverLane = hit.lane;
            update();
        }
        if (!hit.text.isEmpty())
            QToolTip::showText(e->globalPosition().toPoint(), hit.text, this);
        else
            QToolTip::hideText();
        return;
    }
    if ((e->position() - m_pressAt).manhattanLength() > 3)
        m_moved = true;
    if (m_drag == Drag::Pan && m_moved) {
        const double dx = e->position().x() - m_dragAt.x();
        m_dragAt = e->position();
        m_view->panBy(-dx / plotWidth());
    } else {
        m_dragAt = e->position();
        update();
    }
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Brush && m_moved) {
        const qint64 a = timeAtX(qMin(m_pressAt.x(), e->position().x())), b = timeAtX(qMax(m_pressAt.x(), e->position().x()));
        update();
        if (b - a >= 1000)
            m_view->zoomTo(a, b);
        return;
    }
    update();
    if (m_moved || !m_scene)
        return;
    // A click: the event under the mouse becomes the selected record.
    const TimelinePainter painter(*m_scene, locale());
    const TimelinePainter::Hit hit = painter.hitTest(lanesRect(), TimelinePainter::DefaultLabelWidth, e->position());
    if (hit.lane >= 0 && hit.event >= 0) {
        const Event &ev = m_scene->lanes[hit.lane].events[hit.event];
        m_selected = std::pair{ev.kind, ev.id};
        emit eventClicked(ev.kind, ev.id);
    } else if (hit.lane >= 0 && hit.bin >= 0) {
        // A bar: zoom to its bin.
        const Histogram &h = m_scene->lanes[hit.lane].bins;
        m_view->zoomTo(h.binStart(hit.bin), h.binStart(hit.bin) + h.binMs);
    }
}

void TimelineCanvas::keyPressEvent(QKeyEvent *e)
{
    const ViewSpec v = m_view->view();
    const qint64 mid = v.fromMs + (v.toMs - v.fromMs) / 2;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_view->zoomBy(0.5, mid); break;
    case Qt::Key_Minus: m_view->zoomBy(2.0, mid); break;
    case Qt::Key_Left: m_view->panBy(-0.25); break;
    case Qt::Key_Right: m_view->panBy(0.25); break;
    case Qt::Key_Home: m_view->fit(); break;
    default: QWidget::keyPressEvent(e); return;
    }
    e->accept();
}

void TimelineCanvas::leaveEvent(QEvent *e)
{
    m_hoverLane = -1;
    update();
    QWidget::leaveEvent(e);
}

HeatmapCanvas::HeatmapCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
}

void HeatmapCanvas::setPicture(std::optional<HeatmapPicture> picture)
{
    m_picture = std::move(picture);
    update();
}

void HeatmapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_picture)
        return;
    const HeatmapPainter painter(*m_picture, locale());
    // The period and the zone the hours are counted in, above the grid.
    const QString caption = HeatmapPainter::tr("%1 to %2 · hours in %3")
                                .arg(casefile::displayTime(m_picture->fromMs, m_picture->displayZone),
                                     casefile::displayTime(m_picture->toMs, m_picture->displayZone), m_picture->zoneText);
    const double lineH = QFontMetricsF(p.font()).height();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(12, 6, width() - 24, lineH), Qt::AlignLeft | Qt::AlignVCenter, caption);
    painter.paintGrid(p, QRectF(rect()).adjusted(12, 12 + lineH, -12, -8));
}

} // namespace cb::widgets
