#pragma once
// The time zones the pickers offer (New Case, the import wizard, the mapping editor), each with its offset
// now. Reading ~600 zones from the system's database takes a noticeable moment, so the list is read on a
// pool thread while the workbench starts, shared, and read again only when its offsets are an hour old.
#include <QList>
#include <QString>

namespace cb::widgets {

struct ZoneChoice
{
    QString id;    // "Asia/Shanghai"
    QString label; // "Asia/Shanghai  (UTC+08:00)"
};

// Every zone the system knows; the first call reads them (any thread), later calls return at once.
const QList<ZoneChoice> zoneChoices(); // const: iterating it does not copy the shared list
// Starts reading them on a pool thread, so that the first dialog to need them does not wait.
void prepareZoneChoices();

} // namespace cb::widgets
