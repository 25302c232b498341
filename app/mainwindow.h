#pragma once
// The workbench window: sources with their import certificates on the left, windowed tables of every
// record kind on the right. It reaches the case only through a CaseWorker (the GUI thread runs no SQL):
// imports (menu or drag-and-drop) and analyst edits run on its writer thread with progress and a working
// Cancel, views follow its change announcements, and edits are undoable (Edit › Undo).
#include "pipeline/pipeline.h"
#include "session/caseworker.h"
#include "importjob.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProcess;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QUndoStack;

namespace cb::casefile {
class SourceModel;
} // namespace cb::casefile

namespace cb::widgets {
class ImportJob;
class ImportWizard;
class RecordView;
class SearchView;
class IdentityView;
class DetailsView;
class EntityView;
class AnalysisView;
class PatternsView;
class LeadsView;
class TimelineView;
class ChartView;
class MergeCopyDialog;
class ConflictsDialog;
class StartPage;
} // namespace cb::widgets

namespace cb::app {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    // Opens the case on a new worker; the event loop keeps running while it opens (and migrates).
    bool openCase(const QString &path, QString *error = nullptr);
    // A colleague's bundle: checked and unpacked into `target` off the GUI thread, then opened (unbundled()).
    void unbundleAndOpen(const QString &bundle, const QString &target, const QString &passphrase);
    // What the packet's cover and summary say: each changed detail one undoable edit.
    void setCaseDetails(const QMap<QString, QString> &changed);
    // Creates the case on a worker and opens it (the New Case dialog's OK).
    bool createCase(const QString &path, const casefile::CaseSettings &settings, QString *error = nullptr);
    // Window geometry and dock layout from the user's settings (main() calls it; tests keep the default).
    void restoreLayout();
    void importFiles(const QStringList &files, const importers::ImportOptions &options = {});
    // Each file with its own options (the import wizard's queue).
    void importQueue(const QList<widgets::QueuedImport> &queue);
    // File › Import and dropped files: the import wizard, with these files queued (none: it asks for some).
    void openImportWizard(const QStringList &files);
    widgets::ImportWizard *importWizard() const;
    casefile::CaseWorker *worker() const { return m_case.get(); }
    widgets::ImportJob *importJob() const { return m_job; }
    widgets::RecordView *view(casefile::RecordKind kind) const;
    QUndoStack *undoStack() const { return m_undoStack; }
    widgets::DetailsView *details() const { return m_details; }
    // Analyst edits on a record through the case session (mainwindowedits.cpp); undoable. A refusal is
    // shown in the status bar. The menu entries ask for the text first.
    void noteRecord(casefile::RecordKind kind, qint64 id, const QString &text);
    void tagRecord(casefile::RecordKind kind, qint64 id, const QString &tag);
    void setEntityRole(qint64 entity, casefile::Role role, const QString &justification);
    void mergeEntities(qint64 a, qint64 b, int confidence, const QString &justification);
    void markOwner(qint64 device, qint64 phone, int confidence, const QString &justification);
    void noteEntity(qint64 entity, const QString &text);
    widgets::EntityView *entities() const { return m_entities; }
    widgets::LeadsView *leads() const { return m_leads; }
    widgets::AnalysisView *analysis() const { return m_analysis; }
    widgets::PatternsView *patterns() const { return m_patterns; }
    widgets::TimelineView *timeline() const { return m_timeline; }
    widgets::ChartView *chart() const { return m_chart; }
    // A link chart kept in the case under a name (undoable); as an exhibit, saved and then bookmarked.
    void saveChart(const QString &name, const QJsonObject &spec, bool asExhibit);
    // A link asserted on the chart (status alleged) and a new status for one; each asks why, then is an undoable edit.
    void askAssertLink(qint64 from, qint64 to, const QString &kind);
    void askLinkStatus(qint64 linkId, const QString &status);
    QDockWidget *timelineDock() const { return m_timelineDock; }
    // A timeline view kept in the case under a name; undoable.
    void saveTimelineView(const QString &name, const QJsonObject &view);
    // Shown above the tables when the open case fails verification (empty text otherwise).
    QLabel *integrityBanner() const { return m_integrity; }
    // Shown above the tables when the case opened read-only (another Casebench writes it).
    QLabel *readOnlyBanner() const { return m_readOnly; }
    // The start page (mainwindowstart.cpp): shown while no case is open.
    widgets::StartPage *startPage() const { return m_start; }
    bool startPageShown() const;
    // Opens the demo case kept in the user's data folder, building it first (`casebench demo`, run as
    // program: by default this executable) when it is not there yet.
    void openDemo();
    static QString demoPath();
    void setCasebenchProgram(const QString &program) { m_casebenchProgram = program; }
    // Edit › Settings…: language (switched at once), investigator, default region.
    void showSettings();
    void switchLanguage();
    void registerLead(const QString &summary, const QString &source, const QList<qint64> &entities = {});
    void moveLead(const QString &code, casefile::LeadStatus status, const QString &note);
    // A saved analysis run kept as an exhibit (E-N) for the evidence packet; undoable.
    void bookmarkRun(const QString &run, const QString &caption);
    void addAnalystEvent(const casefile::Timestamp &time, const QString &text, const QString &basis);
    // Writes the table of that kind — all its rows under the current filter and order, as shown — to a CSV
    // file on the worker, and records the export (rows, SHA-256) in the audit log. exportFinished follows.
    // The table as shown (its filter and order), or only the records `onlyIds` among them.
    void exportTable(casefile::RecordKind kind, const QString &path, const QList<qint64> &onlyIds = {});
    // File › Merge a Colleague's Copy… with OTHER chosen (the dialog shows the dry run first).
    widgets::MergeCopyDialog *mergeCopy(const QString &other);
    widgets::ConflictsDialog *showConflicts();
    const casefile::Counts &counts() const { return m_counts; } // as last read (the status bar's)
    QTextBrowser *certificateView() const { return m_certificate; }
    QTableView *sourcesView() const { return m_sources; }
    QString lastImportSummary() const { return m_lastSummary; }

signals:
    void importFinished();
    void exportFinished(bool ok, const QString &message);
    void unbundled(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void closeEvent(QCloseEvent *e) override;
    void showEvent(QShowEvent *e) override;

private:
    void retranslate();
    QWidget *buildCentral();
    void showStartPage(bool start);
    void detachCase();
    void abandonDemoBuild();
    void stopDemoBuild();
    // Whether the open case can be written here; when it is read-only, says so in the status bar.
    bool writable();
    void updateAccess();
    void sizeDocksOnce();
    void newCase();
    void chooseCase();
    void chooseImport();
    bool adopt(std::unique_ptr<casefile::CaseWorker> worker, QFuture<Result<casefile::CaseInfo>> opening, QString *error);
    QString investigatorName() const;
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void showAbout();
    void onChanged(const casefile::Change &change);
    void applyEdit(std::function<Status(casefile::CaseSession &)> edit);
    void askNote(casefile::RecordKind kind, qint64 id);
    void askTag(casefile::RecordKind kind, qint64 id);
    void askRole(qint64 entity, casefile::Role role);
    void askLink(qint64 a, qint64 b, bool owner);
    void askLead();
    void askBookmark(const QString &run);
    // Identifiers as a result wrote them, resolved to entities on the reader thread, then fn here (not when
    // the case changed in between).
    void withEntities(const QStringList &identifiers, const std::function<void(const QList<qint64> &)> &fn);
    void askLeadStatus(const QString &code, casefile::LeadStatus status);
    void askEvent();
    void chooseExport();
    void choosePacket();
    void chooseMergeCopy();
    void editCaseDetails();
    void askNoteOn(const casefile::Target &target);
    void askTagOn(const casefile::Target &target);
    void readCounts();
    void checkIntegrity();
    void selectSource(int row);
    void showCertificate();
    void importDone(const QList<cb::importers::FileReport> &reports);

    std::unique_ptr<casefile::CaseWorker> m_case;
    casefile::Counts m_counts;
    QUndoStack *m_undoStack;
    casefile::SourceModel *m_sourceModel = nullptr;
    QTableView *m_sources;
    QTextBrowser *m_certificate;
    QTabWidget *m_tabs;
    QList<widgets::RecordView *> m_views;
    widgets::SearchView *m_search = nullptr;
    widgets::IdentityView *m_identity = nullptr;
    widgets::DetailsView *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    widgets::EntityView *m_entities = nullptr;
    widgets::LeadsView *m_leads = nullptr;
    widgets::AnalysisView *m_analysis = nullptr;
    widgets::PatternsView *m_patterns = nullptr;
    widgets::TimelineView *m_timeline = nullptr;
    widgets::ChartView *m_chart = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QAction *m_addEvent = nullptr;
    QAction *m_export = nullptr;
    QAction *m_packet = nullptr;
    QAction *m_caseDetails = nullptr;
    QAction *m_mergeCopy = nullptr, *m_conflicts = nullptr;
    QLineEdit *m_find = nullptr; // the search box at the menu bar's right: searches the whole case
    QDockWidget *m_entitiesDock = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    QLabel *m_status;
    QLabel *m_integrity = nullptr; // the banner when the open case fails verification
    QLabel *m_readOnly = nullptr;  // the banner when another Casebench writes the open case
    widgets::StartPage *m_start = nullptr;
    QStackedWidget *m_stack = nullptr;
    QByteArray m_dockState; // the docks around a case, kept while the start page hides them
    bool m_docksSized = false; // by the analyst's saved layout, or once by sizeDocksOnce()
    QProcess *m_demoBuild = nullptr;
    bool m_cancelledDemo = false;
    bool m_languagePending = false; // chosen while the workers were busy: switched when they are idle
    bool m_languageRetry = false;   // a look at the workers is already due
    bool m_languageAnnounced = false; // the status bar has said the switch waits
    QString m_casebenchProgram;
    QAction *m_settings = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    widgets::ImportJob *m_job;
    QPointer<widgets::ImportWizard> m_wizard;
    QAction *m_new, *m_open, *m_import, *m_quit, *m_about, *m_undo, *m_redo;
    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_viewMenu, *m_helpMenu;
    QString m_lastSummary;
    // A file rejected for what only the investigator can supply is asked about, then imported again
    // with everything given for it so far (importquestions.cpp).
    enum class Missing { Account, Subscriber, Currency, Password, WrongPassword, Mapping };
    void askWhatFilesLack(const QList<cb::importers::FileReport> &reports);
    QList<QPair<QString, Missing>> m_askOwner; // rejected files that need what the file does not say
    QHash<QString, cb::importers::ImportOptions> m_retry; // answers per file, kept only while it is retried
    QHash<QString, QJsonObject> m_guesses; // refused as an unknown layout: the best-guess mapping to offer
};

} // namespace cb::app
