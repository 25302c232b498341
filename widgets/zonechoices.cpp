#include "zonechoices.h"

#include "newcasedialog.h"

#include <QThreadPool>
#include <QTimeZone>

namespace cb::widgets {

const QList<ZoneChoice> &zoneChoices()
{
    static const QList<ZoneChoice> zones = [] { // initialised once, whichever thread comes first
        QList<ZoneChoice> out;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QString name = QString::fromUtf8(id);
            out.append({name, QStringLiteral("%1  (%2)").arg(name, offsetText(QTimeZone(id)))});
        }
        return out;
    }();
    return zones;
}

void prepareZoneChoices()
{
    QThreadPool::globalInstance()->start([] { zoneChoices(); });
}

} // namespace cb::widgets
