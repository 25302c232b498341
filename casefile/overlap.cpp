// Overlapping statements: the same account's movements delivered twice (the same period exported again,
// or by the bank and by a payment platform). Rows of the new file that match rows another source already
// holds — same account, same local day, same amount and currency, and the same balance where both give
// one — are linked to them (transactions.duplicate_of) one to one, in file order, so that each movement
// is counted once. Nothing is deleted; the certificate says which source and how many rows.
#include "committer.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <climits>

namespace cb::casefile {

namespace {
const char *const kLink = R"SQL(
WITH new AS (
  SELECT id, account_id, amount_minor, currency, balance_minor, (time_utc + utc_offset * 1000) / 86400000 AS day,
         row_number() OVER (PARTITION BY account_id, amount_minor, currency, (time_utc + utc_offset * 1000) / 86400000
                            ORDER BY id) AS k
  FROM transactions WHERE source_id = ?1),
old AS (
  SELECT id, account_id, amount_minor, currency, balance_minor, (time_utc + utc_offset * 1000) / 86400000 AS day,
         row_number() OVER (PARTITION BY account_id, amount_minor, currency, (time_utc + utc_offset * 1000) / 86400000
                            ORDER BY id) AS k
  FROM transactions
  WHERE source_id <> ?1 AND duplicate_of IS NULL AND account_id IN (SELECT DISTINCT account_id FROM transactions WHERE source_id = ?1)),
pairs AS (
  SELECT new.id AS new_id, old.id AS old_id FROM new JOIN old
    ON old.account_id = new.account_id AND old.amount_minor = new.amount_minor AND old.currency = new.currency
   AND old.day = new.day AND old.k = new.k
  WHERE new.balance_minor IS NULL OR old.balance_minor IS NULL OR new.balance_minor = old.balance_minor)
UPDATE transactions SET duplicate_of = (SELECT old_id FROM pairs WHERE new_id = transactions.id)
WHERE id IN (SELECT new_id FROM pairs)
)SQL";
} // namespace

// Whether another source holds rows of this file's statement accounts. An account entity this import
// created cannot have any, so the first file of an account (the million-row case) pays nothing for the
// overlap and gap checks; an older one is probed through the account index.
bool Committer::sharesAccounts()
{
    sql::Statement probe(m_case.db(), "SELECT 1 FROM transactions WHERE account_id = ? AND source_id <> ? LIMIT 1");
    for (qint64 account : std::as_const(m_ownAccounts)) {
        if (account > m_lastEntityBefore)
            continue;
        probe.bind(1, account).bind(2, m_sourceId);
        const bool found = probe.step();
        probe.reset();
        if (found)
            return true;
    }
    return false;
}

Status Committer::linkOverlaps()
{
    sql::Database &db = m_case.db();
    sql::Statement link(db, kLink);
    link.bind(1, m_sourceId);
    if (Status s = link.exec(); !s)
        return s;
    sql::Statement summary(db, "SELECT o.source_id, s.file_name, count(*), min(t.time_utc), max(t.time_utc) "
                               "FROM transactions t JOIN transactions o ON o.id = t.duplicate_of JOIN sources s ON s.id = o.source_id "
                               "WHERE t.source_id = ? GROUP BY o.source_id ORDER BY o.source_id");
    summary.bind(1, m_sourceId);
    while (summary.step()) {
        const qint64 rows = summary.int64(2);
        m_cert.overlap(summary.int64(0), summary.text(1), rows, summary.int64(3), summary.int64(4));
        m_cert.diagnostic({Severity::Warning, QStringLiteral("file"),
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 rows are already in the case from source #%2 (%3): linked to them as duplicates and counted once"),
                               {QString::number(rows), QString::number(summary.int64(0)), summary.text(1)})});
    }
    return {};
}

// Gaps: between this file's rows of an account and the nearest earlier and later rows of the same account
// (and currency) from other sources, a stretch of a week or more with no row at all — a statement the
// case lacks, or an idle account; the certificate says which, so the investigator can ask the bank. A
// source covers at least the period its statements state (camt FrToDt, MT940 :60:/:62: dates, a CSV
// preamble's dates), so a quiet week inside a stated month is no gap.
// The periods statements say they cover, per account entity, currency and source: this file's from its
// certificate under construction, the others' from their stored certificates.
QHash<QString, std::pair<qint64, qint64>> Committer::statedPeriods()
{
    QHash<QString, std::pair<qint64, qint64>> out;
    auto add = [&](qint64 source, const QString &account, const QString &currency, std::optional<qint64> from, std::optional<qint64> to) {
        const qint64 entity = from || to ? findResolved(m_norm.account(account)) : 0;
        if (!entity)
            return;
        const QString key = QString::number(entity) + u'\x1f' + currency + u'\x1f' + QString::number(source);
        auto it = out.find(key);
        if (it == out.end())
            it = out.insert(key, {LLONG_MAX, LLONG_MIN});
        it->first = qMin(it->first, from.value_or(to.value_or(LLONG_MAX)));
        it->second = qMax(it->second, to.value_or(from.value_or(LLONG_MIN)));
    };
    for (const StatementBalance &b : m_cert.statements())
        add(m_sourceId, b.account, b.currency, b.periodFromMs, b.periodToMs);
    sql::Statement q(m_case.db(), "SELECT id, certificate FROM sources WHERE id <> ?1 AND id IN (SELECT DISTINCT source_id FROM transactions "
                                  "WHERE account_id IN (SELECT DISTINCT account_id FROM transactions WHERE source_id = ?1))");
    q.bind(1, m_sourceId);
    auto ms = [](const QJsonValue &v) -> std::optional<qint64> {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
    };
    while (q.step()) {
        const QJsonArray statements = QJsonDocument::fromJson(q.text(1).toUtf8()).object().value(QStringLiteral("statements")).toArray();
        for (const QJsonValue &v : statements) {
            const QJsonObject st = v.toObject();
            add(q.int64(0), st.value(QStringLiteral("account")).toString(), st.value(QStringLiteral("currency")).toString(),
                ms(st.value(QStringLiteral("period_from"))), ms(st.value(QStringLiteral("period_to"))));
        }
    }
    return out;
}

Status Committer::findGaps()
{
    constexpr qint64 week = 7 * 86400000LL;
    const QHash<QString, std::pair<qint64, qint64>> stated = statedPeriods();
    sql::Statement q(m_case.db(),
                     "SELECT t.account_id, t.currency, t.source_id, min(t.time_utc), max(t.time_utc), "
                     "(SELECT label FROM entity_labels WHERE entity_id = t.account_id) "
                     "FROM transactions t WHERE t.account_id IN (SELECT DISTINCT account_id FROM transactions WHERE source_id = ?1) "
                     "AND t.duplicate_of IS NULL GROUP BY t.account_id, t.currency, t.source_id "
                     "ORDER BY t.account_id, t.currency, min(t.time_utc)");
    q.bind(1, m_sourceId);
    struct Span
    {
        qint64 source, from, to;
    };
    QList<Span> spans;
    qint64 account = -1;
    QString currency, accountText;
    auto check = [&] {
        qsizetype self = -1;
        for (qsizetype i = 0; i < spans.size(); ++i)
            if (spans[i].source == m_sourceId)
                self = i;
        if (self < 0 || spans.size() < 2)
            return;
        qint64 coveredBefore = LLONG_MIN, coveredAfter = LLONG_MAX;
        for (qsizetype i = 0; i < spans.size(); ++i) {
            if (i == self)
                continue;
            if (spans[i].from <= spans[self].from)
                coveredBefore = qMax(coveredBefore, spans[i].to);
            if (spans[i].to >= spans[self].to)
                coveredAfter = qMin(coveredAfter, spans[i].from);
        }
        auto report = [&](qint64 from, qint64 to) {
            m_cert.gap(accountText, currency, from, to);
            m_cert.diagnostic({Severity::Warning, QStringLiteral("file"),
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "account %1 (%2) has no statement row in the case from %3 to %4: a statement is missing, or the account was idle"),
                                   {accountText, currency, isoUtc(from), isoUtc(to)})});
        };
        if (coveredBefore != LLONG_MIN && spans[self].from - coveredBefore >= week)
            report(coveredBefore, spans[self].from);
        if (coveredAfter != LLONG_MAX && coveredAfter - spans[self].to >= week)
            report(spans[self].to, coveredAfter);
    };
    while (q.step()) {
        if (q.int64(0) != account || q.text(1) != currency) {
            check();
            spans.clear();
            account = q.int64(0), currency = q.text(1), accountText = q.text(5);
        }
        Span span{q.int64(2), q.int64(3), q.int64(4)};
        // What a statement says it covers is covered, rows or not.
        const auto s = stated.constFind(QString::number(account) + u'\x1f' + currency + u'\x1f' + QString::number(span.source));
        if (s != stated.constEnd())
            span.from = qMin(span.from, s->first), span.to = qMax(span.to, s->second);
        spans.append(span);
    }
    check();
    return q.status();
}

} // namespace cb::casefile
