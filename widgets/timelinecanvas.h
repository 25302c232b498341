#pragma once
// The timeline panel's drawing surfaces: the canvas (density strip, lanes, axis; wheel, keys, brush and
// drag) and the heatmap grid. Both draw through the shared painters (timeline/).
#include "timeline/heatmappainter.h"
#include "timeline/timelinepainter.h"

#include <QWidget>
#include <optional>

namespace cb::widgets {

class TimelineView;

class TimelineCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineCanvas(TimelineView *view);
    void setScene(std::optional<casefile::timeline::Scene> scene);
    const std::optional<casefile::timeline::Scene> &scene() const { return m_scene; }
    void setSelected(std::optional<std::pair<casefile::timeline::EventKind, qint64>> selected);
    int plotWidth() const; // pixels of the time axis
    QRectF densityRect() const;
    QRectF lanesRect() const;

signals:
    void eventClicked(cb::casefile::timeline::EventKind kind, qint64 id);

protected:
    void paintEvent(QPaintEvent *) override;
    void wheelEvent(QWheelEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void leaveEvent(QEvent *e) override;

private:
    qint64 timeAtX(double x) const;

    TimelineView *m_view;
    std::optional<casefile::timeline::Scene> m_scene;
    std::optional<std::pair<casefile::timeline::EventKind, qint64>> m_selected;
    enum class Drag { None, Pan, Brush } m_drag = Drag::None;
    QPointF m_pressAt, m_dragAt;
    bool m_moved = false;
    int m_hoverLane = -1;
};

class HeatmapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapCanvas(QWidget *parent = nullptr);
    void setPicture(std::optional<HeatmapPicture> picture);
    const std::optional<HeatmapPicture> &picture() const { return m_picture; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    std::optional<HeatmapPicture> m_picture;
};

} // namespace cb::widgets
