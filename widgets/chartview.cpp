#include "chartview.h"
#include "whilealive.h"

#include "chart/chartexport.h"
#include "chart/chartlayout.h"
#include "chartcanvas.h"
#include "session/caseworker.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolBar>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QMenu>
#include <QSpinBox>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace casefile;
using namespace casefile::chart;

namespace {

// Graphviz is not thread-safe: every layout of the workbench runs on this one thread. A layout cannot be
// interrupted inside Graphviz, so when the application ends, the layouts still queued are dropped and the
// one running (a capped chart: seconds at most) is let finish before the library's state goes away.
QThreadPool *layoutThread()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        qAddPostRoutine([] {
            layoutThread()->clear();
            layoutThread()->waitForDone();
        });
        return p;
    }();
    return pool;
}

QToolButton *toolButton(QWidget *parent, bool checkable = false)
{
    auto *b = new QToolButton(parent);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    b->setCheckable(checkable);
    return b;
}

} // namespace

ChartView::ChartView(QWidget *parent) : QWidget(parent), m_canvas(new ChartCanvas(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(8);
    m_layout = new QComboBox(this);
    for (const QString &e : layoutEngines())
        m_layout->addItem(QString(), e);
    m_sizeBy = new QComboBox(this);
    m_sizeBy->addItem(QString(), QString());
    for (const QString &m : sizeMeasures())
        m_sizeBy->addItem(QString(), m);
    m_ranking = new QListWidget(this);
    m_ranking->hide();
    m_hopsLabel = new QLabel(this);
    m_hops = new QSpinBox(this);
    m_hops->setRange(0, 6);
    m_hops->setValue(m_spec.hops);
    m_minLabel = new QLabel(this);
    m_minCount = new QSpinBox(this);
    m_minCount->setRange(1, 100000);
    m_kinds = toolButton(this);
    m_kindsMenu = new QMenu(this);
    m_kinds->setMenu(m_kindsMenu);
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_labels = toolButton(this, true);
    m_fit = toolButton(this);
    m_relayout = toolButton(this);
    m_path = toolButton(this);
    m_save = toolButton(this);
    m_exhibit = toolButton(this);
    m_export = toolButton(this);
    m_cancel = toolButton(this);
    m_cancel->hide();
    m_status = new QLabel(this);
    // A tool bar folds what does not fit into its » menu, so that the chart never sets the window's least width.
    auto *tools = new QToolBar(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_layout, m_sizeBy, m_hopsLabel, m_hops, m_kinds, m_minLabel, m_minCount, m_labels, m_fit, m_relayout,
                                                        m_path, m_save, m_exhibit, m_export})
        tools->addWidget(w);
    bar->addWidget(tools, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    auto *split = new QSplitter(this);
    split->addWidget(m_canvas);
    split->addWidget(m_ranking);
    split->setStretchFactor(0, 1);
    split->setSizes({1000, 260});
    layout->addWidget(split, 1);
    connect(m_sizeBy, &QComboBox::activated, this, [this] {
        m_spec.sizeBy = m_sizeBy->currentData().toString();
        rebuild(false, true);
    });
    connect(m_ranking, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const qint64 entity = item->data(Qt::UserRole).toLongLong();
        m_canvas->selectEntity(entity);
        if (entity)
            emit entitySelected(entity);
    });

    connect(m_layout, &QComboBox::activated, this, [this] {
        m_spec.layout = m_layout->currentData().toString();
        rebuild(true, false);
    });
    connect(m_hops, &QSpinBox::editingFinished, this, [this] {
        if (m_hops->value() != m_spec.hops)
            m_spec.hops = m_hops->value(), rebuild(false, true);
    });
    connect(m_minCount, &QSpinBox::editingFinished, this, [this] {
        if (m_minCount->value() != m_spec.minCount)
            m_spec.minCount = m_minCount->value(), rebuild(false, true);
    });
    connect(m_labels, &QToolButton::toggled, m_canvas, &ChartCanvas::setLinkLabels);
    connect(m_fit, &QToolButton::clicked, m_canvas, &ChartCanvas::fitChart);
    connect(m_relayout, &QToolButton::clicked, this, &ChartView::relayout);
    connect(m_path, &QToolButton::clicked, this, [this] {
        const QList<int> sel = m_canvas->selectedNodes();
        if (sel.size() == 2)
            showShortestPath(sel[0], sel[1]);
        else
            m_canvas->highlightPath({});
    });
    connect(m_save, &QToolButton::clicked, this, [this] { askSave(false); });
    connect(m_exhibit, &QToolButton::clicked, this, [this] { askSave(true); });
    connect(m_export, &QToolButton::clicked, this, &ChartView::exportChart);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_progress.cancel(); });
    connect(m_canvas, &ChartCanvas::nodeActivated, this, [this](int node) {
        const ChartNode &n = m_canvas->chart().nodes[node];
        if (n.entity)
            emit entitySelected(n.entity);
    });
    connect(m_canvas, &ChartCanvas::nodeMoved, this, [this](int node, QPointF pos) {
        const ChartNode &n = m_canvas->chart().nodes[node];
        if (n.kind == u"more")
            return;
        const qint64 key = n.kind == u"group" ? -(n.group + 1) : n.entity;
        m_spec.positions.insert(key, pos);
        m_spec.pinned.insert(key);
    });
    connect(m_canvas, &ChartCanvas::contextMenuForNode, this, &ChartView::nodeMenu);
    connect(m_canvas, &ChartCanvas::contextMenuForLink, this, &ChartView::linkMenu);
    updateKindsMenu();
    retranslate();
}

ChartView::~ChartView()
{
    m_progress.cancel();
}

void ChartView::setWorker(CaseWorker *worker)
{
    m_worker = worker;
    m_spec = {}; // another case: its subjects and victims, everything shown
    m_hops->setValue(m_spec.hops);
    m_minCount->setValue(int(m_spec.minCount));
    m_layout->setCurrentIndex(int(layoutEngines().indexOf(m_spec.layout)));
    updateKindsMenu();
    m_canvas->setChart({});
    if (m_worker)
        connect(m_worker, &CaseWorker::changed, this, [this](const Change &c) {
            if (c.touches(ObjectKind::Records) || c.touches(ObjectKind::Links) || c.touches(ObjectKind::Roles))
                rebuild(false, true);
        });
    rebuild(false, false);
}

ChartSpec ChartView::specWithPositions() const
{
    ChartSpec s = m_spec;
    for (const ChartNode &n : m_canvas->chart().nodes) {
        if (n.kind == u"more" || (n.kind == u"group" && m_spec.groups.value(n.group).name != n.name)) // an ungrouped box
            continue;
        s.positions.insert(n.kind == u"group" ? -(n.group + 1) : n.entity, n.pos);
    }
    return s;
}

void ChartView::setSpec(const ChartSpec &spec, bool relayout)
{
    m_spec = spec;
    m_hops->setValue(m_spec.hops);
    m_minCount->setValue(int(m_spec.minCount));
    m_layout->setCurrentIndex(std::max<qsizetype>(0, layoutEngines().indexOf(m_spec.layout)));
    m_sizeBy->setCurrentIndex(int(std::max<qsizetype>(0, sizeMeasures().indexOf(m_spec.sizeBy) + 1)));
    updateKindsMenu();
    rebuild(relayout, false);
}

void ChartView::startFrom(const QList<qint64> &entities)
{
    ChartSpec s;
    s.seeds = entities;
    s.kinds = m_spec.kinds;
    s.hops = m_spec.hops;
    s.minCount = m_spec.minCount;
    s.layout = m_spec.layout;
    setSpec(s);
}

void ChartView::rebuild(bool relayout, bool keepView)
{
    if (!m_worker || !m_worker->isOpen())
        return;
    // What is drawn stays where it is: its positions go with the spec, so only new nodes are placed.
    ChartSpec spec = relayout ? m_spec : specWithPositions();
    if (relayout)
        for (auto it = spec.positions.begin(); it != spec.positions.end();)
            it = spec.pinned.contains(it.key()) ? std::next(it) : spec.positions.erase(it);
    m_progress.cancel();
    m_progress = Progress();
    const quint64 request = ++m_request;
    m_busy = true;
    m_status->setText(tr("Building the chart…"));
    m_cancel->show();
    const Progress progress = m_progress;
    // Built on the reader thread; laid out, with its link labels placed, on the layout thread.
    auto laying = m_worker->read<Result<Chart>>([spec](CaseFile &cf, const Progress &p) { return buildChart(cf, spec, p); }, progress)
        .then(layoutThread(), [relayout, progress, font = m_canvas->font()](Result<Chart> chart) -> Result<LaidOut> {
            if (!chart)
                return chart.status();
            if (const Result<LayoutReport> r = layoutChart(chart.value(), relayout, progress); !r)
                return r.status();
            LaidOut out{std::move(chart.value()), {}};
            out.labels = ChartCanvas::labelBoxesFor(out.chart, font);
            return out;
        });
    // The layout runs on a thread the case worker does not own: the view may be gone when it ends.
    laying.then(QCoreApplication::instance(), whileAlive<Result<LaidOut>>(this, [this, request, keepView](Result<LaidOut> laid) {
        arrived(std::move(laid), request, keepView);
    }));
}

void ChartView::arrived(Result<LaidOut> chart, quint64 request, bool keepView)
{
    if (request != m_request)
        return;
    m_busy = false;
    m_cancel->hide();
    if (!chart) {
        m_status->setText(chart.status().code() == ErrorCode::Cancelled ? tr("Cancelled") : chart.status().message());
        return;
    }
    const Chart &shown = chart.value().chart;
    m_status->setText(summary(shown));
    if (m_spec.seeds.isEmpty())
        m_spec.seeds = shown.spec.seeds; // the chart keeps the entities it started from
    ++m_shownSerial;
    m_canvas->setChart(std::move(chart.value().chart), keepView && m_canvas->hasChart(), std::move(chart.value().labels));
    fillRanking();
    emit loaded();
}

void ChartView::fillRanking()
{
    m_ranking->clear();
    const Chart &c = m_canvas->chart();
    m_ranking->setVisible(!c.spec.sizeBy.isEmpty());
    if (c.spec.sizeBy.isEmpty())
        return;
    QList<int> order;
    for (int i = 0; i < c.nodes.size(); ++i)
        if (c.nodes[i].kind != u"more")
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return c.nodes[a].measure > c.nodes[b].measure; });
    for (int rank = 0; rank < std::min<qsizetype>(order.size(), 100); ++rank) {
        const ChartNode &n = c.nodes[order[rank]];
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2  %3").arg(rank + 1).arg(nodeLabel(n), locale().toString(n.measure, 'g', 4)), m_ranking);
        item->setData(Qt::UserRole, n.entity);
    }
}

void ChartView::expand(int node)
{
    const ChartNode &n = m_canvas->chart().nodes.value(node);
    if (n.kind == u"more")
        m_spec.morePages[n.moreOf] = m_spec.morePages.value(n.moreOf) + 1;
    else if (n.entity && !m_spec.expanded.contains(n.entity))
        m_spec.expanded << n.entity;
    else
        return;
    rebuild(false, true);
}

void ChartView::hideNodes(const QList<int> &nodes)
{
    for (qint64 e : entitiesOf(nodes))
        m_spec.hidden.insert(e);
    rebuild(false, true);
}

void ChartView::groupEntities(const QList<qint64> &members, const QString &name)
{
    if (members.size() < 2)
        return;
    for (ChartGroup &g : m_spec.groups) // an entity is in one group at a time
        for (qint64 m : members)
            g.members.removeAll(m);
    m_spec.groups.append({name, members, false});
    rebuild(false, true);
}

void ChartView::groupNodes(const QList<int> &nodes, const QString &name)
{
    groupEntities(entitiesOf(nodes), name);
}

void ChartView::setGroupCollapsed(int group, bool collapsed)
{
    if (group < 0 || group >= m_spec.groups.size())
        return;
    m_spec.groups[group].collapsed = collapsed;
    rebuild(false, true);
}

void ChartView::ungroup(int group)
{
    if (group < 0 || group >= m_spec.groups.size())
        return;
    // A collapsed group's node keeps its place under -(index + 1): the groups after it move down one.
    m_spec.groups.removeAt(group);
    QHash<qint64, QPointF> positions;
    QSet<qint64> pinned;
    for (auto it = m_spec.positions.cbegin(); it != m_spec.positions.cend(); ++it) {
        const qint64 k = it.key();
        if (k == -(group + 1))
            continue;
        const qint64 moved = k < -(group + 1) ? k + 1 : k;
        positions.insert(moved, it.value());
        if (m_spec.pinned.contains(k))
            pinned.insert(moved);
    }
    m_spec.positions = positions, m_spec.pinned = pinned;
    rebuild(false, true);
}

void ChartView::relayout()
{
    rebuild(true, false);
}

void ChartView::showShortestPath(int from, int to)
{
    const QList<int> path = m_canvas->chart().shortestPath(from, to);
    m_canvas->highlightPath(path);
    m_status->setText(path.isEmpty() ? tr("The two are not connected in this chart")
                                     : tr("Shortest path: %n link(s)", nullptr, int(path.size() - 1)));
}

void ChartView::selectEntity(qint64 entity)
{
    m_canvas->selectEntity(entity);
}

QList<qint64> ChartView::entitiesOf(const QList<int> &nodes) const
{
    QList<qint64> out;
    for (int i : nodes) {
        const ChartNode &n = m_canvas->chart().nodes.value(i);
        if (n.entity)
            out << n.entity;
        else if (n.kind == u"group")
            out << n.twins;
    }
    return out;
}

// What the chart shows, for the status line.
QString ChartView::summary(const Chart &shown)
{
    int entities = 0;
    for (const ChartNode &n : shown.nodes)
        entities += n.kind == u"more" ? 0 : 1;
    QString status = tr("%n entities", nullptr, entities) + QStringLiteral(", ") + tr("%n links", nullptr, int(shown.links.size()));
    if (shown.capped)
        status += QStringLiteral(", ") + tr("%n behind “+N more”", nullptr, shown.capped);
    if (shown.isolatedSeeds)
        status += QStringLiteral(", ") + tr("%n starting entit(ies) without such links", nullptr, shown.isolatedSeeds);
    if (shown.hiddenWeak)
        status += QStringLiteral(", ") + tr("%n weak link(s) hidden", nullptr, shown.hiddenWeak);
    return status;
}

void ChartView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        updateKindsMenu();
        if (!m_busy && m_canvas->hasChart()) // the chart's own status line, in the new language
            m_status->setText(summary(m_canvas->chart()));
    }
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
