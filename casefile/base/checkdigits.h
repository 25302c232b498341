#pragma once
// The Luhn check digit of card numbers and IMEIs: the parsers read column content with it (an IMEI column
// is one whose values check) and the identifiers normalise with it.
#include <QStringView>

namespace cb::casefile {

bool luhnValid(QStringView digits);
int luhnCheckDigit(QStringView digitsWithoutCheck);

} // namespace cb::casefile
