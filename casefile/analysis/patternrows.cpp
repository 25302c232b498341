#include "analysis/patternrows.h"

#include <QJsonArray>
#include <QUuid>
#include <algorithm>
#include <map>

namespace cb::casefile::analysis {

namespace {

QJsonObject evidenceJson(Ledger &ledger, const Evidence &e)
{
    const Ledger::Detail d = ledger.detail(e.call, e.rowId);
    const SourceRef s = ledger.source(d.sourceId);
    QJsonObject o{{e.call ? QStringLiteral("call") : QStringLiteral("transaction"), QUuid::fromRfc4122(d.uuid).toString(QUuid::WithoutBraces)},
                  {QStringLiteral("time"), isoWithOffset(e.time)},
                  {QStringLiteral("source"), QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("sha256"), s.sha256},
                                                         {QStringLiteral("locator"), d.locator}}}};
    if (e.call) {
        o.insert(QStringLiteral("from"), ledger.label(d.account)); // the record's own parties, as its source wrote them
        o.insert(QStringLiteral("to"), ledger.label(d.counterparty));
        o.insert(QStringLiteral("direction"), d.currencyOrDirection);
        o.insert(QStringLiteral("duration_s"), e.durationS);
    } else {
        o.insert(QStringLiteral("account"), ledger.label(d.account));
        o.insert(QStringLiteral("counterparty"), ledger.label(d.counterparty));
        o.insert(QStringLiteral("amount_minor"), e.amountMinor);
        o.insert(QStringLiteral("currency"), d.currencyOrDirection);
    }
    return o;
}

} // namespace

QJsonObject patternJson(Ledger &ledger, const PatternParams &p, QList<PatternRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [&ledger](const PatternRow &a, const PatternRow &b) {
        return a.score != b.score ? a.score > b.score : ledger.label(a.account) < ledger.label(b.account);
    });
    QJsonArray out;
    for (qsizetype i = 0; i < rows.size() && i < p.limit; ++i) {
        QJsonObject o = rows[i].figures;
        o.insert(QStringLiteral("entity"), ledger.label(rows[i].account));
        QJsonArray evidence;
        for (const Evidence &e : std::as_const(rows[i].evidence))
            evidence.append(evidenceJson(ledger, e));
        o.insert(QStringLiteral("evidence"), evidence);
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("parameters"), p.toJson()},
                       {QStringLiteral("rows"), out}, {QStringLiteral("rows_found"), rows.size()}};
}

// 通话对象 / 共同联系人: a call both parties' records hold (same two numbers, starting within a minute)
// counts once, from the given number's own record where the case has it.
Result<QJsonObject> contactsPattern(CaseFile &cf, Ledger &ledger, const PatternParams &p, const QList<qint64> &numbers)
{
    QList<qint64> members; // the numbers with the numbers merged into them
    for (qint64 n : numbers)
        members << n << ledger.twinsOf(n);
    const QByteArray list = sql::placeholders(members.size()).toLatin1();
    const QByteArray sql = "SELECT id, uuid, digest, subscriber_id, coalesce(other_id, 0), start_utc, utc_offset, coalesce(duration_s, 0) "
                           "FROM calls WHERE subscriber_id IN (" + list + ") OR other_id IN (" + list + ") ORDER BY start_utc, id";
    sql::Statement st(cf.db(), sql.constData());
    for (qsizetype i = 0; i < members.size(); ++i)
        st.bind(int(i + 1), members[i]).bind(int(members.size() + i + 1), members[i]);
    std::vector<Evidence> calls;
    while (st.step()) {
        ledger.noteRead(st.blob(1), st.blob(2));
        calls.push_back({true, st.int64(0), {st.int64(5), qint32(st.int64(6))}, 0, st.int64(7), ledger.canonical(st.int64(3)),
                         ledger.canonical(st.int64(4))});
    }
    if (!st.status().ok())
        return st.status();
    // number -> contact -> row; a call is the given number's with the other party as contact.
    std::map<qint64, std::map<qint64, PatternRow>> by;
    std::vector<const Evidence *> own; // calls from a given number's own records, to drop the other side's copies
    for (const Evidence &e : calls)
        if (numbers.contains(e.account))
            own.push_back(&e);
    for (const Evidence &e : calls) {
        const bool mine = numbers.contains(e.account);
        const qint64 number = mine ? e.account : e.counterparty, contact = mine ? e.counterparty : e.account;
        if (!contact || contact == number)
            continue;
        if (!mine && std::any_of(own.begin(), own.end(), [&](const Evidence *o) {
                return o->account == number && o->counterparty == contact && std::abs(o->time.utcMs - e.time.utcMs) <= 60000;
            }))
            continue;
        PatternRow &row = by[number][contact];
        row.account = contact;
        row.score += 1;
        row.evidence.append(e);
        row.figures.insert(QStringLiteral("duration_s"), row.figures.value(QStringLiteral("duration_s")).toInteger() + e.durationS);
    }
    QList<PatternRow> rows;
    if (p.kind == u"top-contacts") {
        for (auto &[contact, row] : by[numbers.first()]) {
            row.figures.insert(QStringLiteral("calls"), row.score);
            rows.append(row);
        }
    } else {
        std::map<qint64, PatternRow> common;
        std::map<qint64, QStringList> with;
        for (qint64 n : numbers)
            for (auto &[contact, row] : by[n]) {
                if (numbers.contains(contact)) // the given numbers calling each other are not a common contact
                    continue;
                PatternRow &c = common[contact];
                c.account = contact, c.score += row.score, c.evidence += row.evidence;
                with[contact] << ledger.label(n);
            }
        for (auto &[contact, row] : common)
            if (with[contact].size() >= 2) {
                row.figures = {{QStringLiteral("calls"), row.score}, {QStringLiteral("shared_by"), qint64(with[contact].size())},
                               {QStringLiteral("with"), QJsonArray::fromStringList(with[contact])}};
                rows.append(row);
            }
    }
    return patternJson(ledger, p, rows);
}

} // namespace cb::casefile::analysis
