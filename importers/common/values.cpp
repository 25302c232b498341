#include "common/values.h"

#include <QDateTime>

namespace cb::importers {

using casefile::Timestamp;

QStringView cleanCell(QStringView s)
{
    auto junk = [](QChar c) {
        return c.isSpace() || c == u'\t' || c == QChar(0x00A0) || c == QChar(0x3000) || c == QChar(0xFEFF);
    };
    qsizetype b = 0, e = s.size();
    while (b < e && junk(s[b]))
        ++b;
    while (e > b && junk(s[e - 1]))
        --e;
    s = s.mid(b, e - b);
    // Spreadsheet text guards: ="0123" and '0123. Compared by hand: this runs on every cell of an import.
    if (s.size() >= 2 && s[0] == u'=' && s[1] == u'"' && s[s.size() - 1] == u'"')
        s = s.mid(2, s.size() - 3);
    else if (!s.isEmpty() && (s[0] == u'\'' || s[0] == u'`'))
        s = s.mid(1);
    return s;
}

namespace {
struct Groups
{
    int value[8] = {};
    int digits[8] = {};
    int count = 0;
};
} // namespace

std::optional<ParsedTime> parseDateTime(QStringView text, DateOrder order)
{
    QStringView s = cleanCell(text);
    if (s.isEmpty() || s.size() > 64)
        return std::nullopt;
    ParsedTime r;
    // A compact date followed by a time ("20250101 18:53:19"): a date column joined with a time column.
    if (s.size() > 9 && (s[8] == u' ' || s[8] == u'T')) {
        bool compact = true;
        for (qsizetype k = 0; k < 8; ++k)
            compact = compact && s[k].isDigit();
        if (compact) {
            const QString iso = s.left(4).toString() + u'-' + s.mid(4, 2).toString() + u'-' + s.mid(6, 2).toString() + u' ' + s.mid(9).trimmed().toString();
            return parseDateTime(iso, order);
        }
    }
    // Pure digit forms.
    bool allDigits = true;
    for (QChar c : s)
        allDigits = allDigits && c.isDigit();
    if (allDigits) {
        const qsizetype n = s.size();
        if (n == 10 || n == 13) {
            bool ok = false;
            const qint64 v = s.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            r.localMs = n == 10 ? v * 1000 : v;
            r.hasOffset = true;
            r.hasTime = true;
            return r;
        }
        if (n != 8 && n != 12 && n != 14)
            return std::nullopt;
        auto num = [&](int from, int len) { return s.mid(from, len).toInt(); };
        const int y = num(0, 4), mo = num(4, 2), d = num(6, 2);
        const int hh = n >= 12 ? num(8, 2) : 0, mi = n >= 12 ? num(10, 2) : 0, ss = n == 14 ? num(12, 2) : 0;
        if (!casefile::isValidCivil(y, mo, d, hh, mi, ss))
            return std::nullopt;
        r.localMs = ((casefile::daysFromCivil(y, mo, d) * 24 + hh) * 60 + mi) * 60000LL + ss * 1000LL;
        r.hasTime = n >= 12;
        return r;
    }
    Groups g;
    int millis = 0;
    bool pm = false, am = false;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (c.isDigit()) {
            int v = 0, k = 0;
            while (i < n && s[i].isDigit() && k < 9) {
                v = v * 10 + (s[i].unicode() - '0');
                ++i, ++k;
            }
            if (g.count >= 6 && g.count < 8) { // after seconds: fraction
                return std::nullopt;
            }
            if (g.count == 8)
                return std::nullopt;
            g.value[g.count] = v;
            g.digits[g.count] = k;
            ++g.count;
            if (i < n && s[i] == u'.' && g.count == 6 && i + 1 < n && s[i + 1].isDigit()) {
                ++i;
                int f = 0, fd = 0;
                while (i < n && s[i].isDigit()) {
                    if (fd < 3)
                        f = f * 10 + (s[i].unicode() - '0'), ++fd;
                    ++i;
                }
                while (fd < 3)
                    f *= 10, ++fd;
                millis = f;
            }
            continue;
        }
        if ((c == u'+' || c == u'-') && g.count >= 5) { // offset after a time
            const int sign = c == u'+' ? 1 : -1;
            ++i;
            int h = 0, m = 0, k = 0;
            while (i < n && s[i].isDigit() && k < 2)
                h = h * 10 + (s[i++].unicode() - '0'), ++k;
            if (i < n && s[i] == u':')
                ++i;
            k = 0;
            while (i < n && s[i].isDigit() && k < 2)
                m = m * 10 + (s[i++].unicode() - '0'), ++k;
            if (h > 14 || m > 59)
                return std::nullopt;
            r.hasOffset = true;
            r.offsetS = sign * (h * 3600 + m * 60);
            continue;
        }
        if ((c == u'Z' || c == u'z') && g.count >= 5) {
            r.hasOffset = true;
            ++i;
            continue;
        }
        if (c.isLetter() && c.unicode() < 128) {
            QStringView word;
            qsizetype j = i;
            while (j < n && s[j].isLetter() && s[j].unicode() < 128)
                ++j;
            word = s.mid(i, j - i);
            if (word.size() == 1 && (word[0] == u'T' || word[0] == u't')) // ISO 8601's separator: most rows
                ;
            else if (word.compare(u"PM", Qt::CaseInsensitive) == 0)
                pm = true;
            else if (word.compare(u"AM", Qt::CaseInsensitive) == 0)
                am = true;
            else if (word.compare(u"UTC", Qt::CaseInsensitive) == 0 || word.compare(u"GMT", Qt::CaseInsensitive) == 0)
                r.hasOffset = true;
            else
                return std::nullopt;
            i = j;
            continue;
        }
        if (c == u'上' && i + 1 < n && s[i + 1] == u'午')
            am = true;
        if (c == u'下' && i + 1 < n && s[i + 1] == u'午')
            pm = true;
        ++i; // separators: - / . : space 年 月 日 时 分 秒 T ,
    }
    if (g.count < 3 || g.count == 4)
        return std::nullopt;
    int y, mo, d;
    if (g.digits[0] == 4) {
        y = g.value[0], mo = g.value[1], d = g.value[2];
    } else if (g.digits[2] == 4 || g.digits[2] == 2) {
        y = g.value[2] + (g.digits[2] == 2 ? (g.value[2] < 70 ? 2000 : 1900) : 0);
        DateOrder o = order;
        if (o == DateOrder::Auto || o == DateOrder::YMD)
            o = g.value[0] > 12 ? DateOrder::DMY : g.value[1] > 12 ? DateOrder::MDY : DateOrder::DMY;
        if (o == DateOrder::MDY)
            mo = g.value[0], d = g.value[1];
        else
            d = g.value[0], mo = g.value[1];
    } else {
        return std::nullopt;
    }
    int hh = g.count >= 5 ? g.value[3] : 0, mi = g.count >= 5 ? g.value[4] : 0, ss = g.count >= 6 ? g.value[5] : 0;
    if (pm && hh < 12)
        hh += 12;
    if (am && hh == 12)
        hh = 0;
    if (!casefile::isValidCivil(y, mo, d, hh, mi, ss))
        return std::nullopt;
    r.hasTime = g.count >= 5;
    r.localMs = ((casefile::daysFromCivil(y, mo, d) * 24 + hh) * 60 + mi) * 60000LL + ss * 1000LL + millis;
    return r;
}

DateOrder inferDateOrder(const QStringList &samples)
{
    for (const QString &s : samples) {
        int a = -1, b = -1, k = 0, v = 0;
        bool inNum = false;
        for (QChar c : s) {
            if (c.isDigit()) {
                if (v < 100000) // a compact 20240301080000 is "year first" long before it could overflow
                    v = v * 10 + (c.unicode() - '0');
                inNum = true;
            } else if (inNum) {
                (k == 0 ? a : b) = v;
                v = 0, inNum = false;
                if (++k == 2)
                    break;
            }
        }
        if (a > 31 || a < 0)
            continue; // year first
        if (a > 12)
            return DateOrder::DMY;
        if (b > 12)
            return DateOrder::MDY;
    }
    return DateOrder::Auto;
}

Timestamp resolveTime(const ParsedTime &p, casefile::LocalZone &zone)
{
    if (p.hasOffset)
        return {p.localMs - qint64(p.offsetS) * 1000, p.offsetS};
    return zone.fromLocal(p.localMs);
}

AmountError parseAmount(QStringView text, int exponent, QChar decimal, qint64 &minor)
{
    QStringView s = cleanCell(text);
    bool negative = false;
    // Strip wrapping parentheses, signs and currency decorations.
    QString digits;
    digits.reserve(s.size());
    int signs = 0;
    bool wordAfterDigits = false; // "1e5", "12abc34": words may decorate a number, not split it
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && wordAfterDigits)
            return AmountError::NotANumber;
        if (c.isDigit() || c == u'.' || c == u',' || c == u'\'' || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F))
            digits.append(c);
        else if (c == u'-' || c == QChar(0x2212) || c == u'(') {
            negative = !negative;
            ++signs;
        } else if (c == u'+' || c == u')') {
            continue;
        } else if (std::any_of(digits.begin(), digits.end(), [](QChar d) { return d.isDigit(); })) {
            wordAfterDigits = true;
        }
    }
    while (!digits.isEmpty() && !digits.back().isDigit() && digits.back() != u'.' && digits.back() != u',')
        digits.chop(1);
    while (!digits.isEmpty() && !digits.front().isDigit() && digits.front() != u'.' && digits.front() != u',')
        digits.remove(0, 1);
    if (digits.isEmpty())
        return signs ? AmountError::Empty : (s.isEmpty() ? AmountError::Empty : AmountError::NotANumber);
    if (signs > 2 || !std::any_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return AmountError::NotANumber;
    if (decimal.isNull()) {
        const qsizetype lastDot = digits.lastIndexOf(u'.'), lastComma = digits.lastIndexOf(u',');
        if (lastDot >= 0 && lastComma >= 0)
            decimal = lastDot > lastComma ? QChar(u'.') : QChar(u',');
        else if (lastComma >= 0 && digits.count(u',') == 1 && digits.size() - lastComma - 1 != 3)
            decimal = u',';
        else
            decimal = u'.';
    }
    // Grouping separators must group: "1,234,567", "12 345", Indian "1,00,000"; not "1.2.3" or "5,,00".
    {
        const qsizetype point = digits.indexOf(decimal);
        const QStringView whole = QStringView(digits).left(point < 0 ? digits.size() : point);
        qsizetype first = -1, run = 0;
        bool middleOk = true;
        for (QChar c : whole) {
            if (c.isDigit()) {
                ++run;
                continue;
            }
            if (first < 0)
                first = run;
            else if (run != 2 && run != 3)
                middleOk = false;
            run = 0;
        }
        if (first >= 0 && (first < 1 || first > 3 || run != 3 || !middleOk))
            return AmountError::NotANumber;
    }
    quint64 intPart = 0;
    QString frac;
    bool inFrac = false;
    for (QChar c : digits) {
        if (c == decimal) {
            if (inFrac)
                return AmountError::NotANumber;
            inFrac = true;
        } else if (c.isDigit()) {
            if (inFrac) {
                frac.append(c);
            } else {
                if (intPart > 90000000000000000ULL)
                    return AmountError::Overflow;
                intPart = intPart * 10 + quint64(c.unicode() - '0');
            }
        } else if (inFrac) {
            return AmountError::NotANumber; // a grouping separator after the decimal point
        }
    }
    while (frac.size() > exponent && frac.endsWith(u'0'))
        frac.chop(1);
    if (frac.size() > exponent)
        return AmountError::TooManyDecimals;
    while (frac.size() < exponent)
        frac.append(u'0');
    quint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    if (intPart > quint64(std::numeric_limits<qint64>::max()) / scale - 1)
        return AmountError::Overflow;
    const quint64 v = intPart * scale + (frac.isEmpty() ? 0 : frac.toULongLong());
    minor = negative ? -qint64(v) : qint64(v);
    return AmountError::None;
}

QChar inferDecimal(const QStringList &samples)
{
    int comma = 0, dot = 0;
    for (const QString &raw : samples) {
        const QStringView s = cleanCell(raw);
        const qsizetype c = s.lastIndexOf(u','), d = s.lastIndexOf(u'.');
        if (c >= 0 && d >= 0)
            (c > d ? comma : dot)++;
        else if (c >= 0 && s.size() - c - 1 != 3)
            ++comma;
        else if (d >= 0 && s.size() - d - 1 != 3)
            ++dot;
    }
    if (comma > 0 && dot == 0)
        return u',';
    if (dot > 0 && comma == 0)
        return u'.';
    return {};
}

std::optional<qint64> parseDuration(QStringView text)
{
    const QStringView s = cleanCell(text);
    if (s.isEmpty())
        return std::nullopt;
    qint64 total = 0, cur = 0;
    int parts[3] = {};
    int nParts = 0;
    bool digits = false, units = false;
    for (QChar c : s) {
        if (c.isDigit()) {
            cur = cur * 10 + (c.unicode() - '0');
            digits = true;
            if (cur > 100000000)
                return std::nullopt;
        } else if (c == u':') {
            if (nParts >= 2)
                return std::nullopt;
            parts[nParts++] = int(cur);
            cur = 0;
        } else if (c == u'时' || c == u'h' || c == u'H' || c == u'小') {
            total += cur * 3600, cur = 0, units = true;
        } else if (c == u'分' || c == u'm' || c == u'M') {
            total += cur * 60, cur = 0, units = true;
        } else if (c == u'秒' || c == u's' || c == u'S') {
            total += cur, cur = 0, units = true;
        } else if (c == u'.') {
            break; // fractional seconds are dropped
        } else if (c != u' ' && c != u'钟' && c != u'e' && c != u'c') {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    if (nParts > 0) {
        qint64 v = 0;
        for (int i = 0; i < nParts; ++i)
            v = v * 60 + parts[i];
        return v * 60 + cur;
    }
    return units ? total + cur : cur;
}

std::optional<qint64> periodBound(QStringView text, DateOrder order, casefile::LocalZone &zone, bool end)
{
    std::optional<ParsedTime> p = parseDateTime(text.trimmed(), order);
    if (!p)
        return std::nullopt;
    if (end && !p->hasTime)
        p->localMs += 86400000 - 1;
    return resolveTime(*p, zone).utcMs;
}

bool parseIsoTimestamp(const QString &iso, const QTimeZone &zone, casefile::Timestamp &out)
{
    QDateTime t = QDateTime::fromString(iso.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime) // no offset written: the source's time zone
        t = QDateTime(t.date(), t.time(), zone);
    out = {t.toMSecsSinceEpoch(), t.offsetFromUtc()};
    return true;
}

} // namespace cb::importers
