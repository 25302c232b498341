// `path`: how one entity could have reached another — the earliest-arriving time-respecting chain of
// payments (payer to payee) and calls (either party to the other), i2's Find Path with time taken into
// account. One pass over the case's transfers and calls in time order: a link at time t continues a chain
// only if the chain reached its first party at or before t (Xuan, Ferreira and Jarry's earliest arrival).
#include "analysis/patternrows.h"

#include <QJsonArray>
#include <QUuid>
#include <unordered_map>

namespace cb::casefile::analysis {

namespace {

struct Step
{
    qint64 from = 0;
    Evidence via;
};

} // namespace

Result<QJsonObject> pathPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const QList<qint64> &ends, const Progress &progress)
{
    const qint64 source = ends.value(0), target = ends.value(1);
    std::unordered_map<qint64, qint64> arrival{{source, std::numeric_limits<qint64>::min()}};
    std::unordered_map<qint64, Step> pred;
    sql::Interruptible interruptible(cf.db(), progress);
    sql::Statement st(cf.db(), "SELECT time_utc, 0, account_id, counterparty_id, amount_minor, uuid, digest, utc_offset, id, 0 "
                               "FROM transactions WHERE counterparty_id IS NOT NULL AND duplicate_of IS NULL "
                               "UNION ALL SELECT start_utc, 1, subscriber_id, other_id, 0, uuid, digest, utc_offset, id, coalesce(duration_s, 0) "
                               "FROM calls WHERE other_id IS NOT NULL ORDER BY 1");
    while (st.step()) {
        const qint64 t = st.int64(0);
        const auto reached = arrival.find(target);
        if (reached != arrival.end() && t > reached->second)
            break; // nothing later can arrive earlier
        const bool call = st.int64(1) != 0;
        const qint64 a = ledger.canonical(st.int64(2)), b = ledger.canonical(st.int64(3)), amount = st.int64(4);
        const Evidence e{call, st.int64(8), {t, qint32(st.int64(7))}, amount, st.int64(9), a, b};
        ledger.noteRead(st.blob(5), st.blob(6));
        if (a == b)
            continue; // between two members of one merged identity
        // Money goes from payer to payee; a call links both parties either way.
        const std::pair<qint64, qint64> links[] = {{amount < 0 || call ? a : b, amount < 0 || call ? b : a}, {b, a}};
        for (int i = 0; i < (call ? 2 : 1); ++i) {
            const auto [u, v] = links[i];
            const auto from = arrival.find(u);
            if (from == arrival.end() || from->second > t)
                continue;
            const auto to = arrival.find(v);
            if (to == arrival.end() || t < to->second) {
                arrival[v] = t;
                pred[v] = {u, e};
            }
        }
    }
    if (!st.status().ok())
        return interruptible.status(st.status());
    QList<Step> steps;
    for (qint64 at = target; at != source && pred.count(at); at = pred[at].from)
        steps.prepend(pred[at]);
    const bool found = !steps.isEmpty() && steps.first().from == source;
    QJsonArray out;
    qint64 at = source;
    for (const Step &s : std::as_const(steps)) {
        if (!found)
            break;
        const qint64 to = s.via.call ? (s.via.account == at ? s.via.counterparty : s.via.account)
                                     : (s.via.amountMinor < 0 ? s.via.counterparty : s.via.account);
        const Ledger::Detail d = ledger.detail(s.via.call, s.via.rowId);
        const SourceRef src = ledger.source(d.sourceId);
        QJsonObject o{{QStringLiteral("hop"), out.size() + 1},
                      {QStringLiteral("from"), ledger.label(at)},
                      {QStringLiteral("to"), ledger.label(to)},
                      {QStringLiteral("via"), s.via.call ? QStringLiteral("call") : QStringLiteral("transfer")},
                      {QStringLiteral("time"), isoWithOffset(s.via.time)},
                      {s.via.call ? QStringLiteral("call") : QStringLiteral("transaction"), QUuid::fromRfc4122(d.uuid).toString(QUuid::WithoutBraces)},
                      {QStringLiteral("source"), QJsonObject{{QStringLiteral("file"), src.file}, {QStringLiteral("sha256"), src.sha256},
                                                             {QStringLiteral("locator"), d.locator}}}};
        if (s.via.call)
            o.insert(QStringLiteral("duration_s"), s.via.durationS);
        else
            o.insert(QStringLiteral("amount_minor"), std::abs(s.via.amountMinor)), o.insert(QStringLiteral("currency"), d.currencyOrDirection);
        out.append(o);
        at = to;
    }
    QJsonObject result{{QStringLiteral("kind"), p.kind}, {QStringLiteral("parameters"), p.toJson()}, {QStringLiteral("found"), found},
                       {QStringLiteral("from"), ledger.label(source)}, {QStringLiteral("to"), ledger.label(target)},
                       {QStringLiteral("rows"), out}, {QStringLiteral("rows_found"), out.size()}};
    if (found)
        result.insert(QStringLiteral("arrival"), isoWithOffset(steps.last().via.time));
    return result;
}

} // namespace cb::casefile::analysis
