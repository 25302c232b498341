#include "phone/androidtelephony.h"

namespace cb::importers::android {

using namespace cb::casefile;

bool isWithheld(const QString &number, qint64 presentation)
{
    return number == u"-1" || number == u"-2" || number == u"-3" || presentation > 1;
}

void applyCallType(qint64 type, CallRecord &c)
{
    static const char *const status[] = {"", "incoming", "outgoing", "missed", "voicemail", "rejected", "blocked", "answered elsewhere"};
    static const CallDirection dir[] = {CallDirection::Unknown, CallDirection::In, CallDirection::Out, CallDirection::Missed,
                                        CallDirection::In, CallDirection::Missed, CallDirection::Missed, CallDirection::In};
    const QString name = type >= 1 && type <= 7 ? QLatin1String(status[type]) : QStringLiteral("type %1").arg(type);
    if (type >= 1 && type <= 7)
        c.direction = dir[type];
    c.status = c.status.isEmpty() ? name : name + QStringLiteral(", ") + c.status;
}

void addressSms(MessageRecord &m, qint64 type, const QString &address, const QString &owner)
{
    m.app = QStringLiteral("SMS");
    if (type == 1) {
        m.direction = QStringLiteral("in");
        m.sender = address;
        if (!owner.isEmpty())
            m.recipients << owner;
    } else {
        m.direction = type == 3 ? QStringLiteral("draft") : QStringLiteral("out");
        m.recipients << address;
    }
}

QString mmsDirection(qint64 box)
{
    return box == 1 ? QStringLiteral("in") : box == 3 ? QStringLiteral("draft") : QStringLiteral("out");
}

void addMmsPart(MessageRecord &m, const QString &contentType, const QString &text, const QString &name)
{
    if (contentType == u"application/smil")
        return;
    const QString part = contentType == u"text/plain" ? text : QStringLiteral("[%1 %2]").arg(contentType, name);
    m.body += (m.body.isEmpty() ? QString() : QStringLiteral("\n")) + part;
}

void addMmsAddress(MessageRecord &m, const QString &address, qint64 type)
{
    if (address.isEmpty() || address == u"insert-address-token")
        return;
    if (type == 137)
        m.sender = address;
    else
        m.recipients << address;
}

void finishMms(MessageRecord &m, const QString &owner)
{
    m.app = QStringLiteral("MMS");
    if (m.direction == u"in" && m.recipients.isEmpty() && !owner.isEmpty())
        m.recipients << owner;
}

} // namespace cb::importers::android
