// The icon of each entity kind: the drawings in resources/entities/ (one SVG per kind), rendered through the
// painter they are given, so that they stay vector in the chart's SVG and PDF exports and the packet, and
// crisp at any zoom on screen; the workbench's lists show the same drawings.
#include "chart/chartpainter.h"

#include <QFile>
#include <QHash>
#include <QPixmap>
#include <QSvgRenderer>
#include <memory>

namespace cb::widgets {

namespace {

QString iconFile(const QString &kind)
{
    static const QStringList drawn{QStringLiteral("person"),       QStringLiteral("phone"),       QStringLiteral("bank_account"),
                                   QStringLiteral("bank_card"),    QStringLiteral("device"),      QStringLiteral("app_account"),
                                   QStringLiteral("organisation"), QStringLiteral("cell_site"),   QStringLiteral("location"),
                                   QStringLiteral("email")};
    const QString k = kind == u"group" ? QStringLiteral("organisation") : kind;
    return QStringLiteral(":/casebench/entities/%1.svg").arg(drawn.contains(k) ? k : QStringLiteral("other"));
}

// One renderer per kind and ink on each thread: packets and exports draw on worker threads. The drawings are
// in black (#000000), which is replaced by the ink.
QSvgRenderer *renderer(const QString &kind, const QColor &ink)
{
    thread_local QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    const QString key = kind + u'|' + ink.name(QColor::HexArgb);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return it->get();
    QFile file(iconFile(kind));
    QByteArray svg = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    svg.replace("#000000", ink.name(QColor::HexRgb).toLatin1());
    auto r = std::make_shared<QSvgRenderer>(svg);
    cache.insert(key, r);
    return r.get();
}

} // namespace

void ChartPainter::drawIcon(QPainter &p, const QString &kind, QPointF c, double s, const QColor &ink)
{
    p.save();
    p.setOpacity(p.opacity() * ink.alphaF());
    renderer(kind, ink)->render(&p, QRectF(c.x() - s / 2, c.y() - s / 2, s, s));
    p.restore();
}

QIcon ChartPainter::entityIcon(const QString &kind, const QColor &ink)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        // The drawings leave a margin for the chart's disc: a list's icon uses the whole square.
        drawIcon(p, kind, QPointF(size / 2.0, size / 2.0), size * 1.25, ink);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cb::widgets
