#pragma once
// Writes one source file's records into the case inside a single transaction. Nothing is visible to
// other connections until commit(); a fatal problem, a cancel or a crash leaves the case as it was.
// Normalises identifiers, resolves entities (identical identifiers join), keeps provenance on every row
// and builds the import certificate. Not thread-safe: lives on the import worker's thread.
#include "casefile.h"
#include "certificate.h"
#include "identifiers.h"
#include "rawkeys.h"
#include "timeline/pyramid.h"
#include "records.h"

#include <QHash>
#include <QJsonObject>
#include <QIODevice>
#include <QSet>
#include <array>
#include <functional>
#include <memory>
#include <random>

namespace cb::casefile {

struct SourceInfo
{
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QString format;
    QString importerId;
    QString importerVersion;
    QString profile;
    QString investigator;
    QString legalBasis;
    QString timezone;
    QString region;
    bool forced = false;
    QString exhibit; // the file's label in the exhibit register, kept in the certificate
};

// Puts a source's message bodies, artifact values and contact names into the search index.
Status indexSourceForSearch(sql::Database &db, qint64 sourceId, bool messages = true, bool artifacts = true, bool contacts = true);

class Committer final : public KeyedRecordSink
{
public:
    Committer(CaseFile &cf, SourceInfo info);
    ~Committer() override;

    // Opens the transaction, records the source and copies its original bytes into the case.
    // onProgress(bytes) may return false to cancel.
    Status begin(QIODevice &content, const std::function<bool(qint64)> &onProgress = {});
    void setFormat(const QString &format, const QString &profile);
    void setMapping(const QJsonObject &mapping) { m_cert.mapping(mapping); }
    // Writes the certificate and the audit entry, then commits. Returns the new source id.
    Result<qint64> commit();
    void rollback();

    const CertificateBuilder &certificate() const { return m_cert; }
    // A row-level write error (e.g. a constraint) that must abort the whole file.
    const Status &writeError() const { return m_writeError; }

    void addTransactions(std::span<const TransactionRecord> batch) override { addKeyedTransactions(batch, {}, {}); }
    void addCalls(std::span<const CallRecord> batch) override { addKeyedCalls(batch, {}, {}); }
    void addKeyedTransactions(std::span<const TransactionRecord> batch, std::span<const TransactionKeys> keys,
                              const FreshIdentifiers &fresh) override;
    void addKeyedCalls(std::span<const CallRecord> batch, std::span<const CallKeys> keys, const FreshIdentifiers &fresh) override;
    // The region national numbers are read in: a sink normalising on the parsing thread must use the same.
    const QString &region() const { return m_norm.region(); }
    void addCellSites(std::span<const CellSiteRecord> batch) override;
    void addMessages(std::span<const MessageRecord> batch) override;
    void addContacts(std::span<const ContactRecord> batch) override;
    void addLocations(std::span<const LocationRecord> batch) override;
    void addAccounts(std::span<const AccountRecord> batch) override;
    void addArtifacts(std::span<const ArtifactRecord> batch) override;
    void addBalances(std::span<const BalanceRecord> batch) override;
    void rowsRead(qint64 n) override { m_cert.rowsRead(n); }
    void rowRejected(const QString &locator, const Message &reason) override { m_cert.rejected(locator, reason); }
    void rowSkipped(const QString &locator, const Message &reason) override { m_cert.skipped(locator, reason); }
    void diagnostic(const Diagnostic &d) override { m_cert.diagnostic(d); }
    void statedFact(const QString &key, const QString &value) override { m_cert.statedFact(key, value); }
    void statementBalance(const StatementBalance &b) override { m_cert.statementBalance(b); }
    void device(const DeviceRecord &d) override;
    // A database's -wal, -shm or -journal file: preserved in the case beside the source, hashed, certified.
    Status addCompanion(const QString &name, const QString &role, const QByteArray &bytes);

private:
    struct PendingCall
    {
        const CallRecord *call;
        qint64 subscriber, other, cell, device;
    };
    struct PendingTransaction
    {
        const TransactionRecord *tx;
        qint64 account, counterparty;
        QString accountKey;
    };
    static constexpr int ChunkRows = 64; // rows per multi-row INSERT
    struct CachedEntity
    {
        qint64 id = 0;
        bool named = false;
        bool known = false;
    };
    // raw text -> entity for one kind of column; consecutive rows often repeat the last value exactly.
    // byKey holds the same by RawKeys number when the batches came numbered (known marks a filled slot).
    struct EntityCache
    {
        QHash<QString, CachedEntity> map;
        std::vector<CachedEntity> byKey;
        QHash<qint32, Identifier> fresh; // normalised on the parsing thread, taken on first use
        QString lastRaw;
        CachedEntity last;
    };
    using NormFn = Identifier (Normaliser::*)(const QString &);
    // raw text -> entity, remembered per kind of column: most rows repeat values already seen.
    qint64 entityFor(EntityCache &cache, NormFn norm, const QString &raw, const QString &name,
                     const QString &locator, Identifier *id = nullptr, qint32 key = RawKeys::None);
    qint64 resolve(const Identifier &id, const QString &name, const QString &locator);
    qint64 findResolved(const Identifier &id);
    qint64 partyEntity(const QString &raw, const QString &app, const QString &locator); // a message's party // the entity holding id, 0 if none (never creates one)
    // The cell's entity, remembered per raw text; idOut (which bypasses that memory) gets the normalised id.
    qint64 cellEntity(const QString &raw, const QString &name, const QString &locator, Identifier *idOut = nullptr,
                      qint32 key = RawKeys::None);
    static const CachedEntity *keyed(const EntityCache &cache, qint32 key, const QString &name);
    static void remember(EntityCache &cache, qint32 key, const QString &raw, const CachedEntity &entry);
    static void takeFresh(EntityCache &cache, const std::vector<std::pair<qint32, Identifier>> &fresh);
    void attachIdentifier(qint64 entityId, const Identifier &id, const QString &locator);
    // New entities and identifiers wait here, at most ChunkRows of each, and go in as one multi-row INSERT:
    // a file with a new handset on every row makes a million of each. Their ids are given out here (the
    // import holds the write lock; records may point to an entity still waiting, foreign keys are checked
    // after the import), and their row digests are taken as they are made. Whatever reads entities or
    // identifiers in SQL during the import runs after flushNew().
    struct NewEntity
    {
        qint64 id;
        std::array<unsigned char, 16> uuid;
        QString kind, name, locator;
    };
    struct NewIdentifier
    {
        qint64 id, entityId;
        QString type, value;
        bool partial;
        QString locator;
    };
    std::vector<NewEntity> m_newEntities;
    std::vector<NewIdentifier> m_newIdentifiers;
    qint64 m_nextEntityId = 0, m_nextIdentifierId = 0;
    qint64 newEntity(const QString &kind, const QString &name, const QString &locator);
    void newIdentifier(qint64 entityId, const Identifier &id, const QString &locator);
    void nameEntity(qint64 id, const QString &name); // fills an empty name, waiting or written
    void flushEntities();
    void flushIdentifiers();
    void flushNew();
    bool waiting(const Identifier &id) const; // its identifier row is still in the buffer
    void warnOnce(const QString &raw, const Identifier &id, const QString &locator);
    std::array<unsigned char, 16> newUuid();
    void bindUuid(sql::Statement &st, int index);
    void fail(const sql::Statement &st);
    void finalizeStatements();
    void restoreForeignKeys();
    bool sharesAccounts();
    Status linkOverlaps();
    Status findGaps();
    // Between consecutive stated balances of an account this import touches: do the case's movements add up?
    Status checkBalanceHistory();
    QHash<QString, std::pair<qint64, qint64>> statedPeriods();
    Status indexSearch();
    Status preserveContent(QIODevice &content, const std::function<bool(qint64)> &onProgress);
    // Whose line a device record without its own number belongs to: the owner's number, else the device.
    qint64 deviceParty() const { return m_ownerPhone ? m_ownerPhone : m_device; }
    // The account a statement that names none is imported onto, made on first use; own gets its identifier.
    qint64 placeholderAccount(const QString &locator, Identifier *own);
    qint64 m_placeholderAccount = 0;
    void link(const QString &kind, qint64 from, qint64 to, const QString &locator, const QString &justification);
    qint64 m_device = 0, m_ownerPhone = 0;
    QJsonObject m_deviceJson;
    QSet<qint64> m_ownAccounts;    // statement accounts of this file's transactions
    QSet<qint64> m_balanceAccounts; // accounts this file states balances of
    qint64 m_lastEntityBefore = 0; // entities above this id were created by this import
    qint64 m_lastIdentifierBefore = 0;
    qint64 m_lastTransactionBefore = 0;
    timeline::Counter m_timeline; // this import's events, counted for the timeline's pyramid
    bool m_overlapsLinked = false; // rows of this import may repeat an earlier statement's
    Status countTimeline();
    // For a large file, an event table's indexes are dropped before its first row and rebuilt (sorted, far
    // cheaper than a million random index inserts) before commit; all inside the file's transaction.
    void bulkLoad(const char *table);

    CaseFile &m_case;
    SourceInfo m_info;
    std::unique_ptr<sql::Transaction> m_tx;
    qint64 m_sourceId = 0;
    Normaliser m_norm;
    CertificateBuilder m_cert;
    // "type\x1fvalue" -> entity, for the entities this import has met. Bounded: a file that brings millions of
    // distinct identifiers (a tower dump, new handsets on every row) must not hold one heap entry per entity
    // for the whole import. When full it is emptied and, from then on, a miss asks the case (m_forgotten).
    QHash<QString, CachedEntity> m_entities;
    bool m_forgotten = false;
    static constexpr qsizetype kMaxCachedEntities = 32768;
    void rememberEntity(const QString &key, const CachedEntity &e);
    // Which "type\x1fvalue" keys this import has written, as a Bloom filter (4 MiB, under 1% false hits
    // at three million keys): once m_entities has forgotten, a key of a type the case did not hold before
    // is looked up only when the filter says this import may have made it. A false hit costs one lookup.
    std::vector<quint64> m_written;
    void markWritten(const QString &key);
    bool mayHaveWritten(const QString &key) const;
    QSet<QString> m_warned;
    EntityCache m_rawPhone, m_rawAccount, m_rawImei, m_rawCell;
    QSet<QString> m_seenImsi;
    QString m_lastImsi; // a CDR repeats its line's IMSI on every row: no set lookup for those
    QSet<QString> m_bulkChecked;
    QSet<QString> m_typesInCase; // identifier types the case held before this import: others need no lookup
    QStringList m_rebuildIndexes;
    std::mt19937_64 m_rng;
    qint64 m_uuidMs = 0;
    int m_uuidSeq = 0;
    Status m_writeError;
    bool m_foreignKeysOff = false;
    int m_cacheKiB = 32768; // the page cache during this import (a large file's indexes get more room)
    std::unique_ptr<sql::Statement> m_findId, m_insEntity, m_insEntityChunk, m_insIdentifier, m_insIdentifierChunk,
        m_nameEntity, m_insTx, m_insCall,
        m_insCell, m_insMessage, m_insContact, m_insLocation, m_insArtifact, m_insBalance, m_insCallChunk, m_insTxChunk;
};

} // namespace cb::casefile
