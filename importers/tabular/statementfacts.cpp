#include "tabular/statementfacts.h"

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
    auto compare = [&](const QString &text, const char *key, qint64 imported, const char *message) {
        const std::optional<qint64> stated = money(text);
        if (!stated)
            return;
        sink.statedFact(QLatin1String(key), text);
        if (qAbs(*stated) != imported)
            sink.diagnostic({Severity::Warning, f.locator, msg(message, {formatMinor(qAbs(*stated), ccy), ccy, formatMinor(imported, ccy)})});
    };
    compare(f.credits, "stated_credits", sums.creditSum.value(ccy),
            QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement states credits of %1 %2; the credits imported add up to %3"));
    compare(f.debits, "stated_debits", sums.debitSum.value(ccy),
            QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement states debits of %1 %2; the debits imported add up to %3"));
}

} // namespace cb::importers
