#pragma once
// The one batching sink: a parser hands over records one at a time and they go on to the real sink in
// batches of kBatch per kind, so a million rows never sit in memory and the sink's per-call cost is paid
// once per batch. flush() sends what is held (parsers call it before a fact that must follow its records,
// such as a statement's balances, and at the end); a batcher destroyed with records still held sends them.
// Every record's text fields are capped on the way in (textcap.h).
#include "common/textcap.h"
#include "records.h"

#include <vector>

namespace cb::importers {

class RecordBatcher
{
public:
    static constexpr size_t kBatch = 2048;

    explicit RecordBatcher(casefile::RecordSink &sink) : m_sink(sink) {}
    ~RecordBatcher() { flush(); }
    RecordBatcher(const RecordBatcher &) = delete;
    RecordBatcher &operator=(const RecordBatcher &) = delete;

    casefile::RecordSink &sink() { return m_sink; }

    void add(casefile::TransactionRecord r) { put(m_tx, std::move(r)); }
    void add(casefile::CallRecord r) { put(m_calls, std::move(r)); }
    void add(casefile::CellSiteRecord r) { put(m_cells, std::move(r)); }
    void add(casefile::MessageRecord r) { put(m_messages, std::move(r)); }
    void add(casefile::ContactRecord r) { put(m_contacts, std::move(r)); }
    void add(casefile::LocationRecord r) { put(m_locations, std::move(r)); }
    void add(casefile::AccountRecord r) { put(m_accounts, std::move(r)); }
    void add(casefile::ArtifactRecord r) { put(m_artifacts, std::move(r)); }
    void add(casefile::BalanceRecord r) { put(m_balances, std::move(r)); }

    // Sends every held record, kind by kind.
    void flush()
    {
        send(m_tx, &casefile::RecordSink::addTransactions);
        send(m_calls, &casefile::RecordSink::addCalls);
        send(m_cells, &casefile::RecordSink::addCellSites);
        send(m_messages, &casefile::RecordSink::addMessages);
        send(m_contacts, &casefile::RecordSink::addContacts);
        send(m_locations, &casefile::RecordSink::addLocations);
        send(m_accounts, &casefile::RecordSink::addAccounts);
        send(m_artifacts, &casefile::RecordSink::addArtifacts);
        send(m_balances, &casefile::RecordSink::addBalances);
    }
    size_t held() const
    {
        return m_tx.size() + m_calls.size() + m_cells.size() + m_messages.size() + m_contacts.size() + m_locations.size() +
               m_accounts.size() + m_artifacts.size() + m_balances.size();
    }

private:
    template <class R> void put(std::vector<R> &batch, R &&r)
    {
        capTexts(r, m_sink);
        if (batch.capacity() == 0)
            batch.reserve(kBatch);
        batch.push_back(std::move(r));
        if (batch.size() >= kBatch)
            flush(); // all kinds, so that records keep their order across kinds within a batch boundary
    }
    template <class R> void send(std::vector<R> &batch, void (casefile::RecordSink::*add)(std::span<const R>))
    {
        if (batch.empty())
            return;
        (m_sink.*add)(batch);
        batch.clear();
    }

    casefile::RecordSink &m_sink;
    std::vector<casefile::TransactionRecord> m_tx;
    std::vector<casefile::CallRecord> m_calls;
    std::vector<casefile::CellSiteRecord> m_cells;
    std::vector<casefile::MessageRecord> m_messages;
    std::vector<casefile::ContactRecord> m_contacts;
    std::vector<casefile::LocationRecord> m_locations;
    std::vector<casefile::AccountRecord> m_accounts;
    std::vector<casefile::ArtifactRecord> m_artifacts;
    std::vector<casefile::BalanceRecord> m_balances;
};

} // namespace cb::importers
