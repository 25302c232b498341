#include "timeline/picturelanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace cb::widgets {

namespace {

thread_local const QTranslator *current = nullptr;
thread_local bool active = false; // a packet is being drawn on this thread (even if its language file failed to load)

class Forwarding : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (!active)
            return {}; // the application's translators answer
        const QString t = current ? current->translate(context, source, disambiguation, n) : QString();
        if (!t.isEmpty() || !source)
            return t;
        // Not in the packet's language file: the source text, never the workbench's language.
        QString s = QString::fromUtf8(source);
        return n >= 0 ? s.replace(QStringLiteral("%n"), QString::number(n)) : s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

PictureLanguage::PictureLanguage(const QTranslator *translator) : m_previous(current), m_wasActive(active)
{
    current = translator;
    active = true;
}

PictureLanguage::~PictureLanguage()
{
    current = m_previous;
    active = m_wasActive;
}

void PictureLanguage::install()
{
    static Forwarding *forwarding = nullptr;
    if (!QCoreApplication::instance())
        return;
    if (forwarding)
        QCoreApplication::removeTranslator(forwarding); // installed again below, ahead of translators added since
    else
        forwarding = new Forwarding(QCoreApplication::instance());
    QCoreApplication::installTranslator(forwarding);
}

} // namespace cb::widgets
