#include "packettext.h"

#include <QDateTime>

namespace cb::reports {

PacketText::PacketText(const QString &language)
    : m_language(language == u"zh_CN" || language == u"zh" ? QStringLiteral("zh_CN") : QStringLiteral("en"))
{
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(QStringLiteral(":/i18n/casebench_%1.qm").arg(m_language)))
        m_translator.reset();
}

QString PacketText::in(const char *context, const char *source) const
{
    if (m_translator) {
        const QString done = m_translator->translate(context, source);
        if (!done.isEmpty())
            return done;
    }
    return QString::fromUtf8(source);
}

QString PacketText::zoneName(const QTimeZone &zone) const
{
    const int offset = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return QStringLiteral("%1 (UTC%2%3:%4)").arg(QString::fromUtf8(zone.id()), sign)
        .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0')).arg(qAbs(offset) / 60 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace cb::reports
