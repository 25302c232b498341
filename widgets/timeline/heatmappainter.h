#pragma once
// The hour-by-weekday heatmap: one painter for the workbench and the exported picture.
#include "timeline/timelinequery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace cb::widgets {

struct HeatmapPicture
{
    casefile::timeline::Heatmap cells;
    QString caseTitle, caseNumber;
    QString zoneText;       // "Asia/Shanghai", or what "each event's own offset" says
    qint64 fromMs = 0, toMs = 0;
    QTimeZone displayZone;  // for the period's ends
    QStringList filters;    // kinds, entities... as shown
};

class HeatmapPainter
{
    Q_DECLARE_TR_FUNCTIONS(cb::widgets::HeatmapPainter)
public:
    explicit HeatmapPainter(const HeatmapPicture &picture, const QLocale &locale = QLocale()) : m_pic(picture), m_locale(locale) {}
    void paintPicture(QPainter &p, const QRectF &rect) const;   // title block and grid
    void paintGrid(QPainter &p, const QRectF &rect) const;      // the grid with its labels and scale
    QString cellText(int weekday, int hour) const;              // a tooltip
    static QColor shade(double fraction);                       // 0 (none) .. 1 (the busiest hour)

private:
    const HeatmapPicture &m_pic;
    QLocale m_locale;
};

} // namespace cb::widgets
