#include "timeline/heatmappainter.h"

#include "timeutil.h"

namespace cb::widgets {

QColor HeatmapPainter::shade(double f)
{
    if (f <= 0)
        return QColor(0xF4, 0xF5, 0xF7);
    // From a pale yellow through orange to a deep red: readable in print and for most colour vision.
    const QColor stops[] = {QColor(0xFF, 0xF1, 0xC1), QColor(0xFD, 0xB8, 0x63), QColor(0xE8, 0x5D, 0x2F), QColor(0x9E, 0x1B, 0x1B)};
    const double x = qBound(0.0, f, 1.0) * 3;
    const int i = qMin(2, int(x));
    const double t = x - i;
    const QColor a = stops[i], b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t, a.blueF() + (b.blueF() - a.blueF()) * t);
}

QString HeatmapPainter::cellText(int weekday, int hour) const
{
    return tr("%1 %2:00–%2:59: %n event(s)", nullptr, int(m_pic.cells.cells[weekday][hour]))
        .arg(m_locale.dayName(weekday + 1, QLocale::LongFormat))
        .arg(hour, 2, 10, QLatin1Char('0'));
}

void HeatmapPainter::paintGrid(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = p.font();
    const QFontMetricsF fm(f);
    const double left = fm.horizontalAdvance(m_locale.dayName(3, QLocale::LongFormat)) + 16, top = fm.height() + 6;
    const double legendH = fm.height() + 18;
    const double cw = (rect.width() - left) / 24, ch = qMin(44.0, (rect.height() - top - legendH) / 7);
    const qint64 max = m_pic.cells.max();
    for (int h = 0; h < 24; ++h) {
        p.setPen(QColor(0x44, 0x4E, 0x5C));
        p.drawText(QRectF(rect.left() + left + h * cw, rect.top(), cw, top - 4), Qt::AlignCenter, QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    }
    for (int d = 0; d < 7; ++d) {
        p.setPen(QColor(0x2B, 0x33, 0x3F));
        p.drawText(QRectF(rect.left(), rect.top() + top + d * ch, left - 8, ch), Qt::AlignRight | Qt::AlignVCenter,
                   m_locale.dayName(d + 1, QLocale::LongFormat));
        for (int h = 0; h < 24; ++h) {
            const qint64 n = m_pic.cells.cells[d][h];
            const QRectF cell(rect.left() + left + h * cw + 1, rect.top() + top + d * ch + 1, cw - 2, ch - 2);
            const double frac = max ? double(n) / double(max) : 0;
            p.setPen(Qt::NoPen);
            p.setBrush(shade(n ? qMax(0.04, frac) : 0));
            p.drawRoundedRect(cell, 3, 3);
            if (n && cw > 26) {
                QFont small = f;
                small.setPointSizeF(f.pointSizeF() * 0.78);
                p.setFont(small);
                p.setPen(frac > 0.55 ? Qt::white : QColor(0x3A, 0x2A, 0x10));
                p.drawText(cell, Qt::AlignCenter, n < 10000 ? QString::number(n) : QString::number(n / 1000) + u'k');
                p.setFont(f);
            }
        }
    }
    // The scale: none, then the busiest hour's count.
    const double ly = rect.top() + top + 7 * ch + 10;
    const double lx = rect.left() + left;
    for (int i = 0; i <= 20; ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(shade(i / 20.0));
        p.drawRect(QRectF(lx + i * 12, ly, 12, 10));
    }
    p.setPen(QColor(0x44, 0x4E, 0x5C));
    p.drawText(QPointF(lx + 21 * 12 + 8, ly + 10),
               tr("0 to %1 events per hour of the week · %2 in all").arg(m_locale.toString(max), m_locale.toString(m_pic.cells.total())));
    p.restore();
}

void HeatmapPainter::paintPicture(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.fillRect(rect, Qt::white);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF r = rect.adjusted(20, 16, -20, -12);
    QFont base = p.font(), big = base;
    big.setPointSizeF(base.pointSizeF() * 1.45);
    big.setBold(true);
    p.setFont(big);
    p.setPen(QColor(0x14, 0x1B, 0x26));
    const QString name = m_pic.caseNumber.isEmpty() ? m_pic.caseTitle : m_pic.caseNumber + QStringLiteral(" · ") + m_pic.caseTitle;
    const double bigH = QFontMetricsF(big).height();
    p.drawText(QRectF(r.left(), r.top(), r.width(), bigH), Qt::AlignLeft | Qt::AlignVCenter, tr("Activity by hour and weekday · %1").arg(name));
    p.setFont(base);
    p.setPen(QColor(0x44, 0x4E, 0x5C));
    const double lineH = QFontMetricsF(base).height();
    const QStringList lines = {tr("%1 to %2 · hours in %3")
                                   .arg(casefile::displayTime(m_pic.fromMs, m_pic.displayZone), casefile::displayTime(m_pic.toMs, m_pic.displayZone),
                                        m_pic.zoneText),
                               tr("Shown: %1").arg(m_pic.filters.join(QStringLiteral(" · ")))};
    double y = r.top() + bigH + 4;
    for (const QString &l : lines) {
        p.drawText(QRectF(r.left(), y, r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(base).elidedText(l, Qt::ElideRight, r.width()));
        y += lineH + 2;
    }
    paintGrid(p, QRectF(r.left(), y + 12, r.width(), r.bottom() - y - 12));
    p.restore();
}

} // namespace cb::widgets
