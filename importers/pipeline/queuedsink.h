#pragma once
// Lets an importer parse on a second thread while the committer writes on this one: the parser's sink
// calls become closures in a bounded queue, replayed in order into the real sink. rowsRead() counts are
// coalesced. Calls and transactions go over with the RawKeys numbers of their identifier columns, counted
// here so that the writing thread need not hash the text again. The writer can abort (a write error): the parser's further output is then dropped unblocked.
#include "rawkeys.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace cb::importers {

class QueuedSink final : public casefile::RecordSink
{
public:
    // With a region, phone numbers and accounts are also normalised here (as the committer would, in that
    // region) the first time a batch uses them.
    explicit QueuedSink(size_t maxQueued = 8, const QString &region = {})
        : m_max(maxQueued), m_normalise(!region.isEmpty()), m_norm(region.isEmpty() ? QStringLiteral("CN") : region)
    {
    }

    // Producer side (the parsing thread).
    void addTransactions(std::span<const casefile::TransactionRecord> b) override;
    void addCalls(std::span<const casefile::CallRecord> b) override;
    void addCellSites(std::span<const casefile::CellSiteRecord> b) override;
    void addMessages(std::span<const casefile::MessageRecord> b) override;
    void addContacts(std::span<const casefile::ContactRecord> b) override;
    void addLocations(std::span<const casefile::LocationRecord> b) override;
    void addBalances(std::span<const casefile::BalanceRecord> b) override;
    void addAccounts(std::span<const casefile::AccountRecord> b) override;
    void addArtifacts(std::span<const casefile::ArtifactRecord> b) override;
    void rowsRead(qint64 n) override { m_rows += n; }
    void rowRejected(const QString &locator, const casefile::Message &reason) override;
    void rowSkipped(const QString &locator, const casefile::Message &reason) override;
    void diagnostic(const casefile::Diagnostic &d) override;
    void statedFact(const QString &key, const QString &value) override;
    void statementBalance(const casefile::StatementBalance &b) override;
    void device(const casefile::DeviceRecord &d) override;
    void close(); // the producer is done

    // Consumer side: replays everything into target until the producer closes. stop() is asked after each
    // step; once it says true the rest is discarded (and the producer is never blocked again).
    void drainInto(casefile::KeyedRecordSink &target, const std::function<bool()> &stop);

private:
    using Step = std::function<void(casefile::KeyedRecordSink &)>;
    void push(Step step);
    const size_t m_max;
    casefile::RawKeys m_phones, m_imeis, m_cells, m_accounts; // numbered here, on the parsing thread
    casefile::RawKeys::Last m_lastSubscriber, m_lastOther, m_lastImei, m_lastCell, m_lastAccount, m_lastCounterparty;
    const bool m_normalise;
    casefile::Normaliser m_norm;
    qint32 freshKey(casefile::RawKeys &keys, casefile::RawKeys::Last &last, const QString &raw,
                    casefile::Identifier (casefile::Normaliser::*norm)(const QString &), std::vector<std::pair<qint32, casefile::Identifier>> &fresh);
    qint64 m_rows = 0; // producer-only until pushed
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<Step> m_queue;
    std::deque<Step> m_spent; // replayed steps, destroyed by the producer
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace cb::importers
