#include "language.h"

#include "timeline/picturelanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPointer>
#include <QWidget>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace cb::app {

QString languageSetting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QLocale chosenLocale()
{
    if (qEnvironmentVariableIsSet("CASEBENCH_LANG"))
        return QLocale(qEnvironmentVariable("CASEBENCH_LANG"));
    const QString chosen = languageSetting();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void applyLanguage(const QLocale &locale)
{
    static QPointer<QTranslator> qt, own; // gone with the application that owned them
    QCoreApplication *app = QCoreApplication::instance();
    for (QPointer<QTranslator> *t : {&qt, &own}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    QLocale::setDefault(locale); // dates, weekday and month names in the language chosen
    qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("casebench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    widgets::PictureLanguage::install(); // last, so that a packet's pictures speak the packet's language
    // Windows keep the locale they were made with (dates and numbers they format): the new one, throughout.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        for (QWidget *w : QApplication::topLevelWidgets())
            w->setLocale(locale);
}

} // namespace cb::app
