#include "chartcanvas.h"

#include "chart/chartlayout.h"
#include "chart/chartpainter.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPixmapCache>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

namespace cb::widgets {

using namespace casefile::chart;

class ChartNodeItem : public QGraphicsItem
{
public:
    ChartNodeItem(ChartCanvas *canvas, int index) : m_canvas(canvas), m_index(index)
    {
        setPos(node().pos);
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges); // after placing it: only moves tell
        // Drawn once per zoom level and then blitted: panning a chart of thousands of nodes moves pixmaps.
        setCacheMode(DeviceCoordinateCache);
        setZValue(2);
        setAcceptHoverEvents(true);
        m_label = ChartPainter::nodeLabelText(node(), canvas->font());
        const double r = ChartPainter::radius(node()), w = std::max(2 * r + 20, m_label.size().width() + 8);
        m_bounds = QRectF(-w / 2, -r - 10, w, 2 * r + m_label.size().height() + 16);
        setToolTip(ChartPainter::nodeTooltip(node(), canvas->shownLinks(index)));
    }
    const ChartNode &node() const { return m_canvas->m_chart.nodes[m_index]; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        ChartNode n = node(); // drawn about the item's origin
        n.pos = QPointF(0, 0);
        // A crowded view draws nodes plain (no label, icon or badge) whatever the zoom: they could not be read.
        const double lod = std::min(option->levelOfDetailFromTransform(p->worldTransform()), m_canvas->m_crowded ? 0.44 : 100.0);
        p->setFont(m_canvas->font());
        ChartPainter::paintNode(*p, n, m_canvas->shownLinks(m_index), lod, isSelected(), m_canvas->highlighted().contains(m_index), &m_label);
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
    QStaticText m_label;
};

// Every link in one item: the links crossing the exposed area are drawn in a few batches, one per pen,
// instead of thousands of items each setting up the painter; arrows and labels only where they can be read.
class ChartLinkLayer : public QGraphicsItem
{
public:
    explicit ChartLinkLayer(ChartCanvas *canvas) : m_canvas(canvas)
    {
        setZValue(1);
        setFlag(ItemUsesExtendedStyleOption);
        adjust();
    }
    void adjust()
    {
        prepareGeometryChange();
        const Chart &c = m_canvas->m_chart;
        m_boxes.resize(c.links.size());
        m_linksOf = QVector<QList<int>>(c.nodes.size());
        m_bounds = QRectF();
        for (int i = 0; i < c.links.size(); ++i) {
            m_linksOf[c.links[i].a] << i, m_linksOf[c.links[i].b] << i;
            m_boxes[i] = box(i);
            m_bounds = m_bounds.united(m_boxes[i]);
        }
        for (const QRectF &label : std::as_const(m_canvas->m_labelBoxes))
            m_bounds = m_bounds.united(label);
    }
    // A node moved: its links follow (and what they covered is drawn again).
    void nodeMoved(int node)
    {
        QRectF dirty;
        for (int i : m_linksOf.value(node)) {
            dirty = dirty.united(m_boxes[i]).united(m_canvas->m_labelBoxes.value(i));
            m_canvas->m_labelBoxes.remove(i);
            m_boxes[i] = box(i);
            dirty = dirty.united(m_boxes[i]);
        }
        if (!m_bounds.contains(dirty)) {
            prepareGeometryChange();
            m_bounds = m_bounds.united(dirty);
        }
        update(dirty);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const Chart &c = m_canvas->m_chart;
        const double lod = option->levelOfDetailFromTransform(p->worldTransform());
        const QRectF exposed = option->exposedRect.adjusted(-2, -2, 2, 2);
        const QList<int> &path = m_canvas->highlighted();
        QHash<quint64, std::pair<QPen, QVector<QLineF>>> batches; // by colour, width and style
        QVector<int> visible;
        QVector<QLineF> visibleLines;
        for (int i = 0; i < c.links.size(); ++i) {
            if (!m_boxes[i].intersects(exposed))
                continue;
            const ChartLink &l = c.links[i];
            const QLineF line = ChartPainter::linkLine(c.nodes[l.a].pos, c.nodes[l.b].pos);
            if (line.isNull())
                continue;
            const qsizetype ia = path.indexOf(l.a), ib = path.indexOf(l.b);
            const QPen pen = ChartPainter::linkPen(l, lod, ia >= 0 && ib >= 0 && std::abs(ia - ib) == 1);
            auto &batch = batches[(quint64(pen.color().rgba()) << 32) | (quint64(pen.widthF() * 16) << 8) | quint64(pen.style())];
            batch.first = pen;
            batch.second << line;
            visible << i, visibleLines << line;
        }
        // Smooth lines where few are in view; a crowded view is drawn plain (several times faster).
        p->setRenderHint(QPainter::Antialiasing, lod >= ChartPainter::DetailLod && visible.size() <= 1500);
        for (const auto &[pen, lines] : std::as_const(batches)) {
            p->setPen(pen);
            p->drawLines(lines);
        }
        if (lod < ChartPainter::DetailLod || m_canvas->m_crowded) // arrows and labels where they can be read
            return;
        for (qsizetype k = 0; k < visible.size(); ++k) {
            const ChartLink &l = c.links[visible[k]];
            ChartPainter::paintLinkEnds(*p, l, visibleLines[k], ChartPainter::linkPen(l, lod, false), lod);
        }
        if (!m_canvas->linkLabels() || lod < 0.45)
            return;
        for (int i : std::as_const(visible))
            if (const QRectF box = m_canvas->m_labelBoxes.value(i); !box.isNull())
                ChartPainter::paintLinkLabel(*p, c.links[i], box, false, QLocale());
    }
    // The link whose line passes within `slack` of a point, or -1.
    int linkAt(QPointF at, double slack) const
    {
        const Chart &c = m_canvas->m_chart;
        int best = -1;
        double bestDistance = slack;
        for (int i = 0; i < c.links.size(); ++i) {
            if (!m_boxes[i].adjusted(-slack, -slack, slack, slack).contains(at))
                continue;
            const QLineF line(c.nodes[c.links[i].a].pos, c.nodes[c.links[i].b].pos);
            const QPointF d = line.p2() - line.p1();
            const double len2 = QPointF::dotProduct(d, d);
            const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(at - line.p1(), d) / len2, 0.0, 1.0) : 0;
            const double distance = QLineF(at, line.pointAt(t)).length();
            if (distance < bestDistance)
                bestDistance = distance, best = i;
        }
        return best;
    }

private:
    QRectF box(int i) const
    {
        const Chart &c = m_canvas->m_chart;
        return QRectF(c.nodes[c.links[i].a].pos, c.nodes[c.links[i].b].pos).normalized().adjusted(-10, -10, 10, 10);
    }

    ChartCanvas *m_canvas;
    QVector<QRectF> m_boxes;
    QVector<QList<int>> m_linksOf; // node -> its links
    QRectF m_bounds;
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
    // Room for the cached nodes of a large chart on screen (a node is a few kilobytes at any zoom).
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 128 * 1024));
    m_zoomSettle = new QTimer(this);
    m_zoomSettle->setSingleShot(true);
    m_zoomSettle->setInterval(250);
    connect(m_zoomSettle, &QTimer::timeout, this, &ChartCanvas::zoomSettled);
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

QHash<int, QRectF> ChartCanvas::labelBoxesFor(const Chart &chart, const QFont &font)
{
    return chart.links.size() <= 2000 ? ChartPainter::linkLabelBoxes(chart, font, QLocale()) : QHash<int, QRectF>();
}

void ChartCanvas::setChart(Chart chart, bool keepView, std::optional<QHash<int, QRectF>> labelBoxes)
{
    const QTransform t = transform();
    const QPointF centre = mapToScene(viewport()->rect().center());
    scene()->clear();
    m_nodes.clear(), m_groups.clear();
    m_links = nullptr;
    m_path.clear();
    m_chart = std::move(chart);
    m_shown = m_chart.partnersDrawn();
    m_labelBoxes = labelBoxes ? std::move(*labelBoxes) : labelBoxesFor(m_chart, font());
    m_links = new ChartLinkLayer(this);
    scene()->addItem(m_links);
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
    if (m_links)
        m_links->nodeMoved(node);
    if (m_chart.nodes[node].group >= 0)
        updateGroups();
}

void ChartCanvas::setLinkLabels(bool on)
{
    m_labels = on;
    if (m_links)
        m_links->update();
}

void ChartCanvas::highlightPath(const QList<int> &nodes)
{
    const QList<int> before = std::exchange(m_path, nodes);
    for (const QList<int> &path : {before, nodes}) // cached nodes are drawn again only when told
        for (int i : path)
            if (i >= 0 && i < m_nodes.size())
                m_nodes[i]->update();
    if (m_links)
        m_links->update();
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
    // While the analyst zooms, detailed nodes are cached at the item's own size and scaled (a blit per node
    // and step); once the zooming stops, they are drawn again sharp at the new scale.
    if (!m_zooming && !m_crowded)
        for (ChartNodeItem *n : std::as_const(m_nodes))
            n->setCacheMode(QGraphicsItem::ItemCoordinateCache);
    m_zooming = true;
    m_zoomSettle->start();
    scale(factor, factor);
}

void ChartCanvas::zoomSettled()
{
    m_zooming = false;
    if (!m_crowded)
        for (ChartNodeItem *n : std::as_const(m_nodes))
            n->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
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
    } else if (m_links) {
        const int link = m_links->linkAt(mapToScene(e->pos()), 6 / scaleFactor());
        if (link >= 0)
            emit contextMenuForLink(link, e->globalPos());
    }
}

void ChartCanvas::paintEvent(QPaintEvent *e)
{
    // How many nodes are in view decides how much of each is drawn (and the cached pictures follow).
    const QRectF view = mapToScene(viewport()->rect()).boundingRect();
    int inView = 0;
    for (const ChartNode &n : std::as_const(m_chart.nodes))
        inView += view.contains(n.pos) ? 1 : 0;
    if (const bool crowded = inView > CrowdedView; crowded != m_crowded) {
        // Plain discs are quicker drawn than cached (a zoom would redraw every cache); detailed nodes are cached.
        m_crowded = crowded;
        for (ChartNodeItem *n : std::as_const(m_nodes)) {
            n->setCacheMode(crowded ? QGraphicsItem::NoCache : m_zooming ? QGraphicsItem::ItemCoordinateCache : QGraphicsItem::DeviceCoordinateCache);
            n->update();
        }
    }
    QGraphicsView::paintEvent(e);
}

bool ChartCanvas::viewportEvent(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && m_links) {
        auto *help = static_cast<QHelpEvent *>(e);
        if (!dynamic_cast<ChartNodeItem *>(itemAt(help->pos()))) {
            const int link = m_links->linkAt(mapToScene(help->pos()), 6 / scaleFactor());
            if (link >= 0)
                QToolTip::showText(help->globalPos(), ChartPainter::linkTooltip(m_chart, m_chart.links[link]), viewport());
            else
                QToolTip::hideText();
            return true;
        }
    }
    return QGraphicsView::viewportEvent(e);
}

void ChartCanvas::drawBackground(QPainter *p, const QRectF &rect)
{
    p->fillRect(rect, Qt::white);
}

} // namespace cb::widgets
