#pragma once
// Imports one file into a case: hash, refuse duplicates, detect the format, then parse and commit in one
// transaction. Used by the command line and by the GUI's import worker (on its own thread and connection).
#include "casefile.h"
#include "progress.h"
#include "registry.h"

#include <QJsonObject>
#include <functional>

namespace cb::importers {

struct ImportOptions
{
    QString format;     // importer id; empty to detect
    QString profile;    // profile id or file; empty to detect
    QString timezone;   // IANA; empty: the profile's, else the case's
    QString legalBasis;
    QString owner;      // --account / --subscriber
    QString currency;
    QString password;   // an encrypted PDF's password (never stored in the case)
    QString device;     // the seized device (IMEI or exhibit label) the files come from
    QString exhibit;    // the label the file has in the exhibit register ("BK-3"), kept in its certificate
    QString investigator;
    QString region;
    bool force = false;
    // Refuse a statement that does not say whose account it is with NeedsAccount (the workbench asks for
    // the number) instead of importing it onto a placeholder account.
    bool askOwner = false;
    bool placeholderChosen = false; // the investigator declined to give the account: use the placeholder
};

struct FileReport
{
    enum class Outcome { Imported, Rejected, Duplicate, Cancelled, Skipped };
    QString path;
    QString sha256;
    QString format;
    QString profile;
    QString encoding;
    Outcome outcome = Outcome::Rejected;
    ErrorCode code = ErrorCode::None; // why it was not imported: callers decide by this (ask for the account...)
    qint64 sourceId = 0;
    // Whether the case file itself holds the import. Not when it could not take it (disk full: the import
    // is in the -wal only, writeOutFailed), nor, for a while, when another connection was reading the case
    // (the rest reaches the file when that reader lets go; nothing is wrong).
    bool writtenOut = true;
    bool writeOutFailed = false;
    // Refused as an unknown layout: how its columns would have been mapped (kind, confidence, columns and a
    // profile to edit and name with --profile).
    QJsonObject bestGuess;
    QJsonObject certificate;
    QList<casefile::Diagnostic> diagnostics;
    QString statusName() const;
    QJsonObject toJson() const;
};

// progress reports fractions 0..1 (during parsing from the parser thread) and carries the cancel token:
// a cancelled import rolls back and reports Outcome::Cancelled with ErrorCode::Cancelled.
// One file, as it is (a ZIP is handed to the importers, e.g. .xlsx).
FileReport importFile(casefile::CaseFile &cf, const QString &path, const ImportOptions &options,
                      const ImporterRegistry &registry, const Progress &progress = {});

// One file's bytes from any device (an archive member); `facts` go into the certificate (its container).
FileReport importDevice(casefile::CaseFile &cf, QIODevice &device, const QString &path, const QString &fileName,
                        const ImportOptions &options, const ImporterRegistry &registry,
                        const Progress &progress = {}, const QList<QPair<QString, QString>> &facts = {},
                        const QList<Companion> &companions = {});

// A SQLite database's -wal, -shm and -journal files beside `path`, if it is one (read whole: they are
// preserved in the case with it). A companion too large to keep is refused with the reason in `why`.
QList<Companion> sqliteCompanions(const QString &path, const QByteArray &head, casefile::Message *why = nullptr);

// What the command line and the GUI call: a folder (an extraction: every file in it an importer
// recognises, databases with their companions), a file, or a ZIP archive of source files (not a workbook or
// an extraction an importer reads whole), whose members each import as their own source, with the
// archive's name and SHA-256 in their certificates. One report per file imported or refused.
QList<FileReport> importPath(casefile::CaseFile &cf, const QString &path, const ImportOptions &options,
                             const ImporterRegistry &registry, const Progress &progress = {});

} // namespace cb::importers
