#include "money.h"

namespace cb::casefile {

int currencyExponent(QStringView code)
{
    static const char *zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                                 "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (const char *c : zero)
        if (code == QLatin1String(c))
            return 0;
    for (const char *c : three)
        if (code == QLatin1String(c))
            return 3;
    return 2;
}

bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

QString currencyFromText(QStringView t)
{
    const QString s = t.trimmed().toString();
    if (s.isEmpty())
        return {};
    const QString up = s.toUpper();
    if (isCurrencyCode(up))
        // RMB is what Chinese exports write for CNY; RUR, the rouble's code before 1998, is still what many
        // Russian banks' exports write for RUB.
        return up == QLatin1String("RMB") ? QStringLiteral("CNY") : up == QLatin1String("RUR") ? QStringLiteral("RUB") : up;
    struct Alias { const char16_t *text; const char *code; };
    static const Alias aliases[] = {
        {u"人民币", "CNY"}, {u"¥", "CNY"}, {u"￥", "CNY"}, {u"元", "CNY"}, {u"RMB", "CNY"}, {u"港币", "HKD"},
        {u"港元", "HKD"},  {u"美元", "USD"}, {u"美金", "USD"}, {u"欧元", "EUR"}, {u"英镑", "GBP"}, {u"日元", "JPY"},
        {u"€", "EUR"},     {u"$", "USD"},   {u"US$", "USD"}, {u"£", "GBP"},   {u"₽", "RUB"},   {u"руб", "RUB"},
        {u"р.", "RUB"},    {u"₹", "INR"},   {u"HK$", "HKD"}, {u"S$", "SGD"},  {u"A$", "AUD"}};
    for (const Alias &a : aliases)
        if (s.startsWith(QStringView(a.text), Qt::CaseInsensitive))
            return QString::fromLatin1(a.code);
    return {};
}

QString formatMinor(qint64 minor, QStringView currency)
{
    const int exp = currencyExponent(currency);
    const bool neg = minor < 0;
    const quint64 a = neg ? quint64(-(minor + 1)) + 1 : quint64(minor);
    QString digits = QString::number(a);
    if (exp > 0) {
        while (digits.size() <= exp)
            digits.prepend(QLatin1Char('0'));
        digits.insert(digits.size() - exp, QLatin1Char('.'));
    }
    return neg ? QLatin1Char('-') + digits : digits;
}

std::optional<qint64> parseMinorUnits(QStringView text, QStringView currency)
{
    const QStringView t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    const QStringView whole = dot < 0 ? t : t.left(dot), frac = dot < 0 ? QStringView() : t.mid(dot + 1);
    const int exp = currencyExponent(currency);
    if (whole.isEmpty() || whole.size() > 15 || frac.size() > exp || (dot >= 0 && frac.isEmpty()))
        return std::nullopt;
    qint64 minor = 0;
    for (QChar c : whole) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        minor = minor * 10 + (c.unicode() - '0');
    }
    for (int i = 0; i < exp; ++i) {
        const QChar c = i < frac.size() ? frac[i] : QChar(u'0');
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        minor = minor * 10 + (c.unicode() - '0');
    }
    return minor;
}

} // namespace cb::casefile
