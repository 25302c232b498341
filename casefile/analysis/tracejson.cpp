// The trace as JSON, in the shape the command line promises: every flow with the transaction it rests on
// (UUID, source file, SHA-256, locator), every endpoint, the parameters it ran with.
#include "analysis/traceparts.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QUuid>

namespace cb::casefile::analysis {

namespace {

QString uuidText(const QByteArray &blob)
{
    return QUuid::fromRfc4122(blob).toString(QUuid::WithoutBraces);
}

QJsonObject rowSource(Ledger &ledger, const Ledger::Detail &d)
{
    const SourceRef s = ledger.source(d.sourceId);
    return QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("sha256"), s.sha256}, {QStringLiteral("locator"), d.locator}};
}

// The merged identities among the accounts the trace passed through: each canonical account with the
// accounts merged into it (their statements were read as one).
QJsonObject mergedJson(Ledger &ledger, const TraceParams &params, const TraceResult &result)
{
    QJsonObject merged;
    auto note = [&](qint64 id) {
        const QList<qint64> twins = ledger.twinsOf(ledger.canonical(id));
        if (twins.isEmpty() || merged.contains(ledger.label(ledger.canonical(id))))
            return;
        QJsonArray members;
        for (qint64 t : twins)
            members.append(ledger.label(t));
        merged.insert(ledger.label(ledger.canonical(id)), members);
    };
    note(params.origin);
    for (const TraceFlow &f : result.flows)
        note(f.from), note(f.to);
    for (const TraceEndpoint &e : result.endpoints)
        note(e.account);
    return merged;
}

} // namespace

QJsonObject TraceParams::toJson(Ledger &ledger) const
{
    QJsonObject o{{QStringLiteral("from"), ledger.label(origin)},
                  {QStringLiteral("direction"), down ? QStringLiteral("down") : QStringLiteral("up")},
                  {QStringLiteral("hops"), hops},
                  {QStringLiteral("allocation"), allocationName(allocation)},
                  {QStringLiteral("min_amount_minor"), minAmountMinor},
                  {QStringLiteral("pair_tolerance_s"), pairToleranceMs / 1000}};
    if (afterMs)
        o.insert(QStringLiteral("after"), isoUtc(*afterMs));
    if (beforeMs)
        o.insert(QStringLiteral("before"), isoUtc(*beforeMs));
    if (maxGapMs)
        o.insert(QStringLiteral("max_gap_s"), *maxGapMs / 1000);
    return o;
}

QJsonObject traceJson(Ledger &ledger, const TraceParams &params, const TraceResult &result)
{
    QJsonArray flows, endpoints, unfollowed;
    for (const TraceFlow &f : result.flows) {
        const Ledger::Detail d = ledger.detail(false, f.row->id);
        QJsonObject o{{QStringLiteral("hop"), f.hop},
                      {QStringLiteral("from"), f.from ? ledger.label(f.from) : (params.down ? QString() : f.row->counterpartyRaw)},
                      {QStringLiteral("to"), f.to ? ledger.label(f.to) : f.toRaw},
                      {QStringLiteral("time"), isoWithOffset(f.row->time)},
                      {QStringLiteral("amount_minor"), std::abs(f.row->amountMinor)},
                      {QStringLiteral("traced_minor"), f.tracedMinor},
                      {QStringLiteral("currency"), f.row->currency},
                      {QStringLiteral("transaction"), uuidText(d.uuid)},
                      {QStringLiteral("description"), d.description},
                      {QStringLiteral("cash"), f.cash},
                      {QStringLiteral("source"), rowSource(ledger, d)}};
        if (f.paired) {
            const Ledger::Detail p = ledger.detail(false, f.paired->id);
            o.insert(QStringLiteral("paired_transaction"), uuidText(p.uuid));
            o.insert(QStringLiteral("arrived"), isoWithOffset(f.paired->time));
            o.insert(QStringLiteral("paired_source"), rowSource(ledger, p));
        }
        flows.append(o);
    }
    for (const TraceEndpoint &e : result.endpoints)
        endpoints.append(QJsonObject{{QStringLiteral("account"), e.account ? ledger.label(e.account) : e.raw},
                                     {QStringLiteral("status"), endStatusName(e.status)},
                                     {QStringLiteral("traced_minor"), e.tracedMinor}});
    for (const LedgerRow *r : result.unfollowed) {
        const Ledger::Detail d = ledger.detail(false, r->id);
        unfollowed.append(QJsonObject{{QStringLiteral("account"), ledger.label(r->account)},
                                      {QStringLiteral("amount_minor"), -r->amountMinor},
                                      {QStringLiteral("currency"), r->currency},
                                      {QStringLiteral("transaction"), uuidText(d.uuid)},
                                      {QStringLiteral("source"), rowSource(ledger, d)}});
    }
    return QJsonObject{{QStringLiteral("origin"), ledger.label(params.origin)},
                       {QStringLiteral("direction"), params.down ? QStringLiteral("down") : QStringLiteral("up")},
                       {QStringLiteral("allocation"), allocationName(params.allocation)},
                       {QStringLiteral("currency"), result.currency},
                       {QStringLiteral("origin_minor"), result.originMinor},
                       {QStringLiteral("flows"), flows},
                       {QStringLiteral("endpoints"), endpoints},
                       {QStringLiteral("unfollowed"), unfollowed},
                       {QStringLiteral("parameters"), params.toJson(ledger)},
                       {QStringLiteral("merged"), mergedJson(ledger, params, result)}};
}

std::vector<size_t> originPayments(Ledger &ledger, const TraceParams &p, bool out, TraceResult &result)
{
    std::vector<size_t> picked;
    const std::vector<LedgerRow> &rows = ledger.rowsOf(p.origin);
    for (size_t i = 0; i < rows.size(); ++i) {
        const LedgerRow &r = rows[i];
        if ((out ? r.amountMinor >= 0 : r.amountMinor <= 0) || (p.afterMs && r.time.utcMs < *p.afterMs) || (p.beforeMs && r.time.utcMs > *p.beforeMs))
            continue;
        if (result.currency.isEmpty())
            result.currency = r.currency;
        if (r.currency != result.currency) {
            result.unfollowed.append(&r);
            continue;
        }
        result.originMinor += std::abs(r.amountMinor);
        picked.push_back(i);
    }
    return picked;
}

void EndpointTally::add(qint64 account, const QString &raw, EndStatus status, qint64 minor)
{
    const qint64 t = m_amounts ? minor : 0;
    const QString key = QString::number(account) + u'\x1f' + raw + u'\x1f' + QString::number(int(status));
    if (const auto it = m_index.constFind(key); it != m_index.cend()) {
        m_result.endpoints[*it].tracedMinor += t;
        return;
    }
    m_index.insert(key, m_result.endpoints.size());
    m_result.endpoints.append({account, raw, status, t});
}

Status EndpointTally::conserved() const
{
    qint64 ended = 0;
    for (const TraceEndpoint &e : std::as_const(m_result.endpoints))
        ended += e.tracedMinor;
    if (m_amounts && ended != m_result.originMinor)
        return Status::error(QStringLiteral("the trace lost money: %1 of %2 minor units ended somewhere").arg(ended).arg(m_result.originMinor));
    return {};
}

} // namespace cb::casefile::analysis
