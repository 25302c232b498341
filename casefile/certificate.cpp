#include "certificate.h"

#include "money.h"
#include "timeutil.h"

#include <QJsonArray>

namespace cb::casefile {

void CertificateBuilder::rejected(const QString &locator, const Message &reason)
{
    ++m_rowsRejected;
    ++m_rejectReasons[reason.tmpl];
    diagnostic({Severity::Error, locator, reason});
}

void CertificateBuilder::skipped(const QString &locator, const Message &reason)
{
    ++m_rowsSkipped;
    ++m_skipReasons[reason.tmpl];
    diagnostic({Severity::Info, locator, reason});
}

void CertificateBuilder::diagnostic(const Diagnostic &d)
{
    ++m_diagTotal;
    if (d.severity == Severity::Warning) { // counted by reason, as rejections are, however many there are
        ++m_warnings;
        ++m_warnReasons[d.message.tmpl];
    }
    if (m_diagnostics.size() < MaxListed)
        m_diagnostics.append(d);
}

void CertificateBuilder::observeTime(const Timestamp &t)
{
    if (!m_havePeriod || t.utcMs < m_from.utcMs)
        m_from = t;
    if (!m_havePeriod || t.utcMs > m_to.utcMs)
        m_to = t;
    m_havePeriod = true;
}

void CertificateBuilder::acceptedCall(const CallRecord &c)
{
    ++m_calls;
    observeTime(c.start);
}

void CertificateBuilder::acceptedTransaction(const QString &accountKey, const TransactionRecord &t)
{
    ++m_transactions;
    observeTime(t.time);
    Totals &tot = m_totals[t.currency];
    ++tot.count;
    if (t.amountMinor >= 0)
        tot.credit += t.amountMinor;
    else
        tot.debit -= t.amountMinor;
    if (!t.balanceMinor)
        return;
    if (!m_lastChain || m_lastAccount != accountKey || m_lastCurrency != t.currency) {
        m_lastChain = &m_chains[accountKey + u'\x1f' + t.currency];
        m_lastAccount = accountKey;
        m_lastCurrency = t.currency;
    }
    Chain &c = *m_lastChain;
    const qint64 bal = *t.balanceMinor;
    if (c.have) {
        // Ascending file order: previous balance + this amount = this balance.
        if (c.prevBalance + t.amountMinor != bal) {
            ++c.ascCount;
            if (c.asc.size() < MaxListed && m_breaksHeld < MaxBreaksHeld)
                c.asc.append({t.locator, c.prevBalance + t.amountMinor, bal}), ++m_breaksHeld;
        }
        // Descending (newest first): this balance + previous row's amount = previous balance.
        if (bal + c.prevAmount != c.prevBalance) {
            ++c.descCount;
            if (c.desc.size() < MaxListed && m_breaksHeld < MaxBreaksHeld)
                c.desc.append({c.prevLocator, bal + c.prevAmount, c.prevBalance}), ++m_breaksHeld;
        }
    } else {
        c.account = accountKey;
        c.currency = t.currency;
        c.first = bal;
        c.firstAmount = t.amountMinor;
    }
    c.have = true;
    c.prevBalance = bal;
    c.prevAmount = t.amountMinor;
    c.prevLocator = t.locator;
    c.last = bal;
    c.lastAmount = t.amountMinor;
    ++c.rows;
}

qint64 CertificateBuilder::accepted(const QString &kind) const
{
    if (kind == u"calls")
        return m_calls;
    if (kind == u"transactions")
        return m_transactions;
    return m_accepted.value(kind);
}

qint64 CertificateBuilder::rowsAccepted() const
{
    qint64 n = m_calls + m_transactions;
    for (qint64 v : m_accepted)
        n += v;
    return n;
}

static QJsonObject reasonsJson(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject CertificateBuilder::toJson() const
{
    QJsonArray totals;
    for (auto it = m_totals.begin(); it != m_totals.end(); ++it)
        totals.append(QJsonObject{{QStringLiteral("currency"), it.key()},
                                  {QStringLiteral("count"), it->count},
                                  {QStringLiteral("credit_minor"), it->credit},
                                  {QStringLiteral("debit_minor"), it->debit},
                                  {QStringLiteral("credit"), formatMinor(it->credit, it.key())},
                                  {QStringLiteral("debit"), formatMinor(it->debit, it.key())}});
    QJsonArray breaks, balances;
    for (const Chain &c : m_chains) {
        const bool descending = c.descCount < c.ascCount;
        const QList<Break> &list = descending ? c.desc : c.asc;
        for (const Break &b : list)
            breaks.append(QJsonObject{{QStringLiteral("account"), c.account},
                                      {QStringLiteral("currency"), c.currency},
                                      {QStringLiteral("locator"), b.locator},
                                      {QStringLiteral("expected_minor"), b.expected},
                                      {QStringLiteral("found_minor"), b.found},
                                      {QStringLiteral("difference_minor"), b.found - b.expected}});
        // Opening balance = balance before the earliest row; closing = balance after the latest.
        const qint64 opening = descending ? c.last - c.lastAmount : c.first - c.firstAmount;
        const qint64 closing = descending ? c.first : c.last;
        balances.append(QJsonObject{{QStringLiteral("account"), c.account},
                                    {QStringLiteral("currency"), c.currency},
                                    {QStringLiteral("rows_with_balance"), c.rows},
                                    {QStringLiteral("file_order"), descending ? QStringLiteral("newest_first")
                                                                              : QStringLiteral("oldest_first")},
                                    {QStringLiteral("opening_minor"), opening},
                                    {QStringLiteral("closing_minor"), closing},
                                    {QStringLiteral("breaks"), descending ? c.descCount : c.ascCount}});
    }
    QJsonArray statements;
    for (const StatementBalance &st : m_statements) {
        QJsonObject o{{QStringLiteral("account"), st.account},
                      {QStringLiteral("currency"), st.currency},
                      {QStringLiteral("reference"), st.reference},
                      {QStringLiteral("locator"), st.locator},
                      {QStringLiteral("movements"), st.movements},
                      {QStringLiteral("movements_minor"), st.movementsMinor}};
        if (st.openingMinor)
            o.insert(QStringLiteral("opening_minor"), *st.openingMinor);
        if (st.closingMinor)
            o.insert(QStringLiteral("closing_minor"), *st.closingMinor);
        if (st.periodFromMs)
            o.insert(QStringLiteral("period_from"), isoUtc(*st.periodFromMs));
        if (st.periodToMs)
            o.insert(QStringLiteral("period_to"), isoUtc(*st.periodToMs));
        const bool checkable = st.openingMinor && st.closingMinor;
        const bool continuous = checkable && *st.openingMinor + st.movementsMinor == *st.closingMinor;
        o.insert(QStringLiteral("continuous"), checkable ? QJsonValue(continuous) : QJsonValue());
        statements.append(o);
        if (checkable && !continuous)
            breaks.append(QJsonObject{{QStringLiteral("account"), st.account},
                                      {QStringLiteral("currency"), st.currency},
                                      {QStringLiteral("locator"), st.locator},
                                      {QStringLiteral("kind"), QStringLiteral("statement")},
                                      {QStringLiteral("expected_minor"), *st.openingMinor + st.movementsMinor},
                                      {QStringLiteral("found_minor"), *st.closingMinor},
                                      {QStringLiteral("difference_minor"), *st.closingMinor - *st.openingMinor - st.movementsMinor}});
    }
    for (const QJsonObject &b : m_historyBreaks)
        breaks.append(b);
    QJsonArray history;
    for (const QJsonObject &h : m_balanceHistory)
        history.append(h);
    QJsonArray diags;
    for (const Diagnostic &d : m_diagnostics)
        diags.append(QJsonObject{{QStringLiteral("severity"), severityName(d.severity)},
                                 {QStringLiteral("locator"), d.locator},
                                 {QStringLiteral("message"), d.message.text()},
                                 {QStringLiteral("template"), d.message.tmpl},
                                 {QStringLiteral("args"), QJsonArray::fromStringList(d.message.args)}});
    QJsonObject counts;
    for (const char *k : {"transactions", "calls", "messages", "contacts", "locations", "cell_sites", "user_accounts", "artifacts", "balances"})
        counts.insert(QLatin1String(k), accepted(QLatin1String(k)));
    counts.insert(QStringLiteral("accounts"), qint64(m_accounts.size()));
    QJsonObject stated;
    for (auto it = m_stated.begin(); it != m_stated.end(); ++it)
        stated.insert(it.key(), it.value());
    QJsonArray overlaps;
    for (const Overlap &o : m_overlaps)
        overlaps.append(QJsonObject{{QStringLiteral("source_id"), o.sourceId},
                                    {QStringLiteral("file"), o.file},
                                    {QStringLiteral("rows"), o.rows},
                                    {QStringLiteral("from"), isoUtc(o.from)},
                                    {QStringLiteral("to"), isoUtc(o.to)}});
    QJsonArray gaps;
    for (const Gap &g : m_gaps)
        gaps.append(QJsonObject{{QStringLiteral("account"), g.account},
                                {QStringLiteral("currency"), g.currency},
                                {QStringLiteral("from"), isoUtc(g.from)},
                                {QStringLiteral("to"), isoUtc(g.to)}});
    QJsonArray companions;
    for (const QJsonObject &c : m_companions)
        companions.append(c);
    QJsonObject period;
    if (m_havePeriod)
        period = {{QStringLiteral("from"), isoUtc(m_from.utcMs)}, {QStringLiteral("to"), isoUtc(m_to.utcMs)}};
    QJsonObject o{{QStringLiteral("rows_read"), m_rowsRead},
            {QStringLiteral("rows_accepted"), rowsAccepted()},
            {QStringLiteral("rows_rejected"), m_rowsRejected},
            {QStringLiteral("rows_skipped"), m_rowsSkipped},
            {QStringLiteral("rejected_reasons"), reasonsJson(m_rejectReasons)},
            {QStringLiteral("warnings"), m_warnings},
            {QStringLiteral("warning_reasons"), reasonsJson(m_warnReasons)},
            {QStringLiteral("skipped_reasons"), reasonsJson(m_skipReasons)},
            {QStringLiteral("period"), period},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("balances"), balances},
            {QStringLiteral("balance_breaks"), breaks},
            {QStringLiteral("statements"), statements},
            {QStringLiteral("stated"), stated},
            {QStringLiteral("overlaps"), overlaps},
            {QStringLiteral("gaps"), gaps},
            {QStringLiteral("diagnostics"), diags},
            {QStringLiteral("diagnostics_total"), m_diagTotal}};
    if (!history.isEmpty())
        o.insert(QStringLiteral("balance_history"), history);
    if (!companions.isEmpty())
        o.insert(QStringLiteral("companions"), companions);
    if (!m_device.isEmpty())
        o.insert(QStringLiteral("device"), m_device);
    if (!m_mapping.isEmpty())
        o.insert(QStringLiteral("mapping"), m_mapping);
    return o;
}

} // namespace cb::casefile
