// The icon of each entity kind, drawn as vector paths (crisp in SVG and PDF, and at any zoom).
#include "chart/chartpainter.h"

#include <QPainterPath>

namespace cb::widgets {

namespace {

void person(QPainter &p, QPointF c, double s)
{
    p.drawEllipse(c + QPointF(0, -s * 0.17), s * 0.15, s * 0.15);
    QPainterPath body;
    body.moveTo(c + QPointF(-s * 0.3, s * 0.32));
    body.cubicTo(c + QPointF(-s * 0.3, s * 0.02), c + QPointF(s * 0.3, s * 0.02), c + QPointF(s * 0.3, s * 0.32));
    body.closeSubpath();
    p.drawPath(body);
}

void phone(QPainter &p, QPointF c, double s)
{
    p.drawRoundedRect(QRectF(c.x() - s * 0.17, c.y() - s * 0.3, s * 0.34, s * 0.6), s * 0.06, s * 0.06);
    p.save();
    p.setBrush(Qt::NoBrush);
    QPen pen = p.pen();
    pen.setWidthF(s * 0.05);
    p.setPen(pen);
    p.drawLine(c + QPointF(-s * 0.06, s * 0.2), c + QPointF(s * 0.06, s * 0.2));
    p.restore();
}

void bank(QPainter &p, QPointF c, double s)
{
    QPainterPath roof;
    roof.moveTo(c + QPointF(-s * 0.34, -s * 0.12));
    roof.lineTo(c + QPointF(0, -s * 0.34));
    roof.lineTo(c + QPointF(s * 0.34, -s * 0.12));
    roof.closeSubpath();
    p.drawPath(roof);
    for (int i = -1; i <= 1; ++i)
        p.drawRect(QRectF(c.x() + i * s * 0.2 - s * 0.05, c.y() - s * 0.07, s * 0.1, s * 0.28));
    p.drawRect(QRectF(c.x() - s * 0.34, c.y() + s * 0.24, s * 0.68, s * 0.08));
}

void card(QPainter &p, QPointF c, double s)
{
    p.drawRoundedRect(QRectF(c.x() - s * 0.34, c.y() - s * 0.22, s * 0.68, s * 0.44), s * 0.05, s * 0.05);
    p.save();
    p.setBrush(p.background());
    p.setPen(Qt::NoPen);
    p.drawRect(QRectF(c.x() - s * 0.34, c.y() - s * 0.1, s * 0.68, s * 0.08));
    p.restore();
}

void device(QPainter &p, QPointF c, double s)
{
    p.drawRoundedRect(QRectF(c.x() - s * 0.24, c.y() - s * 0.32, s * 0.48, s * 0.64), s * 0.07, s * 0.07);
    p.save();
    p.setBrush(p.background());
    p.setPen(Qt::NoPen);
    p.drawRect(QRectF(c.x() - s * 0.18, c.y() - s * 0.24, s * 0.36, s * 0.42));
    p.restore();
}

void appAccount(QPainter &p, QPointF c, double s)
{
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(c.x() - s * 0.32, c.y() - s * 0.28, s * 0.64, s * 0.44), s * 0.12, s * 0.12);
    QPainterPath tail;
    tail.moveTo(c + QPointF(-s * 0.14, s * 0.14));
    tail.lineTo(c + QPointF(-s * 0.22, s * 0.32));
    tail.lineTo(c + QPointF(s * 0.02, s * 0.14));
    p.drawPath(bubble.united(tail));
}

void organisation(QPainter &p, QPointF c, double s)
{
    p.drawRect(QRectF(c.x() - s * 0.26, c.y() - s * 0.32, s * 0.52, s * 0.64));
    p.save();
    p.setBrush(p.background());
    p.setPen(Qt::NoPen);
    for (int r = 0; r < 3; ++r)
        for (int k = 0; k < 2; ++k)
            p.drawRect(QRectF(c.x() - s * 0.17 + k * s * 0.2, c.y() - s * 0.24 + r * s * 0.17, s * 0.1, s * 0.09));
    p.restore();
}

void cellSite(QPainter &p, QPointF c, double s)
{
    QPainterPath mast;
    mast.moveTo(c + QPointF(0, -s * 0.2));
    mast.lineTo(c + QPointF(s * 0.18, s * 0.34));
    mast.lineTo(c + QPointF(-s * 0.18, s * 0.34));
    mast.closeSubpath();
    p.drawPath(mast);
    p.save();
    p.setBrush(Qt::NoBrush);
    QPen pen = p.pen();
    pen.setWidthF(s * 0.05);
    pen.setColor(p.brush().color());
    p.setPen(pen);
    for (double r : {0.16, 0.28})
        p.drawArc(QRectF(c.x() - s * r, c.y() - s * 0.2 - s * r, 2 * s * r, 2 * s * r), 30 * 16, 120 * 16);
    p.restore();
}

void location(QPainter &p, QPointF c, double s)
{
    QPainterPath pin;
    pin.moveTo(c + QPointF(0, s * 0.34));
    pin.cubicTo(c + QPointF(-s * 0.36, -s * 0.02), c + QPointF(-s * 0.22, -s * 0.34), c + QPointF(0, -s * 0.34));
    pin.cubicTo(c + QPointF(s * 0.22, -s * 0.34), c + QPointF(s * 0.36, -s * 0.02), c + QPointF(0, s * 0.34));
    p.drawPath(pin);
    p.save();
    p.setBrush(p.background());
    p.setPen(Qt::NoPen);
    p.drawEllipse(c + QPointF(0, -s * 0.1), s * 0.09, s * 0.09);
    p.restore();
}

void email(QPainter &p, QPointF c, double s)
{
    const QRectF r(c.x() - s * 0.32, c.y() - s * 0.2, s * 0.64, s * 0.4);
    p.drawRect(r);
    p.save();
    QPen pen = p.pen();
    pen.setColor(p.background().color());
    pen.setWidthF(s * 0.05);
    p.setPen(pen);
    p.drawLine(r.topLeft(), r.center());
    p.drawLine(r.topRight(), r.center());
    p.restore();
}

} // namespace

void ChartPainter::drawIcon(QPainter &p, const QString &kind, QPointF c, double s, const QColor &ink)
{
    p.save();
    p.setPen(QPen(ink, s * 0.02));
    p.setBrush(ink);
    if (kind == u"person")
        person(p, c, s);
    else if (kind == u"phone")
        phone(p, c, s);
    else if (kind == u"bank_account")
        bank(p, c, s);
    else if (kind == u"bank_card")
        card(p, c, s);
    else if (kind == u"device")
        device(p, c, s);
    else if (kind == u"app_account")
        appAccount(p, c, s);
    else if (kind == u"organisation" || kind == u"group")
        organisation(p, c, s);
    else if (kind == u"cell_site")
        cellSite(p, c, s);
    else if (kind == u"location")
        location(p, c, s);
    else if (kind == u"email")
        email(p, c, s);
    else
        p.drawEllipse(c, s * 0.16, s * 0.16);
    p.restore();
}

} // namespace cb::widgets
