#include "checkdigits.h"

namespace cb::casefile {

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (!c.isDigit())
            return false;
        int v = c.unicode() - '0';
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

int luhnCheckDigit(QStringView body)
{
    int sum = 0;
    bool dbl = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        int v = body[i].unicode() - '0';
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
}

} // namespace cb::casefile
