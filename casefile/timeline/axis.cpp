#include "timeline/axis.h"

namespace cb::casefile::timeline {

namespace {

struct Step
{
    TimeUnit unit;
    int step;
};

const Step steps[] = {
    {TimeUnit::Millisecond, 100}, {TimeUnit::Millisecond, 250}, {TimeUnit::Millisecond, 500}, {TimeUnit::Second, 1},
    {TimeUnit::Second, 5},        {TimeUnit::Second, 15},       {TimeUnit::Second, 30},       {TimeUnit::Minute, 1},
    {TimeUnit::Minute, 5},        {TimeUnit::Minute, 15},       {TimeUnit::Minute, 30},       {TimeUnit::Hour, 1},
    {TimeUnit::Hour, 3},          {TimeUnit::Hour, 6},          {TimeUnit::Hour, 12},         {TimeUnit::Day, 1},
    {TimeUnit::Day, 2},           {TimeUnit::Day, 7},           {TimeUnit::Month, 1},         {TimeUnit::Month, 3},
    {TimeUnit::Month, 6},         {TimeUnit::Year, 1},          {TimeUnit::Year, 2},          {TimeUnit::Year, 5},
    {TimeUnit::Year, 10},         {TimeUnit::Year, 25},         {TimeUnit::Year, 50},         {TimeUnit::Year, 100},
};

// The first tick at or before t: t's local time rounded down to the step.
QDateTime floorTo(const QDateTime &t, const Step &s)
{
    const QDate d = t.date();
    const QTime tm = t.time();
    const QTimeZone zone = t.timeZone();
    switch (s.unit) {
    case TimeUnit::Year: return QDateTime(QDate(d.year() - ((d.year() % s.step) + s.step) % s.step, 1, 1), QTime(0, 0), zone);
    case TimeUnit::Month: return QDateTime(QDate(d.year(), (d.month() - 1) / s.step * s.step + 1, 1), QTime(0, 0), zone);
    case TimeUnit::Day:
        // Weeks start on Monday; other day steps count from the month's first.
        return QDateTime(s.step == 7 ? d.addDays(1 - d.dayOfWeek()) : QDate(d.year(), d.month(), (d.day() - 1) / s.step * s.step + 1),
                         QTime(0, 0), zone);
    case TimeUnit::Hour: return QDateTime(d, QTime(tm.hour() / s.step * s.step, 0), zone);
    case TimeUnit::Minute: return QDateTime(d, QTime(tm.hour(), tm.minute() / s.step * s.step), zone);
    case TimeUnit::Second: return QDateTime(d, QTime(tm.hour(), tm.minute(), tm.second() / s.step * s.step), zone);
    case TimeUnit::Millisecond: return t.addMSecs(-(tm.msec() % s.step));
    }
    return t;
}

QDateTime next(const QDateTime &t, const Step &s)
{
    switch (s.unit) {
    case TimeUnit::Year: return t.addYears(s.step);
    case TimeUnit::Month: return t.addMonths(s.step);
    case TimeUnit::Day: {
        // Calendar days: the next local midnight, however long the day was; day steps restart each month.
        QDate d = t.date().addDays(s.step);
        if (s.step != 1 && s.step != 7 && d.month() != t.date().month())
            d = QDate(d.year(), d.month(), 1);
        return QDateTime(d, QTime(0, 0), t.timeZone());
    }
    case TimeUnit::Hour: return t.addSecs(3600LL * s.step); // real hours: a DST change keeps the spacing
    case TimeUnit::Minute: return t.addSecs(60LL * s.step);
    case TimeUnit::Second: return t.addSecs(s.step);
    case TimeUnit::Millisecond: return t.addMSecs(s.step);
    }
    return t;
}

bool startsLargerUnit(const QDateTime &t, TimeUnit unit)
{
    const QTime tm = t.time();
    switch (unit) {
    case TimeUnit::Year: return t.date().year() % 10 == 0;
    case TimeUnit::Month: return t.date().month() == 1;
    case TimeUnit::Day: return t.date().day() == 1;
    case TimeUnit::Hour: return tm.hour() == 0 || (tm.hour() == 1 && t.addSecs(-3600).time().hour() != 0);
    case TimeUnit::Minute: return tm.minute() == 0;
    case TimeUnit::Second: return tm.second() == 0;
    case TimeUnit::Millisecond: return tm.msec() == 0;
    }
    return false;
}

} // namespace

qint64 nominalMs(TimeUnit unit, int step)
{
    switch (unit) {
    case TimeUnit::Year: return 365LL * 86'400'000 * step;
    case TimeUnit::Month: return 30LL * 86'400'000 * step;
    case TimeUnit::Day: return 86'400'000LL * step;
    case TimeUnit::Hour: return 3'600'000LL * step;
    case TimeUnit::Minute: return 60'000LL * step;
    case TimeUnit::Second: return 1000LL * step;
    case TimeUnit::Millisecond: return step;
    }
    return 1;
}

Axis axisTicks(qint64 fromMs, qint64 toMs, const QTimeZone &zone, int widthPx, int minSpacingPx)
{
    Axis axis;
    if (toMs <= fromMs || widthPx <= 0)
        return axis;
    const double msPerPx = double(toMs - fromMs) / widthPx;
    Step chosen = steps[std::size(steps) - 1];
    for (const Step &s : steps)
        if (nominalMs(s.unit, s.step) / msPerPx >= minSpacingPx) {
            chosen = s;
            break;
        }
    axis.unit = chosen.unit;
    axis.step = chosen.step;
    QDateTime t = floorTo(QDateTime::fromMSecsSinceEpoch(fromMs, zone), chosen);
    for (int guard = 0; guard < 10000 && t.toMSecsSinceEpoch() <= toMs; ++guard) {
        const qint64 ms = t.toMSecsSinceEpoch();
        if (ms >= fromMs)
            axis.ticks.append({ms, t, startsLargerUnit(t, chosen.unit)});
        const QDateTime n = next(t, chosen);
        if (n.toMSecsSinceEpoch() <= ms) // a local time that does not exist: step on from real time
            t = t.addSecs(3600);
        else
            t = n;
    }
    return axis;
}

} // namespace cb::casefile::timeline
