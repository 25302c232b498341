#include "queuedsink.h"

#include <vector>

namespace cb::importers {

using namespace cb::casefile;

void QueuedSink::push(Step step)
{
    std::unique_lock lock(m_mutex);
    if (m_rows) {
        m_queue.push_back([n = m_rows](RecordSink &s) { s.rowsRead(n); });
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

void QueuedSink::addTransactions(std::span<const TransactionRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addTransactions(v); });
}

void QueuedSink::addCalls(std::span<const CallRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addCalls(v); });
}

void QueuedSink::addCellSites(std::span<const CellSiteRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addCellSites(v); });
}

void QueuedSink::addMessages(std::span<const MessageRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addMessages(v); });
}

void QueuedSink::addContacts(std::span<const ContactRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addContacts(v); });
}

void QueuedSink::addLocations(std::span<const LocationRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addLocations(v); });
}

void QueuedSink::addAccounts(std::span<const AccountRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addAccounts(v); });
}

void QueuedSink::addArtifacts(std::span<const ArtifactRecord> b)
{
    push([v = copy(b)](RecordSink &s) { s.addArtifacts(v); });
}

void QueuedSink::rowRejected(const QString &locator, const Message &reason)
{
    push([locator, reason](RecordSink &s) { s.rowRejected(locator, reason); });
}

void QueuedSink::rowSkipped(const QString &locator, const Message &reason)
{
    push([locator, reason](RecordSink &s) { s.rowSkipped(locator, reason); });
}

void QueuedSink::diagnostic(const Diagnostic &d)
{
    push([d](RecordSink &s) { s.diagnostic(d); });
}

void QueuedSink::statedFact(const QString &key, const QString &value)
{
    push([key, value](RecordSink &s) { s.statedFact(key, value); });
}

void QueuedSink::device(const DeviceRecord &d)
{
    push([d](RecordSink &s) { s.device(d); });
}

void QueuedSink::statementBalance(const StatementBalance &b)
{
    push([b](RecordSink &s) { s.statementBalance(b); });
}

void QueuedSink::close()
{
    std::lock_guard lock(m_mutex);
    if (m_rows) {
        m_queue.push_back([n = m_rows](RecordSink &s) { s.rowsRead(n); });
        m_rows = 0;
    }
    m_closed = true;
    m_notEmpty.notify_one();
}

void QueuedSink::drainInto(RecordSink &target, const std::function<bool()> &stop)
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
        if (!m_aborted && stop && stop()) {
            std::lock_guard lock(m_mutex);
            m_aborted = true;
            m_queue.clear();
            m_notFull.notify_all();
        }
    }
}

} // namespace cb::importers
