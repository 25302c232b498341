#pragma once
// A sink in front of another that keeps what the importer needs to compare with what a file states
// about itself: how many transactions were accepted, and their credits and debits, per currency.
#include "records.h"

#include <QHash>

namespace cb::importers {

class SummingSink final : public casefile::RecordSink
{
public:
    explicit SummingSink(casefile::RecordSink &to) : m_to(to) {}
    QHash<QString, qint64> sum, count, credits, creditSum, debits, debitSum;

    void addTransactions(std::span<const casefile::TransactionRecord> b) override
    {
        for (const casefile::TransactionRecord &t : b) {
            sum[t.currency] += t.amountMinor, count[t.currency] += 1;
            if (t.amountMinor >= 0)
                credits[t.currency] += 1, creditSum[t.currency] += t.amountMinor;
            else
                debits[t.currency] += 1, debitSum[t.currency] -= t.amountMinor;
        }
        m_to.addTransactions(b);
    }
    void addCalls(std::span<const casefile::CallRecord> b) override { m_to.addCalls(b); }
    void addCellSites(std::span<const casefile::CellSiteRecord> b) override { m_to.addCellSites(b); }
    void addMessages(std::span<const casefile::MessageRecord> b) override { m_to.addMessages(b); }
    void addContacts(std::span<const casefile::ContactRecord> b) override { m_to.addContacts(b); }
    void addLocations(std::span<const casefile::LocationRecord> b) override { m_to.addLocations(b); }
    void addBalances(std::span<const casefile::BalanceRecord> b) override { m_to.addBalances(b); }
    void addAccounts(std::span<const casefile::AccountRecord> b) override { m_to.addAccounts(b); }
    void addArtifacts(std::span<const casefile::ArtifactRecord> b) override { m_to.addArtifacts(b); }
    void rowsRead(qint64 n) override { m_to.rowsRead(n); }
    void rowRejected(const QString &l, const casefile::Message &m) override { m_to.rowRejected(l, m); }
    void rowSkipped(const QString &l, const casefile::Message &m) override { m_to.rowSkipped(l, m); }
    void diagnostic(const casefile::Diagnostic &d) override { m_to.diagnostic(d); }
    void statedFact(const QString &k, const QString &v) override { m_to.statedFact(k, v); }
    void statementBalance(const casefile::StatementBalance &b) override { m_to.statementBalance(b); }
    void device(const casefile::DeviceRecord &d) override { m_to.device(d); }

private:
    casefile::RecordSink &m_to;
};

} // namespace cb::importers
