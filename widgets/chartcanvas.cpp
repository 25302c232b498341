#include "chartcanvas.h"

#include "chart/chartlayout.h"
#include "chart/chartpainter.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

namespace cb::widgets {

using namespace casefile::chart;

class ChartNodeItem : public QGraphicsItem
{
public:
    ChartNodeItem(ChartCanvas *canvas, int index) : m_canvas(canvas), m_index(index)
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setPos(node().pos);
        setZValue(2);
        setAcceptHoverEvents(true);
        QFont f;
        f.setPointSizeF(7.5);
        const double w = std::max(IconSize + 20, QFontMetricsF(f).horizontalAdvance(ChartPainter::displayLabel(node())) + 8);
        m_bounds = QRectF(-w / 2, -IconSize / 2 - 10, w, IconSize + QFontMetricsF(f).height() + 16);
        setToolTip(ChartPainter::nodeTooltip(node(), canvas->shownLinks(index)));
    }
    const ChartNode &node() const { return m_canvas->m_chart.nodes[m_index]; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        ChartNode n = node();
        n.pos = QPointF(0, 0);
        const double lod = option->levelOfDetailFromTransform(p->worldTransform());
        ChartPainter::paintNode(*p, n, m_canvas->shownLinks(m_index), lod, isSelected(), m_canvas->highlighted().contains(m_index));
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionHasChanged) {
            m_canvas->m_chart.nodes[m_index].pos = pos();
            m_canvas->nodeDragged(m_index);
        }
        return QGraphicsItem::itemChange(change, value);
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *e) override
    {
        const bool moved = m_pressAt != pos();
        QGraphicsItem::mouseReleaseEvent(e);
        if (moved)
            emit m_canvas->nodeMoved(m_index, pos());
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *e) override
    {
        m_pressAt = pos();
        QGraphicsItem::mousePressEvent(e);
        emit m_canvas->nodeActivated(m_index);
    }

private:
    ChartCanvas *m_canvas;
    int m_index;
    QRectF m_bounds;
    QPointF m_pressAt;
};

class ChartLinkItem : public QGraphicsItem
{
public:
    ChartLinkItem(ChartCanvas *canvas, int index) : m_canvas(canvas), m_index(index)
    {
        setZValue(1);
        setToolTip(ChartPainter::linkTooltip(canvas->m_chart, link()));
        adjust();
    }
    const ChartLink &link() const { return m_canvas->m_chart.links[m_index]; }
    void adjust()
    {
        prepareGeometryChange();
        const QPointF a = m_canvas->m_chart.nodes[link().a].pos, b = m_canvas->m_chart.nodes[link().b].pos;
        m_bounds = QRectF(a, b).normalized().adjusted(-12, -12, 12, 12);
        QPainterPath path(a);
        path.lineTo(b);
        QPainterPathStroker s;
        s.setWidth(std::max(8.0, ChartPainter::linkWidth(link()) + 4));
        m_shape = s.createStroke(path);
        m_label = QRectF();
    }
    void setLabel(const QRectF &box) { m_label = box; m_bounds = m_bounds.united(box); }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double lod = option->levelOfDetailFromTransform(p->worldTransform());
        const ChartLink &l = link();
        QList<int> path = m_canvas->highlighted();
        const int ia = path.indexOf(l.a), ib = path.indexOf(l.b);
        const bool onPath = ia >= 0 && ib >= 0 && std::abs(ia - ib) == 1;
        ChartPainter::paintLink(*p, l, m_canvas->m_chart.nodes[l.a].pos, m_canvas->m_chart.nodes[l.b].pos, lod, onPath);
        if (m_canvas->linkLabels() && !m_label.isNull() && lod >= 0.45)
            ChartPainter::paintLinkLabel(*p, l, m_label, onPath, QLocale());
    }

private:
    ChartCanvas *m_canvas;
    int m_index;
    QRectF m_bounds, m_label;
    QPainterPath m_shape;
};

class ChartGroupItem : public QGraphicsItem
{
public:
    ChartGroupItem(const QRectF &box, QString name) : m_box(box), m_name(std::move(name)) { setZValue(0); }
    QRectF boundingRect() const override { return m_box.adjusted(-2, -2, 2, 2); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override { ChartPainter::paintGroupBox(*p, m_box, m_name); }

private:
    QRectF m_box;
    QString m_name;
};

ChartCanvas::ChartCanvas(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setBackgroundBrush(Qt::white);
}

ChartCanvas::~ChartCanvas() = default;

int ChartCanvas::shownLinks(int node) const
{
    return m_shown.value(node);
}

void ChartCanvas::setChart(Chart chart, bool keepView)
{
    const QTransform t = transform();
    const QPointF centre = mapToScene(viewport()->rect().center());
    scene()->clear();
    m_nodes.clear(), m_links.clear(), m_groups.clear();
    m_path.clear();
    m_chart = std::move(chart);
    m_linksOf = QVector<QList<int>>(m_chart.nodes.size());
    m_shown = QVector<int>(m_chart.nodes.size(), 0);
    for (int i = 0; i < m_chart.links.size(); ++i) {
        m_linksOf[m_chart.links[i].a] << i, m_linksOf[m_chart.links[i].b] << i;
        ++m_shown[m_chart.links[i].a], ++m_shown[m_chart.links[i].b];
    }
    m_labelBoxes = m_chart.links.size() <= 2000 ? ChartPainter::linkLabelBoxes(m_chart, font(), QLocale()) : QHash<int, QRectF>();
    for (int i = 0; i < m_chart.links.size(); ++i) {
        auto *item = new ChartLinkItem(this, i);
        item->setLabel(m_labelBoxes.value(i));
        m_links << item;
        scene()->addItem(item);
    }
    for (int i = 0; i < m_chart.nodes.size(); ++i) {
        auto *item = new ChartNodeItem(this, i);
        m_nodes << item;
        scene()->addItem(item);
    }
    updateGroups();
    const QRectF r = scene()->itemsBoundingRect().adjusted(-200, -200, 200, 200);
    scene()->setSceneRect(r);
    if (keepView) {
        setTransform(t);
        centerOn(centre);
    } else {
        fitChart();
    }
}

void ChartCanvas::updateGroups()
{
    for (QGraphicsItem *g : std::as_const(m_groups))
        delete g;
    m_groups.clear();
    const QHash<int, QRectF> boxes = ChartPainter::groupBoxes(m_chart);
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        auto *g = new ChartGroupItem(it.value(), m_chart.spec.groups.value(it.key()).name);
        m_groups << g;
        scene()->addItem(g);
    }
}

void ChartCanvas::nodeDragged(int node)
{
    for (int l : m_linksOf.value(node))
        m_links[l]->adjust();
    if (m_chart.nodes[node].group >= 0)
        updateGroups();
}

void ChartCanvas::setLinkLabels(bool on)
{
    m_labels = on;
    viewport()->update();
}

void ChartCanvas::highlightPath(const QList<int> &nodes)
{
    m_path = nodes;
    viewport()->update();
}

QList<int> ChartCanvas::selectedNodes() const
{
    QList<int> out;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i]->isSelected())
            out << i;
    return out;
}

void ChartCanvas::selectEntity(qint64 entity)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const ChartNode &n = m_chart.nodes[i];
        if (n.entity == entity || n.twins.contains(entity)) {
            scene()->clearSelection();
            m_nodes[i]->setSelected(true);
            centerOn(m_nodes[i]);
            return;
        }
    }
}

void ChartCanvas::fitChart()
{
    if (m_chart.nodes.isEmpty())
        return;
    fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (scaleFactor() > 1.5) { // a small chart is not blown up past readable
        resetTransform();
        scale(1.5, 1.5);
        centerOn(scene()->itemsBoundingRect().center());
    }
}

double ChartCanvas::scaleFactor() const
{
    return transform().m11();
}

void ChartCanvas::zoomBy(double factor)
{
    const double s = scaleFactor() * factor;
    if (s < 0.02 || s > 8)
        return;
    scale(factor, factor);
}

void ChartCanvas::wheelEvent(QWheelEvent *e)
{
    zoomBy(std::pow(1.0015, e->angleDelta().y()));
    e->accept();
}

void ChartCanvas::mousePressEvent(QMouseEvent *e)
{
    // Shift+drag on the background: a rubber band; a plain drag pans.
    setDragMode(e->modifiers() & Qt::ShiftModifier ? QGraphicsView::RubberBandDrag : QGraphicsView::ScrollHandDrag);
    QGraphicsView::mousePressEvent(e);
}

void ChartCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    QGraphicsView::mouseReleaseEvent(e);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void ChartCanvas::contextMenuEvent(QContextMenuEvent *e)
{
    QGraphicsItem *item = itemAt(e->pos());
    if (auto *n = dynamic_cast<ChartNodeItem *>(item)) {
        if (!n->isSelected()) {
            scene()->clearSelection();
            n->setSelected(true);
        }
        emit contextMenuForNode(int(m_nodes.indexOf(n)), e->globalPos());
    } else if (auto *l = dynamic_cast<ChartLinkItem *>(item)) {
        emit contextMenuForLink(int(m_links.indexOf(l)), e->globalPos());
    }
}

void ChartCanvas::drawBackground(QPainter *p, const QRectF &rect)
{
    p->fillRect(rect, Qt::white);
}

} // namespace cb::widgets
