#include "tabular/columnstats.h"

#include "checkdigits.h"
#include "common/values.h"
#include "money.h"

#include <QHash>

namespace cb::importers {

namespace {
int digitCount(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}

bool onlyDigits(QStringView s)
{
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return !s.isEmpty();
}

// "2024-03-01", "01.03.2024 14:22", "2024年3月1日", "20240301" — not a bare 10-digit number, which
// parseDateTime() reads as epoch seconds but is more often a phone number or an account.
bool dateLike(QStringView s, bool *hasTime)
{
    const int digits = digitCount(s);
    if (digits < 6 || s.size() > 40)
        return false;
    if (onlyDigits(s) && s.size() != 8 && s.size() != 14)
        return false;
    const auto p = parseDateTime(s, DateOrder::Auto);
    if (!p)
        return false;
    *hasTime = p->hasTime;
    return true;
}

bool timeOfDayLike(QStringView s)
{
    // h:mm, hh:mm:ss, with optional fraction
    const qsizetype colon = s.indexOf(u':');
    if (colon < 1 || colon > 2 || s.size() > 12)
        return false;
    for (QChar c : s)
        if (!c.isDigit() && c != u':' && c != u'.')
            return false;
    return true;
}

bool phoneLike(QStringView s)
{
    if (s.size() > 20)
        return false;
    int digits = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit())
            ++digits;
        else if (!(c == u'+' && i == 0) && c != u' ' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digits >= 5 && digits <= 15;
}

bool accountLike(QStringView s)
{
    if (s.size() > 40)
        return false;
    const QString compact = s.toString().remove(u' ').remove(u'-').toUpper();
    if (compact.size() >= 15 && compact[0].isLetter() && compact[1].isLetter() && compact[2].isDigit() && compact[3].isDigit())
        return true; // IBAN shape
    int digits = 0, stars = 0;
    for (QChar c : compact) {
        if (c.isDigit())
            ++digits;
        else if (c == u'*')
            ++stars;
        else
            return false;
    }
    return (digits >= 8 && stars == 0) || (digits >= 6 && stars > 0);
}

bool currencyLike(QStringView s)
{
    static const QSet<QString> codes = {QStringLiteral("CNY"), QStringLiteral("RMB"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                        QStringLiteral("GBP"), QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("RUB"),
                                        QStringLiteral("RUR"), QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                                        QStringLiteral("SGD"), QStringLiteral("TWD"), QStringLiteral("MOP"), QStringLiteral("KRW"),
                                        QStringLiteral("THB"), QStringLiteral("VND"), QStringLiteral("MYR"), QStringLiteral("PHP"),
                                        QStringLiteral("INR"), QStringLiteral("BRL"), QStringLiteral("MXN"), QStringLiteral("PLN"),
                                        QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("CZK"),
                                        QStringLiteral("UAH"), QStringLiteral("KZT"), QStringLiteral("TRY"), QStringLiteral("AED")};
    if (codes.contains(s.toString().toUpper()))
        return true;
    return s.size() <= 4 && digitCount(s) == 0 && !casefile::currencyFromText(s).isEmpty();
}

bool flagWord(QStringView s)
{
    const QString up = s.toString().toUpper();
    for (const QStringList &flags : {genericCreditFlags(), genericDebitFlags()})
        for (const QString &f : flags)
            if (up == f || (up.startsWith(f) && up.size() <= 12 && (f.size() > 1 || f[0].unicode() > 127)))
                return true;
    return false;
}
} // namespace

QStringList genericCreditFlags()
{
    static const QStringList f = {QStringLiteral("C"), QStringLiteral("CR"), QStringLiteral("CREDIT"), QStringLiteral("IN"),
                                  QStringLiteral("H"), QStringLiteral("HABEN"), QStringLiteral("BIJ"), QStringLiteral("К"),
                                  QStringLiteral("КРЕДИТ"), QStringLiteral("ПРИХОД"), QStringLiteral("CRÉDIT"), QStringLiteral("CRÉDITO"),
                                  QStringLiteral("ABONO"), QStringLiteral("AVERE"), QStringLiteral("ENTRADA"), QStringLiteral("贷"),
                                  QStringLiteral("收"), QStringLiteral("入"), QStringLiteral("进"), QStringLiteral("存")};
    return f;
}

QStringList genericDebitFlags()
{
    static const QStringList f = {QStringLiteral("D"), QStringLiteral("DR"), QStringLiteral("DEBIT"), QStringLiteral("OUT"),
                                  QStringLiteral("S"), QStringLiteral("SOLL"), QStringLiteral("AF"), QStringLiteral("Д"),
                                  QStringLiteral("ДЕБЕТ"), QStringLiteral("РАСХОД"), QStringLiteral("DÉBIT"), QStringLiteral("DÉBITO"),
                                  QStringLiteral("CARGO"), QStringLiteral("DARE"), QStringLiteral("SAÍDA"), QStringLiteral("借"),
                                  QStringLiteral("支"), QStringLiteral("出"), QStringLiteral("取")};
    return f;
}

const QHash<QString, QString> &genericDirections()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const char16_t *out[] = {u"out", u"outgoing", u"o", u"moc", u"dialed", u"dialled", u"originating", u"主叫", u"呼出", u"拨出",
                                 u"去电", u"исходящий", u"исх", u"исходящий вызов", u"ausgehend", u"abgehend", u"sortant", u"émis",
                                 u"uitgaand", u"saliente", u"realizada", u"efetuada", u"originada", u"uscita", u"in uscita", u"effettuata"};
        const char16_t *in[] = {u"in", u"incoming", u"i", u"mtc", u"received", u"terminating", u"被叫", u"呼入", u"来电",
                                u"входящий", u"вх", u"входящий вызов", u"eingehend", u"ankommend", u"entrant", u"reçu", u"inkomend",
                                u"entrante", u"recibida", u"recebida", u"entrata", u"in entrata", u"ricevuta"};
        const char16_t *missed[] = {u"missed", u"未接", u"未接来电", u"rejected", u"пропущенный", u"verpasst", u"entgangen",
                                    u"manqué", u"gemist", u"perdida", u"persa"};
        for (const char16_t *w : out)
            m.insert(QString::fromUtf16(w), QStringLiteral("out"));
        for (const char16_t *w : in)
            m.insert(QString::fromUtf16(w), QStringLiteral("in"));
        for (const char16_t *w : missed)
            m.insert(QString::fromUtf16(w), QStringLiteral("missed"));
        return m;
    }();
    return map;
}

void ColumnStats::add(QStringView raw)
{
    const QStringView s = cleanCell(raw);
    if (s.isEmpty() || s == u"-" || s == u"/" || s == u"--")
        return;
    ++nonEmpty;
    m_length += s.size();
    if (m_values.size() < 1000)
        m_values.insert(s.toString());
    bool hasTime = false;
    const bool date = dateLike(s, &hasTime);
    if (date)
        ++(hasTime ? dateTime : dateOnly);
    const bool clock = timeOfDayLike(s);
    timeOfDay += clock ? 1 : 0;
    qint64 minor = 0;
    const int digits = digitCount(s);
    if (!date && digits > 0 && digits <= 18 && parseAmount(s, 2, QChar(), minor) == AmountError::None) {
        ++amount;
        const qsizetype sep = std::max(s.lastIndexOf(u'.'), s.lastIndexOf(u','));
        if (sep >= 0 && (s.size() - sep - 1 == 2 || s.size() - sep - 1 == 1))
            ++decimals;
        if (s.startsWith(u'-') || s.startsWith(u'+') || s.endsWith(u'-') || s.startsWith(u'('))
            ++signedAmount;
    }
    const bool allDigits = onlyDigits(s);
    shortInteger += allDigits && s.size() <= 6 ? 1 : 0;
    phone += !date && phoneLike(s) ? 1 : 0;
    account += !date && accountLike(s) ? 1 : 0;
    if (allDigits && s.size() == 15) {
        const bool valid = casefile::luhnValid(s);
        imei += valid ? 1 : 0;
        imsi += valid ? 0 : 1;
    }
    direction += genericDirections().contains(s.toString().toLower()) ? 1 : 0;
    flag += !allDigits && flagWord(s) ? 1 : 0;
    currency += currencyLike(s) ? 1 : 0;
    bool letter = false;
    for (QChar c : s)
        letter = letter || c.isLetter();
    letters += letter ? 1 : 0;
    duration += !date && (allDigits ? s.size() <= 6 : (clock || (s.size() <= 12 && parseDuration(s)))) ? 1 : 0;
    bool cell = s.size() <= 24 && digits > 0;
    for (QChar c : s)
        cell = cell && (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u'-' || c == u'_' || c == u':');
    cellLike += cell ? 1 : 0;
}

void ColumnStats::finish()
{
    distinct = int(m_values.size());
    meanLength = nonEmpty ? double(m_length) / nonEmpty : 0.0;
    m_values.clear();
}

} // namespace cb::importers
