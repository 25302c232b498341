#include "zonechoices.h"

#include "newcasedialog.h"

#include <QDateTime>
#include <QMutex>
#include <QThreadPool>
#include <QTimeZone>

namespace cb::widgets {

const QList<ZoneChoice> zoneChoices()
{
    // The offsets are those of the hour they were read in: read again after an hour, so that a desk left
    // open across a change to or from summer time names the offsets right.
    static QMutex mutex;
    static QList<ZoneChoice> zones;
    static QDateTime readAt;
    QMutexLocker lock(&mutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (zones.isEmpty() || readAt.secsTo(now) > 3600) {
        QList<ZoneChoice> fresh;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QString name = QString::fromUtf8(id);
            fresh.append({name, QStringLiteral("%1  (%2)").arg(name, offsetText(QTimeZone(id)))});
        }
        zones = std::move(fresh);
        readAt = now;
    }
    return zones; // shared, not copied
}

void prepareZoneChoices()
{
    QThreadPool::globalInstance()->start([] { zoneChoices(); });
}

} // namespace cb::widgets
