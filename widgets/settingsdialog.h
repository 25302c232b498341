#pragma once
// Settings: the workbench's language (switched at once, no restart), the investigator's name that edits and
// imports are recorded under, and the region a new case starts with for national phone numbers.
#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace cb::widgets {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    // "" (the system's), "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);
    QString investigator() const;
    void setInvestigator(const QString &name);
    QString region() const;
    void setRegion(const QString &region);
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language, *m_region;
    QLineEdit *m_investigator;
};

} // namespace cb::widgets
