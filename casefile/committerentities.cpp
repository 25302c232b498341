// How the committer turns identifiers into entities: the raw-value caches, the bounded memory of what this
// import resolved, and the new entities and identifiers, written ChunkRows at a time.
#include "committer.h"
#include "chunkedinsert.h"
#include "integrity/rowencoder.h"

#include <algorithm>

namespace cb::casefile {

qint64 Committer::resolve(const Identifier &id, const QString &name, const QString &locator)
{
    if (id.isNull())
        return 0;
    const QString key = id.type + u'\x1f' + id.value;
    if (auto it = m_entities.find(key); it != m_entities.end()) {
        if (!it->named && !name.isEmpty()) {
            nameEntity(it->id, name);
            it->named = true;
        }
        return it->id;
    }
    CachedEntity e;
    // Once the memory of this import's entities has forgotten, the Bloom filter says whether it may have
    // made this one; its rows may still wait in the buffer, which goes in before the lookup.
    const bool mine = m_forgotten && mayHaveWritten(key);
    if (m_typesInCase.contains(id.type) || mine) {
        if (mine && waiting(id))
            flushNew();
        m_findId->bind(1, id.type).bind(2, id.value);
        if (m_findId->step()) {
            e.id = m_findId->int64(0);
            e.named = m_findId->int64(1) != 0;
        }
        m_findId->reset();
    }
    if (!e.id) {
        e.id = newEntity(id.entityKind, name, locator);
        e.named = !name.isEmpty();
        newIdentifier(e.id, id, locator);
        markWritten(key);
    } else if (!name.isEmpty() && !e.named) {
        nameEntity(e.id, name);
        e.named = true;
    }
    rememberEntity(key, e);
    return e.id;
}

qint64 Committer::newEntity(const QString &kind, const QString &name, const QString &locator)
{
    NewEntity e{m_nextEntityId++, newUuid(), kind, name.isEmpty() ? QString() : name, locator};
    // The digest cb_row_digest('entities', id, uuid, kind, source_id, locator) would give: bound at commit.
    integrity::RowEncoder d;
    d.table("entities").integer(e.id).blob(e.uuid.data(), qsizetype(e.uuid.size())).text(kind).integer(m_sourceId).text(locator);
    m_case.digestCollector().rowsOf("entities").add(d.finish());
    m_newEntities.push_back(std::move(e));
    if (m_newEntities.size() >= size_t(ChunkRows))
        flushEntities();
    return m_nextEntityId - 1;
}

void Committer::newIdentifier(qint64 entityId, const Identifier &id, const QString &locator)
{
    NewIdentifier n{m_nextIdentifierId++, entityId, id.type, id.value, id.partial, locator};
    integrity::RowEncoder d;
    d.table("identifiers").integer(n.id).integer(entityId).text(id.type).text(id.value).integer(qint64(id.partial));
    d.integer(m_sourceId).text(locator);
    m_case.digestCollector().rowsOf("identifiers").add(d.finish());
    m_newIdentifiers.push_back(std::move(n));
    if (m_newIdentifiers.size() >= size_t(ChunkRows))
        flushIdentifiers();
}

void Committer::nameEntity(qint64 id, const QString &name)
{
    if (!m_newEntities.empty() && id >= m_newEntities.front().id) {
        QString &pending = m_newEntities[size_t(id - m_newEntities.front().id)].name;
        if (pending.isNull())
            pending = name;
        return;
    }
    m_nameEntity->bind(1, name).bind(2, id).exec();
}

void Committer::flushEntities()
{
    auto bind = [this](sql::Statement &st, int base, const NewEntity &e) {
        st.bind(base + 1, e.id).bindBlob(base + 2, e.uuid.data(), int(e.uuid.size())).bind(base + 3, e.kind);
        st.bind(base + 4, e.name).bind(base + 5, m_sourceId).bind(base + 6, e.locator);
    };
    if (Status s = insertChunked(m_newEntities, *m_insEntity, *m_insEntityChunk, ChunkRows, 6, bind, [](const NewEntity &) {});
        !s && m_writeError.ok())
        m_writeError = s;
    m_newEntities.clear();
}

void Committer::flushIdentifiers()
{
    auto bind = [this](sql::Statement &st, int base, const NewIdentifier &n) {
        st.bind(base + 1, n.id).bind(base + 2, n.entityId).bind(base + 3, n.type).bind(base + 4, n.value);
        st.bind(base + 5, qint64(n.partial)).bind(base + 6, m_sourceId).bind(base + 7, n.locator);
    };
    if (Status s = insertChunked(m_newIdentifiers, *m_insIdentifier, *m_insIdentifierChunk, ChunkRows, 7, bind,
                                 [](const NewIdentifier &) {});
        !s && m_writeError.ok())
        m_writeError = s;
    m_newIdentifiers.clear();
}

bool Committer::waiting(const Identifier &id) const
{
    // At most ChunkRows to compare: cheaper than writing a short chunk row by row on every Bloom hit.
    return std::any_of(m_newIdentifiers.begin(), m_newIdentifiers.end(),
                       [&id](const NewIdentifier &n) { return n.value == id.value && n.type == id.type; });
}

void Committer::flushNew()
{
    flushEntities();
    flushIdentifiers();
}

namespace {
constexpr size_t kWrittenBits = size_t(1) << 25;
std::array<size_t, 4> writtenBits(const QString &key)
{
    const quint64 h = qHash(QStringView(key), 0x5bd1e995u);
    const quint64 step = (h >> 32) | 1;
    return {size_t(h % kWrittenBits), size_t((h + step) % kWrittenBits), size_t((h + 2 * step) % kWrittenBits),
            size_t((h + 3 * step) % kWrittenBits)};
}
} // namespace

void Committer::markWritten(const QString &key)
{
    if (m_written.empty())
        m_written.resize(kWrittenBits / 64);
    for (size_t bit : writtenBits(key))
        m_written[bit / 64] |= quint64(1) << (bit % 64);
}

bool Committer::mayHaveWritten(const QString &key) const
{
    if (m_written.empty())
        return false;
    for (size_t bit : writtenBits(key))
        if (!(m_written[bit / 64] & (quint64(1) << (bit % 64))))
            return false;
    return true;
}

void Committer::rememberEntity(const QString &key, const CachedEntity &e)
{
    if (m_entities.size() >= kMaxCachedEntities) {
        m_entities.clear();
        m_forgotten = true;
    }
    m_entities.insert(key, e);
}

const Committer::CachedEntity *Committer::keyed(const EntityCache &cache, qint32 key, const QString &name)
{
    if (key < 0 || size_t(key) >= cache.byKey.size())
        return nullptr;
    const CachedEntity &e = cache.byKey[size_t(key)];
    return e.known && (e.named || name.isEmpty()) ? &e : nullptr;
}

void Committer::remember(EntityCache &cache, qint32 key, const QString &raw, const CachedEntity &entry)
{
    if (key < 0) { // not numbered: remembered by its text, a bounded number of values at a time
        if (cache.map.size() >= kMaxCachedEntities)
            cache.map.clear();
        cache.map.insert(raw, entry);
        return;
    }
    if (size_t(key) >= cache.byKey.size())
        cache.byKey.resize(qMax(size_t(key) + 1, cache.byKey.size() * 2));
    cache.byKey[size_t(key)] = entry;
}

void Committer::takeFresh(EntityCache &cache, const std::vector<std::pair<qint32, Identifier>> &fresh)
{
    for (const auto &[key, id] : fresh)
        cache.fresh.insert(key, id);
}

qint64 Committer::entityFor(EntityCache &cache, NormFn norm, const QString &raw, const QString &name,
                            const QString &locator, Identifier *idOut, qint32 key)
{
    if (!idOut) {
        if (const CachedEntity *e = keyed(cache, key, name))
            return e->id;
        if (cache.last.id && raw == cache.lastRaw && (cache.last.named || name.isEmpty()))
            return cache.last.id;
        auto it = cache.map.constFind(raw);
        if (it != cache.map.constEnd() && (it->named || name.isEmpty())) {
            cache.lastRaw = raw;
            cache.last = *it;
            if (key >= 0)
                remember(cache, key, raw, *it);
            return it->id;
        }
    }
    Identifier id;
    if (auto f = key >= 0 ? cache.fresh.find(key) : cache.fresh.end(); f != cache.fresh.end()) {
        id = std::move(*f);
        cache.fresh.erase(f);
    } else {
        id = (m_norm.*norm)(raw);
    }
    if (!raw.trimmed().isEmpty())
        warnOnce(raw, id, locator);
    const qint64 e = resolve(id, name, locator);
    const CachedEntity entry{e, !name.isEmpty() || id.isNull(), true};
    remember(cache, key, raw, entry);
    cache.lastRaw = raw;
    cache.last = entry;
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
    const bool mine = m_forgotten && mayHaveWritten(key);
    if (!m_typesInCase.contains(id.type) && !mine) { // nobody holds it yet: this entity does
        newIdentifier(entityId, id, locator);
    } else {
        // Whoever holds it now is what resolves: this entity when the row goes in, else the earlier holder.
        if (mine && waiting(id))
            flushNew();
        const qint64 rowId = m_nextIdentifierId;
        m_insIdentifier->bind(1, rowId).bind(2, entityId).bind(3, id.type).bind(4, id.value).bind(5, qint64(id.partial));
        m_insIdentifier->bind(6, m_sourceId).bind(7, locator);
        if (Status s = m_insIdentifier->exec(); !s) {
            if (m_writeError.ok())
                m_writeError = s;
            return;
        }
        if (m_case.db().changes() != 1) {
            resolve(id, {}, locator);
            return;
        }
        ++m_nextIdentifierId;
        integrity::RowEncoder d;
        d.table("identifiers").integer(rowId).integer(entityId).text(id.type).text(id.value).integer(qint64(id.partial));
        d.integer(m_sourceId).text(locator);
        m_case.digestCollector().rowsOf("identifiers").add(d.finish());
    }
    markWritten(key);
    rememberEntity(key, {entityId, false, true}); // naming it later only fills an empty name
}

void Committer::warnOnce(const QString &raw, const Identifier &id, const QString &locator)
{
    // A hostile value is not repeated whole: its first 40 characters name it.
    const QString shown = raw.size() > 48 ? raw.left(40) + QStringLiteral("…") : raw;
    if (id.problem.isEmpty() || m_warned.contains(shown) || m_warned.size() > 10000)
        return;
    m_warned.insert(shown);
    m_cert.diagnostic({Severity::Warning, locator,
                       msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "\"%1\": %2"), {shown, id.problem})});
}

} // namespace cb::casefile
