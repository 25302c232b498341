// The per-kind inserts of the Committer: one prepared statement each, every row with its UUID,
// source and locator; identifiers resolved through the raw-value caches.
#include "committer.h"
#include "chunkedinsert.h"

#include "money.h"

#include <algorithm>

namespace cb::casefile {

void Committer::addKeyedTransactions(std::span<const TransactionRecord> batch, std::span<const TransactionKeys> keys,
                                     const FreshIdentifiers &fresh)
{
    takeFresh(m_rawAccount, fresh.accounts);
    bulkLoad("transactions");
    std::vector<PendingTransaction> pending;
    pending.reserve(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) {
        const TransactionRecord &t = batch[i];
        const TransactionKeys key = i < keys.size() ? keys[i] : TransactionKeys{};
        if (!m_writeError.ok())
            return;
        Identifier own;
        const qint64 accountId = t.ownerUnknown && t.account.isEmpty()
                                     ? placeholderAccount(t.locator, &own)
                                     : entityFor(m_rawAccount, &Normaliser::account, t.account, t.accountName, t.locator, &own, key.account);
        if (own.isNull()) {
            m_cert.rejected(t.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement's account is missing")));
            continue;
        }
        if (!isCurrencyCode(t.currency)) {
            m_cert.rejected(t.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown currency \"%1\""), {t.currency}));
            continue;
        }
        const qint64 cpId = entityFor(m_rawAccount, &Normaliser::account, t.counterpartyAccount, t.counterpartyName, t.locator,
                                      nullptr, key.counterparty);
        pending.push_back({&t, accountId, cpId, own.value});
    }
    auto bind = [this](sql::Statement &st, int base, const PendingTransaction &p) {
        const TransactionRecord &t = *p.tx;
        bindUuid(st, base + 1);
        st.bind(base + 2, m_sourceId).bind(base + 3, t.locator).bind(base + 4, p.account);
        p.counterparty ? st.bind(base + 5, p.counterparty) : st.bindNull(base + 5);
        st.bind(base + 6, t.counterpartyAccount.isEmpty() ? QString() : t.counterpartyAccount);
        st.bind(base + 7, t.counterpartyName.isEmpty() ? QString() : t.counterpartyName);
        st.bind(base + 8, t.amountMinor).bind(base + 9, t.currency);
        t.balanceMinor ? st.bind(base + 10, *t.balanceMinor) : st.bindNull(base + 10);
        st.bind(base + 11, t.time.utcMs).bind(base + 12, qint64(t.time.offsetS));
        st.bind(base + 13, t.valueDate.isEmpty() ? QString() : t.valueDate);
        st.bind(base + 14, t.channel.isEmpty() ? QString() : t.channel);
        st.bind(base + 15, t.reference.isEmpty() ? QString() : t.reference);
        st.bind(base + 16, t.description.isEmpty() ? QString() : t.description);
        st.bind(base + 17, t.amountExact.isEmpty() ? QString() : t.amountExact);
    };
    auto done = [this](const PendingTransaction &p) {
        m_cert.accountSeen(p.account);
        m_ownAccounts.insert(p.account);
        if (p.counterparty)
            m_cert.accountSeen(p.counterparty);
        m_cert.acceptedTransaction(p.accountKey, *p.tx);
        m_timeline.add(timeline::EventKind::Transactions, p.account, p.tx->time.utcMs);
    };
    if (Status s = insertChunked(pending, *m_insTx, *m_insTxChunk, ChunkRows, 17, bind, done); !s && m_writeError.ok())
        m_writeError = s;
}

void Committer::addKeyedCalls(std::span<const CallRecord> batch, std::span<const CallKeys> keys, const FreshIdentifiers &fresh)
{
    takeFresh(m_rawPhone, fresh.phones);
    bulkLoad("calls");
    std::vector<PendingCall> pending;
    pending.reserve(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) {
        const CallRecord &c = batch[i];
        const CallKeys key = i < keys.size() ? keys[i] : CallKeys{};
        if (!m_writeError.ok())
            return;
        const qint64 subId = c.subscriber.isEmpty() && m_device
                                 ? deviceParty()
                                 : entityFor(m_rawPhone, &Normaliser::phone, c.subscriber, {}, c.locator, nullptr, key.subscriber);
        if (!subId) {
            m_cert.rejected(c.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the subscriber number \"%1\" is missing or unusable"), {c.subscriber}));
            continue;
        }
        const qint64 otherId = entityFor(m_rawPhone, &Normaliser::phone, c.otherParty, {}, c.locator, nullptr, key.other);
        const qint64 deviceId = c.imei.isEmpty() ? m_device
                                                 : entityFor(m_rawImei, &Normaliser::imei, c.imei, {}, c.locator, nullptr, key.imei);
        if (!c.imsi.isEmpty() && c.imsi != m_lastImsi && !m_seenImsi.contains(c.imsi)) {
            if (m_seenImsi.size() >= kMaxCachedEntities)
                m_seenImsi.clear(); // bounded, like m_entities: a forgotten IMSI is looked up again
            m_seenImsi.insert(c.imsi);
            const Identifier imsi = m_norm.imsi(c.imsi);
            warnOnce(c.imsi, imsi, c.locator);
            if (!imsi.isNull() && !m_entities.contains(imsi.type + u'\x1f' + imsi.value))
                attachIdentifier(subId, imsi, c.locator);
        }
        if (!c.imsi.isEmpty())
            m_lastImsi = c.imsi;
        const qint64 cellId = cellEntity(c.cellId, {}, c.locator, nullptr, key.cell);
        pending.push_back({&c, subId, otherId, cellId, deviceId});
    }
    auto bind = [this](sql::Statement &st, int base, const PendingCall &p) {
        const CallRecord &c = *p.call;
        bindUuid(st, base + 1);
        st.bind(base + 2, m_sourceId).bind(base + 3, c.locator).bind(base + 4, p.subscriber);
        p.other ? st.bind(base + 5, p.other) : st.bindNull(base + 5);
        st.bind(base + 6, c.otherParty.isEmpty() ? QString() : c.otherParty);
        st.bind(base + 7, directionName(c.direction)).bind(base + 8, c.start.utcMs).bind(base + 9, qint64(c.start.offsetS));
        c.durationS ? st.bind(base + 10, *c.durationS) : st.bindNull(base + 10);
        st.bind(base + 11, c.status.isEmpty() ? QString() : c.status);
        st.bind(base + 12, c.cellId.isEmpty() ? QString() : c.cellId);
        p.cell ? st.bind(base + 13, p.cell) : st.bindNull(base + 13);
        p.device ? st.bind(base + 14, p.device) : st.bindNull(base + 14);
        st.bind(base + 15, c.imei.isEmpty() ? QString() : c.imei);
        st.bind(base + 16, c.imsi.isEmpty() ? QString() : c.imsi);
    };
    auto done = [this](const PendingCall &p) {
        m_cert.acceptedCall(*p.call);
        m_timeline.add(timeline::EventKind::Calls, p.subscriber, p.call->start.utcMs);
    };
    if (Status s = insertChunked(pending, *m_insCall, *m_insCallChunk, ChunkRows, 16, bind, done); !s && m_writeError.ok())
        m_writeError = s;
}

qint64 Committer::partyEntity(const QString &raw, const QString &app, const QString &locator)
{
    const Identifier id = m_norm.party(raw, app);
    warnOnce(raw, id, locator);
    return resolve(id, {}, locator);
}

qint64 Committer::findResolved(const Identifier &id)
{
    if (id.isNull())
        return 0;
    if (const auto it = m_entities.constFind(id.type + u'\x1f' + id.value); it != m_entities.constEnd())
        return it->id;
    const bool mine = m_forgotten && mayHaveWritten(id.type + u'\x1f' + id.value);
    if (!m_typesInCase.contains(id.type) && !mine)
        return 0;
    if (mine && waiting(id))
        flushNew();
    m_findId->bind(1, id.type).bind(2, id.value);
    const qint64 e = m_findId->step() ? m_findId->int64(0) : 0;
    m_findId->reset();
    return e;
}

// Cell ids come as a full CGI (MCC-MNC-LAC-CI: phone extractions, CASE/UCO, some carriers) or as LAC-CI
// (most carrier CDRs and cell tables). A CGI's cell also answers to its LAC-CI, so either form finds it in
// either import order. A LAC-CI that cells of two networks share joins the first, and that is reported.
qint64 Committer::cellEntity(const QString &raw, const QString &name, const QString &locator, Identifier *idOut, qint32 key)
{
    if (!idOut) {
        if (const CachedEntity *e = keyed(m_rawCell, key, name))
            return e->id;
        if (const auto it = m_rawCell.map.constFind(raw); it != m_rawCell.map.constEnd() && (it->named || name.isEmpty()))
            return it->id;
    }
    const Identifier id = m_norm.cell(raw);
    if (idOut)
        *idOut = id;
    const QStringList parts = id.value.split(u'-');
    const bool cgi = parts.size() == 4 && std::all_of(parts.begin(), parts.end(), [](const QString &p) {
                         return !p.isEmpty() && std::all_of(p.begin(), p.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
                     });
    if (!id.isNull() && cgi && !findResolved(id)) {
        const Identifier lacCi{IdType::CellId, parts[2] + u'-' + parts[3], EntityKind::CellSite, true, {}};
        const qint64 byLacCi = findResolved(lacCi);
        bool otherNetwork = false;
        if (byLacCi) {
            flushNew();
            sql::Statement q(m_case.db(), "SELECT count(*) FROM identifiers WHERE entity_id = ? AND type = ? AND value LIKE '%-%-%-%'");
            otherNetwork = q.bind(1, byLacCi).bind(2, IdType::CellId).step() && q.int64(0) > 0;
        }
        if (byLacCi && !otherNetwork) {
            attachIdentifier(byLacCi, id, locator);
        } else if (otherNetwork) {
            m_cert.diagnostic({Severity::Warning, locator,
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cell %1 has the LAC-CI of another network's cell already in the case; "
                                                                       "records giving only %2 stay joined to that one"),
                                   {id.value, lacCi.value})});
        } else {
            attachIdentifier(resolve(id, name, locator), lacCi, locator);
        }
    }
    const qint64 e = resolve(id, name, locator);
    remember(m_rawCell, key, raw, {e, !name.isEmpty() || id.isNull(), true});
    return e;
}

void Committer::addCellSites(std::span<const CellSiteRecord> batch)
{
    bulkLoad("cell_sites");
    for (const CellSiteRecord &c : batch) {
        if (!m_writeError.ok())
            return;
        Identifier cell;
        const qint64 entity = cellEntity(c.cellId, c.address, c.locator, &cell);
        if (cell.isNull()) {
            m_cert.rejected(c.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the cell id is missing")));
            continue;
        }
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
    bulkLoad("messages");
    for (const MessageRecord &m : batch) {
        if (!m_writeError.ok())
            return;
        const qint64 senderId = m.sender.isEmpty() ? (m.direction == u"out" ? deviceParty() : 0)
                                                   : partyEntity(m.sender, m.app, m.locator);
        for (const QString &r : m.recipients) // recipients become entities too, so they join across sources
            resolve(m_norm.party(r, m.app), {}, m.locator);
        sql::Statement &st = *m_insMessage;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, m.locator);
        senderId ? st.bind(4, senderId) : st.bindNull(4);
        st.bind(5, m.sender).bind(6, m.recipients.join(QLatin1Char(';')));
        st.bind(7, m.time.utcMs).bind(8, qint64(m.time.offsetS)).bind(9, m.app).bind(10, m.direction);
        st.bind(11, m.body.isEmpty() ? QString() : m.body);
        m_device ? st.bind(12, m_device) : st.bindNull(12);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.acceptedAt(QStringLiteral("messages"), m.time);
        m_timeline.add(timeline::EventKind::Messages, senderId ? senderId : m_device, m.time.utcMs);
    }
}

void Committer::addContacts(std::span<const ContactRecord> batch)
{
    bulkLoad("contacts");
    for (const ContactRecord &c : batch) {
        if (!m_writeError.ok())
            return;
        const qint64 owner = c.owner.isEmpty() ? deviceParty() : entityFor(m_rawPhone, &Normaliser::phone, c.owner, {}, c.locator);
        // A contact's value is a phone number, an e-mail address, or a handle kept as written.
        const Identifier id = m_norm.party(c.value, {});
        const qint64 contact = resolve(id, c.name, c.locator);
        if (!contact && c.name.isEmpty()) {
            m_cert.rejected(c.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the contact has neither a name nor a usable number")));
            continue;
        }
        sql::Statement &st = *m_insContact;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, c.locator);
        owner ? st.bind(4, owner) : st.bindNull(4);
        contact ? st.bind(5, contact) : st.bindNull(5);
        st.bind(6, c.name.isEmpty() ? QString() : c.name).bind(7, c.value.isEmpty() ? QString() : c.value);
        m_device ? st.bind(8, m_device) : st.bindNull(8);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.acceptedOther(QStringLiteral("contacts"));
    }
}

void Committer::addLocations(std::span<const LocationRecord> batch)
{
    bulkLoad("locations");
    for (const LocationRecord &l : batch) {
        if (!m_writeError.ok())
            return;
        if (l.lat < -90 || l.lat > 90 || l.lon < -180 || l.lon > 180) {
            m_cert.rejected(l.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the coordinates \"%1\", \"%2\" are not a valid latitude/longitude"),
                                           {QString::number(l.lat), QString::number(l.lon)}));
            continue;
        }
        const qint64 subject = l.subject.isEmpty() ? deviceParty() : entityFor(m_rawPhone, &Normaliser::phone, l.subject, {}, l.locator);
        sql::Statement &st = *m_insLocation;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, l.locator);
        subject ? st.bind(4, subject) : st.bindNull(4);
        st.bind(5, l.time.utcMs).bind(6, qint64(l.time.offsetS)).bind(7, l.lat).bind(8, l.lon);
        l.accuracyM ? st.bind(9, *l.accuracyM) : st.bindNull(9);
        st.bind(10, l.label.isEmpty() ? QString() : l.label);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.acceptedAt(QStringLiteral("locations"), l.time);
        m_timeline.add(timeline::EventKind::Locations, subject, l.time.utcMs);
    }
}

} // namespace cb::casefile
