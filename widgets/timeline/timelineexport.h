#pragma once
// Writes a picture to PNG, SVG or PDF, chosen by the file's extension; the painter is the one the screen uses.
#include "result.h"

#include <QPainter>
#include <QSize>
#include <functional>

namespace cb::widgets {

// paint(painter, rect) draws the picture into rect. PNG is written at twice the size's pixels (sharp when
// zoomed or printed); SVG and PDF are vector.
cb::Status exportPicture(const QString &path, QSize size, const QString &title,
                                   const std::function<void(QPainter &, const QRectF &)> &paint);
bool isPictureFile(const QString &path); // .png, .svg or .pdf

} // namespace cb::widgets
