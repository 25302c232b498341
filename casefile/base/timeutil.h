#pragma once
// Time helpers. Hot paths (a million timestamps per import) avoid QDateTime: civil dates are converted
// with Howard Hinnant's days-from-civil arithmetic and zone offsets are cached per local hour.
#include "records.h"

#include <QHash>
#include <QTimeZone>
#include <optional>

namespace cb::casefile {

qint64 daysFromCivil(int y, int m, int d);
bool isValidCivil(int y, int m, int d, int hh, int mm, int ss);

// Resolves local wall-clock times of one zone to UTC. Not thread-safe; one per import.
class LocalZone
{
public:
    explicit LocalZone(const QTimeZone &zone = QTimeZone::utc());
    // localMs: milliseconds of the wall-clock time as if it were UTC.
    Timestamp fromLocal(qint64 localMs);
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    bool m_fixed = false;
    qint32 m_fixedOffset = 0;
    QHash<qint64, qint32> m_hourOffsets;
};

// "2024-03-01T14:22:05+08:00" (the source's own offset) or "...Z".
QString isoWithOffset(const Timestamp &t);
QString isoUtc(qint64 utcMs);
// For display: the instant in the case's zone, always with the zone shown ("2024-03-01 14:22:05 UTC+08:00").
QString displayTime(qint64 utcMs, const QTimeZone &zone);
// A duration in seconds as H:MM:SS ("0:12:51"), as tables and the packet show call durations.
QString formatDuration(qint64 seconds);
// A time a person typed: a date ("2024-03-05", midnight) or an ISO 8601 time, in `zone` when it names no
// offset; UTC milliseconds, or nullopt.
std::optional<qint64> parseUserTime(QString text, const QTimeZone &zone);

} // namespace cb::casefile
