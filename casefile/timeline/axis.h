#pragma once
// The time axis a timeline draws: ticks at calendar steps in the display zone (years, months, days, hours,
// minutes, seconds), as close as the width allows. The axis is linear in UTC, so a day in the zone is as
// long as it really was: Europe/Berlin's spring-forward day spans 23 hours, its fall-back day 25.
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace cb::casefile::timeline {

enum class TimeUnit { Year, Month, Day, Hour, Minute, Second, Millisecond };

struct Tick
{
    qint64 utcMs = 0;
    QDateTime local;   // the tick's time in the zone
    bool major = false; // the start of the next larger unit (a new day among hours, a new year among months)
};

struct Axis
{
    TimeUnit unit = TimeUnit::Day;
    int step = 1;       // in units: every 6 hours, every 15 minutes
    QList<Tick> ticks;  // in [from, to]
};

// Ticks at least minSpacingPx apart on an axis widthPx wide.
Axis axisTicks(qint64 fromMs, qint64 toMs, const QTimeZone &zone, int widthPx, int minSpacingPx = 90);

// The length of the unit's step, roughly (a month as 30 days): for choosing, not for placing.
qint64 nominalMs(TimeUnit unit, int step);

} // namespace cb::casefile::timeline
