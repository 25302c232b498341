#include "phone/devicereaders.h"

#include <QDateTime>

namespace cb::importers {

using namespace cb::casefile;

namespace {
constexpr qint64 MinPlausibleMs = 631152000000LL;  // 1990-01-01
constexpr qint64 MaxPlausibleMs = 4102444800000LL; // 2100-01-01
constexpr double AppleEpochS = 978307200.0;        // 2001-01-01 in Unix seconds
} // namespace

DeviceReadContext::DeviceReadContext(DeviceDatabase &d, ImportContext &c, RecordSink &s) : db(d), ctx(c), sink(s) {}

DeviceReadContext::~DeviceReadContext() = default;

QString DeviceReadContext::locator(const char *table, qint64 rowid)
{
    QString l = QLatin1String(table) + QStringLiteral(" rowid ") + QString::number(rowid);
    if (db.walOnly(table, rowid)) {
        l += QStringLiteral(" (WAL)");
        ++m_walRows;
    }
    return l;
}

Timestamp DeviceReadContext::at(qint64 utcMs)
{
    const qint64 hour = utcMs / 3600000;
    auto it = m_offsets.constFind(hour);
    if (it == m_offsets.constEnd())
        it = m_offsets.insert(hour, ctx.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())));
    return {utcMs, *it};
}

bool DeviceReadContext::unixMs(qint64 ms, Timestamp &out)
{
    if (ms < MinPlausibleMs || ms > MaxPlausibleMs)
        return false;
    out = at(ms);
    return true;
}

bool DeviceReadContext::appleTime(double value, Timestamp &out)
{
    // Newer Messages databases count nanoseconds since 2001; older ones (and Core Data) seconds.
    if (value > 1e14 || value < -1e14)
        value /= 1e9;
    const double ms = (value + AppleEpochS) * 1000.0;
    if (!(ms >= double(MinPlausibleMs) && ms <= double(MaxPlausibleMs)))
        return false;
    out = at(qint64(std::llround(ms)));
    return true;
}

template <class R> void DeviceReadContext::keep(R r)
{
    ++m_rows;
    sink.rowsRead(1);
    m_batch.add(std::move(r));
    if (m_batch.held() == 0) // a batch just went: the moment to ask whether to stop
        checkCancel();
}

void DeviceReadContext::call(CallRecord c)
{
    keep(std::move(c));
}

void DeviceReadContext::message(MessageRecord m)
{
    keep(std::move(m));
}

void DeviceReadContext::contact(ContactRecord c)
{
    keep(std::move(c));
}

void DeviceReadContext::rejected(const QString &locator, const Message &why)
{
    ++m_rows;
    sink.rowsRead(1);
    sink.rowRejected(locator, why);
}

bool DeviceReadContext::timeOk(bool usable, const QString &locator, const QString &raw, bool call)
{
    if (!usable)
        rejected(locator, implausibleTime(call, raw));
    return usable;
}

void DeviceReadContext::flush()
{
    m_batch.flush();
    checkCancel();
}

void DeviceReadContext::checkCancel()
{
    if (!ctx.advance(progressBytes))
        m_cancelled = true;
}

QString numberFromJid(const QString &jid)
{
    const qsizetype at = jid.indexOf(u'@');
    if (at <= 0)
        return jid;
    const QStringView user = QStringView(jid).left(at);
    const QStringView server = QStringView(jid).mid(at + 1);
    if (server != u"s.whatsapp.net" && server != u"c.us")
        return jid;
    for (QChar c : user)
        if (!c.isDigit())
            return jid;
    return u'+' + user.toString();
}

const std::vector<DeviceArtifact> &deviceArtifacts()
{
    static const std::vector<DeviceArtifact> all = [] {
        std::vector<DeviceArtifact> v;
        androidArtifacts(v);
        iosArtifacts(v);
        whatsappArtifacts(v);
        return v;
    }();
    return all;
}

} // namespace cb::importers
