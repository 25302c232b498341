// Stated balances (a bank's daily balance history) and the check that makes them useful: between two
// stated balances of an account, the movements the case holds must add up to the change. A change with no
// movements behind it is a statement the case lacks; movements with no change are extra or misdated.
#include "committer.h"
#include "money.h"
#include "timeutil.h"

#include <QJsonArray>

namespace cb::casefile {

void Committer::addBalances(std::span<const BalanceRecord> batch)
{
    for (const BalanceRecord &b : batch) {
        if (!m_writeError.ok())
            return;
        Identifier own;
        const qint64 accountId = entityFor(m_rawAccount, &Normaliser::account, b.account, {}, b.locator, &own);
        if (own.isNull()) {
            m_cert.rejected(b.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement's account is missing")));
            continue;
        }
        if (!isCurrencyCode(b.currency)) {
            m_cert.rejected(b.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown currency \"%1\""), {b.currency}));
            continue;
        }
        sql::Statement &st = *m_insBalance;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, b.locator).bind(4, accountId).bind(5, b.currency);
        st.bind(6, b.time.utcMs).bind(7, qint64(b.time.offsetS)).bind(8, b.balanceMinor);
        b.valueBalanceMinor ? st.bind(9, *b.valueBalanceMinor) : st.bindNull(9);
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.accountSeen(accountId);
        m_balanceAccounts.insert(accountId);
        m_cert.acceptedAt(QStringLiteral("balances"), b.time);
        m_timeline.add(timeline::EventKind::Balances, accountId, b.time.utcMs);
    }
}

Status Committer::checkBalanceHistory()
{
    sql::Database &db = m_case.db();
    if (m_balanceAccounts.isEmpty() && db.scalar("SELECT EXISTS(SELECT 1 FROM balances)").toLongLong() == 0)
        return {};
    QSet<qint64> accounts = m_balanceAccounts;
    accounts.unite(m_ownAccounts);
    QList<qint64> ordered(accounts.begin(), accounts.end());
    std::sort(ordered.begin(), ordered.end());
    sql::Statement stated(db, "SELECT b.currency, b.time_utc, b.utc_offset, b.balance_minor, b.locator, b.source_id, s.file_name "
                              "FROM balances b JOIN sources s ON s.id = b.source_id WHERE b.account_id = ? "
                              "ORDER BY b.currency, b.time_utc, b.id");
    sql::Statement moved(db, "SELECT coalesce(sum(amount_minor), 0), count(*) FROM transactions WHERE account_id = ?1 AND currency = ?2 "
                             "AND time_utc > ?3 AND time_utc <= ?4 AND duplicate_of IS NULL");
    sql::Statement any(db, "SELECT EXISTS(SELECT 1 FROM transactions WHERE account_id = ? AND currency = ?)");
    sql::Statement name(db, "SELECT label FROM entity_labels WHERE entity_id = ?");
    struct Stated
    {
        Timestamp at;
        qint64 balance = 0;
        QString where;   // "file: line 12", for the certificate
        QString locator; // the locator alone when this import stated it, else empty
    };
    for (qint64 account : std::as_const(ordered)) {
        name.bind(1, account);
        const QString accountText = name.step() ? name.text(0) : QString::number(account);
        name.reset();
        QMap<QString, QList<Stated>> byCurrency;
        stated.bind(1, account);
        while (stated.step()) {
            const QString where = stated.text(6) + QStringLiteral(": ") + stated.text(4);
            const QString own = stated.int64(5) == m_sourceId ? stated.text(4) : QString();
            byCurrency[stated.text(0)].append({{stated.int64(1), qint32(stated.int64(2))}, stated.int64(3), where, own});
        }
        if (!stated.status().ok())
            return stated.status();
        stated.reset();
        for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
            const QString &currency = it.key();
            const QList<Stated> &list = it.value();
            any.bind(1, account).bind(2, currency);
            const bool haveMovements = any.step() && any.int64(0) != 0;
            any.reset();
            QJsonObject summary{{QStringLiteral("account"), accountText},
                                {QStringLiteral("currency"), currency},
                                {QStringLiteral("from"), isoUtc(list.first().at.utcMs)},
                                {QStringLiteral("to"), isoUtc(list.last().at.utcMs)},
                                {QStringLiteral("balances"), qint64(list.size())}};
            if (!haveMovements) {
                summary.insert(QStringLiteral("checked"), 0);
                summary.insert(QStringLiteral("breaks"), 0);
                m_cert.balanceHistory(summary);
                m_cert.diagnostic({Severity::Info, QStringLiteral("file"),
                                   msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "account %1 (%2): the case holds no movements of this account yet to check its %3 stated balances against"),
                                       {accountText, currency, QString::number(list.size())})});
                continue;
            }
            qint64 checked = 0, breaks = 0;
            const Stated *prev = &list.first(); // a moment stated twice is compared once; the first statement is the base
            for (qsizetype i = 1; i < list.size(); ++i) {
                const Stated &a = *prev, &b = list[i];
                if (a.at.utcMs == b.at.utcMs) { // the same day stated twice (two deliveries): they must agree
                    if (a.balance == b.balance)
                        continue;
                    ++breaks;
                    m_cert.historyBreak(QJsonObject{{QStringLiteral("account"), accountText},
                                                    {QStringLiteral("currency"), currency},
                                                    {QStringLiteral("kind"), QStringLiteral("balance_conflict")},
                                                    {QStringLiteral("locator"), b.where},
                                                    {QStringLiteral("to"), isoWithOffset(b.at)},
                                                    {QStringLiteral("expected_minor"), a.balance},
                                                    {QStringLiteral("found_minor"), b.balance},
                                                    {QStringLiteral("difference_minor"), b.balance - a.balance}});
                    m_cert.diagnostic({Severity::Warning, b.locator.isEmpty() ? QStringLiteral("file") : b.locator,
                                       msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "account %1 (%2): two balances are stated for %3: %4 (%5) and %6 (%7)"),
                                           {accountText, currency, isoWithOffset(b.at), formatMinor(a.balance, currency), a.where,
                                            formatMinor(b.balance, currency), b.where})});
                    continue;
                }
                prev = &b;
                moved.bind(1, account).bind(2, currency).bind(3, a.at.utcMs).bind(4, b.at.utcMs);
                if (!moved.step())
                    return moved.status();
                const qint64 sum = moved.int64(0), rows = moved.int64(1);
                moved.reset();
                ++checked;
                const qint64 change = b.balance - a.balance;
                if (change == sum)
                    continue;
                ++breaks;
                m_cert.historyBreak(QJsonObject{{QStringLiteral("account"), accountText},
                                                {QStringLiteral("currency"), currency},
                                                {QStringLiteral("kind"), QStringLiteral("balance_history")},
                                                {QStringLiteral("locator"), b.where},
                                                {QStringLiteral("from"), isoWithOffset(a.at)},
                                                {QStringLiteral("to"), isoWithOffset(b.at)},
                                                {QStringLiteral("expected_minor"), change},
                                                {QStringLiteral("found_minor"), sum},
                                                {QStringLiteral("movements"), rows},
                                                {QStringLiteral("difference_minor"), change - sum}});
                m_cert.diagnostic({Severity::Warning, b.locator.isEmpty() ? QStringLiteral("file") : b.locator,
                                   msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "account %1 (%2): the stated balance moves by %3 from %4 to %5 (%8), but the %6 movements the case holds then add up to %7: movements are missing from the case, or extra"),
                                       {accountText, currency, formatMinor(change, currency), isoWithOffset(a.at), isoWithOffset(b.at),
                                        QString::number(rows), formatMinor(sum, currency), b.where})});
            }
            summary.insert(QStringLiteral("checked"), checked);
            summary.insert(QStringLiteral("breaks"), breaks);
            m_cert.balanceHistory(summary);
        }
    }
    return {};
}

} // namespace cb::casefile
