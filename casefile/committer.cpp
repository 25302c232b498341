#include "committer.h"

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

void Committer::bindUuid(sql::Statement &st, int index)
{
    // Random (version 4) UUIDs from a fast generator seeded by the system CSPRNG.
    quint64 words[2] = {m_rng(), m_rng()};
    auto *b = reinterpret_cast<unsigned char *>(words);
    b[6] = (b[6] & 0x0F) | 0x40;
    b[8] = (b[8] & 0x3F) | 0x80;
    st.bindBlob(index, b, 16);
}

void Committer::fail(const sql::Statement &st)
{
    if (m_writeError.ok())
        m_writeError = st.status().ok() ? Status::error(m_case.db().errorMessage()) : st.status();
}

Status Committer::begin(QIODevice &content, const std::function<bool(qint64)> &onProgress)
{
    sql::Database &db = m_case.db();
    m_tx = std::make_unique<sql::Transaction>(db);
    if (!m_tx->status())
        return m_tx->status();
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

    // The original bytes are preserved unchanged inside the case, written in chunks through blob I/O.
    sql::Statement blob(db, "INSERT INTO source_content(source_id, bytes) VALUES (?, zeroblob(?))");
    if (Status s = blob.bind(1, m_sourceId).bind(2, m_info.size).exec(); !s)
        return s;
    sqlite3_blob *h = nullptr;
    if (sqlite3_blob_open(db.handle(), "main", "source_content", "bytes", db.lastInsertRowId(), 1, &h) != SQLITE_OK)
        return Status::error(db.errorMessage());
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 off = 0;
    Status result;
    while (off < m_info.size) {
        const qint64 n = content.read(buf.data(), qMin<qint64>(buf.size(), m_info.size - off));
        if (n <= 0) {
            result = Status::error(QStringLiteral("the file changed or could not be read while importing"));
            break;
        }
        if (sqlite3_blob_write(h, buf.constData(), int(n), int(off)) != SQLITE_OK) {
            result = Status::error(db.errorMessage());
            break;
        }
        off += n;
        if (onProgress && !onProgress(off)) {
            result = Status::error(QStringLiteral("cancelled"));
            break;
        }
    }
    sqlite3_blob_close(h);
    if (!result)
        return result;

    m_findId = std::make_unique<sql::Statement>(db, "SELECT entity_id, (SELECT name IS NOT NULL FROM entities "
                                                    "WHERE id = entity_id) FROM identifiers WHERE type = ? AND value = ?");
    m_insEntity = std::make_unique<sql::Statement>(
        db, "INSERT INTO entities(uuid, kind, name, source_id, locator) VALUES (?, ?, ?, ?, ?)");
    m_insIdentifier = std::make_unique<sql::Statement>(
        db, "INSERT OR IGNORE INTO identifiers(entity_id, type, value, partial, source_id, locator) "
            "VALUES (?, ?, ?, ?, ?, ?)");
    m_nameEntity = std::make_unique<sql::Statement>(db, "UPDATE entities SET name = ? WHERE id = ? AND name IS NULL");
    m_insTx = std::make_unique<sql::Statement>(
        db, "INSERT INTO transactions(uuid, source_id, locator, account_id, counterparty_id, counterparty_account, "
            "counterparty_name, amount_minor, currency, balance_minor, time_utc, utc_offset, value_date, channel, "
            "reference, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insCall = std::make_unique<sql::Statement>(
        db, "INSERT INTO calls(uuid, source_id, locator, subscriber_id, other_id, other_number, direction, "
            "start_utc, utc_offset, duration_s, status, cell_id, cell_site_id, device_id, imei, imsi) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insCell = std::make_unique<sql::Statement>(
        db, "INSERT INTO cell_sites(uuid, source_id, locator, entity_id, cell_id, lat, lon, azimuth, address) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insMessage = std::make_unique<sql::Statement>(
        db, "INSERT INTO messages(uuid, source_id, locator, sender_id, sender, recipients, time_utc, utc_offset, app, "
            "direction, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return {};
}

void Committer::setFormat(const QString &format, const QString &profile)
{
    m_info.format = format;
    m_info.profile = profile;
}

qint64 Committer::resolve(const Identifier &id, const QString &name, const QString &locator)
{
    if (id.isNull())
        return 0;
    const QString key = id.type + u'\x1f' + id.value;
    auto it = m_entities.find(key);
    if (it == m_entities.end()) {
        CachedEntity e;
        m_findId->bind(1, id.type).bind(2, id.value);
        if (m_findId->step()) {
            e.id = m_findId->int64(0);
            e.named = m_findId->int64(1) != 0;
        }
        m_findId->reset();
        if (!e.id) {
            bindUuid(*m_insEntity, 1);
            m_insEntity->bind(2, id.entityKind).bind(3, name.isEmpty() ? QString() : name);
            m_insEntity->bind(4, m_sourceId).bind(5, locator);
            if (!m_insEntity->exec()) {
                fail(*m_insEntity);
                return 0;
            }
            e.id = m_case.db().lastInsertRowId();
            e.named = !name.isEmpty();
            m_insIdentifier->bind(1, e.id).bind(2, id.type).bind(3, id.value).bind(4, qint64(id.partial));
            m_insIdentifier->bind(5, m_sourceId).bind(6, locator);
            if (!m_insIdentifier->exec())
                fail(*m_insIdentifier);
        }
        it = m_entities.insert(key, e);
    }
    if (!it->named && !name.isEmpty()) {
        m_nameEntity->bind(1, name).bind(2, it->id).exec();
        it->named = true;
    }
    return it->id;
}

qint64 Committer::entityFor(QHash<QString, CachedEntity> &cache, NormFn norm, const QString &raw, const QString &name,
                            const QString &locator, Identifier *idOut)
{
    auto it = cache.constFind(raw);
    if (it != cache.constEnd() && !idOut && (it->named || name.isEmpty()))
        return it->id;
    const Identifier id = (m_norm.*norm)(raw);
    if (!raw.trimmed().isEmpty())
        warnOnce(raw, id, locator);
    const qint64 e = resolve(id, name, locator);
    if (cache.size() < 1000000)
        cache.insert(raw, {e, !name.isEmpty() || id.isNull()});
    if (idOut)
        *idOut = id;
    return e;
}

void Committer::attachIdentifier(qint64 entityId, const Identifier &id, const QString &locator)
{
    if (id.isNull() || !entityId)
        return;
    const QString key = id.type + u'\x1f' + id.value;
    if (m_entities.contains(key))
        return;
    m_insIdentifier->bind(1, entityId).bind(2, id.type).bind(3, id.value).bind(4, qint64(id.partial));
    m_insIdentifier->bind(5, m_sourceId).bind(6, locator);
    m_insIdentifier->exec();
    // Whoever holds it now (this entity, or an earlier one if it already existed) is what resolves.
    m_entities.remove(key);
    resolve(id, {}, locator);
}

void Committer::warnOnce(const QString &raw, const Identifier &id, const QString &locator)
{
    if (id.problem.isEmpty() || m_warned.contains(raw) || m_warned.size() > 10000)
        return;
    m_warned.insert(raw);
    m_cert.diagnostic({Severity::Warning, locator,
                       msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "\"%1\": %2"), {raw, id.problem})});
}

void Committer::addTransactions(std::span<const TransactionRecord> batch)
{
    for (const TransactionRecord &t : batch) {
        if (!m_writeError.ok())
            return;
        Identifier own;
        const qint64 accountId = entityFor(m_rawAccount, &Normaliser::account, t.account, t.accountName, t.locator, &own);
        if (own.isNull()) {
            m_cert.rejected(t.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement's account is missing")));
            continue;
        }
        if (!isCurrencyCode(t.currency)) {
            m_cert.rejected(t.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown currency \"%1\""), {t.currency}));
            continue;
        }
        const qint64 cpId = entityFor(m_rawAccount, &Normaliser::account, t.counterpartyAccount, t.counterpartyName, t.locator);
        sql::Statement &st = *m_insTx;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, t.locator).bind(4, accountId);
        cpId ? st.bind(5, cpId) : st.bindNull(5);
        st.bind(6, t.counterpartyAccount.isEmpty() ? QString() : t.counterpartyAccount);
        st.bind(7, t.counterpartyName.isEmpty() ? QString() : t.counterpartyName);
        st.bind(8, t.amountMinor).bind(9, t.currency);
        t.balanceMinor ? st.bind(10, *t.balanceMinor) : st.bindNull(10);
        st.bind(11, t.time.utcMs).bind(12, qint64(t.time.offsetS));
        st.bind(13, t.valueDate.isEmpty() ? QString() : t.valueDate);
        st.bind(14, t.channel.isEmpty() ? QString() : t.channel);
        st.bind(15, t.reference.isEmpty() ? QString() : t.reference);
        st.bind(16, t.description.isEmpty() ? QString() : t.description);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.accountSeen(accountId);
        if (cpId)
            m_cert.accountSeen(cpId);
        m_cert.acceptedTransaction(own.value, t);
    }
}

void Committer::addCalls(std::span<const CallRecord> batch)
{
    for (const CallRecord &c : batch) {
        if (!m_writeError.ok())
            return;
        const qint64 subId = entityFor(m_rawPhone, &Normaliser::phone, c.subscriber, {}, c.locator);
        if (!subId) {
            m_cert.rejected(c.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the subscriber number \"%1\" is missing or unusable"), {c.subscriber}));
            continue;
        }
        const qint64 otherId = entityFor(m_rawPhone, &Normaliser::phone, c.otherParty, {}, c.locator);
        const qint64 deviceId = entityFor(m_rawImei, &Normaliser::imei, c.imei, {}, c.locator);
        if (!c.imsi.isEmpty() && !m_seenImsi.contains(c.imsi)) {
            m_seenImsi.insert(c.imsi);
            const Identifier imsi = m_norm.imsi(c.imsi);
            warnOnce(c.imsi, imsi, c.locator);
            if (!imsi.isNull() && !m_entities.contains(imsi.type + u'\x1f' + imsi.value))
                attachIdentifier(subId, imsi, c.locator);
        }
        const qint64 cellId = entityFor(m_rawCell, &Normaliser::cell, c.cellId, {}, c.locator);
        sql::Statement &st = *m_insCall;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, c.locator).bind(4, subId);
        otherId ? st.bind(5, otherId) : st.bindNull(5);
        st.bind(6, c.otherParty.isEmpty() ? QString() : c.otherParty);
        st.bind(7, directionName(c.direction)).bind(8, c.start.utcMs).bind(9, qint64(c.start.offsetS));
        c.durationS ? st.bind(10, *c.durationS) : st.bindNull(10);
        st.bind(11, c.status.isEmpty() ? QString() : c.status);
        st.bind(12, c.cellId.isEmpty() ? QString() : c.cellId);
        cellId ? st.bind(13, cellId) : st.bindNull(13);
        deviceId ? st.bind(14, deviceId) : st.bindNull(14);
        st.bind(15, c.imei.isEmpty() ? QString() : c.imei);
        st.bind(16, c.imsi.isEmpty() ? QString() : c.imsi);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.acceptedCall(c);
    }
}

void Committer::addCellSites(std::span<const CellSiteRecord> batch)
{
    for (const CellSiteRecord &c : batch) {
        if (!m_writeError.ok())
            return;
        const Identifier cell = m_norm.cell(c.cellId);
        if (cell.isNull()) {
            m_cert.rejected(c.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the cell id is missing")));
            continue;
        }
        const qint64 entity = resolve(cell, c.address, c.locator);
        sql::Statement &st = *m_insCell;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, c.locator).bind(4, entity).bind(5, cell.value);
        c.lat ? st.bind(6, *c.lat) : st.bindNull(6);
        c.lon ? st.bind(7, *c.lon) : st.bindNull(7);
        c.azimuth ? st.bind(8, qint64(*c.azimuth)) : st.bindNull(8);
        st.bind(9, c.address.isEmpty() ? QString() : c.address);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.acceptedOther(QStringLiteral("cell_sites"));
    }
}

void Committer::addMessages(std::span<const MessageRecord> batch)
{
    for (const MessageRecord &m : batch) {
        if (!m_writeError.ok())
            return;
        const Identifier sender = m_norm.phone(m.sender);
        const qint64 senderId = resolve(sender, {}, m.locator);
        for (const QString &r : m.recipients) // recipients become entities too, so they join across sources
            resolve(m_norm.phone(r), {}, m.locator);
        sql::Statement &st = *m_insMessage;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, m.locator);
        senderId ? st.bind(4, senderId) : st.bindNull(4);
        st.bind(5, m.sender).bind(6, m.recipients.join(QLatin1Char(';')));
        st.bind(7, m.time.utcMs).bind(8, qint64(m.time.offsetS)).bind(9, m.app).bind(10, m.direction);
        st.bind(11, m.body.isEmpty() ? QString() : m.body);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.acceptedOther(QStringLiteral("messages"));
    }
}

Result<qint64> Committer::commit()
{
    if (!m_tx)
        return Status::error(QStringLiteral("import was not started"));
    if (!m_writeError.ok())
        return m_writeError;
    const QJsonObject cert = m_cert.toJson();
    sql::Statement upd(m_case.db(), "UPDATE sources SET certificate = ?, format = ?, profile = ? WHERE id = ?");
    upd.bind(1, QString::fromUtf8(QJsonDocument(cert).toJson(QJsonDocument::Compact)));
    upd.bind(2, m_info.format).bind(3, m_info.profile.isEmpty() ? QString() : m_info.profile).bind(4, m_sourceId);
    if (Status s = upd.exec(); !s)
        return s;
    const QJsonObject audit{{QStringLiteral("source_id"), m_sourceId},
                            {QStringLiteral("file"), m_info.fileName},
                            {QStringLiteral("sha256"), m_info.sha256},
                            {QStringLiteral("format"), m_info.format},
                            {QStringLiteral("forced"), m_info.forced},
                            {QStringLiteral("legal_basis"), m_info.legalBasis},
                            {QStringLiteral("rows_accepted"), m_cert.rowsAccepted()},
                            {QStringLiteral("rows_rejected"), m_cert.rowsRejected()}};
    if (Status s = m_case.appendAudit(QStringLiteral("import"), audit, m_info.investigator); !s)
        return s;
    // Statements must be finalised before COMMIT so no read transaction stays open.
    m_findId.reset(), m_insEntity.reset(), m_insIdentifier.reset(), m_nameEntity.reset();
    m_insTx.reset(), m_insCall.reset(), m_insCell.reset(), m_insMessage.reset();
    if (Status s = m_tx->commit(); !s)
        return s;
    m_tx.reset();
    return m_sourceId;
}

void Committer::rollback()
{
    m_findId.reset(), m_insEntity.reset(), m_insIdentifier.reset(), m_nameEntity.reset();
    m_insTx.reset(), m_insCall.reset(), m_insCell.reset(), m_insMessage.reset();
    if (m_tx)
        m_tx->rollback();
    m_tx.reset();
}

} // namespace cb::casefile
