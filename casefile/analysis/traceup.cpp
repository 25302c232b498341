// Tracing upward: where the money paid into an account came from. Each payment out of an account is
// funded by the money the account held when it was made, under the trace's rule (fundAll: FIFO takes
// the oldest money, LIBR the holder's opening balance first and then the payments in pro rata, pro rata
// everything), so a payment in can be followed back, hop by hop, to the payments that funded it, until
// money the account already had (held), a cash deposit (cash), a payer whose statement the case does not
// hold (unrequested) or the hop limit. When only part of a payment is followed, that
// part is taken from its funding in proportion, in minor units, the remainder to the largest share, so
// every unit of the traced money still ends in exactly one place. `none` lists the payments in that came
// before each payment out (paths only).
#include "analysis/traceparts.h"

#include <QHash>
#include <deque>
#include <map>

namespace cb::casefile::analysis {

namespace {

constexpr qint64 Opening = -1; // funded from the balance before the statement's first row

struct Funding
{
    qint64 source; // the funding credit's row index, or Opening
    qint64 amount;
};

class UpEngine
{
public:
    UpEngine(Ledger &ledger, const TraceParams &p, const Progress &progress)
        : m_ledger(ledger), m_p(p), m_progress(progress)
    {
    }

    Result<TraceResult> run()
    {
        struct Item
        {
            qint64 account;
            size_t credit;
            qint64 amount;
            int hop;
        };
        std::deque<Item> work;
        const std::vector<LedgerRow> &rows = m_ledger.rowsOf(m_p.origin);
        for (size_t i : originPayments(m_ledger, m_p, false, m_result))
            work.push_back({m_p.origin, i, rows[i].amountMinor, 1});
        for (qint64 n = 0; !work.empty(); ++n) {
            if ((n & 0xFF) == 0 && m_progress.isCancelled())
                return Status::cancelled();
            const Item item = work.front();
            work.pop_front();
            const LedgerRow &c = m_ledger.rowsOf(item.account)[item.credit];
            const qint64 payer = c.counterparty;
            const LedgerRow *debit = payer && m_ledger.hasStatement(payer) ? pairedDebit(payer, item.account, c) : nullptr;
            flow(item.hop, c, debit, item.amount);
            const qint64 t = amounts() ? item.amount : 0;
            if (c.mentionsCash) // a cash deposit: where it came from is outside the banks
                endpoint(0, {}, EndStatus::Cash, t);
            else if (c.amountMinor < m_p.minAmountMinor)
                endpoint(payer, payer ? QString() : c.counterpartyRaw, EndStatus::BelowMinimum, t);
            else if (!payer || !m_ledger.hasStatement(payer))
                endpoint(payer, payer ? QString() : c.counterpartyRaw, EndStatus::Unrequested, t);
            else if (payer == m_p.origin)
                endpoint(payer, {}, EndStatus::Held, t);
            else if (item.hop >= m_p.hops)
                endpoint(payer, {}, EndStatus::HopLimit, t);
            else if (!debit)
                endpoint(payer, {}, EndStatus::Held, t); // its statement does not show the payment: not followed further
            else
                for (const Funding &f : share(fundingOf(payer, *debit), item.amount)) {
                    if (f.source == Opening)
                        endpoint(payer, {}, EndStatus::Held, amounts() ? f.amount : 0);
                    else
                        work.push_back({payer, size_t(f.source), f.amount, item.hop + 1});
                }
        }
        if (Status s = m_ends.conserved(); !s.ok())
            return s;
        return m_result;
    }

private:
    bool amounts() const { return m_p.allocation != Allocation::None; }

    // The payer's booking of the transfer: a payment out to the payee, same amount and currency, nearest in time.
    const LedgerRow *pairedDebit(qint64 payer, qint64 payee, const LedgerRow &credit)
    {
        const LedgerRow *best = nullptr;
        for (const LedgerRow &d : m_ledger.rowsOf(payer))
            if (d.amountMinor == -credit.amountMinor && d.counterparty == payee && d.currency == credit.currency &&
                std::abs(d.time.utcMs - credit.time.utcMs) <= m_p.pairToleranceMs &&
                (!best || std::abs(d.time.utcMs - credit.time.utcMs) < std::abs(best->time.utcMs - credit.time.utcMs)))
                best = &d;
        return best;
    }

    // What funded a payment out of the account under the trace's rule (paths only: every payment in before it).
    std::vector<Funding> fundingOf(qint64 account, const LedgerRow &debit)
    {
        const std::vector<LedgerRow> &rows = m_ledger.rowsOf(account);
        const size_t at = size_t(&debit - rows.data());
        if (!amounts()) {
            std::vector<Funding> all;
            for (size_t i = 0; i < at; ++i)
                if (rows[i].amountMinor > 0 && rows[i].currency == m_result.currency)
                    all.push_back({qint64(i), 0});
            return all;
        }
        auto &memo = m_funding[account];
        if (memo.empty())
            memo = fundAll(rows);
        return memo[at];
    }

    // What funded every payment out of an account (row index -> its funding), under the trace's rule:
    //   fifo          the oldest money first: the opening balance, then each payment in by booking time;
    //   libr          the holder's own money (the opening balance) first, then the payments in that are
    //                 still there, in proportion to what is left of each — a later payment in never
    //                 restores what an earlier one lost;
    //   proportional  every payment out takes from all the money there (opening balance included), in
    //                 proportion.
    // A payment out beyond what the statement shows the account held is funded by the account's own money.
    std::map<size_t, std::vector<Funding>> fundAll(const std::vector<LedgerRow> &rows) const
    {
        std::map<size_t, std::vector<Funding>> memo;
        std::deque<Funding> pool; // what the account holds, oldest first
        qint64 own = 0;           // libr: the opening balance, kept apart from the pool
        const qint64 opening = !rows.empty() && rows[0].balanceMinor ? *rows[0].balanceMinor - rows[0].amountMinor : 0;
        if (opening > 0 && m_p.allocation == Allocation::Libr)
            own = opening;
        else if (opening > 0)
            pool.push_back({Opening, opening});
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].currency != m_result.currency)
                continue;
            if (rows[i].amountMinor > 0) {
                pool.push_back({qint64(i), rows[i].amountMinor});
                continue;
            }
            std::vector<Funding> &taken = memo[i];
            qint64 need = -rows[i].amountMinor;
            if (m_p.allocation == Allocation::Libr && own > 0) {
                const qint64 n = std::min(need, own);
                taken.push_back({Opening, n});
                own -= n, need -= n;
            }
            need = m_p.allocation == Allocation::Fifo ? takeOldest(pool, need, taken) : takeProRata(pool, need, taken);
            if (need > 0) // more paid than the statement shows it held: the account's own
                taken.push_back({Opening, need});
        }
        return memo;
    }

    // Takes up to `need` from the front of the pool; returns what it could not take.
    static qint64 takeOldest(std::deque<Funding> &pool, qint64 need, std::vector<Funding> &taken)
    {
        while (need > 0 && !pool.empty()) {
            const qint64 n = std::min(need, pool.front().amount);
            taken.push_back({pool.front().source, n});
            need -= n;
            if ((pool.front().amount -= n) == 0)
                pool.pop_front();
        }
        return need;
    }

    // Takes up to `need` from every entry of the pool in proportion to what it holds, exactly: each takes
    // its share rounded down, and the units left go one each to the largest remainders (ties: the earlier
    // money). Returns what it could not take.
    static qint64 takeProRata(std::deque<Funding> &pool, qint64 need, std::vector<Funding> &taken)
    {
        qint64 total = 0;
        for (const Funding &f : pool)
            total += f.amount;
        if (total <= need) {
            taken.insert(taken.end(), pool.begin(), pool.end());
            pool.clear();
            return need - total;
        }
        std::vector<std::pair<qint64, size_t>> remainders; // (remainder, index)
        qint64 given = 0;
        const size_t first = taken.size();
        for (size_t k = 0; k < pool.size(); ++k) {
            const __int128 exact = __int128(pool[k].amount) * need;
            taken.push_back({pool[k].source, qint64(exact / total)});
            remainders.push_back({qint64(exact % total), k});
            given += taken.back().amount;
        }
        std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qint64 k = 0; k < need - given; ++k)
            ++taken[first + remainders[size_t(k)].second].amount;
        std::deque<Funding> left;
        for (size_t k = 0; k < pool.size(); ++k)
            if (pool[k].amount > taken[first + k].amount)
                left.push_back({pool[k].source, pool[k].amount - taken[first + k].amount});
        pool = std::move(left);
        taken.erase(std::remove_if(taken.begin() + qsizetype(first), taken.end(), [](const Funding &f) { return f.amount == 0; }), taken.end());
        return 0;
    }

    // `amount` of the payment, taken from its funding in proportion (exactly: the remainder to the largest).
    std::vector<Funding> share(std::vector<Funding> funding, qint64 amount) const
    {
        qint64 total = 0, given = 0;
        for (const Funding &f : funding)
            total += f.amount;
        if (!amounts() || total == amount)
            return funding;
        size_t largest = 0;
        for (size_t i = 0; i < funding.size(); ++i) {
            largest = funding[i].amount > funding[largest].amount ? i : largest;
            funding[i].amount = total > 0 ? qint64(__int128(funding[i].amount) * amount / total) : 0;
            given += funding[i].amount;
        }
        if (!funding.empty())
            funding[largest].amount += amount - given;
        return funding;
    }

    void flow(int hop, const LedgerRow &credit, const LedgerRow *debit, qint64 traced)
    {
        const qint64 key = credit.id;
        if (const auto it = m_flowIndex.constFind(key); it != m_flowIndex.cend()) {
            m_result.flows[*it].tracedMinor += amounts() ? traced : 0;
            return;
        }
        m_flowIndex.insert(key, m_result.flows.size());
        m_result.flows.append({hop, credit.counterparty, credit.account, {}, debit ? debit : &credit, amounts() ? traced : 0,
                               debit ? &credit : nullptr, false});
    }

    void endpoint(qint64 account, const QString &raw, EndStatus status, qint64 t) { m_ends.add(account, raw, status, t); }

    Ledger &m_ledger;
    TraceParams m_p;
    Progress m_progress;
    TraceResult m_result;
    std::map<qint64, std::map<size_t, std::vector<Funding>>> m_funding;
    QHash<qint64, qsizetype> m_flowIndex;
    EndpointTally m_ends{m_result, m_p.allocation != Allocation::None};
};

} // namespace

Result<TraceResult> traceUp(Ledger &ledger, const TraceParams &params, const Progress &progress)
{
    return UpEngine(ledger, params, progress).run();
}

} // namespace cb::casefile::analysis
