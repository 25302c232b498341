// Three more patterns: money that comes back (资金回路), numbers that meet (碰面/伴随) and numbers that
// replace one another (换号).
#include "analysis/patternrows.h"

#include <QSet>
#include <cmath>
#include <optional>
#include <algorithm>
#include <map>

namespace cb::casefile::analysis {

namespace {

constexpr int LoopHops = 4;            // the longest loop looked for
constexpr int ExpansionsPerStart = 200; // payments looked at per payment out: a dense case cannot make a search run away

// Depth-first over payments out, each booked no earlier than the money arrived and within the window of
// the first: the payments of the first loop back to `home`, or empty.
struct LoopSearch
{
    Ledger &ledger;
    qint64 home, until;
    int expansions = 0;
    std::vector<const LedgerRow *> path;

    bool from(qint64 account, qint64 since)
    {
        for (const LedgerRow &e : ledger.rowsOf(account)) {
            if (e.amountMinor >= 0 || !e.counterparty || e.time.utcMs < since || e.time.utcMs > until || ++expansions > ExpansionsPerStart)
                continue;
            path.push_back(&e);
            if (e.counterparty == home)
                return true;
            const bool seen = std::any_of(path.begin(), path.end() - 1, [&](const LedgerRow *r) { return r->account == e.counterparty; });
            if (!seen && int(path.size()) < LoopHops && ledger.hasStatement(e.counterparty) && from(e.counterparty, e.time.utcMs))
                return true;
            path.pop_back();
        }
        return false;
    }
};

struct CallAt
{
    qint64 subscriber, time;
    QString cell;
    std::optional<double> lat, lon; // the serving cell site's position, when the case has it
    Evidence call;
};

// Great-circle distance in metres (haversine, mean Earth radius).
double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double R = 6371008.8, rad = 3.14159265358979323846 / 180.0;
    const double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * R * std::asin(std::min(1.0, std::sqrt(a)));
}

std::vector<CallAt> callsWithCells(CaseFile &cf, Ledger &ledger, Status &status)
{
    std::vector<CallAt> out;
    sql::Statement st(cf.db(), "SELECT c.subscriber_id, coalesce(CAST(c.cell_site_id AS TEXT), c.cell_id), c.start_utc, c.uuid, c.digest, c.utc_offset, "
                               "coalesce(c.duration_s, 0), c.id, coalesce(c.other_id, 0), s.lat, s.lon FROM calls c "
                               "LEFT JOIN cell_sites s ON s.id = (SELECT min(id) FROM cell_sites WHERE entity_id = c.cell_site_id AND lat IS NOT NULL) "
                               "WHERE c.cell_site_id IS NOT NULL OR coalesce(c.cell_id, '') <> '' ORDER BY 3");
    while (st.step()) {
        const qint64 subscriber = ledger.canonical(st.int64(0));
        const Evidence e{true, st.int64(7), {st.int64(2), qint32(st.int64(5))}, 0, st.int64(6), subscriber, ledger.canonical(st.int64(8))};
        ledger.noteRead(st.blob(3), st.blob(4));
        CallAt c{subscriber, st.int64(2), st.text(1), std::nullopt, std::nullopt, e};
        if (!st.isNull(9) && !st.isNull(10))
            c.lat = st.real(9), c.lon = st.real(10);
        out.push_back(c);
    }
    status = st.status();
    return out;
}

} // namespace

// 资金回路: accounts whose payments came back to them through others within the window.
QList<PatternRow> loopsPattern(Ledger &ledger, const PatternParams &p, const Progress &progress, Status &status)
{
    QList<PatternRow> out;
    QList<qint64> accounts;
    status = ledger.forEachAccount([&](qint64 account, const std::vector<LedgerRow> &) {
        accounts << account;
        return !progress.isCancelled();
    }, progress);
    for (qint64 a : std::as_const(accounts)) {
        PatternRow row;
        row.account = a;
        qint64 loops = 0, shortest = 0, returned = 0;
        for (const LedgerRow &d : ledger.rowsOf(a)) {
            if (d.amountMinor >= 0 || !d.counterparty || !ledger.hasStatement(d.counterparty) || -d.amountMinor < p.minAmountMinor)
                continue;
            LoopSearch search{ledger, a, d.time.utcMs + p.windowMs, 0, {&d}};
            if (!search.from(d.counterparty, d.time.utcMs))
                continue;
            ++loops;
            returned -= search.path.back()->amountMinor;
            shortest = shortest ? std::min<qint64>(shortest, qint64(search.path.size())) : qint64(search.path.size());
            for (const LedgerRow *r : search.path)
                row.evidence.append(evidenceOf(*r));
        }
        if (loops == 0)
            continue;
        row.score = loops;
        row.figures = {{QStringLiteral("loops"), loops}, {QStringLiteral("shortest_hops"), shortest}, {QStringLiteral("returned_minor"), returned},
                       {QStringLiteral("currency"), ledger.rowsOf(a).front().currency}};
        out.append(row);
    }
    return out;
}

// 碰面/伴随: two numbers whose calls were served by the same cell — or, with a radius, by cells whose sites
// lie within it — within the window, how often.
QList<PatternRow> colocationPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const QList<qint64> &only, Status &status)
{
    const std::vector<CallAt> calls = callsWithCells(cf, ledger, status);
    std::map<std::pair<qint64, qint64>, PatternRow> pairs;
    std::map<std::pair<qint64, qint64>, QSet<QString>> cells;
    auto near = [&p](const CallAt &x, const CallAt &y) {
        return x.cell == y.cell || (p.radiusM > 0 && x.lat && y.lat && metresBetween(*x.lat, *x.lon, *y.lat, *y.lon) <= p.radiusM);
    };
    for (size_t i = 0; i < calls.size(); ++i)
        for (size_t j = i + 1; j < calls.size() && calls[j].time - calls[i].time <= p.windowMs; ++j) {
            if (!near(calls[i], calls[j]))
                continue;
            const qint64 a = std::min(calls[i].subscriber, calls[j].subscriber), b = std::max(calls[i].subscriber, calls[j].subscriber);
            if (a == b || (!only.isEmpty() && !only.contains(a) && !only.contains(b)))
                continue;
            PatternRow &row = pairs[{a, b}];
            row.account = a, row.score += 1;
            row.evidence << calls[i].call << calls[j].call;
            cells[{a, b}].insert(calls[i].cell);
        }
    QList<PatternRow> out;
    for (auto &[key, row] : pairs) {
        row.figures = {{QStringLiteral("with"), ledger.label(key.second)}, {QStringLiteral("together"), row.score},
                       {QStringLiteral("cells"), qint64(cells[key].size())}};
        out.append(row);
    }
    return out;
}

// 换号: a number whose calls end and, within the window, a new number whose calls begin, sharing contacts
// (Jaccard similarity of the two contact sets at least one third).
QList<PatternRow> numberChangePattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, Status &status)
{
    struct Line
    {
        qint64 first = 0, last = 0;
        QSet<qint64> contacts;
        std::vector<Evidence> calls;
    };
    std::map<qint64, Line> lines;
    sql::Statement st(cf.db(), "SELECT subscriber_id, coalesce(other_id, 0), start_utc, uuid, digest, utc_offset, coalesce(duration_s, 0), id "
                               "FROM calls ORDER BY start_utc");
    while (st.step()) {
        const qint64 number = ledger.canonical(st.int64(0)), other = ledger.canonical(st.int64(1));
        Line &l = lines[number];
        const qint64 t = st.int64(2);
        l.first = l.calls.empty() ? t : l.first, l.last = t;
        if (other && other != number)
            l.contacts.insert(other);
        l.calls.push_back({true, st.int64(7), {t, qint32(st.int64(5))}, 0, st.int64(6), number, other});
        ledger.noteRead(st.blob(3), st.blob(4));
    }
    status = st.status();
    QList<PatternRow> out;
    for (auto &[oldNumber, old] : lines)
        for (auto &[newNumber, next] : lines) {
            if (oldNumber == newNumber || next.first <= old.last || next.first - old.last > p.windowMs)
                continue;
            const qsizetype shared = QSet<qint64>(old.contacts).intersect(next.contacts).size();
            const qsizetype all = QSet<qint64>(old.contacts).unite(next.contacts).size();
            if (all == 0 || shared * 3 < all)
                continue;
            PatternRow row;
            row.account = oldNumber;
            row.score = shared;
            row.evidence << old.calls.back() << next.calls.front();
            row.figures = {{QStringLiteral("new_number"), ledger.label(newNumber)}, {QStringLiteral("shared_contacts"), qint64(shared)},
                           {QStringLiteral("similarity"), double(shared) / double(all)}, {QStringLiteral("last_call"), isoWithOffset(old.calls.back().time)},
                           {QStringLiteral("first_call"), isoWithOffset(next.calls.front().time)}};
            out.append(row);
        }
    return out;
}

} // namespace cb::casefile::analysis
