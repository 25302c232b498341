// The import wizard's mapping page: the head of each delimited file read on a thread, the editor, the
// live preview, and the edited mapping saved as the analyst's profile.
#include "importpreview.h"
#include "importwizard.h"
#include "mappingeditor.h"
#include "mappingguess.h"
#include "whilealive.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cb::widgets {

using namespace cb::importers;

QWizardPage *ImportWizard::mappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Say what each column holds. The preview below shows the first records as they will be imported."));
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_mappedFile);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_editor); // as tall as it needs
    layout->addWidget(m_preview, 1); // the preview the rest
    connect(m_mappedFile, &QComboBox::activated, this, &ImportWizard::showMappedFile);
    connect(m_editor, &MappingEditor::mappingChanged, this, &ImportWizard::schedulePreview);
    connect(m_editor, &MappingEditor::skipChanged, this, [this](int lines) {
        if (m_mappedIndex < 0 || m_mappedIndex >= m_entries.size())
            return;
        // The header may now be another line, with other columns: the head is read again and mapped afresh.
        Entry &e = m_entries[m_mappedIndex];
        e.mapping = QJsonObject();
        e.headDone = false;
        e.headError.clear();
        readHead(m_mappedIndex, lines);
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_lastPage == MappingPage && id != MappingPage) {
            // Leaving the page: the edits stay with their file; a preview on its way is of no use now.
            keepEdits();
            m_debounce.stop();
            m_previewCancel.cancel();
            ++m_generation;
        }
        m_lastPage = id;
        if (id != MappingPage)
            return;
        m_mappedFile->clear();
        for (int i : tabularFiles())
            m_mappedFile->addItem(QFileInfo(m_entries[i].path).fileName(), i);
        m_mappedIndex = -1;
        showMappedFile();
    });
    return page;
}

void ImportWizard::keepEdits()
{
    if (m_mappedIndex < 0 || m_mappedIndex >= m_entries.size())
        return;
    Entry &e = m_entries[m_mappedIndex];
    // A refused file's guess, once shown and passed, is the analyst's mapping too.
    if (e.headDone && e.headError.isEmpty() && (m_editor->isEdited() || !e.head.problem.isEmpty()))
        e.mapping = m_editor->profile();
}

void ImportWizard::showMappedFile()
{
    keepEdits(); // leaving a file: what was edited stays with it
    m_mappedIndex = m_mappedFile->currentData().isValid() ? m_mappedFile->currentData().toInt() : -1;
    if (m_mappedIndex < 0)
        return;
    Entry &e = m_entries[m_mappedIndex];
    if (!e.headDone) {
        readHead(m_mappedIndex);
        return;
    }
    if (!e.headError.isEmpty()) {
        m_editor->setEnabled(false);
        m_preview->summary()->setText(e.headError);
        return;
    }
    m_editor->setEnabled(true);
    if (e.mapping.isEmpty())
        m_editor->setHead(e.head, e.path);
    else
        m_editor->restore(e.head, e.mapping, e.path);
    startPreview();
}

void ImportWizard::readHead(int index, int skipLines)
{
    const QString path = m_entries[index].path;
    m_preview->showWorking();
    ++m_pending;
    auto work = QtConcurrent::run([path, skipLines] {
        ImporterRegistry registry;
        registry.profiles().loadFolder(userProfileFolder());
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Result<TabularHead>(Status::error(ErrorCode::NotFound, QStringLiteral("%1: %2").arg(path, f.errorString())));
        return readTabularHead(f, registry.profiles(), QString(), 12, skipLines);
    });
    work.then(QCoreApplication::instance(), whileAlive<const Result<TabularHead> &>(this, [this, index, path](const Result<TabularHead> &head) {
        --m_pending;
        if (index >= m_entries.size() || m_entries[index].path != path)
            return;
        Entry &e = m_entries[index];
        e.headDone = true;
        if (head)
            e.head = head.value();
        else // in the analyst's language
            e.headError = casefile::Message{head.status().messageTemplate(), head.status().messageArgs()}.translated();
        emit headRead(index);
        if (index == m_mappedIndex) {
            m_mappedIndex = -1; // nothing of the editor belongs to a file yet
            showMappedFile();
        }
    }));
}

ImportWizard::~ImportWizard()
{
    // Continuations hold this wizard as their context: let the work end while it still exists.
    m_debounce.stop();
    m_previewCancel.cancel();
}

void ImportWizard::schedulePreview()
{
    m_debounce.start();
}

void ImportWizard::startPreview()
{
    if (m_mappedIndex < 0 || m_mappedIndex >= m_entries.size() || !m_scratch.isValid())
        return;
    const Entry &e = m_entries[m_mappedIndex];
    ImportOptions o;
    o.format = e.format;
    o.timezone = zoneId();
    o.currency = m_currency->text().trimmed();
    // The mapping as it stands in the editor, read as the import will read its saved profile; a file
    // whose mapping is left as found is read as the import will find it.
    const QString profile = m_scratch.filePath(QStringLiteral("preview-%1.json").arg(++m_generation));
    QFile f(profile);
    if ((m_editor->isEdited() || !e.head.problem.isEmpty()) && f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(m_editor->profile()).toJson());
        f.close();
        o.profile = profile;
    }
    const QString path = e.path, caseZone = m_defaults.zone;
    const int generation = m_generation;
    m_preview->showWorking();
    ++m_pending;
    m_previewCancel.cancel(); // the preview of an older mapping stops
    m_previewCancel = Progress();
    auto work = QtConcurrent::run([path, o, caseZone, cancel = m_previewCancel] {
        ImporterRegistry registry;
        return previewFile(path, o, caseZone, registry, 20, cancel);
    });
    work.then(QCoreApplication::instance(), whileAlive<const FilePreview &>(this, [this, generation, o](const FilePreview &p) {
        --m_pending;
        QFile::remove(o.profile);
        if (generation != m_generation)
            return; // the mapping changed since: a newer preview is on its way
        const QTimeZone zone((o.timezone.isEmpty() ? m_defaults.zone : o.timezone).toUtf8());
        m_preview->showPreview(p, zone.isValid() ? zone : QTimeZone::utc());
        emit previewShown();
    }));
}

bool ImportWizard::saveMapping(int index)
{
    Entry &e = m_entries[index];
    if (e.mapping.isEmpty())
        return true; // read as detected
    QString error;
    const QString path = saveUserProfile(e.mapping, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The mapping could not be saved: %1").arg(error));
        return false;
    }
    e.profilePath = path;
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilesPage: { // every file recognised first: which pages follow depends on it
        const qsizetype waiting = std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return !e.folder && !e.sniffed; });
        if (!m_entries.isEmpty() && waiting == 0) {
            m_wait->hide();
            return true;
        }
        m_nextWhenRecognised = waiting > 0;
        m_wait->setText(m_entries.isEmpty() ? tr("Add the files to import first (Add Files…, or drop them on the window).")
                                            : tr("Still recognising %n file(s); the wizard goes on by itself once they are read.", nullptr, int(waiting)));
        m_wait->show();
        return false;
    }
    case MappingPage:
        keepEdits();
        return true;
    case DetailsPage: {
        const QString zone = zoneId();
        if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid()) {
            QMessageBox::warning(this, windowTitle(), tr("“%1” is not a time zone. Pick one from the list.").arg(m_zone->currentText()));
            return false;
        }
        // Only now, on Import, do edited mappings become the analyst's profiles (Cancel leaves none).
        for (int i : tabularFiles())
            if (!saveMapping(i))
                return false;
        return true;
    }
    default:
        return QWizard::validateCurrentPage();
    }
}

} // namespace cb::widgets
