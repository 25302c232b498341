#include "identifiers.h"

#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <QRegularExpression>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::ShortNumberInfo;

namespace cb::casefile {

bool ibanValid(QStringView s)
{
    if (s.size() < 15 || s.size() > 34 || !s[0].isLetter() || !s[1].isLetter() || !s[2].isDigit() || !s[3].isDigit())
        return false;
    int rem = 0;
    auto feed = [&rem](QChar c) {
        if (c.isDigit()) {
            rem = (rem * 10 + (c.unicode() - '0')) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            const int v = c.unicode() - 'A' + 10;
            rem = (rem * 100 + v) % 97;
        } else {
            rem = -1000000;
        }
    };
    for (qsizetype i = 4; i < s.size(); ++i)
        feed(s[i]);
    for (qsizetype i = 0; i < 4; ++i)
        feed(s[i]);
    return rem == 1;
}

static QString compact(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.isSpace() || c == u'-' || c == u'\'' || c == u'"' || c == u'=' || c == u'\t' || c == QChar(0xFEFF))
            continue;
        out.append(c);
    }
    return out;
}

static bool isPlaceholder(const QString &s)
{
    static const QStringList nulls = {QString(), QStringLiteral("/"), QStringLiteral("-"), QStringLiteral("--"),
                                      QStringLiteral("N/A"), QStringLiteral("NA"), QStringLiteral("NULL"),
                                      QStringLiteral("NONE"), QStringLiteral("0")};
    return nulls.contains(s.toUpper());
}

// A value too long to be any identifier: nothing usable, and a note that says so without repeating it.
static bool tooLong(const QString &raw, Identifier &id)
{
    if (raw.size() <= kMaxIdentifierLength)
        return false;
    id.problem = QStringLiteral("%1 characters: too long for an identifier, kept as text only").arg(raw.size());
    return true;
}

Normaliser::Normaliser(QString defaultRegion) : m_region(defaultRegion.toUpper())
{
    if (m_region.isEmpty())
        m_region = QStringLiteral("ZZ");
}

Identifier Normaliser::phone(const QString &raw)
{
    auto it = m_phoneCache.constFind(raw);
    if (it != m_phoneCache.constEnd())
        return *it;
    // Fast path: plain digit strings (the bulk of any CDR) reuse the rule of their number block.
    QString key;
    bool plain = raw.size() >= 8 && raw.size() <= 16;
    for (qsizetype i = 0; plain && i < raw.size(); ++i)
        plain = raw[i].isDigit() || (i == 0 && raw[i] == u'+');
    Identifier id;
    if (plain) {
        key = QString::number(raw.size()) + u':' + raw.left(5);
        auto sh = m_shapes.constFind(key);
        if (sh != m_shapes.constEnd()) {
            id = sh->id;
            id.value = sh->prefix + raw.mid(sh->strip);
        }
    }
    if (id.isNull()) {
        id = phoneUncached(raw);
        if (plain && (id.type == IdType::Phone || id.type == IdType::ShortNumber)) {
            // Find how the raw digits map onto the normalised value: a kept suffix and a new prefix.
            int strip = 0;
            while (strip < raw.size() && !id.value.endsWith(QStringView(raw).mid(strip)))
                ++strip;
            if (strip < raw.size() - 4 && m_shapes.size() < 200000) {
                Shape shape{id, id.value.left(id.value.size() - (raw.size() - strip)), strip};
                shape.id.value.clear();
                m_shapes.insert(key, shape);
            }
        }
    }
    if (m_phoneCache.size() > 32768)
        m_phoneCache.clear();
    if (raw.size() <= kMaxIdentifierLength)
        m_phoneCache.insert(raw, id);
    return id;
}

Identifier Normaliser::phoneUncached(const QString &raw)
{
    Identifier id;
    if (tooLong(raw, id))
        return id;
    QString s = compact(raw);
    static const QStringList withheld = {QStringLiteral("-1"), QStringLiteral("-2"), QStringLiteral("-3"),
                                         QStringLiteral("PRIVATE"), QStringLiteral("UNKNOWN"),
                                         QStringLiteral("WITHHELD"), QStringLiteral("ANONYMOUS"),
                                         QStringLiteral("RESTRICTED"), QStringLiteral("未知"), QStringLiteral("隐藏号码")};
    if (isPlaceholder(s) || withheld.contains(s.toUpper()) || withheld.contains(raw.trimmed().toUpper())) {
        id.problem = QStringLiteral("withheld or empty number");
        return id;
    }
    s.remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char('.'));
    // 138****8000, 138xxxx8000: digits with masked ones (not a handle that merely contains an x).
    int digitCount = 0;
    bool maskShape = true;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        digitCount += c.isDigit() ? 1 : 0;
        maskShape = maskShape && (c.isDigit() || c == u'*' || c == u'x' || c == u'X' || (i == 0 && c == u'+'));
    }
    if (maskShape && digitCount >= 3 && (s.contains(QLatin1Char('*')) || s.contains(QLatin1Char('x')) || s.contains(QLatin1Char('X')))) {
        id.type = IdType::PhoneMasked;
        id.value = s.toUpper().replace(QLatin1Char('X'), QLatin1Char('*'));
        id.entityKind = EntityKind::Phone;
        id.partial = true;
        return id;
    }
    if (s.startsWith(QLatin1String("00")))
        s = QLatin1Char('+') + s.mid(2);
    bool digits = !s.isEmpty();
    for (qsizetype i = (s.startsWith(QLatin1Char('+')) ? 1 : 0); i < s.size(); ++i)
        digits = digits && s[i].isDigit();
    if (!digits) {
        // Not a number at all: a pseudonymous or app handle, kept verbatim so it still joins.
        id.type = IdType::Handle;
        id.value = raw.trimmed();
        id.entityKind = EntityKind::Phone;
        return id;
    }
    const std::string utf8 = s.toStdString();
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = m_region.toStdString();
    const bool parsed = util->Parse(utf8, region, &number) == PhoneNumberUtil::NO_PARSING_ERROR;
    if (parsed && util->IsValidNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        id.type = IdType::Phone;
        id.value = QString::fromStdString(e164);
        id.entityKind = EntityKind::Phone;
        return id;
    }
    const QString bare = s.startsWith(QLatin1Char('+')) ? s.mid(1) : s;
    ShortNumberInfo shortInfo;
    if (!s.startsWith(QLatin1Char('+')) && bare.size() <= 8 && parsed &&
        (shortInfo.IsPossibleShortNumberForRegion(number, region) || bare.size() <= 6)) {
        id.type = IdType::ShortNumber;
        id.value = bare; // service numbers and short codes are kept verbatim: they mean something only locally
        id.entityKind = EntityKind::Phone;
        return id;
    }
    if (parsed && util->IsPossibleNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        id.type = IdType::Phone;
        id.value = QString::fromStdString(e164);
        id.entityKind = EntityKind::Phone;
        id.problem = QStringLiteral("number is possible but not valid in its numbering plan");
        return id;
    }
    id.type = IdType::ShortNumber;
    id.value = bare;
    id.entityKind = EntityKind::Phone;
    id.problem = QStringLiteral("number could not be normalised to E.164; kept verbatim");
    return id;
}

Identifier Normaliser::account(const QString &raw)
{
    auto it = m_accountCache.constFind(raw);
    if (it != m_accountCache.constEnd())
        return *it;
    Identifier id = accountUncached(raw);
    if (m_accountCache.size() > 32768)
        m_accountCache.clear();
    if (raw.size() <= kMaxIdentifierLength)
        m_accountCache.insert(raw, id);
    return id;
}

Identifier Normaliser::accountUncached(const QString &raw)
{
    Identifier id;
    if (tooLong(raw, id))
        return id;
    const QString trimmed = raw.trimmed();
    if (trimmed.contains(QLatin1Char('@'))) {
        const QString e = trimmed.toLower();
        id.type = e.contains(QLatin1Char('*')) ? IdType::EmailMasked : IdType::Email;
        id.partial = e.contains(QLatin1Char('*'));
        id.value = e;
        id.entityKind = EntityKind::AppAccount;
        return id;
    }
    const QString s = compact(trimmed).toUpper();
    if (isPlaceholder(s))
        return id;
    if (s.contains(QLatin1Char('*'))) {
        static const QRegularExpression stars(QStringLiteral("\\*+"));
        QString v = s;
        v.replace(stars, QStringLiteral("****"));
        id.type = IdType::CardMasked;
        id.value = v;
        id.partial = true;
        id.entityKind = EntityKind::BankCard;
        return id;
    }
    if (ibanValid(s)) {
        id.type = IdType::Iban;
        id.value = s;
        id.entityKind = EntityKind::BankAccount;
        return id;
    }
    bool allDigits = true;
    for (QChar c : s)
        allDigits = allDigits && c.isDigit();
    id.type = IdType::Account;
    id.value = s;
    id.entityKind = (allDigits && s.size() >= 15 && s.size() <= 19 && luhnValid(s)) ? EntityKind::BankCard
                                                                                   : EntityKind::BankAccount;
    if (s.size() >= 15 && s[0].isLetter() && s[1].isLetter() && s[2].isDigit() && s[3].isDigit())
        id.problem = QStringLiteral("looks like an IBAN but its check digits are wrong");
    return id;
}

Identifier Normaliser::imei(const QString &raw)
{
    Identifier id;
    if (tooLong(raw, id))
        return id;
    const QString s = compact(raw);
    if (isPlaceholder(s))
        return id;
    bool digits = true;
    for (QChar c : s)
        digits = digits && c.isDigit();
    if (!digits || (s.size() != 14 && s.size() != 15 && s.size() != 16)) {
        id.problem = QStringLiteral("IMEI must have 14 to 16 digits");
        return id;
    }
    // The device identity is TAC+SNR (first 14 digits). Carriers often send a spare 0 instead of the check
    // digit, and IMEISV has two version digits: both are rebuilt with the computed Luhn check digit.
    const QString body = s.left(14);
    const QString full = body + QString::number(luhnCheckDigit(body));
    if (s.size() == 15 && s != full && !s.endsWith(QLatin1Char('0')))
        id.problem = QStringLiteral("IMEI check digit is wrong");
    id.type = IdType::Imei;
    id.value = full;
    id.entityKind = EntityKind::Device;
    return id;
}

Identifier Normaliser::imsi(const QString &raw)
{
    Identifier id;
    if (tooLong(raw, id))
        return id;
    const QString s = compact(raw);
    if (isPlaceholder(s))
        return id;
    bool digits = true;
    for (QChar c : s)
        digits = digits && c.isDigit();
    if (!digits || s.size() < 6 || s.size() > 15) {
        id.problem = QStringLiteral("IMSI must have 6 to 15 digits");
        return id;
    }
    id.type = IdType::Imsi;
    id.value = s;
    id.entityKind = EntityKind::Phone;
    return id;
}

Identifier Normaliser::cell(const QString &raw)
{
    Identifier id;
    const QString s = raw.trimmed().toUpper();
    if (isPlaceholder(s))
        return id;
    id.type = IdType::CellId;
    id.value = s;
    id.entityKind = EntityKind::CellSite;
    // Decimal LAC-CI and MCC-MNC-LAC-CI are written with any separator and often zero-padded
    // ("09100/021000"); one form makes them join. LAC and CI lose leading zeros, MCC and MNC keep them
    // (MNC "01" and "001" are different networks). Anything else (hex, CDMA SID-NID-BID) stays verbatim.
    QStringList parts(1);
    for (QChar c : s) { // split on any run of separators; only ASCII digits may remain
        if (c >= u'0' && c <= u'9')
            parts.last() += c;
        else if (c.isSpace() || QStringView(u"_:/.,;|-").contains(c))
            parts.last().isEmpty() ? void() : parts.append(QString());
        else
            return id;
    }
    if (parts.last().isEmpty())
        parts.removeLast();
    if (parts.size() != 2 && parts.size() != 4)
        return id;
    for (qsizetype i = parts.size() - 2; i < parts.size(); ++i) {
        qsizetype zeros = 0;
        while (zeros < parts[i].size() - 1 && parts[i][zeros] == u'0')
            ++zeros;
        parts[i].remove(0, zeros);
    }
    id.value = parts.join(u'-');
    return id;
}

Identifier Normaliser::appAccount(const QString &service, const QString &user)
{
    const QString u = user.trimmed();
    if (u.isEmpty())
        return {};
    const qsizetype at = u.indexOf(u'@');
    const QString domain = at < 0 ? QString() : u.mid(at + 1).toLower();
    if (domain == u"s.whatsapp.net" || domain == u"c.us")
        return phone(u.left(at));
    // WhatsApp groups, broadcast lists, channels and linked-device ids are the app's, not mailboxes.
    const bool appDomain = domain == u"g.us" || domain == u"broadcast" || domain == u"newsletter" || domain == u"lid";
    if (at > 0 && !appDomain)
        return account(u);
    bool number = u.size() >= 7;
    for (qsizetype i = 0; number && i < u.size(); ++i)
        number = u[i].isDigit() || (i == 0 && u[i] == u'+') || u[i] == u' ' || u[i] == u'-';
    if (number) {
        const Identifier p = phone(u);
        if (p.type == IdType::Phone)
            return p;
    }
    QString s = service.simplified().toLower();
    if (s.isEmpty())
        s = appDomain ? QStringLiteral("whatsapp") : QStringLiteral("unknown");
    return {IdType::AppAccount, s + u':' + u, EntityKind::AppAccount, false, {}};
}

Identifier Normaliser::party(const QString &raw, const QString &app)
{
    const Identifier id = phone(raw);
    if (id.type != IdType::Handle)
        return id;
    if (raw.contains(u'@'))
        return appAccount(app, raw);
    const QString a = app.toLower();
    if (a.isEmpty() || a.contains(u"sms") || a.contains(u"mms") || a.contains(u"imessage") || a.contains(u"rcs"))
        return id;
    return appAccount(app, raw);
}

} // namespace cb::casefile
