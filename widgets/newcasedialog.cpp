#include "newcasedialog.h"

#include "zonechoices.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>

namespace cb::widgets {

void fillRegions(QComboBox *box)
{
    // Regions investigators meet most; any other two-letter code can be typed.
    box->setEditable(true);
    for (const char *cc : {"CN", "HK", "MO", "TW", "SG", "MY", "IN", "RU", "DE", "NL", "AT", "FR", "GB", "US", "CA"})
        box->addItem(QString::fromLatin1(cc));
}

QString offsetText(const QTimeZone &z)
{
    const int s = z.offsetFromUtc(QDateTime::currentDateTimeUtc());
    return QStringLiteral("UTC%1%2:%3")
        .arg(s < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(qAbs(s) / 3600, 2, 10, QLatin1Char('0'))
        .arg(qAbs(s) / 60 % 60, 2, 10, QLatin1Char('0'));
}

NewCaseDialog::NewCaseDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_title(new QLineEdit(this)), m_investigator(new QLineEdit(this)),
      m_zoneFilter(new QLineEdit(this)), m_region(new QComboBox(this)), m_zones(new QListWidget(this))
{
    setWindowTitle(tr("New Case"));
    auto *pathRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Choose…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &NewCaseDialog::browse);
    fillRegions(m_region);
    m_zoneFilter->setPlaceholderText(tr("Type to find a zone: Shanghai, Berlin, UTC+08…"));
    m_zoneFilter->setClearButtonEnabled(true);
    m_zones->setUniformItemSizes(true);
    for (const ZoneChoice &z : zoneChoices()) {
        auto *item = new QListWidgetItem(z.label, m_zones);
        item->setData(Qt::UserRole, z.id);
    }
    connect(m_zoneFilter, &QLineEdit::textChanged, this, &NewCaseDialog::filterZones);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Case file:"), pathRow);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Investigator:"), m_investigator);
    form->addRow(tr("Region for national numbers:"), m_region);
    form->addRow(tr("Time zone:"), m_zoneFilter);
    form->addRow(QString(), m_zones);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &NewCaseDialog::updateOk);
    connect(m_zones, &QListWidget::currentRowChanged, this, &NewCaseDialog::updateOk);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_title->text().isEmpty())
            m_title->setText(QFileInfo(m_path->text()).completeBaseName());
    });
    // This computer's zone; its id may be an alias the list spells otherwise ("Etc/UTC" for "UTC").
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    selectZone(system);
    if (zone().isEmpty())
        selectZone(system.section(u'/', -1));
    if (zone().isEmpty())
        selectZone(QStringLiteral("UTC"));
    m_region->setCurrentText(QStringLiteral("CN"));
    resize(560, 520);
    updateOk();
}

void NewCaseDialog::filterZones(const QString &text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < m_zones->count(); ++i)
        m_zones->item(i)->setHidden(!t.isEmpty() && !m_zones->item(i)->text().contains(t, Qt::CaseInsensitive));
}

void NewCaseDialog::selectZone(const QString &iana)
{
    for (int i = 0; i < m_zones->count(); ++i)
        if (m_zones->item(i)->data(Qt::UserRole).toString() == iana) {
            m_zones->setCurrentRow(i);
            m_zones->scrollToItem(m_zones->item(i), QAbstractItemView::PositionAtCenter);
            return;
        }
}

QString NewCaseDialog::zone() const
{
    const QListWidgetItem *item = m_zones->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NewCaseDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Case"), m_path->text(), tr("Casebench cases (*.casebench)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".casebench")))
        path += QStringLiteral(".casebench");
    m_path->setText(path);
    if (m_title->text().isEmpty())
        m_title->setText(QFileInfo(path).completeBaseName());
}

void NewCaseDialog::updateOk()
{
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty() && !zone().isEmpty());
}

QString NewCaseDialog::path() const
{
    return m_path->text().trimmed();
}

casefile::CaseSettings NewCaseDialog::settings() const
{
    casefile::CaseSettings s;
    s.title = m_title->text().trimmed().isEmpty() ? QFileInfo(path()).completeBaseName() : m_title->text().trimmed();
    s.timezone = zone();
    s.region = m_region->currentText().trimmed().toUpper();
    s.investigator = m_investigator->text().trimmed();
    return s;
}

void NewCaseDialog::setInvestigator(const QString &name)
{
    m_investigator->setText(name);
}

void NewCaseDialog::setRegion(const QString &region)
{
    m_region->setCurrentText(region);
}

} // namespace cb::widgets
