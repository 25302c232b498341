#include "importwizard.h"
#include "whilealive.h"

#include "importpreview.h"
#include "mappingeditor.h"
#include "newcasedialog.h"
#include "zonechoices.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cb::widgets {

using namespace cb::importers;

ImportWizard::ImportWizard(const ImportDefaults &defaults, QWidget *parent)
    : QWizard(parent), m_defaults(defaults), m_files(new QListWidget), m_format(new QComboBox), m_mappedFile(new QComboBox),
      m_zone(new QComboBox), m_fileInfo(new QLabel), m_editor(new MappingEditor), m_preview(new ImportPreview),
      m_legalBasis(new QLineEdit), m_investigator(new QLineEdit), m_region(new QLineEdit), m_owner(new QLineEdit),
      m_device(new QLineEdit), m_currency(new QLineEdit), m_password(new QLineEdit)
{
    setWindowTitle(tr("Import Files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilesPage, filesPage());
    setPage(MappingPage, mappingPage());
    setPage(DetailsPage, detailsPage());
    resize(980, 700);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ImportWizard::startPreview);
}

QWizardPage *ImportWizard::filesPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Files to import"));
    page->setSubTitle(tr("Each file is recognised by its content. Check the format found for each; choose another where it is wrong."));
    auto *add = new QPushButton(tr("&Add Files…"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(remove, &QPushButton::clicked, this, &ImportWizard::removeFile);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_files, 1);
    top->addLayout(buttons);
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exhibit = new QLineEdit;
    m_exhibit->setPlaceholderText(tr("this file's label in the exhibit register, e.g. BK-3 (kept in its certificate)"));
    connect(m_exhibit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const int row = m_files->currentRow(); row >= 0 && row < m_entries.size())
            m_entries[row].exhibit = text.trimmed();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_fileInfo);
    form->addRow(tr("Exhibit label:"), m_exhibit);
    m_wait = new QLabel;
    m_wait->setWordWrap(true);
    m_wait->setStyleSheet(QStringLiteral("QLabel { color: #7a4f00; font-weight: bold; }"));
    m_wait->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top, 1);
    layout->addLayout(form);
    layout->addWidget(m_wait);
    connect(m_files, &QListWidget::currentRowChanged, this, &ImportWizard::describeFile);
    connect(m_format, &QComboBox::activated, this, &ImportWizard::formatChosen);
    return page;
}

QWizardPage *ImportWizard::detailsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("About these sources"));
    page->setSubTitle(tr("Kept with each source's import certificate and shown in the evidence packet."));
    m_legalBasis->setPlaceholderText(tr("e.g. 调取证据通知书 2024-017, production order 12/2024"));
    m_investigator->setText(m_defaults.investigator);
    m_region->setText(m_defaults.region);
    m_region->setMaxLength(2);
    m_region->setPlaceholderText(tr("two letters, e.g. CN: the country of national phone numbers"));
    m_owner->setPlaceholderText(tr("only when the files do not say whose account or line they are"));
    m_device->setPlaceholderText(tr("IMEI or exhibit label of the seized phone the files come from"));
    m_currency->setPlaceholderText(tr("when the files name none, e.g. CNY"));
    m_currency->setMaxLength(3);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for an encrypted PDF (never stored in the case)"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(tr("The case's zone (%1)").arg(m_defaults.zone), QString());
    for (const ZoneChoice &z : zoneChoices()) // named as in New Case
        m_zone->addItem(z.label, z.id);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Legal basis:"), m_legalBasis);
    form->addRow(tr("Investigator:"), m_investigator);
    form->addRow(tr("Time zone of times without an offset:"), m_zone);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Account or line:"), m_owner);
    form->addRow(tr("Seized device:"), m_device);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("PDF password:"), m_password);
    return page;
}

void ImportWizard::browse()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Import Files")));
}

void ImportWizard::addFiles(const QStringList &files)
{
    QStringList added;
    for (const QString &path : files) {
        if (std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.path == path; }))
            continue;
        Entry e;
        e.path = path;
        e.folder = QFileInfo(path).isDir();
        m_entries << e;
        auto *item = new QListWidgetItem(e.folder ? tr("%1 — a folder: every file in it an importer recognises").arg(QFileInfo(path).fileName())
                                                  : tr("%1 — recognising…").arg(QFileInfo(path).fileName()),
                                         m_files);
        item->setToolTip(path);
        if (!e.folder)
            added << path;
    }
    if (m_files->currentRow() < 0 && m_files->count() > 0)
        m_files->setCurrentRow(0);
    if (added.isEmpty())
        return;
    // The first 64 KiB of each, as every import sniffs them, read on a thread (a share may be slow).
    ++m_pending;
    auto work = QtConcurrent::run([added] {
        ImporterRegistry registry;
        QList<QList<FormatCandidate>> out;
        for (const QString &path : added) {
            QFile f(path);
            out << (f.open(QIODevice::ReadOnly) ? rankFormats(f.peek(64 * 1024), QFileInfo(path).fileName(), registry) : QList<FormatCandidate>{});
        }
        return out;
    });
    work.then(QCoreApplication::instance(), whileAlive<const QList<QList<FormatCandidate>> &>(this, [this, added](const QList<QList<FormatCandidate>> &found) {
        --m_pending;
        for (int i = 0; i < added.size(); ++i)
            for (int row = 0; row < m_entries.size(); ++row) {
                Entry &e = m_entries[row];
                if (e.path != added[i])
                    continue;
                e.formats = found.value(i);
                e.sniffed = true;
                const QString name = QFileInfo(e.path).fileName();
                m_files->item(row)->setText(e.formats.isEmpty() ? tr("%1 — not recognised").arg(name)
                                                                : tr("%1 — %2 (%3%)").arg(name, e.formats.first().name).arg(e.formats.first().confidence));
            }
        describeFile(m_files->currentRow());
        emit filesRecognised();
        // Next was pressed while they were read: it goes on now, as asked.
        if (m_nextWhenRecognised && currentId() == FilesPage
            && std::all_of(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.folder || e.sniffed; })) {
            m_nextWhenRecognised = false;
            m_wait->hide();
            next();
        }
    }));
}

void ImportWizard::removeFile()
{
    const int row = m_files->currentRow();
    if (row < 0)
        return;
    delete m_files->takeItem(row);
    m_entries.removeAt(row);
    m_mappedIndex = -1;
}

void ImportWizard::describeFile(int row)
{
    m_format->clear();
    if (row < 0 || row >= m_entries.size()) {
        m_fileInfo->clear();
        m_exhibit->clear();
        m_exhibit->setEnabled(false);
        return;
    }
    const Entry &e = m_entries[row];
    m_exhibit->setEnabled(true);
    m_exhibit->setText(e.exhibit);
    m_format->addItem(e.formats.isEmpty() ? tr("Detect when importing") : tr("Detected: %1 (%2%)").arg(e.formats.first().name).arg(e.formats.first().confidence),
                      QString());
    for (const FormatCandidate &c : e.formats)
        m_format->addItem(tr("%1 (%2%)").arg(c.name).arg(c.confidence), c.id);
    m_format->setCurrentIndex(qMax(0, m_format->findData(e.format)));
    QStringList others;
    for (const FormatCandidate &c : e.formats.mid(1))
        others << tr("%1 (%2%)").arg(c.name).arg(c.confidence);
    const QFileInfo fi(e.path);
    m_fileInfo->setText(tr("%1, %2 bytes.").arg(fi.absoluteFilePath()).arg(fi.size())
                        + (others.isEmpty() ? QString() : u' ' + tr("Also readable as: %1.").arg(others.join(QStringLiteral("; ")))));
}

void ImportWizard::formatChosen()
{
    const int row = m_files->currentRow();
    if (row >= 0 && row < m_entries.size()) {
        m_entries[row].format = m_format->currentData().toString();
        m_entries[row].headDone = false; // another importer: the mapping starts again
        m_entries[row].mapping = {};
    }
}

bool ImportWizard::isTabular(const Entry &e) const
{
    const QString id = e.format.isEmpty() ? (e.formats.isEmpty() ? QString() : e.formats.first().id) : e.format;
    return id == u"delimited" || id == u"spreadsheet";
}

QList<int> ImportWizard::tabularFiles() const
{
    QList<int> out;
    for (int i = 0; i < m_entries.size(); ++i)
        if (isTabular(m_entries[i]))
            out << i;
    return out;
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilesPage: return tabularFiles().isEmpty() ? DetailsPage : MappingPage;
    case MappingPage: return DetailsPage;
    default: return -1;
    }
}

QString ImportWizard::zoneId() const
{
    const int i = m_zone->findText(m_zone->currentText());
    return i >= 0 ? m_zone->itemData(i).toString() : m_zone->currentText().section(u' ', 0, 0).trimmed();
}

QList<QueuedImport> ImportWizard::queue() const
{
    QList<QueuedImport> out;
    for (const Entry &e : m_entries) {
        ImportOptions o;
        o.format = e.format;
        o.profile = e.profilePath;
        o.timezone = zoneId();
        o.legalBasis = m_legalBasis->text().trimmed();
        o.exhibit = e.exhibit;
        o.investigator = m_investigator->text().trimmed();
        o.region = m_region->text().trimmed().toUpper();
        o.owner = m_owner->text().trimmed();
        o.device = m_device->text().trimmed();
        o.currency = m_currency->text().trimmed().toUpper();
        o.password = m_password->text();
        out.append({e.path, o});
    }
    return out;
}

} // namespace cb::widgets
