#include "statementfacts.h"

#include "money.h"

namespace cb::importers {

using namespace cb::casefile;

bool StatementFacts::read(const Profile &profile, const QString &line, const QString &loc)
{
    bool stated = false;
    for (const QRegularExpression &rx : profile.statementFacts) {
        const QRegularExpressionMatch m = rx.match(line);
        if (!m.hasMatch())
            continue;
        for (auto [name, field] : {std::pair{"account", &account}, {"currency", &currency}, {"from", &from}, {"to", &to},
                                   {"opening", &opening}, {"closing", &closing}, {"credits", &credits}, {"debits", &debits}}) {
            const QString v = m.captured(QLatin1String(name)).trimmed();
            if (v.isEmpty() || !field->isEmpty())
                continue;
            *field = v;
            stated = true;
        }
    }
    if (stated && locator.isEmpty())
        locator = loc;
    return stated;
}

void reportStatementFacts(const StatementFacts &f, const QString &account, const QString &currency, DateOrder order, QChar decimal,
                          LocalZone &zone, const SummingSink &sums, RecordSink &sink)
{
    if (!f.any())
        return;
    const QString ccy = currency.isEmpty() && sums.count.size() == 1 ? sums.count.begin().key() : currency;
    const int exponent = currencyExponent(ccy);
    auto money = [&](const QString &text) -> std::optional<qint64> {
        if (text.isEmpty())
            return std::nullopt;
        qint64 minor = 0;
        if (parseAmount(text, exponent, decimal, minor) == AmountError::None)
            return minor;
        sink.diagnostic({Severity::Warning, f.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the stated amount \"%1\""), {text})});
        return std::nullopt;
    };
    StatementBalance b;
    b.locator = f.locator;
    b.account = account;
    b.currency = ccy;
    b.reference = QStringLiteral("statement");
    b.openingMinor = money(f.opening);
    b.closingMinor = money(f.closing);
    if (!f.from.isEmpty())
        b.periodFromMs = periodBound(f.from, order, zone, false);
    if (!f.to.isEmpty())
        b.periodToMs = periodBound(f.to, order, zone, true);
    b.movementsMinor = sums.sum.value(ccy);
    b.movements = sums.count.value(ccy);
    sink.statementBalance(b);
    // Stated totals: credits as written, debits whether written with a minus or not.
    if (const std::optional<qint64> stated = money(f.credits)) {
        sink.statedFact(QStringLiteral("stated_credits"), f.credits);
        if (qAbs(*stated) != sums.creditSum.value(ccy))
            sink.diagnostic({Severity::Warning, f.locator,
                             msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement states credits of %1 %2; the credits imported add up to %3"),
                                 {formatMinor(qAbs(*stated), ccy), ccy, formatMinor(sums.creditSum.value(ccy), ccy)})});
    }
    if (const std::optional<qint64> stated = money(f.debits)) {
        sink.statedFact(QStringLiteral("stated_debits"), f.debits);
        if (qAbs(*stated) != sums.debitSum.value(ccy))
            sink.diagnostic({Severity::Warning, f.locator,
                             msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement states debits of %1 %2; the debits imported add up to %3"),
                                 {formatMinor(qAbs(*stated), ccy), ccy, formatMinor(sums.debitSum.value(ccy), ccy)})});
    }
}

} // namespace cb::importers
