#pragma once
// The Timeline panel: every event of the case on one axis, in lanes by kind or by entity, with the density
// strip as overview and brush, and an hour-by-weekday heatmap of the same view. Scenes are read on the
// case worker's reader thread (the GUI runs no SQL); wheel, keys and the brush zoom, dragging pans. Clicking
// an event selects its record (Details shows its provenance); a record selected elsewhere is found here.
#include "progress.h"
#include "recordkind.h"
#include "timeline/timelinescene.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLineEdit;
class QLabel;
class QStackedWidget;
class QToolButton;
class QAction;
class QMenu;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class TimelineCanvas;
class HeatmapCanvas;

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;
    void setWorker(casefile::CaseWorker *worker);

    casefile::timeline::ViewSpec view() const { return m_view; }
    void setView(const casefile::timeline::ViewSpec &view);
    const casefile::timeline::Scene *scene() const; // what is on screen (null before the first load)
    void zoomTo(qint64 fromMs, qint64 toMs);
    void zoomBy(double factor, qint64 anchorMs); // factor < 1 zooms in
    void panBy(double fractionOfWidth);
    void fit();                                   // the case's whole period
    void showEntities(const QList<qint64> &entities); // lanes for these entities (merged twins join them), whole period
    void showHeatmap(bool on);
    // Centres the view on a record (zooming to a day around it when it is out of view) and marks it.
    void focusRecord(casefile::RecordKind kind, qint64 id);

signals:
    void recordSelected(cb::casefile::RecordKind kind, qint64 id);
    void saveViewRequested(const QString &name, const QJsonObject &view);
    void loaded(); // a new scene (or heatmap) is on screen

protected:
    void changeEvent(QEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;

private:
    void retranslate();
    void reload();
    void reloadHeatmap();
    void sceneArrived(Result<casefile::timeline::Scene> scene, quint64 request);
    void exportImage();
    void askSaveView();
    void updateKindsMenu();
    void updateRolesMenu();

    casefile::CaseWorker *m_worker = nullptr;
    casefile::timeline::ViewSpec m_view;
    TimelineCanvas *m_canvas;
    HeatmapCanvas *m_heatmap;
    QStackedWidget *m_stack;
    QComboBox *m_lanes;
    QToolButton *m_kindsButton, *m_zoomIn, *m_zoomOut, *m_fit, *m_log, *m_heat, *m_save, *m_export;
    QMenu *m_kindsMenu, *m_rolesMenu;
    QToolButton *m_rolesButton, *m_ownTime;
    QLineEdit *m_text;
    QLabel *m_zone, *m_status;
    quint64 m_request = 0;
    bool m_loading = false, m_dirty = false;
    Progress m_progress;
};

} // namespace cb::widgets
