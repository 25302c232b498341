#pragma once
// The one painter of the link chart: the workbench's items, the exported PNG/SVG/PDF and the evidence
// packet's page all draw nodes and links through it. A node is its kind's icon in a disc of the kind's
// colour, ringed in its role's colour, with its label under it and a badge when it has more partners than
// the chart shows; a link's width grows with its volume, arrows show which way the calls or the money went.
#include "chart/chart.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QStaticText>

namespace cb::widgets {

class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(cb::widgets::ChartPainter)
public:
    explicit ChartPainter(const casefile::chart::Chart &chart, const QLocale &locale = QLocale());

    // The whole picture standing on its own: title block, the chart fitted into the rest, legend.
    void paintPicture(QPainter &p, const QRectF &rect) const;
    QStringList titleLines() const;
    void setHighlighted(const QList<int> &path) { m_path = path; } // a shortest path, drawn over the rest

    // The pieces, in chart coordinates (points), for the screen's items and the picture.
    // lod: the view's scale; under 0.45 labels drop out, under 0.2 icons too.
    // label: the node's label laid out once (nodeLabelText), for views that draw the same node many times.
    static void paintNode(QPainter &p, const casefile::chart::ChartNode &node, int shownLinks, double lod, bool selected, bool highlighted,
                          const QStaticText *label = nullptr);
    static QStaticText nodeLabelText(const casefile::chart::ChartNode &node, const QFont &base);
    static QFont nodeLabelFont(const casefile::chart::ChartNode &node, const QFont &base);
    static void paintLink(QPainter &p, const casefile::chart::ChartLink &link, QPointF a, QPointF b, double lod, bool highlighted);
    // paintLink's parts, for views that draw many links in a few batches: the line between the two nodes'
    // rims (null when they touch), its pen, and its arrows (or a refuted link's cross).
    static QLineF linkLine(QPointF a, QPointF b);
    static QPen linkPen(const casefile::chart::ChartLink &link, double lod, bool highlighted);
    static void paintLinkEnds(QPainter &p, const casefile::chart::ChartLink &link, const QLineF &line, const QPen &pen, double lod);
    static constexpr double DetailLod = 0.5; // icons, arrows, badges and antialiasing from this scale on
    static void paintLinkLabel(QPainter &p, const casefile::chart::ChartLink &link, const QRectF &box, bool highlighted, const QLocale &locale);
    // Where each link's label goes (link index -> box): clear of every node and other label, or left out.
    static QHash<int, QRectF> linkLabelBoxes(const casefile::chart::Chart &chart, const QFont &font, const QLocale &locale);
    static QFont linkLabelFont(const QFont &base);
    // A font of `points` at a 9-point base: the same proportions on screen, in files and on the packet's page.
    static QFont sized(const QFont &base, double points);
    static void paintGroupBox(QPainter &p, const QRectF &box, const QString &name);
    // A kind's icon (resources/entities/KIND.svg) in ink, size across, centred: paths through the painter, so
    // vector in SVG and PDF. entityIcon: the same drawing for the workbench's lists.
    static void drawIcon(QPainter &p, const QString &kind, QPointF centre, double size, const QColor &ink);
    static QIcon entityIcon(const QString &kind, const QColor &ink);
    void paintLegend(QPainter &p, const QRectF &rect) const;

    static QColor kindColor(const QString &entityKind);
    static QColor linkColor(const casefile::chart::ChartLink &link);
    static double linkWidth(const casefile::chart::ChartLink &link);
    static QString kindLabel(const QString &entityKind);
    static QString linkKindLabel(const QString &kind);
    static QString linkText(const casefile::chart::ChartLink &link, const QLocale &locale = QLocale()); // "2 calls, 3 min"
    static QString linkTooltip(const casefile::chart::Chart &chart, const casefile::chart::ChartLink &link, const QLocale &locale = QLocale());
    static QString amountText(qint64 minor, const QString &currency, const QLocale &locale); // "1,800.00", exact
    static QString durationText(qint64 seconds);
    static QString nodeTooltip(const casefile::chart::ChartNode &node, int shownLinks);
    static QString displayLabel(const casefile::chart::ChartNode &node); // elided in the middle past 22 characters
    static QRectF nodeRect(const casefile::chart::ChartNode &node);       // icon and label around node.pos
    static double radius(const casefile::chart::ChartNode &node);         // larger by the chart's size measure
    // Boxes of the expanded groups (index in spec.groups -> box around its members).
    static QHash<int, QRectF> groupBoxes(const casefile::chart::Chart &chart);
    QRectF bounds() const; // everything drawn, in chart coordinates

private:
    void paintChart(QPainter &p) const;

    const casefile::chart::Chart &m_chart;
    QLocale m_locale;
    QList<int> m_path;
    QVector<int> m_shownLinks; // per node: links drawn
};

} // namespace cb::widgets
