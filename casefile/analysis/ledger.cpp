#include "analysis/ledger.h"

#include "hash.h"

#include <QRegularExpression>
#include <algorithm>

namespace cb::casefile::analysis {

Ledger::Ledger(CaseFile &cf)
    : m_case(cf)
{
}

namespace {

const char *const kColumns = "SELECT id, uuid, digest, coalesce(counterparty_id, 0), coalesce(counterparty_account, ''), amount_minor, "
                             "currency, balance_minor, time_utc, utc_offset, coalesce(channel, ''), coalesce(description, ''), "
                             "locator, source_id, account_id FROM transactions ";

LedgerRow readRow(const sql::Statement &st)
{
    LedgerRow r;
    r.id = st.int64(0);
    r.uuid = st.blob(1);
    r.digest = st.blob(2);
    r.counterparty = st.int64(3);
    r.counterpartyRaw = st.text(4);
    r.amountMinor = st.int64(5);
    r.currency = st.text(6);
    if (!st.isNull(7))
        r.balanceMinor = st.int64(7);
    r.time = {st.int64(8), qint32(st.int64(9))};
    r.channel = st.text(10);
    r.description = st.text(11);
    r.locator = st.text(12);
    r.sourceId = st.int64(13);
    r.account = st.int64(14);
    return r;
}

} // namespace

const std::vector<LedgerRow> &Ledger::rowsOf(qint64 account)
{
    if (auto it = m_rows.find(account); it != m_rows.end())
        return it->second;
    std::vector<LedgerRow> rows;
    sql::Statement st(m_case.db(), (QByteArray(kColumns) + "WHERE account_id = ? AND duplicate_of IS NULL ORDER BY time_utc, id").constData());
    st.bind(1, account);
    while (st.step()) {
        rows.push_back(readRow(st));
        m_read.push_back(rows.back().uuid + rows.back().digest);
    }
    if (!st.status().ok() && m_status.ok())
        m_status = st.status();
    m_held.insert(account, !rows.empty());
    return m_rows.emplace(account, std::move(rows)).first->second;
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
        LedgerRow r = readRow(st);
        m_read.push_back(r.uuid + r.digest);
        if (!rows.empty() && rows.front().account != r.account && !flush())
            return Status::cancelled();
        rows.push_back(std::move(r));
    }
    if (!st.status().ok())
        return interruptible.status(st.status());
    flush();
    return progress.isCancelled() ? Status::cancelled() : Status();
}

bool Ledger::hasStatement(qint64 account)
{
    if (account == 0)
        return false;
    const auto it = m_held.constFind(account);
    if (it != m_held.cend())
        return *it;
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

bool Ledger::isCash(const LedgerRow &row)
{
    return row.amountMinor < 0 && mentionsCash(row);
}

bool Ledger::mentionsCash(const LedgerRow &row)
{
    static const QRegularExpression cash(
        QStringLiteral("\\b(ATM|ABM|cash|withdrawal|counter)\\b|取现|取款|现金|存现|柜台|提现|Bargeld|Geldautomat|Barauszahlung|"
                       "наличн|банкомат|retrait|esp[eè]ces|efectivo|cajero|contante|prelievo|geldautomaat|opname"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return cash.match(row.channel).hasMatch() || cash.match(row.description).hasMatch();
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
    std::vector<QByteArray> read = m_read;
    std::sort(read.begin(), read.end());
    read.erase(std::unique(read.begin(), read.end()), read.end());
    return QList<QByteArray>(read.begin(), read.end());
}

void Ledger::noteRead(const QByteArray &uuid, const QByteArray &digest)
{
    m_read.push_back(uuid + digest);
}

} // namespace cb::casefile::analysis
