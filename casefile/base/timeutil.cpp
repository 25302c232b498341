#include "timeutil.h"

#include <QDateTime>

namespace cb::casefile {

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isValidCivil(int y, int m, int d, int hh, int mm, int ss)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int dim = days[m - 1] + (m == 2 && leap ? 1 : 0);
    return d <= dim && hh >= 0 && hh < 24 && mm >= 0 && mm < 60 && ss >= 0 && ss <= 60;
}

LocalZone::LocalZone(const QTimeZone &zone) : m_zone(zone)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    if (!m_zone.hasDaylightTime() && !m_zone.hasTransitions()) {
        m_fixed = true;
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    }
}

Timestamp LocalZone::fromLocal(qint64 localMs)
{
    if (m_fixed)
        return {localMs - qint64(m_fixedOffset) * 1000, m_fixedOffset};
    const qint64 hour = localMs >= 0 ? localMs / 3600000 : (localMs - 3599999) / 3600000;
    auto it = m_hourOffsets.constFind(hour);
    qint32 off;
    if (it != m_hourOffsets.constEnd()) {
        off = *it;
    } else {
        const QDateTime local =
            QDateTime::fromMSecsSinceEpoch(hour * 3600000, QTimeZone::utc()).toTimeZone(QTimeZone::utc());
        const QDateTime inZone(local.date(), local.time(), m_zone);
        off = inZone.isValid() ? inZone.offsetFromUtc() : m_zone.standardTimeOffset(local);
        if (m_hourOffsets.size() > 100000)
            m_hourOffsets.clear();
        m_hourOffsets.insert(hour, off);
    }
    return {localMs - qint64(off) * 1000, off};
}

QString isoWithOffset(const Timestamp &t)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t.utcMs, QTimeZone(t.offsetS));
    return dt.toString(Qt::ISODate);
}

QString isoUtc(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
}

QString displayTime(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const int off = dt.offsetFromUtc();
    const QString sign = off < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int a = qAbs(off);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC%1%2:%3").arg(sign).arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatDuration(qint64 s)
{
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseUserTime(QString text, const QTimeZone &zone)
{
    text = text.trimmed().replace(u' ', u'T');
    if (text.size() == 10)
        text += QStringLiteral("T00:00:00");
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no offset written: the zone given
        t = QDateTime(t.date(), t.time(), zone);
    return t.toMSecsSinceEpoch();
}

} // namespace cb::casefile
