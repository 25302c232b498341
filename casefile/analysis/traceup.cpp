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
#include <optional>
#include <set>

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

    // Hop by hop: the credits reached at a hop, each once with the traced amount of every path that
    // reached it (so a credit funded by many payments in is not followed once per path), then one pass
    // over each payer's statement for the payments out whose funding is wanted.
    Result<TraceResult> run()
    {
        std::map<std::pair<qint64, size_t>, qint64> level; // (account, credit row) -> traced amount
        const std::vector<LedgerRow> &rows = m_ledger.rowsOf(m_p.origin);
        for (size_t i : originPayments(m_ledger, m_p, false, m_result))
            level[{m_p.origin, i}] += rows[i].amountMinor;
        for (int hop = 1; !level.empty(); ++hop) {
            std::vector<Pending> pending;
            std::map<qint64, std::set<size_t>> wanted;
            for (const auto &[at, amount] : level) {
                if (m_progress.isCancelled())
                    return Status::cancelled();
                if (const auto p = follow(at.first, at.second, amount, hop)) {
                    pending.push_back(*p);
                    wanted[p->payer].insert(p->debit);
                }
            }
            for (const auto &[payer, debits] : wanted)
                if (Status s = fund(payer, debits); !s.ok())
                    return s;
            std::map<std::pair<qint64, size_t>, qint64> next;
            for (const Pending &p : pending) {
                const std::vector<Funding> &funding = m_funding[p.payer][p.debit];
                if (funding.empty()) { // nothing found to fund it: the payer's own money
                    endpoint(p.payer, {}, EndStatus::Held, amounts() ? p.amount : 0);
                    continue;
                }
                for (const Funding &f : share(funding, p.amount)) {
                    if (amounts() && f.amount == 0)
                        continue; // rounding gave this source none of it
                    if (f.source == Opening)
                        endpoint(p.payer, {}, EndStatus::Held, amounts() ? f.amount : 0);
                    else
                        next[{p.payer, size_t(f.source)}] += f.amount;
                }
            }
            level = std::move(next);
        }
        if (Status s = m_ends.conserved(); !s.ok())
            return s;
        return m_result;
    }

private:
    bool amounts() const { return m_p.allocation != Allocation::None; }

    struct Pending
    {
        qint64 payer;
        size_t debit;
        qint64 amount;
    };

    // A credit reached at a hop: its flow, and where the money ends — or the payer's payment out to follow.
    std::optional<Pending> follow(qint64 account, size_t credit, qint64 amount, int hop)
    {
        const LedgerRow &c = m_ledger.rowsOf(account)[credit];
        const qint64 payer = c.counterparty;
        const LedgerRow *debit = payer && m_ledger.hasStatement(payer) ? pairedDebit(payer, account, c) : nullptr;
        flow(hop, c, debit, amount);
        const qint64 t = amounts() ? amount : 0;
        if (c.mentionsCash) // a cash deposit: where it came from is outside the banks
            endpoint(0, {}, EndStatus::Cash, t);
        else if (c.amountMinor < m_p.minAmountMinor)
            endpoint(payer, payer ? QString() : c.counterpartyRaw, EndStatus::BelowMinimum, t);
        else if (!payer || !m_ledger.hasStatement(payer))
            endpoint(payer, payer ? QString() : c.counterpartyRaw, EndStatus::Unrequested, t);
        else if (payer == m_p.origin)
            endpoint(payer, {}, EndStatus::Held, t);
        else if (hop >= m_p.hops)
            endpoint(payer, {}, EndStatus::HopLimit, t);
        else if (!debit)
            endpoint(payer, {}, EndStatus::Held, t); // its statement does not show the payment: not followed further
        else
            return Pending{payer, size_t(debit - m_ledger.rowsOf(payer).data()), amount};
        return std::nullopt;
    }

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

    // What funded the wanted payments out of an account (row index -> its funding), under the trace's rule:
    //   fifo          the oldest money first: the opening balance, then each payment in by booking time;
    //   libr          the holder's own money (the opening balance) first, then the payments in that are
    //                 still there, in proportion to what is left of each — a later payment in never
    //                 restores what an earlier one lost;
    //   proportional  every payment out takes from all the money there (opening balance included), in
    //                 proportion;
    //   none          every payment in before it (paths only).
    // A payment out beyond what the statement shows the account held is funded by the account's own money.
    // One pass over the statement, up to the last payment wanted; only the wanted ones are kept.
    Status fund(qint64 account, const std::set<size_t> &wanted)
    {
        auto &memo = m_funding[account];
        std::set<size_t> missing;
        for (size_t d : wanted)
            if (!memo.count(d))
                missing.insert(d);
        if (missing.empty())
            return {};
        const std::vector<LedgerRow> &rows = m_ledger.rowsOf(account);
        std::deque<Funding> pool; // what the account holds, oldest first
        qint64 own = 0;           // libr: the opening balance, kept apart from the pool
        const qint64 opening = !rows.empty() && rows[0].balanceMinor ? *rows[0].balanceMinor - rows[0].amountMinor : 0;
        if (opening > 0 && m_p.allocation == Allocation::Libr)
            own = opening;
        else if (opening > 0 && amounts())
            pool.push_back({Opening, opening});
        for (size_t i = 0; i <= *missing.rbegin() && i < rows.size(); ++i) {
            if ((i & 0x3FF) == 0 && m_progress.isCancelled())
                return Status::cancelled();
            if (rows[i].currency != m_result.currency)
                continue;
            if (rows[i].amountMinor > 0) {
                pool.push_back({qint64(i), amounts() ? rows[i].amountMinor : 0});
                continue;
            }
            if (!amounts()) {
                if (missing.count(i))
                    memo[i].assign(pool.begin(), pool.end());
                continue;
            }
            std::vector<Funding> taken;
            qint64 need = -rows[i].amountMinor;
            if (m_p.allocation == Allocation::Libr && own > 0) {
                const qint64 n = std::min(need, own);
                taken.push_back({Opening, n});
                own -= n, need -= n;
            }
            need = m_p.allocation == Allocation::Fifo ? takeOldest(pool, need, taken) : takeProRata(pool, need, taken);
            if (need > 0) // more paid than the statement shows it held: the account's own
                taken.push_back({Opening, need});
            if (missing.count(i))
                memo[i] = std::move(taken);
        }
        return {};
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

    // `amount` split over the parts in proportion to each, exactly (amount < their total): each gets its
    // share rounded down, and the units left go one each to the largest remainders (ties: the earlier
    // part), so no part gets more than it had.
    template<typename Parts>
    static std::vector<Funding> apportion(const Parts &parts, qint64 amount, qint64 total)
    {
        std::vector<Funding> out;
        std::vector<std::pair<qint64, size_t>> remainders; // (remainder, index)
        qint64 given = 0;
        for (const Funding &f : parts) {
            const __int128 exact = __int128(f.amount) * amount;
            remainders.push_back({qint64(exact % total), out.size()});
            out.push_back({f.source, qint64(exact / total)});
            given += out.back().amount;
        }
        std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qint64 k = 0; k < amount - given && size_t(k) < remainders.size(); ++k)
            ++out[remainders[size_t(k)].second].amount;
        return out;
    }

    // Takes up to `need` from every entry of the pool in proportion to what it holds (apportion); returns
    // what it could not take.
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
        const std::vector<Funding> shares = apportion(pool, need, total);
        std::deque<Funding> left;
        for (size_t k = 0; k < pool.size(); ++k) {
            if (pool[k].amount > shares[k].amount)
                left.push_back({pool[k].source, pool[k].amount - shares[k].amount});
            if (shares[k].amount > 0)
                taken.push_back(shares[k]);
        }
        pool = std::move(left);
        return 0;
    }

    // `amount` of a payment, taken from its funding in proportion (apportion).
    std::vector<Funding> share(const std::vector<Funding> &funding, qint64 amount) const
    {
        qint64 total = 0;
        for (const Funding &f : funding)
            total += f.amount;
        if (!amounts() || total == amount || total <= 0)
            return funding;
        return apportion(funding, amount, total);
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
