#pragma once
// The link chart on screen: a QGraphicsView whose node, link and group items paint through ChartPainter
// (the same drawing as the exported files and the packet). Wheel zooms about the cursor, dragging the
// background pans, a rubber band (Shift+drag) selects; a dragged node stays where it is dropped (pinned).
// Level of detail: labels drop out when small, then icons, so 5,000 nodes pan and zoom smoothly.
#include "chart/chart.h"

#include <QGraphicsView>
#include <optional>

class QTimer;

namespace cb::widgets {

class ChartNodeItem;
class ChartLinkLayer;

class ChartCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    ~ChartCanvas() override;

    // Shows a laid-out chart; the view keeps its zoom when `keepView` (an expansion), else fits it. Where its
    // link labels go (ChartPainter::linkLabelBoxes) is best worked out with the layout, off the GUI thread;
    // without it, it is worked out here.
    void setChart(casefile::chart::Chart chart, bool keepView = false, std::optional<QHash<int, QRectF>> labelBoxes = std::nullopt);
    static QHash<int, QRectF> labelBoxesFor(const casefile::chart::Chart &chart, const QFont &font); // none past 2,000 links
    const casefile::chart::Chart &chart() const { return m_chart; }
    bool hasChart() const { return !m_chart.nodes.isEmpty(); }
    void setLinkLabels(bool on);
    bool linkLabels() const { return m_labels; }
    void highlightPath(const QList<int> &nodes); // empty: none
    const QList<int> &highlighted() const { return m_path; }
    QList<int> selectedNodes() const;
    void selectEntity(qint64 entity); // selects and centres its node, if drawn
    void fitChart();
    void zoomBy(double factor);
    double scaleFactor() const;
    int shownLinks(int node) const;

signals:
    void nodeActivated(int node);                 // clicked or selected
    void nodeMoved(int node, QPointF pos);        // dropped by the analyst: pinned there
    void contextMenuForNode(int node, QPoint globalPos);
    void contextMenuForLink(int link, QPoint globalPos);

protected:
    void wheelEvent(QWheelEvent *e) override;
    void contextMenuEvent(QContextMenuEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void drawBackground(QPainter *p, const QRectF &rect) override;
    bool viewportEvent(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    friend class ChartNodeItem;
    friend class ChartLinkLayer;
    void nodeDragged(int node);
    void updateGroups();
    void zoomSettled();

    casefile::chart::Chart m_chart;
    QVector<ChartNodeItem *> m_nodes;
    ChartLinkLayer *m_links = nullptr;
    QVector<int> m_shown;          // node -> links drawn
    QList<QGraphicsItem *> m_groups;
    QHash<int, QRectF> m_labelBoxes;
    QList<int> m_path;
    bool m_labels = false;
    bool m_crowded = false;              // more nodes in view than can be read: drawn plain
    bool m_zooming = false;              // a zoom gesture under way: nodes scaled from their cache
    QTimer *m_zoomSettle = nullptr;
    static constexpr int CrowdedView = 700;
};

} // namespace cb::widgets
