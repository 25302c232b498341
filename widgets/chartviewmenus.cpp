// The Link Chart panel's menus, texts and files: the kinds menu, what a node's and a link's context menus
// offer, saving the chart (and bookmarking it as an exhibit), and exporting it.
#include "chartview.h"

#include "chart/chartexport.h"
#include "chart/chartpainter.h"
#include "chartcanvas.h"
#include "entitylinks.h"
#include "session/caseworker.h"
#include "timeline/timelineexport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>

namespace cb::widgets {

using namespace casefile;
using namespace casefile::chart;

void ChartView::retranslate()
{
    const QStringList engines{tr("Layout: sfdp (large networks)"), tr("Layout: neato (spring)"), tr("Layout: dot (money left to right)"),
                              tr("Layout: circo (circular)"), tr("Layout: twopi (radial)")};
    for (int i = 0; i < m_layout->count(); ++i)
        m_layout->setItemText(i, engines.value(i));
    const QStringList sizes{tr("Size: all alike"), tr("Size: degree"), tr("Size: betweenness"), tr("Size: closeness"), tr("Size: eigenvector")};
    for (int i = 0; i < m_sizeBy->count(); ++i)
        m_sizeBy->setItemText(i, sizes.value(i));
    m_sizeBy->setToolTip(tr("Draw nodes larger by a network measure, and rank the entities by it"));
    m_hopsLabel->setText(tr("Hops"));
    m_hops->setToolTip(tr("How many steps out from the starting entities"));
    m_minLabel->setText(tr("Min. events"));
    m_minCount->setToolTip(tr("Hide links of fewer events"));
    m_kinds->setText(tr("Links"));
    m_labels->setText(tr("Link Labels"));
    m_fit->setText(tr("Fit"));
    m_relayout->setText(tr("Re-layout"));
    m_relayout->setToolTip(tr("Lay the whole chart out again; pinned nodes stay where they are"));
    m_path->setText(tr("Shortest Path"));
    m_path->setToolTip(tr("Select two nodes, then highlight the shortest path between them"));
    m_save->setText(tr("Save Chart…"));
    m_exhibit->setText(tr("Bookmark as Exhibit…"));
    m_export->setText(tr("Export…"));
    m_cancel->setText(tr("Cancel"));
}

void ChartView::updateKindsMenu()
{
    m_kindsMenu->clear();
    for (const QString &k : linkFamilies()) {
        QAction *a = m_kindsMenu->addAction(ChartPainter::linkKindLabel(k == LinkFamily::Links ? QStringLiteral("links") : k));
        if (k == LinkFamily::Links)
            a->setText(tr("Links stated or asserted (owner, account holder...)"));
        a->setCheckable(true);
        a->setChecked(m_spec.shows(k));
        connect(a, &QAction::toggled, this, [this, k](bool on) {
            QStringList kinds = m_spec.kinds.isEmpty() ? linkFamilies() : m_spec.kinds;
            if (on && !kinds.contains(k))
                kinds.append(k);
            if (!on)
                kinds.removeAll(k);
            m_spec.kinds = kinds.size() == linkFamilies().size() ? QStringList() : kinds;
            rebuild(false, true);
        });
    }
}

namespace {

// A context menu whose chosen action runs after the menu closes, and only if the chart it was opened on is
// still the one on screen (a chart that arrived meanwhile has other nodes at the same indexes).
class ChartMenu
{
public:
    explicit ChartMenu(QWidget *parent) : m_menu(parent) {}
    QMenu &menu() { return m_menu; }
    QAction *add(QMenu *in, const QString &text, std::function<void()> run)
    {
        QAction *a = in->addAction(text);
        m_run.insert(a, std::move(run));
        return a;
    }
    QAction *add(const QString &text, std::function<void()> run) { return add(&m_menu, text, std::move(run)); }
    void exec(QPoint at, const std::function<bool()> &stillShown)
    {
        QAction *chosen = m_menu.exec(at);
        if (chosen && m_run.contains(chosen) && stillShown())
            m_run.value(chosen)();
    }

private:
    QMenu m_menu;
    QHash<QAction *, std::function<void()>> m_run;
};

} // namespace

void ChartView::nodeMenu(int node, QPoint at)
{
    const Chart &c = m_canvas->chart();
    const ChartNode n = c.nodes.value(node);
    QList<int> selected = m_canvas->selectedNodes();
    if (!selected.contains(node))
        selected = {node};
    const QList<qint64> entities = entitiesOf(selected);
    ChartMenu menu(this);
    if (n.kind == u"more") {
        menu.add(tr("Show the Next %n Partner(s)", nullptr, std::min(n.moreCount, m_spec.maxLinksPerNode)), [this, node] { expand(node); });
    } else {
        if (n.entity)
            menu.add(tr("Expand (One Hop Further)"), [this, node] { expand(node); });
        menu.add(tr("Start a Chart Here"), [this, entities] { startFrom(entities); });
        menu.add(tr("Show on Timeline"), [this, entities] { emit timelineRequested(entities); });
        menu.menu().addSeparator();
        const qint64 key = n.kind == u"group" ? -(n.group + 1) : n.entity;
        if (m_spec.pinned.contains(key))
            menu.add(tr("Unpin"), [this, key] { m_spec.pinned.remove(key); });
        menu.add(tr("Hide"), [this, selected] { hideNodes(selected); });
        if (selected.size() >= 2) {
            menu.add(tr("Group the Selected…"), [this, selected] {
                bool ok = qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS");
                QString name = tr("Group %1").arg(m_spec.groups.size() + 1);
                if (!ok)
                    name = QInputDialog::getText(this, tr("Group"), tr("Name of the group (a person, an organisation):"), QLineEdit::Normal, name, &ok);
                if (ok && !name.trimmed().isEmpty())
                    groupEntities(entitiesOf(selected), name.trimmed());
            });
            if (selected.size() == 2) {
                menu.add(tr("Shortest Path Between the Two"), [this, selected] { showShortestPath(selected[0], selected[1]); });
                const ChartNode &first = c.nodes[selected[0]], &second = c.nodes[selected[1]];
                if (first.entity && second.entity) {
                    QMenu *asserting = menu.menu().addMenu(tr("Assert a Link"));
                    const QList<QPair<QString, QString>> kinds{{LinkKind::Owns, tr("%1 owns %2")}, {LinkKind::Uses, tr("%1 uses %2")},
                                                               {LinkKind::MemberOf, tr("%1 is a member of %2")}, {LinkKind::AliasOf, tr("%1 is an alias of %2")}};
                    for (const auto &[kind, text] : kinds)
                        menu.add(asserting, text.arg(first.label, second.label),
                                 [this, a = first.entity, b = second.entity, kind] { emit assertLinkRequested(a, b, kind); });
                }
            }
        }
        if (n.group >= 0) {
            const bool collapsed = n.kind == u"group";
            menu.add(collapsed ? tr("Expand the Group") : tr("Collapse the Group"), [this, g = n.group, collapsed] { setGroupCollapsed(g, !collapsed); });
            menu.add(tr("Ungroup"), [this, g = n.group] { ungroup(g); });
        }
    }
    menu.exec(at, [this, shown = m_shownSerial] { return shown == m_shownSerial; });
}

void ChartView::linkMenu(int link, QPoint at)
{
    const Chart &c = m_canvas->chart();
    const ChartLink l = c.links.value(link);
    ChartMenu menu(this);
    const QList<qint64> ends{c.nodes[l.a].entity, c.nodes[l.b].entity};
    menu.add(tr("Show Both on Timeline"), [this, ends] { emit timelineRequested(ends); });
    if (l.isEvents())
        menu.add(tr("Hide Links of Fewer Events Than This"), [this, n = l.total()] {
            m_spec.minCount = n;
            m_minCount->setValue(int(n));
            rebuild(false, true);
        });
    if (l.linkId && LinkKind::asserted().contains(l.kind)) {
        QMenu *status = menu.menu().addMenu(tr("Status"));
        const QList<QPair<QString, QString>> statuses{{LinkStatus::Alleged, tr("Alleged")}, {LinkStatus::Corroborated, tr("Corroborated")},
                                                      {LinkStatus::Refuted, tr("Refuted")}};
        for (const auto &[value, text] : statuses) {
            QAction *a = menu.add(status, text, [this, id = l.linkId, value] { emit linkStatusRequested(id, value); });
            a->setCheckable(true);
            a->setChecked(l.status == value);
        }
    }
    menu.exec(at, [this, shown = m_shownSerial] { return shown == m_shownSerial; });
}

void ChartView::askSave(bool asExhibit)
{
    if (!m_canvas->hasChart())
        return;
    bool ok = qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS");
    QString name = m_canvas->chart().name.isEmpty() ? tr("Chart") : m_canvas->chart().name;
    if (!ok)
        name = QInputDialog::getText(this, asExhibit ? tr("Bookmark as Exhibit") : tr("Save Chart"), tr("Name of this chart:"), QLineEdit::Normal, name, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QJsonObject spec = specWithPositions().toJson();
    if (asExhibit)
        emit exhibitRequested(name.trimmed(), spec);
    else
        emit saveChartRequested(name.trimmed(), spec);
}

void ChartView::exportChart()
{
    if (!m_canvas->hasChart())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
                                                      tr("Pictures (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;Graphviz (*.dot)"));
    if (path.isEmpty())
        return;
    const Chart copy = m_canvas->chart();
    const QString ext = QFileInfo(path).suffix().toLower();
    Status st;
    if (isPictureFile(path)) {
        ChartPainter painter(copy, locale());
        painter.setHighlighted(m_canvas->highlighted());
        st = exportPicture(path, QSize(1600, 1000), painter.titleLines().value(0), [&](QPainter &p, const QRectF &r) { painter.paintPicture(p, r); });
    } else {
        const QByteArray bytes = ext == u"graphml" ? toGraphml(copy) : ext == u"gexf" ? toGexf(copy) : toDot(copy);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            st = Status::error(QStringLiteral("%1: %2").arg(path, f.errorString()));
    }
    if (!st) {
        QMessageBox::warning(this, tr("Export Chart"), st.message());
        return;
    }
    // Recorded in the audit log with the file's SHA-256 (read back on the writer thread), as every export is,
    // unless another Casebench writes the case (read-only here).
    if (!m_worker->info().readOnly)
        m_worker->write<Status>([path, view = copy.spec.toJson()](CaseSession &s, const Progress &) { return s.recordFileExport(QStringLiteral("chart"), path, view); });
}

} // namespace cb::widgets
