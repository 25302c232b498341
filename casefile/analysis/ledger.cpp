#include "analysis/ledger.h"

#include "hash.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cstring>

namespace cb::casefile::analysis {

Ledger::Ledger(CaseFile &cf)
    : m_case(cf)
{
    sql::Statement st(cf.db(), "SELECT entity_id, canonical_id FROM entity_groups WHERE entity_id <> canonical_id ORDER BY entity_id");
    while (st.step()) {
        m_canonical.insert(st.int64(0), st.int64(1));
        m_twins[st.int64(1)].append(st.int64(0));
    }
    if (!st.status().ok())
        m_status = st.status();
    m_groups = m_twins.keys();
    std::sort(m_groups.begin(), m_groups.end());
    // The merges decide how every statement is read, so they are part of what a run read: each active
    // same_entity link by its UUID and a digest of the two entities it joins. Undoing or adding a merge
    // changes the data hash, and a rerun says so.
    sql::Statement links(cf.db(), "SELECT uuid, from_id, to_id FROM links WHERE kind = 'same_entity' AND undone_at IS NULL");
    while (links.step())
        noteRead(links.blob(0), QCryptographicHash::hash(QByteArray::number(links.int64(1)) + '-' + QByteArray::number(links.int64(2)),
                                                         QCryptographicHash::Sha256).left(16));
}

namespace {

const char *const kColumns = "SELECT id, uuid, digest, coalesce(counterparty_id, 0), coalesce(counterparty_account, ''), amount_minor, "
                             "currency, balance_minor, time_utc, utc_offset, coalesce(channel, ''), coalesce(description, ''), "
                             "locator, source_id, account_id FROM transactions ";

std::array<char, 32> readMark(const QByteArray &uuid, const QByteArray &digest)
{
    std::array<char, 32> m{};
    std::copy_n(uuid.constData(), std::min<qsizetype>(uuid.size(), 16), m.begin());
    std::copy_n(digest.constData(), std::min<qsizetype>(digest.size(), 16), m.begin() + 16);
    return m;
}

} // namespace

LedgerRow Ledger::read(const sql::Statement &st)
{
    LedgerRow r;
    r.id = st.int64(0);
    m_read.push_back(readMark(st.blob(1), st.blob(2)));
    r.counterparty = canonical(st.int64(3));
    if (!st.int64(3))
        r.counterpartyRaw = st.text(4);
    r.amountMinor = st.int64(5);
    const QString currency = st.text(6);
    r.currency = *m_currencies.insert(currency, m_currencies.value(currency, currency));
    if (!st.isNull(7))
        r.balanceMinor = st.int64(7);
    r.time = {st.int64(8), qint32(st.int64(9))};
    r.mentionsCash = mentionsCash(st.text(10), st.text(11));
    r.sourceId = st.int64(13);
    r.account = canonical(st.int64(14));
    return r;
}

const std::vector<LedgerRow> &Ledger::rowsOf(qint64 account)
{
    account = canonical(account);
    if (auto it = m_rows.find(account); it != m_rows.end())
        return it->second;
    std::vector<LedgerRow> rows = load(account);
    m_held.insert(account, !rows.empty());
    return m_rows.emplace(account, std::move(rows)).first->second;
}

std::vector<LedgerRow> Ledger::load(qint64 account)
{
    const QList<qint64> twins = m_twins.value(account);
    std::vector<LedgerRow> rows;
    // Each member's opening balance per currency (the first row's balance before it), when stated.
    QHash<QString, qint64> opening;
    QSet<QString> stated;
    sql::Statement st(m_case.db(), (QByteArray(kColumns) + "WHERE account_id = ? AND duplicate_of IS NULL ORDER BY time_utc, id").constData());
    for (qint64 member : QList<qint64>{account} + twins) {
        st.reset();
        st.bind(1, member);
        QSet<QString> seen;
        while (st.step()) {
            LedgerRow r = read(st);
            if (!twins.isEmpty() && !seen.contains(r.currency)) {
                seen.insert(r.currency);
                if (r.balanceMinor)
                    opening[r.currency] += *r.balanceMinor - r.amountMinor, stated.insert(r.currency);
            }
            const qint64 rawCounterparty = st.int64(3);
            if (!twins.isEmpty() && rawCounterparty && rawCounterparty != member && r.counterparty == account)
                continue; // between two members of the group: not a payment
            rows.push_back(std::move(r));
        }
        if (!st.status().ok() && m_status.ok())
            m_status = st.status();
    }
    if (twins.isEmpty())
        return rows;
    std::stable_sort(rows.begin(), rows.end(), [](const LedgerRow &a, const LedgerRow &b) {
        return a.time.utcMs != b.time.utcMs ? a.time.utcMs < b.time.utcMs : a.id < b.id;
    });
    // The group's balance is its members' added up: from their openings, moved by every row kept.
    for (LedgerRow &r : rows) {
        opening[r.currency] += r.amountMinor;
        r.balanceMinor = stated.contains(r.currency) ? std::optional<qint64>(opening[r.currency]) : std::nullopt;
    }
    return rows;
}

Status Ledger::forEachAccount(const std::function<bool(qint64, const std::vector<LedgerRow> &)> &fn, const Progress &progress)
{
    sql::Interruptible interruptible(m_case.db(), progress);
    sql::Statement st(m_case.db(), (QByteArray(kColumns) + "WHERE duplicate_of IS NULL ORDER BY account_id, time_utc, id").constData());
    std::vector<LedgerRow> rows;
    auto flush = [&]() {
        const bool more = rows.empty() || fn(rows.front().account, rows);
        rows.clear();
        return more;
    };
    while (st.step()) {
        if (m_canonical.contains(st.int64(14)) || m_twins.contains(st.int64(14)))
            continue; // a merged group's rows: read together below
        LedgerRow r = read(st);
        if (!rows.empty() && rows.front().account != r.account && !flush())
            return Status::cancelled();
        rows.push_back(std::move(r));
    }
    if (!st.status().ok())
        return interruptible.status(st.status());
    if (!flush())
        return Status::cancelled();
    for (qint64 group : std::as_const(m_groups)) { // in id order: results do not depend on hashing
        rows = load(group);
        if (!flush())
            return Status::cancelled();
    }
    return progress.isCancelled() ? Status::cancelled() : Status();
}

bool Ledger::hasStatement(qint64 account)
{
    if (account == 0)
        return false;
    account = canonical(account);
    const auto it = m_held.constFind(account);
    if (it != m_held.cend())
        return *it;
    if (m_twins.contains(account)) // a group: what rowsOf keeps of it (transfers between members are not its rows)
        return !rowsOf(account).empty();
    const bool held = m_case.db().scalar("SELECT 1 FROM transactions WHERE account_id = ? LIMIT 1", {account}).isValid();
    m_held.insert(account, held);
    return held;
}

QString Ledger::label(qint64 entity)
{
    if (entity == 0)
        return {};
    auto it = m_labels.constFind(entity);
    if (it != m_labels.cend())
        return *it;
    const QString l = m_case.db().scalar("SELECT label FROM entity_labels WHERE entity_id = ?", {entity}).toString();
    m_labels.insert(entity, l);
    return l;
}

Ledger::Detail Ledger::detail(bool call, qint64 rowId)
{
    std::unique_ptr<sql::Statement> &st = m_detail[call ? 1 : 0];
    if (!st)
        st = std::make_unique<sql::Statement>(m_case.db(), call ? "SELECT uuid, direction, source_id, locator, '', subscriber_id, coalesce(other_id, 0) "
                                                                  "FROM calls WHERE id = ?"
                                                                : "SELECT uuid, currency, source_id, locator, coalesce(description, ''), account_id, "
                                                                  "coalesce(counterparty_id, 0) FROM transactions WHERE id = ?");
    st->reset();
    st->bind(1, rowId);
    Detail d;
    if (st->step())
        d = {st->blob(0), st->text(1), st->int64(2), st->text(3), st->text(4), st->int64(5), st->int64(6)};
    st->reset();
    return d;
}

SourceRef Ledger::source(qint64 sourceId)
{
    auto it = m_sources.constFind(sourceId);
    if (it != m_sources.cend())
        return *it;
    sql::Statement st(m_case.db(), "SELECT file_name, sha256 FROM sources WHERE id = ?");
    st.bind(1, sourceId);
    SourceRef s;
    if (st.step())
        s = {st.text(0), st.text(1)};
    m_sources.insert(sourceId, s);
    return s;
}

bool Ledger::mentionsCash(const QString &channel, const QString &description)
{
    static const QRegularExpression cash(
        QStringLiteral("\\b(ATM|ABM|cash|withdrawal|counter)\\b|取现|取款|现金|存现|柜台|提现|Bargeld|Geldautomat|Barauszahlung|"
                       "наличн|банкомат|retrait|esp[eè]ces|efectivo|cajero|contante|prelievo|geldautomaat|opname"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return (!channel.isEmpty() && cash.match(channel).hasMatch()) || (!description.isEmpty() && cash.match(description).hasMatch());
}

QString Ledger::dataSha256() const
{
    Sha256 h;
    for (const QByteArray &r : rowsRead())
        h.add(r);
    return h.hexDigest();
}

QList<QByteArray> Ledger::rowsRead() const
{
    std::vector<std::array<char, 32>> read = m_read;
    std::sort(read.begin(), read.end(), [](const auto &a, const auto &b) { return std::memcmp(a.data(), b.data(), 32) < 0; });
    read.erase(std::unique(read.begin(), read.end()), read.end());
    QList<QByteArray> out;
    out.reserve(qsizetype(read.size()));
    for (const auto &r : read)
        out.append(QByteArray(r.data(), 32));
    return out;
}

void Ledger::noteRead(const QByteArray &uuid, const QByteArray &digest)
{
    m_read.push_back(readMark(uuid, digest));
}

} // namespace cb::casefile::analysis
