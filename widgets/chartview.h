#pragma once
// The Link Chart panel: the chart's spec (where it starts, hops, kinds, weak links, layout) on a toolbar,
// the canvas below. The chart is built on the case worker's reader thread and laid out on the one layout
// thread (Graphviz is not thread-safe), with progress and Cancel; the GUI runs neither SQL nor Graphviz.
// Expanding a node, opening a "+N more" page or bringing in hidden kinds keeps every drawn node where it
// is and places the new ones around it; nodes the analyst drags stay pinned. Selection is shared: a node
// clicked shows its entity in Details; an entity selected elsewhere is selected here.
#include "chart/chart.h"
#include "progress.h"

#include <QHash>
#include <QRectF>
#include <QWidget>

class QComboBox;
class QListWidget;
class QLabel;
class QMenu;
class QSpinBox;
class QToolButton;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class ChartCanvas;

class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;
    void setWorker(casefile::CaseWorker *worker);

    ChartCanvas *canvas() const { return m_canvas; }
    const casefile::chart::ChartSpec &spec() const { return m_spec; }
    // The spec with every drawn node's position: what "Save chart" keeps, so it reopens exactly.
    casefile::chart::ChartSpec specWithPositions() const;
    void setSpec(const casefile::chart::ChartSpec &spec, bool relayout = false);
    void startFrom(const QList<qint64> &entities); // a new chart from these entities
    void expand(int node);                          // one hop further (a "+N more" node: its next page)
    void hideNodes(const QList<int> &nodes);
    void groupNodes(const QList<int> &nodes, const QString &name);
    void groupEntities(const QList<qint64> &members, const QString &name);
    void setGroupCollapsed(int group, bool collapsed);
    void ungroup(int group);
    void relayout();
    void showShortestPath(int from, int to);
    void selectEntity(qint64 entity);
    bool isBusy() const { return m_busy; }

signals:
    void entitySelected(qint64 entity);
    void timelineRequested(const QList<qint64> &entities);
    void saveChartRequested(const QString &name, const QJsonObject &spec);
    void exhibitRequested(const QString &name, const QJsonObject &spec);
    void assertLinkRequested(qint64 from, qint64 to, const QString &kind);      // the analyst asserts FROM kind TO
    void linkStatusRequested(qint64 linkId, const QString &status);            // a new status for an asserted link
    void loaded(); // a chart is on screen

protected:
    static QString summary(const casefile::chart::Chart &shown);
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void rebuild(bool relayout, bool keepView);
    struct LaidOut
    {
        casefile::chart::Chart chart;
        QHash<int, QRectF> labels; // where its link labels go
    };
    void arrived(Result<LaidOut> chart, quint64 request, bool keepView);
    void nodeMenu(int node, QPoint at);
    void linkMenu(int link, QPoint at);
    void updateKindsMenu();
    void askSave(bool asExhibit);
    void exportChart();
    void fillRanking();
    QList<qint64> entitiesOf(const QList<int> &nodes) const;

    casefile::CaseWorker *m_worker = nullptr;
    casefile::chart::ChartSpec m_spec;
    ChartCanvas *m_canvas;
    QComboBox *m_layout, *m_sizeBy;
    QListWidget *m_ranking; // the entities by the size measure, highest first
    QSpinBox *m_hops, *m_minCount;
    QMenu *m_kindsMenu;
    QToolButton *m_kinds, *m_labels, *m_fit, *m_relayout, *m_path, *m_save, *m_exhibit, *m_export, *m_cancel;
    QLabel *m_hopsLabel, *m_minLabel, *m_status;
    quint64 m_request = 0;
    quint64 m_shownSerial = 0; // counts the charts put on screen (a menu opened on one acts on that one only)
    bool m_busy = false;
    Progress m_progress;
};

} // namespace cb::widgets
