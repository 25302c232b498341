#include "timelineview.h"

#include "session/caseworker.h"
#include "timelinecanvas.h"
#include "timeline/timelineexport.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QToolBar>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolButton>

namespace cb::widgets {

using namespace casefile;
using namespace casefile::timeline;

namespace {

constexpr qint64 MinSpanMs = 2'000; // zooming stops at two seconds across the screen

std::optional<EventKind> eventKindOf(RecordKind k)
{
    switch (k) {
    case RecordKind::Transactions: return EventKind::Transactions;
    case RecordKind::Calls: return EventKind::Calls;
    case RecordKind::Messages: return EventKind::Messages;
    case RecordKind::Locations: return EventKind::Locations;
    case RecordKind::Balances: return EventKind::Balances;
    default: return std::nullopt;
    }
}

std::optional<RecordKind> recordKindOf(EventKind k)
{
    switch (k) {
    case EventKind::Transactions: return RecordKind::Transactions;
    case EventKind::Calls: return RecordKind::Calls;
    case EventKind::Messages: return RecordKind::Messages;
    case EventKind::Locations: return RecordKind::Locations;
    case EventKind::Balances: return RecordKind::Balances;
    default: return std::nullopt;
    }
}

QToolButton *toolButton(QWidget *parent, bool checkable = false)
{
    auto *b = new QToolButton(parent);
    b->setCheckable(checkable);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_canvas(new TimelineCanvas(this)), m_heatmap(new HeatmapCanvas(this)), m_stack(new QStackedWidget(this)),
      m_lanes(new QComboBox(this)), m_kindsButton(toolButton(this)), m_zoomIn(toolButton(this)), m_zoomOut(toolButton(this)),
      m_fit(toolButton(this)), m_log(toolButton(this, true)), m_heat(toolButton(this, true)), m_save(toolButton(this)),
      m_export(toolButton(this)), m_kindsMenu(new QMenu(this)), m_rolesMenu(new QMenu(this)), m_rolesButton(toolButton(this)),
      m_text(new QLineEdit(this)), m_ownTime(toolButton(this, true)), m_zone(new QLabel(this)), m_status(new QLabel(this))
{
    // The controls in a tool bar, which folds what does not fit into its » menu: the dock spans the window,
    // and a row that could not shrink would set the whole window's least width. The zone stays in sight.
    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    for (QWidget *w : std::initializer_list<QWidget *>{m_lanes, m_kindsButton, m_rolesButton, m_text})
        tools->addWidget(w);
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_fit, m_log, m_heat, m_ownTime, m_save, m_export})
        tools->addWidget(b);
    m_ownTime->setEnabled(false);
    m_ownTime->setObjectName(QStringLiteral("ownTime"));
    connect(m_ownTime, &QToolButton::toggled, this, [this] { reloadHeatmap(); });
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(tools, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_zone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_heatmap);
    layout->addWidget(m_stack, 1);
    m_kindsButton->setMenu(m_kindsMenu);
    m_kindsButton->setPopupMode(QToolButton::InstantPopup);
    m_rolesButton->setMenu(m_rolesMenu);
    m_rolesButton->setPopupMode(QToolButton::InstantPopup);
    m_text->setClearButtonEnabled(true);
    m_text->setMaximumWidth(220);
    connect(m_text, &QLineEdit::editingFinished, this, [this] {
        if (m_text->text().trimmed() == m_view.filter.text)
            return;
        m_view.filter.text = m_text->text().trimmed();
        reload();
    });
    m_lanes->addItem(QString(), int(LaneMode::Kind));
    m_lanes->addItem(QString(), int(LaneMode::Entity));
    QFont bold = m_zone->font();
    bold.setBold(true);
    m_zone->setFont(bold);
    connect(m_lanes, &QComboBox::activated, this, [this] {
        m_view.lanes = LaneMode(m_lanes->currentData().toInt());
        if (m_view.lanes == LaneMode::Kind)
            m_view.entities.clear();
        reload();
    });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(0.5, m_view.fromMs + (m_view.toMs - m_view.fromMs) / 2); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(2.0, m_view.fromMs + (m_view.toMs - m_view.fromMs) / 2); });
    connect(m_fit, &QToolButton::clicked, this, &TimelineView::fit);
    connect(m_log, &QToolButton::toggled, this, [this](bool on) {
        m_view.logScale = on;
        reload();
    });
    connect(m_heat, &QToolButton::toggled, this, &TimelineView::showHeatmap);
    connect(m_save, &QToolButton::clicked, this, &TimelineView::askSaveView);
    connect(m_export, &QToolButton::clicked, this, &TimelineView::exportImage);
    connect(m_canvas, &TimelineCanvas::eventClicked, this, [this](EventKind k, qint64 id) {
        if (const auto rk = recordKindOf(k))
            emit recordSelected(*rk, id);
    });
    updateKindsMenu();
    updateRolesMenu();
    retranslate();
}

TimelineView::~TimelineView()
{
    m_progress.cancel();
}

void TimelineView::setWorker(CaseWorker *worker)
{
    m_worker = worker;
    m_view = {};
    // Another case: its own whole period, lanes by kind, nothing filtered.
    m_lanes->setCurrentIndex(0);
    m_text->clear();
    m_log->setChecked(false);
    updateKindsMenu();
    updateRolesMenu();
    m_canvas->setScene(std::nullopt);
    m_heatmap->setPicture(std::nullopt);
    if (m_worker)
        connect(m_worker, &CaseWorker::changed, this, [this](const Change &c) {
            if (c.touches(ObjectKind::Records) || c.touches(ObjectKind::Sources) || c.touches(ObjectKind::Links) || c.touches(ObjectKind::Roles) ||
                c.touches(ObjectKind::Events) || c.touches(ObjectKind::Leads))
                reload();
        });
    reload();
}

const Scene *TimelineView::scene() const
{
    return m_canvas->scene() ? &*m_canvas->scene() : nullptr;
}

void TimelineView::setView(const ViewSpec &view)
{
    m_view = view;
    m_lanes->setCurrentIndex(m_view.lanes == LaneMode::Kind ? 0 : 1);
    m_log->setChecked(m_view.logScale);
    m_text->setText(m_view.filter.text);
    updateKindsMenu();
    updateRolesMenu();
    reload();
}

void TimelineView::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs > MaxSpanMs / 2) { // zooming out stops at five centuries
        const qint64 mid = fromMs / 2 + toMs / 2;
        fromMs = mid - MaxSpanMs / 4, toMs = mid + MaxSpanMs / 4;
    }
    if (toMs - fromMs < MinSpanMs) {
        const qint64 mid = fromMs + (toMs - fromMs) / 2;
        fromMs = mid - MinSpanMs / 2, toMs = mid + MinSpanMs / 2;
    }
    m_view.fromMs = fromMs;
    m_view.toMs = toMs;
    reload();
}

void TimelineView::zoomBy(double factor, qint64 anchorMs)
{
    if (m_view.toMs <= m_view.fromMs)
        return;
    // The time under the anchor stays where it is on screen.
    const double a = double(anchorMs - m_view.fromMs) * factor, b = double(m_view.toMs - anchorMs) * factor;
    const double limit = double(MaxSpanMs) / 2;
    zoomTo(anchorMs - qint64(qMin(a, limit)), anchorMs + qint64(qMin(b, limit)));
}

void TimelineView::panBy(double fraction)
{
    const qint64 d = qint64(fraction * double(m_view.toMs - m_view.fromMs));
    if (d == 0)
        return;
    m_view.fromMs += d;
    m_view.toMs += d;
    reload();
}

void TimelineView::fit()
{
    m_view.fromMs = m_view.toMs = 0;
    reload();
}

void TimelineView::showEntities(const QList<qint64> &entities)
{
    m_view.lanes = LaneMode::Entity;
    m_view.entities = entities;
    m_view.fromMs = m_view.toMs = 0;
    m_lanes->setCurrentIndex(1);
    reload();
}

void TimelineView::showHeatmap(bool on)
{
    if (m_heat->isChecked() != on)
        m_heat->setChecked(on);
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_heatmap) : m_canvas);
    m_ownTime->setEnabled(on);
    if (on)
        reloadHeatmap();
}

void TimelineView::reload()
{
    if (!m_worker || !m_worker->isOpen())
        return;
    if (m_loading) { // one scene at a time: the latest view is read when this one arrives
        m_dirty = true;
        return;
    }
    m_loading = m_dirty = false;
    m_loading = true;
    m_status->setText(tr("Reading…"));
    const quint64 request = ++m_request;
    const ViewSpec view = m_view;
    const int width = m_canvas->plotWidth();
    m_progress = Progress();
    m_worker->read<Result<Scene>>([view, width](CaseFile &cf, const Progress &p) { return loadScene(cf, view, width, p); }, m_progress)
        .then(this, [this, request](Result<Scene> scene) { sceneArrived(std::move(scene), request); });
    if (m_stack->currentWidget() == m_heatmap)
        reloadHeatmap();
}

void TimelineView::sceneArrived(Result<Scene> scene, quint64 request)
{
    m_loading = false;
    if (request != m_request)
        return;
    if (m_dirty) {
        reload();
        return;
    }
    if (!scene) {
        m_status->setText(scene.status().message());
        return;
    }
    if (m_view.fromMs == 0 && m_view.toMs == 0) { // a fitted view keeps the range it was drawn with
        m_view.fromMs = scene.value().spec.fromMs;
        m_view.toMs = scene.value().spec.toMs;
    }
    if (m_view.lanes == LaneMode::Entity)
        m_view.entities = scene.value().spec.entities;
    m_zone->setText(tr("Times in %1").arg(scene.value().zoneId));
    m_status->setText(tr("%n event(s) in view", nullptr, int(qMin<qint64>(scene.value().total(), INT_MAX))) + QStringLiteral("  "));
    m_canvas->setScene(std::move(scene.value()));
    emit loaded();
}

void TimelineView::reloadHeatmap()
{
    if (!m_worker || !m_worker->isOpen())
        return;
    const ViewSpec view = m_view;
    const bool own = m_ownTime->isChecked();
    const QString ownText = tr("each event's own recorded offset");
    m_worker
        ->read<Result<HeatmapPicture>>([view, own, ownText](CaseFile &cf, const Progress &p) -> Result<HeatmapPicture> {
            HeatmapPicture pic;
            pic.zoneText = view.zone.isEmpty() ? cf.settings().timezone : view.zone;
            pic.displayZone = QTimeZone(pic.zoneText.toLatin1());
            const std::optional<QTimeZone> zone = own ? std::nullopt : std::optional(pic.displayZone);
            if (own)
                pic.zoneText = ownText;
            pic.caseTitle = cf.settings().title;
            pic.caseNumber = cf.settings().caseNumber;
            pic.fromMs = view.fromMs, pic.toMs = view.toMs;
            if (pic.fromMs == 0 && pic.toMs == 0) { // the whole period, before its scene has said what that is
                const auto e = extent(cf, view.filter);
                if (!e)
                    return e.status();
                if (e.value())
                    pic.fromMs = e.value()->first, pic.toMs = e.value()->second + 1;
            }
            const Result<Heatmap> h = heatmap(cf, Lane{view.lanes == LaneMode::Entity ? view.entities : QList<qint64>{}}, view.filter,
                                              zone, pic.fromMs, pic.toMs, p);
            if (!h)
                return h.status();
            pic.cells = h.value();
            return pic;
        })
        .then(this, [this](Result<HeatmapPicture> pic) {
            if (pic)
                m_heatmap->setPicture(pic.value());
            emit loaded();
        });
}

void TimelineView::focusRecord(RecordKind kind, qint64 id)
{
    const auto ek = eventKindOf(kind);
    if (!m_worker || !ek)
        return;
    m_canvas->setSelected(std::pair{*ek, id});
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(detail::timeColumn(*ek).replace(QStringLiteral("r."), QString()),
                                                                             QLatin1String(recordTable(kind)));
    m_worker->read<qint64>([sql, id](CaseFile &cf, const Progress &) { return cf.db().scalar(sql.toUtf8().constData(), {id}).toLongLong(); })
        .then(this, [this](qint64 t) {
            if (t == 0 || (t >= m_view.fromMs && t < m_view.toMs))
                return;
            const qint64 span = qMin<qint64>(qMax<qint64>(m_view.toMs - m_view.fromMs, 3'600'000), 86'400'000);
            zoomTo(t - span / 2, t + span / 2);
        });
}

void TimelineView::updateKindsMenu()
{
    m_kindsMenu->clear();
    for (EventKind k : allEventKinds) {
        QAction *a = m_kindsMenu->addAction(TimelinePainter::kindLabel(k));
        a->setCheckable(true);
        a->setChecked(m_view.filter.kinds.isEmpty() || m_view.filter.kinds.contains(k));
        connect(a, &QAction::toggled, this, [this, k](bool on) {
            QList<EventKind> kinds = m_view.filter.effectiveKinds();
            on ? (void)(kinds.contains(k) || (kinds << k, true)) : (void)kinds.removeAll(k);
            if (kinds.isEmpty())
                return;
            m_view.filter.kinds = kinds.size() == int(allEventKinds.size()) ? QList<EventKind>{} : kinds;
            reload();
        });
    }
}

// Only the events a subject, victim, witness or associate takes part in: none ticked shows every event.
void TimelineView::updateRolesMenu()
{
    m_rolesMenu->clear();
    for (const char *role : {"subject", "victim", "witness", "associate"}) {
        const QString r = QLatin1String(role);
        QAction *a = m_rolesMenu->addAction(TimelinePainter::roleLabel(r));
        a->setCheckable(true);
        a->setChecked(m_view.filter.roles.contains(r));
        connect(a, &QAction::toggled, this, [this, r](bool on) {
            on ? (void)(m_view.filter.roles.contains(r) || (m_view.filter.roles << r, true)) : (void)m_view.filter.roles.removeAll(r);
            reload();
        });
    }
}

void TimelineView::exportImage()
{
    const Scene *s = scene();
    if (!s)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline Image"), QString(), tr("Images (*.png *.svg *.pdf)"));
    if (path.isEmpty())
        return;
    const Scene copy = *s;
    const TimelinePainter painter(copy, locale());
    const Status st = exportPicture(path, QSize(1600, 900), painter.titleLines().value(0), [&](QPainter &p, const QRectF &r) { painter.paintPicture(p, r); });
    if (!st) {
        QMessageBox::warning(this, tr("Export Timeline Image"), st.message());
        return;
    }
    // Recorded in the audit log with the file's SHA-256 (read back on the writer thread), as every export is,
    // unless another Casebench writes the case (read-only here).
    if (!m_worker->info().readOnly)
        m_worker->write<Status>([path, view = copy.spec.toJson()](CaseSession &s, const Progress &) { return s.recordFileExport(QStringLiteral("timeline"), path, view); });
}

void TimelineView::askSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of this timeline view:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        emit saveViewRequested(name.trimmed(), m_view.toJson());
}

void TimelineView::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    reload();
}

void TimelineView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        updateKindsMenu();
        updateRolesMenu();
        m_canvas->update();
        reload(); // the status line and the zone name are the scene's: read again, said in the new language
    }
    QWidget::changeEvent(e);
}

void TimelineView::retranslate()
{
    m_lanes->setItemText(0, tr("Lanes by kind"));
    m_lanes->setItemText(1, tr("Lanes by entity"));
    m_kindsButton->setText(tr("Kinds"));
    m_rolesButton->setText(tr("Roles"));
    m_rolesButton->setToolTip(tr("Only the events people with these roles take part in"));
    m_text->setPlaceholderText(tr("Filter by text (Enter)"));
    m_zoomIn->setText(tr("Zoom In"));
    m_zoomOut->setText(tr("Zoom Out"));
    m_fit->setText(tr("Whole Period"));
    m_log->setText(tr("Log Scale"));
    m_heat->setText(tr("Heatmap"));
    m_ownTime->setText(tr("Sources' Local Time"));
    m_ownTime->setToolTip(tr("Count the heatmap's hours as each source recorded them (the phone's or bank's own offset), "
                             "not in the case's zone"));
    m_save->setText(tr("Save View…"));
    m_export->setText(tr("Export Image…"));
    m_zoomIn->setToolTip(tr("Zoom in (+, or the mouse wheel; drag across the density strip to zoom to a period)"));
    m_zoomOut->setToolTip(tr("Zoom out (-)"));
    m_fit->setToolTip(tr("Show the case's whole period (Home)"));
}

} // namespace cb::widgets
