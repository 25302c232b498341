#include "committer.h"

#include <array>

#include "integrity/binding.h"
#include "money.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <sqlite3.h>

namespace cb::casefile {


Committer::Committer(CaseFile &cf, SourceInfo info)
    : m_case(cf), m_info(std::move(info)), m_norm(m_info.region.isEmpty() ? cf.settings().region : m_info.region),
      m_rng(QRandomGenerator::system()->generate64())
{
    if (m_info.region.isEmpty())
        m_info.region = cf.settings().region;
    if (m_info.timezone.isEmpty())
        m_info.timezone = cf.settings().timezone;
    if (m_info.investigator.isEmpty())
        m_info.investigator = cf.defaultActor();
}

Committer::~Committer()
{
    rollback();
}

std::array<unsigned char, 16> Committer::newUuid()
{
    // Time-ordered (version 7, RFC 9562) UUIDs: 48-bit Unix milliseconds, a 12-bit counter for UUIDs made
    // in the same millisecond, 62 random bits from a generator seeded by the system CSPRNG. Unique across
    // copies of a case, and appended at the end of the uuid indexes instead of at random places.
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= m_uuidMs) {
        if (++m_uuidSeq > 0xFFF)
            m_uuidSeq = 0, ++m_uuidMs;
        ms = m_uuidMs;
    } else {
        m_uuidMs = ms;
        m_uuidSeq = 0;
    }
    const quint64 random = m_rng();
    std::array<unsigned char, 16> b;
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = uchar(ms >> (40 - 8 * i));
    b[6] = uchar(0x70 | ((m_uuidSeq >> 8) & 0x0F));
    b[7] = uchar(m_uuidSeq);
    for (int i = 0; i < 8; ++i)
        b[size_t(8 + i)] = uchar(random >> (56 - 8 * i));
    b[8] = uchar((b[8] & 0x3F) | 0x80);
    return b;
}

void Committer::bindUuid(sql::Statement &st, int index)
{
    const std::array<unsigned char, 16> b = newUuid();
    st.bindBlob(index, b.data(), int(b.size()));
}

void Committer::fail(const sql::Statement &st)
{
    if (m_writeError.ok())
        m_writeError = st.status().ok() ? Status::error(m_case.db().errorMessage()) : st.status();
}

Status Committer::begin(QIODevice &content, const std::function<bool(qint64)> &onProgress)
{
    sql::Database &db = m_case.db();
    // Every entity and source id this committer writes comes from a row it inserted or read in this same
    // transaction, so the per-row foreign-key checks of a million-row insert (a third of its SQLite time)
    // prove nothing; they are switched off for the import's transaction only and back on after it. The
    // tests run PRAGMA foreign_key_check after their imports.
    db.exec("PRAGMA foreign_keys = OFF");
    m_foreignKeysOff = true;
    // A large file's new entities and identifiers go into indexes at random places (an IMEI, a counterparty's
    // account); once those indexes outgrow the page cache, SQLite writes dirty pages out mid-transaction
    // and reads them back. A larger cache for the import's transaction keeps them in memory: bounded, and
    // given back when the import ends.
    if (m_info.size / 64 >= 50000) {
        m_cacheKiB = 131072;
        db.exec("PRAGMA cache_size = -131072");
    }
    m_tx = std::make_unique<sql::Transaction>(db);
    if (!m_tx->status())
        return m_tx->status();
    m_lastEntityBefore = db.scalar("SELECT coalesce(max(id), 0) FROM entities").toLongLong();
    m_lastIdentifierBefore = db.scalar("SELECT coalesce(max(id), 0) FROM identifiers").toLongLong();
    m_lastTransactionBefore = db.scalar("SELECT coalesce(max(id), 0) FROM transactions").toLongLong();
    m_case.digestCollector() = {};
    m_case.digestCollector().armed = true;
    sql::Statement src(db, "INSERT INTO sources(uuid, file_name, size, sha256, format, importer_id, "
                           "importer_version, profile, imported_at, investigator, legal_basis, timezone, region, "
                           "forced, certificate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')");
    bindUuid(src, 1);
    src.bind(2, m_info.fileName).bind(3, m_info.size).bind(4, m_info.sha256).bind(5, m_info.format);
    src.bind(6, m_info.importerId).bind(7, m_info.importerVersion).bind(8, m_info.profile);
    src.bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(10, m_info.investigator);
    src.bind(11, m_info.legalBasis).bind(12, m_info.timezone).bind(13, m_info.region);
    src.bind(14, qint64(m_info.forced));
    if (Status s = src.exec(); !s)
        return s;
    m_sourceId = db.lastInsertRowId();

    if (Status s = preserveContent(content, onProgress); !s)
        return s;

    sql::Statement types(db, "SELECT DISTINCT type FROM identifiers");
    while (types.step())
        m_typesInCase.insert(types.text(0));
    m_findId = std::make_unique<sql::Statement>(db, "SELECT entity_id, (SELECT name IS NOT NULL FROM entities "
                                                    "WHERE id = entity_id) FROM identifiers WHERE type = ? AND value = ?");
    auto values = [&db](const char *head, int columns, int rows) {
        QByteArray sql = head;
        const QByteArray group = "(?" + QByteArray(", ?").repeated(columns - 1) + ")";
        for (int r = 0; r < rows; ++r)
            sql += (r ? ", " : " ") + group;
        return std::make_unique<sql::Statement>(db, sql.constData());
    };
    const char *entity = "INSERT INTO entities(id, uuid, kind, name, source_id, locator) VALUES";
    // OR IGNORE as before batching: text SQLite stores alike (unpaired surrogates become U+FFFD) may still
    // collide. The entity keeps no identifier then, and the digests collected no longer add up, so commit
    // binds what SQLite holds instead.
    const char *identifier = "INSERT OR IGNORE INTO identifiers(id, entity_id, type, value, partial, source_id, locator) VALUES";
    m_insEntity = values(entity, 6, 1);
    m_insEntityChunk = values(entity, 6, ChunkRows);
    m_insIdentifier = values(identifier, 7, 1);
    m_insIdentifierChunk = values(identifier, 7, ChunkRows);
    m_nextEntityId = m_lastEntityBefore + 1;
    m_nextIdentifierId = m_lastIdentifierBefore + 1;
    m_nameEntity = std::make_unique<sql::Statement>(db, "UPDATE entities SET name = ? WHERE id = ? AND name IS NULL");
    // The record inserts compute each row's digest from the values bound (integrity/boundtables.h); the
    // two bulk ones also come in a multi-row form (one statement execution per ChunkRows rows).
    auto insert = [&db](const char *table, int rows = 1) {
        return std::make_unique<sql::Statement>(db, integrity::recordInsertSql(table, rows).constData());
    };
    m_insTx = insert("transactions");
    m_insCall = insert("calls");
    m_insCallChunk = insert("calls", ChunkRows);
    m_insTxChunk = insert("transactions", ChunkRows);
    m_insCell = insert("cell_sites");
    m_insMessage = insert("messages");
    m_insContact = insert("contacts");
    m_insLocation = insert("locations");
    m_insArtifact = insert("artifacts");
    m_insBalance = insert("balances");
    return {};
}

// The original bytes are preserved unchanged inside the case, written through blob I/O. SQLite caps a value
// at 1 GB, so a larger file (a UFDR, a year of CDRs) is kept in parts of PartBytes in source_parts.
Status Committer::preserveContent(QIODevice &content, const std::function<bool(qint64)> &onProgress)
{
    // CASEBENCH_SOURCE_PART_BYTES lets tests exercise parts without writing gigabytes.
    const qint64 PartBytes = qEnvironmentVariableIsSet("CASEBENCH_SOURCE_PART_BYTES")
                                        ? qMax<qint64>(1, qEnvironmentVariable("CASEBENCH_SOURCE_PART_BYTES").toLongLong())
                                        : qint64(256) << 20;
    sql::Database &db = m_case.db();
    const bool parts = m_info.size > PartBytes;
    sql::Statement ins(db, parts ? "INSERT INTO source_parts(source_id, seq, bytes) VALUES (?, ?, zeroblob(?))"
                                 : "INSERT INTO source_content(source_id, bytes) VALUES (?, zeroblob(?))");
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 off = 0;
    for (int seq = 0; off < m_info.size || seq == 0; ++seq) {
        const qint64 partSize = qMin(PartBytes, m_info.size - off);
        ins.bind(1, m_sourceId);
        parts ? ins.bind(2, qint64(seq)).bind(3, partSize) : ins.bind(2, partSize);
        if (Status s = ins.exec(); !s)
            return s;
        sqlite3_blob *h = nullptr;
        if (sqlite3_blob_open(db.handle(), "main", parts ? "source_parts" : "source_content", "bytes", db.lastInsertRowId(), 1, &h) != SQLITE_OK)
            return Status::error(db.errorMessage());
        Status result;
        for (qint64 in = 0; in < partSize;) {
            const qint64 n = content.read(buf.data(), qMin<qint64>(buf.size(), partSize - in));
            if (n <= 0) {
                result = Status::error(QStringLiteral("the file changed or could not be read while importing"));
                break;
            }
            if (sqlite3_blob_write(h, buf.constData(), int(n), int(in)) != SQLITE_OK) {
                result = Status::error(db.errorMessage());
                break;
            }
            in += n, off += n;
            if (onProgress && !onProgress(off)) {
                result = Status::error(QStringLiteral("cancelled"));
                break;
            }
        }
        sqlite3_blob_close(h);
        if (!result)
            return result;
    }
    return {};
}

void Committer::bulkLoad(const char *table)
{
    const QString name = QString::fromLatin1(table);
    if (m_bulkChecked.contains(name))
        return;
    m_bulkChecked.insert(name);
    const qint64 estimatedRows = m_info.size / 64;
    const QByteArray maxRow = QByteArray("SELECT coalesce(max(rowid), 0) FROM ") + table;
    const qint64 existing = m_case.db().scalar(maxRow.constData()).toLongLong();
    if (estimatedRows < 50000 || existing > 4 * estimatedRows)
        return;
    sql::Statement st(m_case.db(), "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    st.bind(1, name);
    QStringList drops;
    while (st.step()) {
        drops << st.text(0);
        m_rebuildIndexes << st.text(1);
    }
    for (const QString &index : drops) {
        const QByteArray drop = "DROP INDEX \"" + index.toUtf8() + "\"";
        if (Status s = m_case.db().exec(drop.constData()); !s && m_writeError.ok())
            m_writeError = s;
    }
}

void Committer::setFormat(const QString &format, const QString &profile)
{
    m_info.format = format;
    m_info.profile = profile;
}

Result<qint64> Committer::commit()
{
    if (!m_tx)
        return Status::error(QStringLiteral("import was not started"));
    flushNew();
    if (!m_writeError.ok())
        return m_writeError;
    // The sorter may use as much memory as the page cache: shrink it while indexes are rebuilt.
    if (!m_rebuildIndexes.isEmpty())
        m_case.db().exec("PRAGMA cache_size = -16384");
    for (const QString &create : std::as_const(m_rebuildIndexes))
        if (Status s = m_case.db().exec(create.toUtf8().constData()); !s)
            return s;
    if (!m_rebuildIndexes.isEmpty())
        m_case.db().exec(QByteArray("PRAGMA cache_size = -" + QByteArray::number(m_cacheKiB)).constData());
    m_rebuildIndexes.clear();
    if (sharesAccounts()) {
        m_overlapsLinked = true;
        if (Status s = linkOverlaps(); !s)
            return s;
        if (Status s = findGaps(); !s)
            return s;
    }
    if (Status s = checkBalanceHistory(); !s)
        return s;
    if (Status s = countTimeline(); !s)
        return s;
    if (Status s = indexSearch(); !s)
        return s;
    QJsonObject cert = m_cert.toJson();
    if (!m_info.exhibit.isEmpty())
        cert.insert(QStringLiteral("exhibit_label"), m_info.exhibit);
    sql::Statement upd(m_case.db(), "UPDATE sources SET certificate = ?, format = ?, profile = ? WHERE id = ?");
    upd.bind(1, QString::fromUtf8(QJsonDocument(cert).toJson(QJsonDocument::Compact)));
    upd.bind(2, m_info.format).bind(3, m_info.profile.isEmpty() ? QString() : m_info.profile).bind(4, m_sourceId);
    if (Status s = upd.exec(); !s)
        return s;
    const Result<QJsonObject> source = integrity::bindImportedSource(m_case.db(), m_sourceId, m_case.digestCollector(),
                                                                      {m_lastEntityBefore, m_lastIdentifierBefore});
    if (!source)
        return source.status();
    const Result<QJsonArray> sourceRow = integrity::boundRow(m_case.db(), *integrity::rowBoundTable(QStringLiteral("sources")), {m_sourceId});
    if (!sourceRow)
        return sourceRow.status();
    const QJsonObject bound{{QStringLiteral("sources"), QJsonArray{source.value()}}, {QStringLiteral("rows"), QJsonArray{sourceRow.value()}}};
    const QJsonObject audit{{QStringLiteral("source_id"), m_sourceId},
                            {QStringLiteral("bound"), bound},
                            {QStringLiteral("file"), m_info.fileName},
                            {QStringLiteral("sha256"), m_info.sha256},
                            {QStringLiteral("format"), m_info.format},
                            {QStringLiteral("forced"), m_info.forced},
                            {QStringLiteral("legal_basis"), m_info.legalBasis},
                            {QStringLiteral("rows_accepted"), m_cert.rowsAccepted()},
                            {QStringLiteral("rows_rejected"), m_cert.rowsRejected()}};
    if (Status s = m_case.appendAudit(QStringLiteral("import"), audit, m_info.investigator); !s)
        return s;
    finalizeStatements(); // before COMMIT, so that no statement keeps a read transaction open
    if (Status s = m_tx->commit(); !s)
        return s;
    m_tx.reset();
    restoreForeignKeys();
    m_case.notifyChanged({{ObjectKind::Sources, ObjectKind::Records, ObjectKind::Entities}, {m_sourceId}, QStringLiteral("import")});
    return m_sourceId;
}

Status Committer::countTimeline()
{
    // Rows this import found to repeat an earlier statement's are shown once: as the earlier row.
    if (m_overlapsLinked) {
        sql::Statement dup(m_case.db(), "SELECT account_id, time_utc FROM transactions WHERE id > ? AND duplicate_of IS NOT NULL");
        dup.bind(1, m_lastTransactionBefore);
        while (dup.step())
            m_timeline.add(timeline::EventKind::Transactions, dup.int64(0), dup.int64(1), -1);
        if (!dup.status().ok())
            return dup.status();
    }
    return m_timeline.flush(m_case.db());
}

void Committer::finalizeStatements()
{
    m_findId.reset(), m_insEntity.reset(), m_insEntityChunk.reset(), m_insIdentifier.reset(), m_insIdentifierChunk.reset();
    m_nameEntity.reset();
    m_insTx.reset(), m_insCall.reset(), m_insCell.reset(), m_insMessage.reset();
    m_insContact.reset(), m_insLocation.reset(), m_insArtifact.reset(), m_insBalance.reset(), m_insCallChunk.reset(), m_insTxChunk.reset();
}

void Committer::rollback()
{
    m_newEntities.clear();
    m_newIdentifiers.clear();
    m_case.digestCollector() = {};
    finalizeStatements();
    if (m_tx)
        m_tx->rollback();
    m_tx.reset();
    restoreForeignKeys();
}

void Committer::restoreForeignKeys()
{
    if (m_foreignKeysOff)
        m_case.db().exec("PRAGMA foreign_keys = ON");
    m_foreignKeysOff = false;
    if (m_cacheKiB != 32768)
        m_case.db().exec("PRAGMA cache_size = -32768"); // as CaseFile opens it
    m_cacheKiB = 32768;
}

} // namespace cb::casefile
