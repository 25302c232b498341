#pragma once
// File › Import and files dropped on the window: a wizard. The files, each with the format detected and
// its confidence (and the other importers that would read it); for delimited files and workbooks the mapping editor,
// with a live preview of the first records and the rows that would be rejected, whose mapping is saved
// as a named profile that later files with the same header are read with; then what the certificate
// records about the sources — legal basis, investigator, time zone, region, whose account or line, the
// seized device. Nothing is parsed on the GUI thread: heads and previews are read on a thread of their own.
#include "importjob.h"
#include "whilealive.h"
#include "pipeline/preview.h"
#include "tabular/tabularhead.h"

#include <QFuture>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cb::widgets {

class ImportPreview;
class MappingEditor;

// What the case says when the wizard opens: the defaults of its details page.
struct ImportDefaults
{
    QString zone, region, investigator;
};

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilesPage, MappingPage, DetailsPage };
    explicit ImportWizard(const ImportDefaults &defaults, QWidget *parent = nullptr);
    ~ImportWizard() override;
    void addFiles(const QStringList &files);
    void browse(); // a file dialog; the chosen files are added
    // The files with the options each is imported with (after the wizard was accepted).
    QList<QueuedImport> queue() const;
    int nextId() const override;
    bool validateCurrentPage() override;

    // For tests: the controls.
    QListWidget *fileList() const { return m_files; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *exhibitEdit() const { return m_exhibit; } // the selected file's exhibit label
    QComboBox *mappedFileBox() const { return m_mappedFile; }
    MappingEditor *mapping() const { return m_editor; }
    ImportPreview *preview() const { return m_preview; }
    QLineEdit *legalBasisEdit() const { return m_legalBasis; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *zoneBox() const { return m_zone; }
    bool isBusy() const { return m_pending > 0; }
    // What the files page says when Next cannot go on yet (files still being recognised, or none).
    QLabel *waitLabel() const { return m_wait; }

signals:
    void filesRecognised();
    void headRead(int file);
    void previewShown();

private:
    struct Entry
    {
        QString path;
        QList<importers::FormatCandidate> formats;
        QString format;        // chosen importer id; empty: detect
        bool folder = false;   // a folder: imported as one device, file by file
        bool sniffed = false;  // formats were read
        bool headDone = false;
        importers::TabularHead head;
        QString headError;
        QJsonObject mapping;   // the edited mapping not yet saved
        QString profilePath;   // the saved profile the file is imported with
        QString exhibit;       // its label in the exhibit register ("BK-3")
    };
    QWizardPage *filesPage();
    QWizardPage *mappingPage();
    QWizardPage *detailsPage();
    void describeFile(int row);
    void formatChosen();
    void removeFile();
    bool isTabular(const Entry &e) const;
    QList<int> tabularFiles() const;
    void showMappedFile();
    void readHead(int index, int skipLines = 0);
    void schedulePreview();
    void startPreview();
    bool saveMapping(int index);
    void keepEdits();
    QString zoneId() const;

    ImportDefaults m_defaults;
    QList<Entry> m_entries;
    int m_mappedIndex = -1;
    int m_generation = 0, m_pending = 0, m_lastPage = -1;
    QLabel *m_wait = nullptr;
    QLineEdit *m_exhibit = nullptr;
    bool m_nextWhenRecognised = false; // Next was pressed while files were being recognised
    Progress m_previewCancel;
    QTemporaryDir m_scratch;
    QTimer m_debounce;
    QListWidget *m_files;
    QComboBox *m_format, *m_mappedFile, *m_zone;
    QLabel *m_fileInfo;
    MappingEditor *m_editor;
    ImportPreview *m_preview;
    QLineEdit *m_legalBasis, *m_investigator, *m_region, *m_owner, *m_device, *m_currency, *m_password;
};

} // namespace cb::widgets
