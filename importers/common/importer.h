#pragma once
// The importer interface (after Tiled's FileFormat): an id, a name, file-name patterns, a content sniffer
// and a parser that streams neutral records to a sink. Importers never touch storage.
#include "progress.h"
#include "records.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>
#include <functional>

class QIODevice;

namespace cb::importers {

// The one spelling of a line locator ("line 12"); the command line shortens it to FILE:12.
// "line N", built in one allocation: every row of a delimited import has one.
inline QString lineLocator(qint64 line)
{
    char16_t buf[32] = {u'l', u'i', u'n', u'e', u' '};
    char16_t digits[24];
    int n = 0;
    quint64 v = line < 0 ? 0 - quint64(line) : quint64(line);
    do {
        digits[n++] = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v);
    int len = 5;
    if (line < 0)
        buf[len++] = u'-';
    while (n)
        buf[len++] = digits[--n];
    return QString(reinterpret_cast<const QChar *>(buf), len);
}

// A file that belongs with the one imported: a SQLite database's -wal, -shm or -journal, found beside it.
struct Companion
{
    QString name;    // file name as found
    QString role;    // "wal", "shm", "journal"
    QByteArray bytes;
};

// The row rejection every phone and report reader gives for a call or message time it cannot place.
inline casefile::Message implausibleTime(bool call, const QString &raw)
{
    return call ? casefile::msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the call time \"%1\" is not a plausible date"), {raw})
                : casefile::msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the message time \"%1\" is not a plausible date"), {raw});
}

// The warning a statement gets when its rows go onto the source's placeholder account.
inline casefile::Message placeholderAccountWarning(const QString &fileName)
{
    return casefile::msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file does not say whose account this statement is: its rows were imported onto a placeholder account, \"account holder of %1\"; merge it with the real account once that is known (or import again with --account)"),
                         {fileName});
}

struct ImportContext
{
    QString fileName;            // for messages only
    QTimeZone zone;              // for times without an offset
    bool zoneExplicit = false;   // the user chose it (wins over a profile's zone)
    QString owner;               // the statement's account / the CDR's subscriber when the file does not say
    QString currency;            // default currency when the file has no currency column
    QString password;            // for encrypted files (PDF)
    QString device;              // --device: the seized device's IMEI or exhibit label
    QList<Companion> companions; // read-only: the pipeline preserves them with the source
    // A credit-card statement lists charges as positive amounts: they are money out of the card account
    // from the holder's view, so the signs are turned round (set by the importer that recognises one).
    bool chargesPositive = false;
    // A statement that does not say whose account it is goes onto a placeholder account named after the
    // source (with a warning) instead of being refused with NeedsAccount. The workbench asks first.
    bool placeholderOwner = true;
    // The mapping profile the user chose (an id in the profile library the tabular importers were
    // registered with; the pipeline loads a profile file into it first), or empty to detect.
    QString profileId;
    // Progress and cancellation: the parser reports the bytes it has consumed through advance() and stops
    // with Status::cancelled() when it returns false.
    Progress progress;
    qint64 totalBytes = 0; // the size advance() measures against
    bool advance(qint64 bytesDone) const { return progress.report(bytesDone, totalBytes); }
};

struct ParseOutcome
{
    Status status;          // a fatal problem (or Cancelled): nothing from this file may be kept
    QString format;         // e.g. "csv", "tsv"
    QString profile;        // the mapping profile used
    QJsonObject mapping;    // a layout no profile knew: how its columns were mapped (tabular/inference.h), or,
                            // when that was not sure enough to import, the best guess (the file is refused)
    QString encoding;
};

class Importer
{
public:
    virtual ~Importer() = default;
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual QString version() const = 0;
    virtual QStringList filePatterns() const = 0;
    // Confidence 0..100 from the first bytes of a file (content, not extension, decides).
    virtual int sniff(const QByteArray &head, const QString &fileName) const = 0;
    // Confidence that a ZIP with these members is one file of this importer's format (not an archive of sources).
    virtual int sniffArchive(const QStringList &memberNames) const
    {
        Q_UNUSED(memberNames)
        return 0;
    }
    virtual ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const = 0;
};

} // namespace cb::importers
