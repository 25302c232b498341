#pragma once
// The workbench's language: English, Simplified Chinese, or the system's. Switching at run time replaces the
// translators (Qt's own dialogs' too) and the default locale (dates, numbers); every window retranslates on
// the LanguageChange that follows.
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cb::app {

// The setting's values: "" (the system's language), "en", "zh_CN".
QString languageSetting();
void setLanguageSetting(const QString &language);
// CASEBENCH_LANG when set (tests, scripts), else the setting, else the system's locale.
QLocale chosenLocale();
// Installs the translators for locale, replacing those installed before.
void applyLanguage(const QLocale &locale);

} // namespace cb::app
