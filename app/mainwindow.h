#pragma once
// The workbench window: sources with their import certificates on the left, lazily loaded tables of
// transactions, calls and cell sites on the right; imports (menu or drag-and-drop) run off the GUI thread
// with progress and a working Cancel.
#include "pipeline/pipeline.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;

namespace cb::casefile {
class CaseFile;
class SourceModel;
} // namespace cb::casefile

namespace cb::widgets {
class ImportJob;
class RecordView;
class SearchView;
class IdentityView;
} // namespace cb::widgets

namespace cb::app {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    bool openCase(const QString &path, QString *error = nullptr);
    void importFiles(const QStringList &files, const importers::ImportOptions &options = {});
    casefile::CaseFile *caseFile() const { return m_case.get(); }
    widgets::ImportJob *importJob() const { return m_job; }
    widgets::RecordView *view(int kind) const;
    QTextBrowser *certificateView() const { return m_certificate; }
    QTableView *sourcesView() const { return m_sources; }
    QString lastImportSummary() const { return m_lastSummary; }

signals:
    void importFinished();

protected:
    void changeEvent(QEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    void retranslate();
    void newCase();
    void chooseCase();
    void chooseImport();
    void reloadAll();
    void showCertificate();
    void importDone(const QList<cb::importers::FileReport> &reports);

    std::unique_ptr<casefile::CaseFile> m_case;
    casefile::SourceModel *m_sourceModel = nullptr;
    QTableView *m_sources;
    QTextBrowser *m_certificate;
    QTabWidget *m_tabs;
    QList<widgets::RecordView *> m_views;
    widgets::SearchView *m_search = nullptr;
    widgets::IdentityView *m_identity = nullptr;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    widgets::ImportJob *m_job;
    QAction *m_new, *m_open, *m_import, *m_quit, *m_about;
    QMenu *m_fileMenu, *m_helpMenu;
    QString m_lastSummary;
    // A file rejected for what only the investigator can supply is asked about, then imported again
    // with everything given for it so far (importquestions.cpp).
    enum class Missing { Account, Subscriber, Currency, Password, WrongPassword };
    void askWhatFilesLack(const QList<cb::importers::FileReport> &reports);
    QList<QPair<QString, Missing>> m_askOwner; // rejected files that need what the file does not say
    QHash<QString, cb::importers::ImportOptions> m_retry; // answers per file, kept only while it is retried
};

} // namespace cb::app
