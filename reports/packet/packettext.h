#pragma once
// The packet's language, independent of the workbench's: a packet in Chinese can be made from an English
// workbench and the other way round. Strings are marked with QT_TRANSLATE_NOOP in context
// "cb::reports::Packet" (column titles keep the query layer's context) and translated here.
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QTranslator>
#include <memory>

namespace cb::reports {

class PacketText
{
public:
    explicit PacketText(const QString &language); // "en" or "zh_CN"
    QString language() const { return m_language; }
    bool chinese() const { return m_language == u"zh_CN"; }
    // A string marked in context cb::reports::Packet.
    QString t(const char *source) const { return in("cb::reports::Packet", source); }
    QString in(const char *context, const char *source) const;
    // A date and time in the case's zone, the zone named ("2024-03-05 05:39:00 Asia/Shanghai (UTC+08:00)").
    QString zoneName(const QTimeZone &zone) const;
    const QTranslator *translator() const { return m_translator.get(); }

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace cb::reports
