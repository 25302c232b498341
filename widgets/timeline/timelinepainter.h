#pragma once
// The one painter of the timeline: the workbench's view, the exported PNG/SVG/PDF and the evidence
// packet's page all draw a Scene (casefile/timeline/timelinescene.h) through it. The density strip is a
// QtCharts chart rendered into the same painter; lanes, glyphs, count badges, the axis in the display zone,
// the legend and the title block (case, period, zone, filters) are drawn here.
#include "timeline/axis.h"
#include "timeline/timelinescene.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QRectF>

namespace cb::widgets {

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(cb::widgets::TimelinePainter)
public:
    explicit TimelinePainter(const casefile::timeline::Scene &scene, const QLocale &locale = QLocale());
    // An event to mark (the record selected in the workbench).
    void setSelected(std::optional<std::pair<casefile::timeline::EventKind, qint64>> selected) { m_selected = selected; }

    // The whole picture, standing on its own in a report: title block, density, lanes, axis, legend.
    void paintPicture(QPainter &p, const QRectF &rect) const;

    // The pieces, for the screen. plot is the time axis's horizontal extent (x = from .. to).
    void paintDensity(QPainter &p, const QRectF &rect) const;
    void paintLanes(QPainter &p, const QRectF &rect, double labelWidth, int hoverLane = -1) const;
    void paintAxis(QPainter &p, const QRectF &rect, double labelWidth) const;
    void paintLegend(QPainter &p, const QRectF &rect) const;
    QStringList titleLines() const;

    struct Hit
    {
        int lane = -1;
        int event = -1; // index into the lane's events
        int bin = -1;
        qint64 count = 0;
        QString text;   // what a tooltip says
    };
    Hit hitTest(const QRectF &lanesRect, double labelWidth, QPointF pos) const;
    double laneHeight(const QRectF &lanesRect) const;
    double labelWidthFor(const QFont &font) const; // the label column a picture needs

    double xOf(qint64 ms, double left, double width) const;
    qint64 timeAt(double x, double left, double width) const;

    static QColor kindColor(casefile::timeline::EventKind kind);
    static QColor roleColor(const QString &role);
    static QString kindLabel(casefile::timeline::EventKind kind);
    static QString roleLabel(const QString &role);
    static void drawGlyph(QPainter &p, casefile::timeline::EventKind kind, QPointF centre, double size);
    QString tickLabel(const casefile::timeline::Tick &t, casefile::timeline::TimeUnit unit, bool withContext) const;
    QString zoneLabel() const;
    static QString binText(qint64 ms); // "hour", "6 hours", "week"
    QString utcNote(qint64 binMs) const; // " (UTC days)" for day-or-longer bins in a zone not at UTC // "Asia/Shanghai (UTC+08:00)"
    QString describe(const casefile::timeline::Event &e) const;

    static constexpr double DefaultLabelWidth = 190;

private:
    void paintLane(QPainter &p, const casefile::timeline::LaneData &lane, const QRectF &row, double labelWidth) const;
    void paintBins(QPainter &p, const casefile::timeline::LaneData &lane, const QRectF &plot) const;
    void paintEvents(QPainter &p, const casefile::timeline::LaneData &lane, const QRectF &plot) const;
    QList<casefile::timeline::EventKind> laneKinds(const casefile::timeline::LaneData &lane) const;
    void renderChart(QPainter &p, const QRectF &rect, const QList<QPointF> &steps, double yMax) const;
    void drawSteps(QPainter &p, const QRectF &rect, const QList<QPointF> &steps, double yMax) const;

    const casefile::timeline::Scene &m_scene;
    QLocale m_locale;
    std::optional<std::pair<casefile::timeline::EventKind, qint64>> m_selected;
};

} // namespace cb::widgets
