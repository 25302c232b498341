// What a camt statement says about itself, checked against what was read: balances (opening + booked
// movements = closing), the transaction summary (counts and sums), and the copy/duplicate indicator.
#include "bank/camtmodel.h"
#include "common/importer.h"
#include "common/values.h"
#include "money.h"

namespace cb::importers::camt {

using namespace cb::casefile;

namespace {
QString statementCurrency(const Statement &st, const QString &fallback)
{
    if (!st.accountCurrency.isEmpty())
        return st.accountCurrency;
    for (const char *code : {"OPBD", "PRCD", "CLBD"})
        for (const Balance &b : st.balances)
            if (b.code == QLatin1String(code) && !b.amount.currency.isEmpty())
                return b.amount.currency;
    QString best;
    qint64 most = 0;
    for (auto it = st.movementCount.begin(); it != st.movementCount.end(); ++it)
        if (it.value() > most)
            most = it.value(), best = it.key();
    return best.isEmpty() ? fallback : best;
}
} // namespace

void Emitter::finishStatement(const Statement &st)
{
    flush();
    const QString ref = st.sequence.isEmpty() ? st.id : st.id + u' ' + st.sequence;
    const QString here = lineLocator(st.line) + QStringLiteral(" (%1[%2])").arg(st.kind).arg(st.index);
    if (st.copyDuplicate == u"DUPL" || st.copyDuplicate == u"CODU")
        m_sink.diagnostic({Severity::Warning, here,
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "statement %1 is marked as a duplicate (%2) of one the bank delivered before"), {ref, st.copyDuplicate})});
    else if (st.copyDuplicate == u"COPY")
        m_sink.diagnostic({Severity::Info, here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "statement %1 is marked as a copy (COPY)"), {ref})});
    if (!st.copyDuplicate.isEmpty())
        m_sink.statedFact(ref + QStringLiteral(" copy_duplicate"), st.copyDuplicate);
    if (!st.from.isEmpty() || !st.to.isEmpty())
        m_sink.statedFact(ref + QStringLiteral(" period"), st.from + QStringLiteral(" / ") + st.to);
    if (!st.servicerBic.isEmpty())
        m_sink.statedFact(ref + QStringLiteral(" servicer_bic"), st.servicerBic);
    const QString ccy = statementCurrency(st, m_currency);
    checkBalances(st, ref, ccy);
    checkSummary(st, ref, ccy);
}

void Emitter::checkBalances(const Statement &st, const QString &ref, const QString &ccy)
{
    const int exp = qBound(0, currencyExponent(ccy), kScale);
    auto pick = [&](std::initializer_list<const char *> codes) -> std::optional<qint64> {
        for (const char *code : codes) {
            for (const Balance &b : st.balances) {
                if (b.code != QLatin1String(code))
                    continue;
                const QString loc = lineLocator(b.line) + QStringLiteral(" (%1[%2]/Bal %3)").arg(st.kind).arg(st.index).arg(b.code);
                if (!b.amount.scaled || (b.creditDebit != u"CRDT" && b.creditDebit != u"DBIT")) {
                    m_sink.diagnostic({Severity::Warning, loc,
                                       msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the %1 balance \"%2\""), {b.code, b.amount.raw})});
                    return std::nullopt;
                }
                if (!b.amount.currency.isEmpty() && b.amount.currency != ccy) {
                    m_sink.diagnostic({Severity::Warning, loc,
                                       msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 balance is in %2 but the statement is in %3: it cannot be checked"),
                                           {b.code, b.amount.currency, ccy})});
                    return std::nullopt;
                }
                return toMinor(b.creditDebit == u"DBIT" ? -*b.amount.scaled : *b.amount.scaled, exp);
            }
        }
        return std::nullopt;
    };
    StatementBalance b;
    b.locator = lineLocator(st.line) + QStringLiteral(" (%1[%2])").arg(st.kind).arg(st.index);
    b.account = m_owner.isEmpty() ? st.account : m_owner;
    b.currency = ccy;
    b.reference = ref;
    b.openingMinor = pick({"OPBD", "PRCD"});
    b.closingMinor = pick({"CLBD"});
    if (!st.from.isEmpty())
        b.periodFromMs = periodBound(st.from, DateOrder::YMD, m_zone, false);
    if (!st.to.isEmpty())
        b.periodToMs = periodBound(st.to, DateOrder::YMD, m_zone, true);
    b.movementsMinor = toMinor(st.movements.value(ccy), exp);
    b.movements = st.movementCount.value(ccy);
    m_sink.statementBalance(b);
    qint64 others = 0;
    for (auto it = st.movementCount.begin(); it != st.movementCount.end(); ++it)
        if (it.key() != ccy)
            others += it.value();
    if (others > 0 && (b.openingMinor || b.closingMinor))
        m_sink.diagnostic({Severity::Warning, b.locator,
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 entries in currencies other than the statement's %2 are not part of its balance check"),
                               {QString::number(others), ccy})});
}

void Emitter::checkSummary(const Statement &st, const QString &ref, const QString &ccy)
{
    const QString here = lineLocator(st.line) + QStringLiteral(" (%1[%2]/TxsSummry)").arg(st.kind).arg(st.index);
    const int exp = qBound(0, currencyExponent(ccy), kScale);
    if (st.statedEntries) {
        m_sink.statedFact(ref + QStringLiteral(" stated_entries"), QString::number(*st.statedEntries));
        if (*st.statedEntries != st.entries)
            m_sink.diagnostic({Severity::Warning, here,
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement states %1 entries; %2 were read"),
                                   {QString::number(*st.statedEntries), QString::number(st.entries)})});
    }
    const struct
    {
        const char *key;
        std::optional<qint64> count, sum;
        qint64 readCount, readSum;
    } sides[] = {{"stated_credits", st.statedCreditCount, st.statedCreditSum, st.creditCount, st.creditSum},
                 {"stated_debits", st.statedDebitCount, st.statedDebitSum, st.debitCount, st.debitSum}};
    for (const auto &s : sides) {
        if (!s.count && !s.sum)
            continue;
        const QString statedSum = s.sum ? scaledText(*s.sum, exp) : QStringLiteral("?");
        m_sink.statedFact(ref + u' ' + QLatin1String(s.key),
                          (s.count ? QString::number(*s.count) : QStringLiteral("?")) + u' ' + ccy + u' ' + statedSum);
        if ((s.count && *s.count != s.readCount) || (s.sum && *s.sum != s.readSum))
            m_sink.diagnostic({Severity::Warning, here,
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report states %1 entries totalling %2; %3 entries totalling %4 were read"),
                                   {s.count ? QString::number(*s.count) : QStringLiteral("?"), statedSum, QString::number(s.readCount),
                                    scaledText(s.readSum, exp)})});
    }
}

} // namespace cb::importers::camt
