#pragma once
// What every `casebench` subcommand shares: standard streams, the translation context, usage errors,
// JSON printing and opening a case with a clear error.
#include "casefile.h"
#include "session/casesession.h"
#include "pipeline/pipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QSize>
#include <QTextStream>
#include <memory>

namespace cb::app {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cb::app::Cli)
};

QTextStream &out();
QTextStream &err();
void printJson(const QJsonValue &v);
int usage(QCommandLineParser &p, const QString &message); // prints message and help, returns 2
// Parses a command's arguments with -h/--help added: the exit code when done (help printed: 0; a usage
// error printed: 2), or -1 to go on.
int parseArguments(QCommandLineParser &p, const QStringList &args);
std::unique_ptr<casefile::CaseFile> openCase(const QString &path, int &code);
// For commands that write: the case's writer lock first (held until the command ends), so that a command
// never writes a case a workbench has open for writing; refused (exit 1) naming who holds it.
std::unique_ptr<casefile::CaseFile> openCaseForWriting(const QString &path, int &code);
bool lockForWriting(const QString &path, int &code);
// For commands that write a file from the case and enter it in the audit log: the writer lock (taken here);
// when another Casebench holds it, a notice that the file is not in the log, and false.
bool mayAudit(const QString &path);
// Prints why an edit was refused (translated) and returns exit code 1.
int refused(const Status &s);
// The case session, for commands that edit: every edit goes through its intent methods. writes: the
// case's writer lock first (a listing through the session passes false).
std::unique_ptr<casefile::CaseSession> openSession(const QString &path, int &code, bool writes = true);
// For an analysis: saved as a run while this command holds the writer lock; while another Casebench writes
// the case, opened read-only (the analysis is shown, not saved, as in the workbench's read-only window).
std::unique_ptr<casefile::CaseSession> openSessionToAnalyse(const QString &path, int &code);

// A picture's --size WxH (400x300 to 10000x10000) into size, which keeps its default when the option is not
// given; -1 to go on, else the usage error's exit code.
int readPictureSize(QCommandLineParser &p, QSize &size);

// Records in the audit log that a picture or a file was written from the case: its path, SHA-256 and view.
Status recordFileExport(casefile::CaseFile &cf, const QString &what, const QString &path, const QJsonObject &view);

// The command list with each command's synopsis (`casebench help`, and after an unknown command).
void printUsage(QTextStream &s);

// Imports files and prints a report per file (`import`, `demo`); the exit code.
// profileOut: where to save a mapping inferred for a file no profile knew (empty: nowhere).
int importFiles(casefile::CaseFile &cf, const QStringList &files, const importers::ImportOptions &opt, bool json,
                const QString &profileOut = {});

// The commands, by family: clicase.cpp, cliimport.cpp, clisearch.cpp, cliexport.cpp, climerge.cpp.
int cmdNew(const QStringList &args);
int cmdInfo(const QStringList &args);
int cmdFormats(const QStringList &args);
int cmdDemo(const QStringList &args);
int cmdVerify(const QStringList &args);
int cmdReport(const QStringList &args);
int cmdKey(const QStringList &args);
int cmdBundle(const QStringList &args);
int cmdUnbundle(const QStringList &args);
int cmdMergeCopy(const QStringList &args);
int cmdConflicts(const QStringList &args);
int cmdResolve(const QStringList &args);
int cmdDescribe(const QStringList &args);
// `verify PACKET.pdf [--case CASE]` (clireport.cpp).
int verifyPacketFile(const QString &path, const QString &casePath, bool json);
int cmdImport(const QStringList &args);
int cmdSearch(const QStringList &args);
int cmdExport(const QStringList &args);
int cmdRole(const QStringList &args);
int cmdRoles(const QStringList &args);
int cmdNote(const QStringList &args);
int cmdNotes(const QStringList &args);
int cmdTag(const QStringList &args);
int cmdUntag(const QStringList &args);
int cmdLead(const QStringList &args);
int cmdLeads(const QStringList &args);
int cmdEvent(const QStringList &args);
int cmdEvents(const QStringList &args);
int cmdMerge(const QStringList &args);
int cmdUnlink(const QStringList &args);
int cmdLinks(const QStringList &args);
int cmdSuggest(const QStringList &args);
int cmdOwner(const QStringList &args);
int cmdTrace(const QStringList &args);
int cmdRuns(const QStringList &args);
int cmdRerun(const QStringList &args);
int cmdAnalyze(const QStringList &args);
int cmdExhibit(const QStringList &args);
int cmdExhibits(const QStringList &args);
int cmdTimeline(const QStringList &args); // clitimeline.cpp
int cmdHeatmap(const QStringList &args);
int cmdChart(const QStringList &args); // clichart.cpp
int cmdAssertLink(const QStringList &args); // clilinks.cpp
int cmdLinkStatus(const QStringList &args);

} // namespace cb::app
