#include "timeline/timelineexport.h"

#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cb::widgets {

using cb::ErrorCode;
using cb::Status;

bool isPictureFile(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == u"png" || ext == u"svg" || ext == u"pdf";
}

Status exportPicture(const QString &path, QSize size, const QString &title, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (!isPictureFile(path))
        return Status::error(ErrorCode::Invalid, QStringLiteral("%1: the picture must be a .png, .svg or .pdf file").arg(path));
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::error(QStringLiteral("%1: %2").arg(path, out.errorString()));
    if (ext == u"png") {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            paint(p, rect);
        }
        if (!image.save(&out, "PNG"))
            return Status::error(QStringLiteral("%1: could not write the PNG image").arg(path));
    } else if (ext == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&out);
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Casebench"));
        QPainter p(&svg);
        paint(p, rect);
    } else {
        QPdfWriter pdf(&out);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Casebench"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size) * 25.4 / 96, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF());
        QPainter p(&pdf);
        paint(p, rect);
    }
    if (!out.commit())
        return Status::error(QStringLiteral("%1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace cb::widgets
