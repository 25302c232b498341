#include "checkdigits.h"

#include <algorithm>

namespace cb::casefile {

bool luhnValid(QStringView digits)
{
    // Valid when the last digit is the check digit of the ones before it.
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    return luhnCheckDigit(digits.chopped(1)) == digits.back().unicode() - '0';
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
