#include "redactor.h"

#include "identifiers.h"

#include <QRegularExpression>
#include <algorithm>
#include <phonenumbers/phonenumberutil.h>

namespace cb::reports {

using namespace casefile;

namespace {

QString digitsOf(QStringView text)
{
    QString d;
    for (QChar c : text)
        if (c.isDigit() && c.unicode() < 128)
            d.append(c);
    return d;
}

int countryCodeLength(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumber number;
    if (PhoneNumberUtil::GetInstance()->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return 0;
    return int(QString::number(number.country_code()).size());
}

// Entities with a role, and every entity a live link ties to one of them (merges, owner and use marks).
QSet<qint64> markedEntities(CaseFile &cf)
{
    QSet<qint64> marked;
    QList<qint64> todo;
    sql::Statement roles(cf.db(), "SELECT entity_id FROM roles");
    while (roles.step())
        if (!marked.contains(roles.int64(0)))
            marked.insert(roles.int64(0)), todo.append(roles.int64(0));
    sql::Statement linked(cf.db(), "SELECT to_id FROM links WHERE from_id = ?1 AND undone_at IS NULL "
                                   "UNION SELECT from_id FROM links WHERE to_id = ?1 AND undone_at IS NULL");
    while (!todo.isEmpty()) {
        linked.reset();
        linked.bind(1, todo.takeLast());
        while (linked.step())
            if (!marked.contains(linked.int64(0)))
                marked.insert(linked.int64(0)), todo.append(linked.int64(0));
    }
    return marked;
}

bool isNumberType(const QString &type)
{
    return type == IdType::Phone || type == IdType::Account || type == IdType::Iban || type == IdType::Imei || type == IdType::Imsi || type == IdType::Iccid;
}

} // namespace

QString Redactor::maskPhone(const QString &digits, int ccLength)
{
    const QString cc = digits.left(ccLength), national = digits.mid(ccLength);
    if (national.size() <= 7)
        return cc + maskNumber(national);
    return cc + national.left(3) + QString(national.size() - 7, u'*') + national.right(4);
}

QString Redactor::maskNumber(const QString &digits)
{
    return digits.size() <= 4 ? QString(digits.size(), u'*') : QString(digits.size() - 4, u'*') + digits.right(4);
}

QString Redactor::maskName(const QString &name)
{
    if (name.isEmpty())
        return name;
    const qsizetype first = name.at(0).isHighSurrogate() && name.size() > 1 ? 2 : 1;
    return name.left(first) + QString(qMax<qsizetype>(1, name.size() - first), u'*');
}

Result<Redactor> Redactor::unmarked(CaseFile &cf)
{
    Redactor r;
    r.m_active = true;
    const QSet<qint64> marked = markedEntities(cf);
    sql::Statement st(cf.db(), "SELECT e.id, e.kind, coalesce(e.name, ''), coalesce(i.type, ''), coalesce(i.value, '') FROM entities e "
                               "LEFT JOIN identifiers i ON i.entity_id = e.id WHERE e.kind NOT IN ('cell_site', 'location')");
    while (st.step()) {
        const QString type = st.text(3), value = st.text(4), name = st.text(2);
        if (type == IdType::CellId)
            continue;
        if (marked.contains(st.int64(0))) {
            if (isNumberType(type))
                r.m_allowedDigits.insert(digitsOf(value));
            r.m_allowedText << value << name;
            continue;
        }
        r.protect(type, value, name);
    }
    if (!st.status())
        return st.status();
    for (auto it = r.m_literals.begin(); it != r.m_literals.end();)
        it = r.m_allowedText.contains(it->first) ? r.m_literals.erase(it) : it + 1;
    std::sort(r.m_literals.begin(), r.m_literals.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    r.m_literals.erase(std::unique(r.m_literals.begin(), r.m_literals.end()), r.m_literals.end());
    return r;
}

void Redactor::protect(const QString &type, const QString &value, const QString &name)
{
    if (name.trimmed().size() >= 2)
        m_literals.append({name.trimmed(), maskName(name.trimmed())});
    if (value.isEmpty())
        return;
    if (isNumberType(type)) {
        const QString digits = digitsOf(value);
        if (digits.size() < 5)
            return;
        const bool phone = type == IdType::Phone;
        const int cc = phone && value.startsWith(u'+') ? countryCodeLength(value) : 0;
        m_digits.insert(digits, {phone, cc});
        if (cc > 0) // the national number as statements and call records write it
            m_digits.insert(digits.mid(cc), {true, 0});
        return;
    }
    if (type == IdType::Email) {
        const qsizetype at = value.indexOf(u'@');
        m_literals.append({value, at > 0 ? maskName(value.left(at)) + value.mid(at) : maskName(value)});
    } else if (type != IdType::DeviceLabel && value.size() >= 3) {
        const qsizetype colon = type == IdType::AppAccount ? value.indexOf(u':') : -1; // "wechat:wxid_…": the service stays
        m_literals.append({value, value.left(colon + 1) + maskName(value.mid(colon + 1))});
        if (colon >= 0 && value.size() - colon - 1 >= 3)
            m_literals.append({value.mid(colon + 1), maskName(value.mid(colon + 1))});
    }
}

// One run of digits (with single spaces or hyphens between groups, a leading +): masked as a whole when its
// digits are a protected number, else group by group.
QString Redactor::maskDigitRun(const QString &token) const
{
    const QString digits = digitsOf(token);
    if (!m_allowedDigits.contains(digits)) {
        const auto found = m_digits.constFind(digits);
        if (found != m_digits.constEnd()) {
            const QString masked = found->phone ? maskPhone(digits, found->countryCodeLength) : maskNumber(digits);
            return token.startsWith(u'+') ? u'+' + masked : masked;
        }
    }
    static const QRegularExpression groups(QStringLiteral("[ \\-]"));
    const QStringList parts = token.split(groups);
    if (parts.size() == 1)
        return token;
    QString out = token;
    qsizetype at = 0;
    for (const QString &part : parts) {
        const qsizetype pos = out.indexOf(part, at);
        const QString masked = maskDigitRun(part);
        out.replace(pos, part.size(), masked);
        at = pos + masked.size();
    }
    return out;
}

QString Redactor::apply(const QString &text) const
{
    if (!m_active || text.isEmpty())
        return text;
    QString out = text;
    for (const auto &[value, mask] : m_literals)
        if (out.contains(value))
            out.replace(value, mask);
    static const QRegularExpression run(QStringLiteral("\\+?[0-9]+(?:[ \\-][0-9]+)*"));
    QString result;
    qsizetype last = 0;
    for (auto it = run.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += m.capturedLength() >= 5 ? maskDigitRun(m.captured()) : m.captured();
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace cb::reports
