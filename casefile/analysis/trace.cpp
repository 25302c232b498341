#include "analysis/traceparts.h"

#include <deque>
#include <memory>
#include <queue>
#include <unordered_map>

namespace cb::casefile::analysis {

QString allocationName(Allocation a)
{
    switch (a) {
    case Allocation::Fifo:
        return QStringLiteral("fifo");
    case Allocation::Libr:
        return QStringLiteral("libr");
    case Allocation::Proportional:
        return QStringLiteral("proportional");
    case Allocation::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Allocation> allocationFromName(QStringView name)
{
    for (Allocation a : {Allocation::Fifo, Allocation::Libr, Allocation::Proportional, Allocation::None})
        if (name == allocationName(a))
            return a;
    return std::nullopt;
}

QString endStatusName(EndStatus s)
{
    static const char *const names[] = {"held", "cash", "unrequested", "hop_limit", "below_minimum"};
    return QLatin1String(names[int(s)]);
}

namespace {

struct Slice
{
    qint64 amount = 0;
    bool traced = false;
};

qint64 tracedIn(const std::vector<Slice> &slices)
{
    qint64 t = 0;
    for (const Slice &s : slices)
        t += s.traced ? s.amount : 0;
    return t;
}

// One account the traced money reached: its statement, where processing stands, and what it holds.
struct Account
{
    qint64 id = 0;
    int hop = 0;
    const std::vector<LedgerRow> *rows = nullptr;
    size_t next = 0;
    std::deque<Slice> queue; // fifo: the account's money, oldest first
    qint64 balance = 0;
    qint64 traced = 0;
    qint64 lastArrivalMs = 0;
    std::unordered_map<size_t, std::vector<Slice>> arrivals; // by row: what a paired credit brings
    std::vector<bool> paired;

    void push(const Slice &s)
    {
        if (s.amount <= 0)
            return;
        if (!queue.empty() && queue.back().traced == s.traced)
            queue.back().amount += s.amount;
        else
            queue.push_back(s);
    }
};

class Engine
{
public:
    Engine(Ledger &ledger, const TraceParams &params, const Progress &progress)
        : m_ledger(ledger), m_p(params), m_progress(progress)
    {
    }

    Result<TraceResult> run()
    {
        start();
        qint64 processed = 0;
        while (!m_heap.empty()) {
            const auto [time, id, index] = m_heap.top();
            m_heap.pop();
            Account &a = *m_accounts.at(id);
            if (index != a.next)
                continue;
            process(a, a.next++);
            schedule(a);
            if ((++processed & 0xFFF) == 0 && m_progress.isCancelled())
                return Status::cancelled();
        }
        for (const auto &[id, a] : m_accounts)
            if (a->traced > 0)
                endpoint(id, {}, EndStatus::Held, a->traced);
        if (!m_ledger.status().ok())
            return m_ledger.status();
        if (Status s = m_ends.conserved(); !s.ok())
            return s;
        return m_result;
    }

private:
    bool amounts() const { return m_p.allocation != Allocation::None; }

    // The traced money: every payment out of the origin inside the window, in the first one's currency.
    void start()
    {
        const std::vector<LedgerRow> &rows = m_ledger.rowsOf(m_p.origin);
        for (size_t i : originPayments(m_ledger, m_p, true, m_result))
            deliver(1, m_p.origin, rows[i], {Slice{-rows[i].amountMinor, true}}, -rows[i].amountMinor);
    }

    void schedule(const Account &a)
    {
        if (a.next < a.rows->size() && (!m_p.beforeMs || (*a.rows)[a.next].time.utcMs <= *m_p.beforeMs))
            m_heap.push({(*a.rows)[a.next].time.utcMs, a.id, a.next});
    }

    void process(Account &a, size_t index)
    {
        const LedgerRow &r = (*a.rows)[index];
        if (r.currency != m_result.currency) {
            if (r.amountMinor < 0 && a.traced > 0)
                m_result.unfollowed.append(&r);
            return;
        }
        if (r.amountMinor >= 0)
            credit(a, index, r);
        else
            debit(a, r);
    }

    void credit(Account &a, size_t index, const LedgerRow &r)
    {
        std::vector<Slice> slices{Slice{r.amountMinor, false}};
        if (auto it = a.arrivals.find(index); it != a.arrivals.end()) {
            slices = std::move(it->second);
            a.arrivals.erase(it);
            a.lastArrivalMs = r.time.utcMs;
        }
        for (const Slice &s : slices)
            a.push(s);
        a.balance += r.amountMinor;
        a.traced += tracedIn(slices);
    }

    void debit(Account &a, const LedgerRow &r)
    {
        const qint64 amount = -r.amountMinor;
        if (a.traced > 0 && m_p.maxGapMs && r.time.utcMs - a.lastArrivalMs > *m_p.maxGapMs)
            freeze(a);
        std::vector<Slice> slices;
        qint64 t = 0;
        switch (m_p.allocation) {
        case Allocation::None: // a path: every payment after traced money arrived continues it
            if (a.traced > 0)
                deliver(a.hop + 1, a.id, r, {Slice{amount, true}}, amount);
            return;
        case Allocation::Fifo:
            slices = take(a, amount);
            t = tracedIn(slices);
            break;
        case Allocation::Libr: {
            const qint64 left = std::min(a.traced, std::max<qint64>(a.balance - amount, 0));
            t = a.traced - left;
            slices = {Slice{amount - t, false}, Slice{t, true}};
            break;
        }
        case Allocation::Proportional:
            t = a.balance <= 0 || a.traced == 0 ? 0
                : amount >= a.balance           ? a.traced
                                                : qint64((__int128(amount) * a.traced) / a.balance);
            slices = {Slice{t, true}, Slice{amount - t, false}};
            break;
        }
        a.balance -= amount;
        a.traced -= t;
        if (t > 0)
            deliver(a.hop + 1, a.id, r, std::move(slices), t);
    }

    // FIFO: the oldest money first; what the account does not hold (an overdraft) is not traced money.
    std::vector<Slice> take(Account &a, qint64 amount)
    {
        std::vector<Slice> out;
        while (amount > 0 && !a.queue.empty()) {
            Slice &front = a.queue.front();
            const qint64 n = std::min(amount, front.amount);
            out.push_back({n, front.traced});
            front.amount -= n, amount -= n;
            if (front.amount == 0)
                a.queue.pop_front();
        }
        if (amount > 0)
            out.push_back({amount, false});
        return out;
    }

    // Idle longer than --max-gap: the traced money stays in the account, no longer followed.
    void freeze(Account &a)
    {
        endpoint(a.id, {}, EndStatus::Held, a.traced);
        for (Slice &s : a.queue)
            s.traced = false;
        a.traced = 0;
    }

    void deliver(int hop, qint64 from, const LedgerRow &r, std::vector<Slice> slices, qint64 t)
    {
        const qint64 amount = -r.amountMinor;
        TraceFlow flow{hop, from, r.counterparty, r.counterparty ? QString() : r.counterpartyRaw, &r, amounts() ? t : 0, nullptr};
        const qint64 to = r.counterparty;
        if (Ledger::isCash(r)) {
            flow.to = 0, flow.toRaw.clear(), flow.cash = true;
            endpoint(0, {}, EndStatus::Cash, t);
        } else if (amount < m_p.minAmountMinor) {
            endpoint(to, flow.toRaw, EndStatus::BelowMinimum, t);
        } else if (to == m_p.origin || (to == 0) || !m_ledger.hasStatement(to)) {
            endpoint(to, flow.toRaw, to == m_p.origin ? EndStatus::Held : EndStatus::Unrequested, t);
        } else if (hop >= m_p.hops) {
            endpoint(to, {}, EndStatus::HopLimit, t);
        } else {
            flow.paired = arrive(activate(to, hop, r.time.utcMs), from, r, std::move(slices), t);
        }
        m_result.flows.append(flow);
    }

    Account &activate(qint64 id, int hop, qint64 atMs)
    {
        if (auto it = m_accounts.find(id); it != m_accounts.end()) {
            it->second->hop = std::min(it->second->hop, hop);
            return *it->second;
        }
        auto a = std::make_unique<Account>();
        a->id = id, a->hop = hop, a->rows = &m_ledger.rowsOf(id);
        const std::vector<LedgerRow> &rows = *a->rows;
        a->paired.assign(rows.size(), false);
        // Start where the payee's booking of the arriving transfer can be; what came before is the
        // account's own money (its statement's balance where it states one).
        const qint64 from = atMs - m_p.pairToleranceMs;
        while (a->next < rows.size() && rows[a->next].time.utcMs < from)
            ++a->next;
        qint64 balance = !rows.empty() && rows[0].balanceMinor ? *rows[0].balanceMinor - rows[0].amountMinor : 0;
        for (size_t i = 0; i < a->next; ++i)
            balance = rows[i].currency != m_result.currency ? balance
                      : rows[i].balanceMinor              ? *rows[i].balanceMinor
                                                          : balance + rows[i].amountMinor;
        a->balance = balance;
        a->push({std::max<qint64>(balance, 0), false});
        Account &ref = *a;
        m_accounts.emplace(id, std::move(a));
        schedule(ref);
        return ref;
    }

    // The payee's credit naming the payer, same amount and currency, not yet passed, nearest in time.
    const LedgerRow *arrive(Account &y, qint64 from, const LedgerRow &debit, std::vector<Slice> slices, qint64 t)
    {
        const std::vector<LedgerRow> &rows = *y.rows;
        std::optional<size_t> best;
        for (size_t j = y.next; j < rows.size() && rows[j].time.utcMs <= debit.time.utcMs + m_p.pairToleranceMs; ++j) {
            const LedgerRow &c = rows[j];
            if (y.paired[j] || c.amountMinor != -debit.amountMinor || c.currency != debit.currency || c.counterparty != from ||
                c.time.utcMs < debit.time.utcMs - m_p.pairToleranceMs)
                continue;
            if (!best || std::abs(c.time.utcMs - debit.time.utcMs) < std::abs(rows[*best].time.utcMs - debit.time.utcMs))
                best = j;
        }
        if (best) {
            y.paired[*best] = true;
            y.arrivals[*best] = std::move(slices);
            return &rows[*best];
        }
        // The payee's statement does not show it (or showed it already): the money is there from now.
        for (const Slice &s : slices)
            y.push(s);
        y.balance -= debit.amountMinor;
        y.traced += t;
        y.lastArrivalMs = debit.time.utcMs;
        return nullptr;
    }

    void endpoint(qint64 account, const QString &raw, EndStatus status, qint64 t) { m_ends.add(account, raw, status, t); }

    Ledger &m_ledger;
    TraceParams m_p;
    Progress m_progress;
    TraceResult m_result;
    std::unordered_map<qint64, std::unique_ptr<Account>> m_accounts;
    EndpointTally m_ends{m_result, m_p.allocation != Allocation::None};
    using Event = std::tuple<qint64, qint64, size_t>; // time, account, row index
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_heap;
};

} // namespace

Result<TraceResult> trace(Ledger &ledger, const TraceParams &params, const Progress &progress)
{
    TraceParams p = params;
    p.origin = ledger.canonical(p.origin); // a merged identity is one account
    if (!p.down)
        return traceUp(ledger, p, progress);
    return Engine(ledger, p, progress).run();
}

} // namespace cb::casefile::analysis
