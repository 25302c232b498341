#include "pipeline/queuedsink.h"

#include <vector>

namespace cb::importers {

using namespace cb::casefile;

void QueuedSink::push(Step step)
{
    std::deque<Step> spent;
    std::unique_lock lock(m_mutex);
    spent.swap(m_spent); // freed here, on this thread, after the lock is released
    if (m_rows) {
        m_queue.push_back([n = m_rows](casefile::KeyedRecordSink &s) { s.rowsRead(n); });
        m_rows = 0;
    }
    m_notFull.wait(lock, [this] { return m_queue.size() < m_max || m_aborted; });
    if (m_aborted)
        return;
    m_queue.push_back(std::move(step));
    m_notEmpty.notify_one();
}

template <class T> static std::vector<T> copy(std::span<const T> b)
{
    return std::vector<T>(b.begin(), b.end());
}

qint32 QueuedSink::freshKey(RawKeys &keys, RawKeys::Last &last, const QString &raw, Identifier (Normaliser::*norm)(const QString &),
                            std::vector<std::pair<qint32, Identifier>> &fresh)
{
    bool isNew = false;
    const qint32 key = keys.key(raw, &isNew, &last);
    if (isNew && m_normalise)
        fresh.emplace_back(key, (m_norm.*norm)(raw));
    return key;
}

void QueuedSink::addTransactions(std::span<const TransactionRecord> b)
{
    std::vector<TransactionKeys> keys;
    FreshIdentifiers fresh;
    keys.reserve(b.size());
    for (const TransactionRecord &t : b)
        keys.push_back({freshKey(m_accounts, m_lastAccount, t.account, &Normaliser::account, fresh.accounts),
                        freshKey(m_accounts, m_lastCounterparty, t.counterpartyAccount, &Normaliser::account, fresh.accounts)});
    push([v = copy(b), k = std::move(keys), f = std::move(fresh)](casefile::KeyedRecordSink &s) { s.addKeyedTransactions(v, k, f); });
}

void QueuedSink::addCalls(std::span<const CallRecord> b)
{
    std::vector<CallKeys> keys;
    FreshIdentifiers fresh;
    keys.reserve(b.size());
    for (const CallRecord &c : b)
        keys.push_back({freshKey(m_phones, m_lastSubscriber, c.subscriber, &Normaliser::phone, fresh.phones),
                        freshKey(m_phones, m_lastOther, c.otherParty, &Normaliser::phone, fresh.phones),
                        m_imeis.key(c.imei, nullptr, &m_lastImei), m_cells.key(c.cellId, nullptr, &m_lastCell)});
    push([v = copy(b), k = std::move(keys), f = std::move(fresh)](casefile::KeyedRecordSink &s) { s.addKeyedCalls(v, k, f); });
}

void QueuedSink::addCellSites(std::span<const CellSiteRecord> b)
{
    push([v = copy(b)](casefile::KeyedRecordSink &s) { s.addCellSites(v); });
}

void QueuedSink::addMessages(std::span<const MessageRecord> b)
{
    push([v = copy(b)](casefile::KeyedRecordSink &s) { s.addMessages(v); });
}

void QueuedSink::addContacts(std::span<const ContactRecord> b)
{
    push([v = copy(b)](casefile::KeyedRecordSink &s) { s.addContacts(v); });
}

void QueuedSink::addBalances(std::span<const BalanceRecord> b)
{
    push([v = copy(b)](casefile::KeyedRecordSink &s) { s.addBalances(v); });
}

void QueuedSink::addLocations(std::span<const LocationRecord> b)
{
    push([v = copy(b)](casefile::KeyedRecordSink &s) { s.addLocations(v); });
}

void QueuedSink::addAccounts(std::span<const AccountRecord> b)
{
    push([v = copy(b)](casefile::KeyedRecordSink &s) { s.addAccounts(v); });
}

void QueuedSink::addArtifacts(std::span<const ArtifactRecord> b)
{
    push([v = copy(b)](casefile::KeyedRecordSink &s) { s.addArtifacts(v); });
}

void QueuedSink::rowRejected(const QString &locator, const Message &reason)
{
    push([locator, reason](casefile::KeyedRecordSink &s) { s.rowRejected(locator, reason); });
}

void QueuedSink::rowSkipped(const QString &locator, const Message &reason)
{
    push([locator, reason](casefile::KeyedRecordSink &s) { s.rowSkipped(locator, reason); });
}

void QueuedSink::diagnostic(const Diagnostic &d)
{
    push([d](casefile::KeyedRecordSink &s) { s.diagnostic(d); });
}

void QueuedSink::statedFact(const QString &key, const QString &value)
{
    push([key, value](casefile::KeyedRecordSink &s) { s.statedFact(key, value); });
}

void QueuedSink::device(const DeviceRecord &d)
{
    push([d](casefile::KeyedRecordSink &s) { s.device(d); });
}

void QueuedSink::statementBalance(const StatementBalance &b)
{
    push([b](casefile::KeyedRecordSink &s) { s.statementBalance(b); });
}

void QueuedSink::close()
{
    std::lock_guard lock(m_mutex);
    if (m_rows) {
        m_queue.push_back([n = m_rows](casefile::KeyedRecordSink &s) { s.rowsRead(n); });
        m_rows = 0;
    }
    m_closed = true;
    m_notEmpty.notify_one();
}

void QueuedSink::drainInto(casefile::KeyedRecordSink &target, const std::function<bool()> &stop)
{
    for (;;) {
        Step step;
        {
            std::unique_lock lock(m_mutex);
            m_notEmpty.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return; // closed and drained
            step = std::move(m_queue.front());
            m_queue.pop_front();
            m_notFull.notify_one();
        }
        if (!m_aborted)
            step(target);
        {
            // The batch's records are freed by the producer (on its next push), not on this busier thread.
            std::lock_guard lock(m_mutex);
            if (!m_closed && !m_aborted)
                m_spent.push_back(std::move(step));
        }
        if (!m_aborted && stop && stop()) {
            std::lock_guard lock(m_mutex);
            m_aborted = true;
            m_queue.clear();
            m_notFull.notify_all();
        }
    }
}

} // namespace cb::importers
