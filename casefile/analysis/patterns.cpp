#include "analysis/patterns.h"

#include "analysis/patternrows.h"
#include "analysis/trace.h"
#include "entitylinks.h"

#include <QJsonArray>
#include <algorithm>
#include <map>

namespace cb::casefile::analysis {

QStringList patternKinds()
{
    return {QStringLiteral("fast-in-fast-out"), QStringLiteral("fan-in"), QStringLiteral("fan-out"), QStringLiteral("flow-roles"),
            QStringLiteral("unrequested-accounts"), QStringLiteral("common-counterparties"), QStringLiteral("top-contacts"),
            QStringLiteral("common-contacts"), QStringLiteral("path"), QStringLiteral("loops"), QStringLiteral("colocation"),
            QStringLiteral("number-change"), QStringLiteral("centrality")};
}

QJsonObject PatternParams::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("window_s"), windowMs / 1000},
                       {QStringLiteral("ratio_low"), ratioLow},
                       {QStringLiteral("ratio_high"), ratioHigh},
                       {QStringLiteral("min_amount_minor"), minAmountMinor},
                       {QStringLiteral("min_counterparties"), minCounterparties},
                       {QStringLiteral("entities"), QJsonArray::fromStringList(entities)},
                       {QStringLiteral("limit"), limit},
                       {QStringLiteral("graph"), graph},
                       {QStringLiteral("radius_m"), radiusM}};
}

Result<PatternParams> patternParamsFromJson(const QJsonObject &o)
{
    PatternParams p;
    p.kind = o.value(QStringLiteral("kind")).toString();
    if (!patternKinds().contains(p.kind))
        return Status::error(ErrorCode::Invalid, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown analysis \"%1\"")).arg(p.kind));
    p.windowMs = o.value(QStringLiteral("window_s")).toInteger(p.windowMs / 1000) * 1000;
    p.ratioLow = o.value(QStringLiteral("ratio_low")).toDouble(p.ratioLow);
    p.ratioHigh = o.value(QStringLiteral("ratio_high")).toDouble(p.ratioHigh);
    p.minAmountMinor = o.value(QStringLiteral("min_amount_minor")).toInteger();
    p.minCounterparties = o.value(QStringLiteral("min_counterparties")).toInt(p.minCounterparties);
    for (const QJsonValue &e : o.value(QStringLiteral("entities")).toArray())
        p.entities << e.toString();
    p.limit = o.value(QStringLiteral("limit")).toInt(p.limit);
    p.graph = o.value(QStringLiteral("graph")).toString(p.graph);
    p.radiusM = o.value(QStringLiteral("radius_m")).toDouble(0);
    if (p.graph != u"calls" && p.graph != u"money")
        return Status::error(ErrorCode::Invalid, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the graph is calls or money")));
    const bool needsSet = p.kind.startsWith(u"common-");
    if (p.kind == u"path" && p.entities.size() != 2)
        return Status::error(ErrorCode::Invalid, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "a path runs from one entity to another (--entity twice)")));
    if ((needsSet && p.entities.size() < 2) || (p.kind == u"top-contacts" && p.entities.size() != 1))
        return Status::error(ErrorCode::Invalid, QString::fromUtf8(needsSet ? QT_TRANSLATE_NOOP("cb::Diagnostics", "this analysis compares two or more entities (--entity)")
                                                                            : QT_TRANSLATE_NOOP("cb::Diagnostics", "this analysis looks at one number (--entity)")));
    if (p.windowMs <= 0 || p.limit <= 0 || p.ratioLow > p.ratioHigh)
        return Status::error(ErrorCode::Invalid, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the window, the limit and the ratio range must be positive")));
    return p;
}

namespace {

// 快进快出: for each payment in (at least the minimum), what the account paid out within the window after
// it; a match when out / in lies in the ratio range. One row per account: its matches, the money in and
// the money out (each payment out counted once), every row cited.
QList<PatternRow> fastInFastOut(Ledger &ledger, const PatternParams &p, const Progress &progress, Status &status)
{
    QList<PatternRow> out;
    status = ledger.forEachAccount([&](qint64 account, const std::vector<LedgerRow> &rows) {
        PatternRow row;
        std::vector<bool> outCounted(rows.size(), false);
        qint64 matches = 0, in = 0, paid = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            const LedgerRow &c = rows[i];
            if (c.amountMinor <= 0 || c.amountMinor < p.minAmountMinor)
                continue;
            qint64 sum = 0;
            std::vector<size_t> within;
            for (size_t j = i + 1; j < rows.size() && rows[j].time.utcMs <= c.time.utcMs + p.windowMs; ++j)
                if (rows[j].amountMinor < 0 && rows[j].currency == c.currency && rows[j].time.utcMs > c.time.utcMs)
                    sum -= rows[j].amountMinor, within.push_back(j);
            const double ratio = double(sum) / double(c.amountMinor);
            if (within.empty() || ratio < p.ratioLow || ratio > p.ratioHigh)
                continue;
            ++matches, in += c.amountMinor;
            row.evidence.append(evidenceOf(c));
            for (size_t j : within)
                if (!outCounted[j]) {
                    outCounted[j] = true, paid -= rows[j].amountMinor;
                    row.evidence.append(evidenceOf(rows[j]));
                }
        }
        if (matches > 0) {
            row.account = account;
            row.score = in;
            row.figures = {{QStringLiteral("matches"), matches}, {QStringLiteral("in_minor"), in}, {QStringLiteral("out_minor"), paid},
                           {QStringLiteral("currency"), rows.front().currency}};
            out.append(row);
        }
        return !progress.isCancelled();
    }, progress);
    return out;
}

// 汇聚/分散: the window with the most distinct counterparties paying in (fan-in) or paid (fan-out).
QList<PatternRow> fan(Ledger &ledger, const PatternParams &p, bool in, const Progress &progress, Status &status)
{
    QList<PatternRow> out;
    status = ledger.forEachAccount([&](qint64 account, const std::vector<LedgerRow> &all) {
        std::vector<const LedgerRow *> rows;
        for (const LedgerRow &r : all)
            if ((in ? r.amountMinor > 0 : r.amountMinor < 0) && r.counterparty && std::abs(r.amountMinor) >= p.minAmountMinor)
                rows.push_back(&r);
        std::map<qint64, int> inWindow;
        size_t from = 0, bestFrom = 0, bestTo = 0, best = 0;
        for (size_t to = 0; to < rows.size(); ++to) {
            ++inWindow[rows[to]->counterparty];
            while (rows[to]->time.utcMs - rows[from]->time.utcMs > p.windowMs)
                if (--inWindow[rows[from++]->counterparty] == 0)
                    inWindow.erase(rows[from - 1]->counterparty);
            if (inWindow.size() > best)
                best = inWindow.size(), bestFrom = from, bestTo = to;
        }
        if (int(best) >= p.minCounterparties) {
            PatternRow row;
            row.account = account;
            qint64 total = 0;
            for (size_t i = bestFrom; i <= bestTo; ++i)
                total += std::abs(rows[i]->amountMinor), row.evidence.append(evidenceOf(*rows[i]));
            row.score = qint64(best);
            row.figures = {{QStringLiteral("counterparties"), qint64(best)}, {QStringLiteral("total_minor"), total},
                           {QStringLiteral("currency"), rows[bestFrom]->currency}, {QStringLiteral("from"), isoWithOffset(rows[bestFrom]->time)},
                           {QStringLiteral("to"), isoWithOffset(rows[bestTo]->time)}};
            out.append(row);
        }
        return !progress.isCancelled();
    }, progress);
    return out;
}

// 来源/中转/沉淀: of what went through the account, the part it passed on (min of in and out), kept (in
// beyond out) and originated (out beyond in), and how much of what left was withdrawn as cash; its role is
// the largest part (ties: transit, sink, source).
QList<PatternRow> flowRoles(Ledger &ledger, const Progress &progress, Status &status)
{
    QList<PatternRow> out;
    status = ledger.forEachAccount([&](qint64 account, const std::vector<LedgerRow> &rows) {
        PatternRow row;
        row.account = account;
        qint64 in = 0, paid = 0, cash = 0;
        for (const LedgerRow &r : rows) {
            (r.amountMinor > 0 ? in : paid) += std::abs(r.amountMinor);
            cash += Ledger::isCash(r) ? -r.amountMinor : 0;
            row.evidence.append(evidenceOf(r));
        }
        const qint64 passed = std::min(in, paid), kept = std::max<qint64>(in - paid, 0), originated = std::max<qint64>(paid - in, 0);
        const QString role = passed >= kept && passed >= originated ? QStringLiteral("transit")
                             : kept >= originated                   ? QStringLiteral("sink")
                                                                    : QStringLiteral("source");
        row.score = in + paid;
        row.figures = {{QStringLiteral("role"), role}, {QStringLiteral("in_minor"), in}, {QStringLiteral("out_minor"), paid},
                       {QStringLiteral("passed_minor"), passed}, {QStringLiteral("kept_minor"), kept}, {QStringLiteral("originated_minor"), originated},
                       {QStringLiteral("cash_out_minor"), cash},
                       {QStringLiteral("currency"), rows.front().currency}};
        out.append(row);
        return !progress.isCancelled();
    }, progress);
    return out;
}

QList<PatternRow> rankByTraced(Ledger &ledger, const QList<qint64> &origins, const std::map<qint64, PatternRow> &received,
                               const Progress &progress, Status &status);

// 未调单账户: counterparties the case has no statement of, by the money paid to them from statements it has —
// or, given the accounts the money was taken from (the victims'), by the money traced from them (FIFO,
// downward, 6 hops) that ended there: the statements to request next, most traced money first.
QList<PatternRow> unrequested(Ledger &ledger, const QList<qint64> &origins, const Progress &progress, Status &status)
{
    std::map<qint64, PatternRow> by;
    std::map<qint64, QSet<qint64>> payers;
    status = ledger.forEachAccount([&](qint64 account, const std::vector<LedgerRow> &rows) {
        for (const LedgerRow &r : rows) {
            if (r.amountMinor >= 0 || !r.counterparty || ledger.hasStatement(r.counterparty))
                continue;
            PatternRow &row = by[r.counterparty];
            row.account = r.counterparty;
            row.score -= r.amountMinor;
            row.evidence.append(evidenceOf(r));
            payers[r.counterparty].insert(account);
            row.figures.insert(QStringLiteral("currency"), r.currency);
        }
        return !progress.isCancelled();
    }, progress);
    for (auto &[id, row] : by) {
        row.figures.insert(QStringLiteral("received_minor"), row.score);
        row.figures.insert(QStringLiteral("payers"), qint64(payers[id].size()));
    }
    if (status.ok() && !origins.isEmpty())
        return rankByTraced(ledger, origins, by, progress, status);
    QList<PatternRow> out;
    for (auto &[id, row] : by)
        out.append(row);
    return out;
}

// The unrequested accounts that money traced from the origins reached, by how much: each cites the
// payments that carried it there.
QList<PatternRow> rankByTraced(Ledger &ledger, const QList<qint64> &origins, const std::map<qint64, PatternRow> &received,
                               const Progress &progress, Status &status)
{
    std::map<qint64, PatternRow> by;
    std::map<qint64, QStringList> from;
    QString currency; // the first origin's: money traced in another currency is not added to it
    for (qint64 origin : origins) {
        TraceParams t;
        t.origin = origin;
        const Result<TraceResult> r = trace(ledger, t, progress);
        if (!r) {
            status = r.status();
            return {};
        }
        if (currency.isEmpty())
            currency = r.value().currency;
        if (r.value().currency != currency)
            continue;
        for (const TraceEndpoint &e : r.value().endpoints) {
            if (e.status != EndStatus::Unrequested || !e.account || e.tracedMinor <= 0)
                continue;
            PatternRow &row = by[e.account];
            row.account = e.account;
            row.score += e.tracedMinor;
            from[e.account] << ledger.label(origin);
            row.figures.insert(QStringLiteral("currency"), r.value().currency);
        }
        for (const TraceFlow &f : r.value().flows)
            if (by.count(f.to) && f.tracedMinor > 0)
                by[f.to].evidence.append(evidenceOf(*f.row));
    }
    QList<PatternRow> out;
    for (auto &[id, row] : by) {
        row.figures.insert(QStringLiteral("traced_minor"), row.score);
        row.figures.insert(QStringLiteral("traced_from"), QJsonArray::fromStringList(from[id]));
        if (const auto r = received.find(id); r != received.end())
            for (const char *k : {"received_minor", "payers"})
                row.figures.insert(QLatin1String(k), r->second.figures.value(QLatin1String(k)));
        out.append(row);
    }
    return out;
}

// 共同往来账户: counterparties two or more of the given accounts paid or were paid by.
QList<PatternRow> commonCounterparties(Ledger &ledger, const QList<qint64> &accounts)
{
    std::map<qint64, PatternRow> by;
    std::map<qint64, QSet<qint64>> dealtWith;
    for (qint64 a : accounts)
        for (const LedgerRow &r : ledger.rowsOf(a)) {
            if (!r.counterparty || accounts.contains(r.counterparty))
                continue;
            by[r.counterparty].account = r.counterparty;
            by[r.counterparty].evidence.append(evidenceOf(r));
            dealtWith[r.counterparty].insert(a);
        }
    QList<PatternRow> out;
    for (auto &[id, row] : by) {
        if (dealtWith[id].size() < 2)
            continue;
        QStringList with;
        for (qint64 a : accounts)
            if (dealtWith[id].contains(a))
                with << ledger.label(a);
        row.score = dealtWith[id].size();
        row.figures = {{QStringLiteral("shared_by"), qint64(dealtWith[id].size())}, {QStringLiteral("with"), QJsonArray::fromStringList(with)}};
        out.append(row);
    }
    return out;
}

} // namespace

Result<QJsonObject> runPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const Progress &progress)
{
    QList<qint64> entities;
    for (const QString &e : p.entities) {
        const Result<qint64> id = findEntity(cf, e);
        if (!id)
            return Status::error(ErrorCode::NotFound, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no account or number is \"%1\"")).arg(e));
        if (const qint64 c = ledger.canonical(id.value()); !entities.contains(c)) // a merged identity is one entity, named once
            entities << c;
    }
    Status status;
    QList<PatternRow> rows;
    if (p.kind == u"fast-in-fast-out")
        rows = fastInFastOut(ledger, p, progress, status);
    else if (p.kind == u"fan-in" || p.kind == u"fan-out")
        rows = fan(ledger, p, p.kind == u"fan-in", progress, status);
    else if (p.kind == u"flow-roles")
        rows = flowRoles(ledger, progress, status);
    else if (p.kind == u"unrequested-accounts")
        rows = unrequested(ledger, entities, progress, status);
    else if (p.kind == u"common-counterparties")
        rows = commonCounterparties(ledger, entities);
    else if (p.kind == u"path")
        return pathPattern(cf, ledger, p, entities, progress);
    else if (p.kind == u"loops")
        rows = loopsPattern(ledger, p, progress, status);
    else if (p.kind == u"colocation")
        rows = colocationPattern(cf, ledger, p, entities, status);
    else if (p.kind == u"number-change")
        rows = numberChangePattern(cf, ledger, p, status);
    else if (p.kind == u"centrality") {
        const Result<QList<PatternRow>> r = centralityPattern(cf, ledger, p, progress);
        if (!r)
            return r.status();
        rows = r.value();
    }
    else
        return contactsPattern(cf, ledger, p, entities);
    if (!status.ok())
        return status;
    return patternJson(ledger, p, rows);
}

} // namespace cb::casefile::analysis
