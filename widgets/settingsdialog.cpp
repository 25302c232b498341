#include "settingsdialog.h"

#include "newcasedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cb::widgets {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_region(new QComboBox(this)), m_investigator(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    // Each language named in itself, so that whoever cannot read the current one still finds their own.
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    fillRegions(m_region);
    m_investigator->setPlaceholderText(tr("Name and badge number, as the audit log should record them"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Investigator:"), m_investigator);
    form->addRow(tr("&Region for new cases:"), m_region);
    auto *hint = new QLabel(tr("The investigator's name is recorded with every import and edit. The region decides how "
                               "national phone numbers (without a country code) are read; each case keeps its own."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int i = m_language->findData(language);
    m_language->setCurrentIndex(i < 0 ? 0 : i);
}

QString SettingsDialog::investigator() const
{
    return m_investigator->text().trimmed();
}

void SettingsDialog::setInvestigator(const QString &name)
{
    m_investigator->setText(name);
}

QString SettingsDialog::region() const
{
    return m_region->currentText().trimmed().toUpper();
}

void SettingsDialog::setRegion(const QString &region)
{
    m_region->setCurrentText(region);
}

} // namespace cb::widgets
