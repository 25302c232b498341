#pragma once
// Money is integer minor units plus an ISO 4217 code; never floating point.
#include <QString>
#include <optional>

namespace cb::casefile {

// Number of minor-unit digits (CNY 2, JPY 0, KWD 3); 2 for unknown but well-formed codes.
int currencyExponent(QStringView code);
bool isCurrencyCode(QStringView code);
// Maps symbols and local names found in statements (¥, 人民币, RMB, €, руб) to ISO codes; empty if unknown.
QString currencyFromText(QStringView text);
// "1234.50" style text for minor units; never rounds.
QString formatMinor(qint64 minor, QStringView currency);
// "1000", "1000.50" typed by hand, in the currency's minor units, exactly (never through floating
// point); nullopt for anything else, or more decimals than the currency has.
std::optional<qint64> parseMinorUnits(QStringView text, QStringView currency);

} // namespace cb::casefile
