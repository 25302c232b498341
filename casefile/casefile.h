#pragma once
// One object per open case: owns the SQLite connection (this thread only) and announces changes.
// Threads that work on the same case (an import worker) open their own CaseFile on the same path.
#include "change.h"
#include "result.h"
#include "sqlite.h"

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>
#include <memory>

namespace cb::casefile {

namespace integrity {
class ChangeTracker;
struct DigestCollector;
} // namespace integrity

struct CaseSettings
{
    QString title;
    QString timezone = QStringLiteral("UTC"); // IANA id: the case's display zone and default source zone
    QString region = QStringLiteral("CN");    // ISO 3166 default region for phone numbers
    QString investigator;
    // What the evidence packet's cover and summary say (set with CaseSession::setCaseDetail).
    QString caseNumber, agency, handling, narrative;
};

struct Counts
{
    qint64 transactions = 0, calls = 0, messages = 0, contacts = 0, locations = 0, accounts = 0;
    qint64 duplicateTransactions = 0; // rows linked to the same movement from another source (counted once)
    qint64 cellSites = 0, userAccounts = 0, artifacts = 0, balances = 0, entities = 0, identifiers = 0, sources = 0;
    QJsonObject toJson(bool caseWide) const;
};

struct SourceRow
{
    qint64 id = 0;
    QByteArray uuid;
    QString fileName, sha256, format, importerId, importerVersion, profile, importedAt, investigator,
        legalBasis, timezone;
    qint64 size = 0;
    bool forced = false;
    QJsonObject certificate;
};

class CaseFile : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<CaseFile>> create(const QString &path, const CaseSettings &settings);
    // ReadOnly: a connection that cannot write (another Casebench holds the case's writer lock); a case that
    // would need upgrading first is refused, since only its writer may upgrade it.
    enum class Access { ReadWrite, ReadOnly };
    static Result<std::unique_ptr<CaseFile>> open(const QString &path, Access access = Access::ReadWrite);
    bool isReadOnly() const { return m_readOnly; }
    ~CaseFile() override;

    QString path() const { return m_path; }
    const CaseSettings &settings() const { return m_settings; }
    QTimeZone timeZone() const;
    sql::Database &db() { return m_db; }
    // Copies what the write-ahead log holds into the case file itself (a passive checkpoint: readers are not
    // waited for), so that the case stands on its own as one file. An error (the disk is full) means the
    // committed work is safe only with NAME-wal beside the case; a checkpoint left short by readers is not one,
    // but *complete says whether everything reached the file (readers let the rest go when they close).
    Status writeOut(bool *complete = nullptr);
    int schemaVersion();

    Counts counts();
    QList<SourceRow> sources();
    bool containsSha256(const QString &sha256);
    // Re-reads the preserved bytes of a source and compares them with the recorded SHA-256.
    Result<bool> verifySourceContent(qint64 sourceId);
    // SHA-256 of a source's preserved bytes, streamed; whether its companion files match their hashes.
    Result<QString> contentSha256(qint64 sourceId);
    Result<bool> companionsIntact(qint64 sourceId);
    QByteArray sourceContent(qint64 sourceId);

    // Append-only audit log; each entry's hash covers the previous entry's hash. While tracking is on, the
    // entry also binds the digest of every row written to the row-bound tables since the last entry.
    Status appendAudit(const QString &action, const QJsonObject &details, const QString &actor = {});
    // Number of entries when the chain is intact; an error naming the first broken entry otherwise.
    Result<qint64> verifyAuditChain();
    // "COUNT:HASH": how many entries the audit log holds and the newest one's hash. Kept outside the file
    // (a packet, a bundle, a note in the case's paper file), it shows later whether entries were removed:
    // a chain cut at its end still verifies on its own.
    QString auditHead();
    // Whether the history still holds that head (entry COUNT with that hash): an error saying what differs.
    Status verifyAuditHead(const QString &head);

    // Row digests an import's inserts compute, collected while it is armed (integrity/boundtables.h).
    integrity::DigestCollector &digestCollector() { return *m_collector; }
    void startTracking();
    void stopTracking();

    QJsonObject infoJson();
    // Reads the settings again (after a write through this connection or another).
    Status reloadSettings() { return loadSettings(); }
    QString defaultActor() const;
    // Every write announces what it changed (after its transaction committed).
    void notifyChanged(const Change &change) { emit changed(change); }

signals:
    void changed(const cb::casefile::Change &change);

private:
    CaseFile();
    Status configure();
    Status loadSettings();
    Status openForReading();
    Status bindUnboundFacts();
    QString m_path;
    bool m_readOnly = false;
    std::unique_ptr<integrity::DigestCollector> m_collector;
    std::unique_ptr<integrity::ChangeTracker> m_tracker;
    CaseSettings m_settings;
    sql::Database m_db;
};

// While it lives, the audit entries of a case's writes bind the rows they wrote (the case session's
// intent methods, the undo of a link).
class TrackedChanges
{
public:
    explicit TrackedChanges(CaseFile &cf)
        : m_case(cf)
    {
        cf.startTracking();
    }
    ~TrackedChanges() { m_case.stopTracking(); }
    TrackedChanges(const TrackedChanges &) = delete;
    TrackedChanges &operator=(const TrackedChanges &) = delete;

private:
    CaseFile &m_case;
};

// The hash of one audit entry: SHA-256 over the previous entry's hash and the entry's fields.
QString auditEntryHash(const QString &prev, const QString &at, const QString &actor, const QString &action, const QString &details);

} // namespace cb::casefile
