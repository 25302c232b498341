#pragma once
// What the downward and the upward trace engines share: the origin's traced payments, the tally of
// endpoints, and the check that every unit ended somewhere.
#include "analysis/trace.h"

#include <QHash>

namespace cb::casefile::analysis {

// The origin's payments out (or in) inside the window, in the first one's currency (others are listed as
// unfollowed): their row indices; the result's currency and origin amount are set.
std::vector<size_t> originPayments(Ledger &ledger, const TraceParams &p, bool out, TraceResult &result);

// Adds traced money to an endpoint (account or raw name, status), one entry per endpoint.
class EndpointTally
{
public:
    explicit EndpointTally(TraceResult &result, bool amounts)
        : m_result(result), m_amounts(amounts)
    {
    }
    void add(qint64 account, const QString &raw, EndStatus status, qint64 minor);
    // The endpoints add up to the origin amount, or an error saying how much was lost.
    Status conserved() const;

private:
    TraceResult &m_result;
    bool m_amounts;
    QHash<QString, qsizetype> m_index;
};

} // namespace cb::casefile::analysis
