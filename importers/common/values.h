#pragma once
// Value parsers for the messy text of statements and call records. Fast paths (no QDateTime, no regex)
// because they run once per cell on million-row files.
#include "records.h"
#include "timeutil.h"

#include <QStringView>
#include <optional>

namespace cb::importers {

enum class DateOrder { Auto, YMD, DMY, MDY };

struct ParsedTime
{
    qint64 localMs = 0;   // wall-clock as if UTC
    bool hasOffset = false;
    qint32 offsetS = 0;
    bool hasTime = false;
};

// Parses ISO 8601 and the common statement styles: 2024-03-01 14:22:05, 2024/3/1 14:22, 01.03.2024,
// 03/01/2024 (by order), 20240301142205, 2024年3月1日 14时22分05秒, epoch seconds/milliseconds,
// with optional fractional seconds, Z / ±hh:mm offsets and AM/PM.
std::optional<ParsedTime> parseDateTime(QStringView text, DateOrder order);
// Which order the sample values require (a first field above 12 means day first, etc.); Auto if undecided.
DateOrder inferDateOrder(const QStringList &samples);
casefile::Timestamp resolveTime(const ParsedTime &p, casefile::LocalZone &zone);
// A bound of the period a statement states ("2019-07-07", "01/04/2020", a date-time): UTC ms of its start,
// or with end, of the last millisecond of a date written without a time.
std::optional<qint64> periodBound(QStringView text, DateOrder order, casefile::LocalZone &zone, bool end);

enum class AmountError { None, Empty, NotANumber, TooManyDecimals, Overflow };
// Parses "1,234.56", "-1.234,56", "(412.16)", "¥28.16", "1 234,56", "12.00-", "+3". decimal: '.', ',' or
// QChar() to decide from the text. exponent: the currency's minor-unit digits.
AmountError parseAmount(QStringView text, int exponent, QChar decimal, qint64 &minor);
// Decimal comma if the samples look like "1234,56" and never like "1,234.56".
QChar inferDecimal(const QStringList &samples);

// ISO 8601 date-time with optional fraction and offset (xsd:dateTime, UFED TimeStamp); a time without an
// offset is local to `zone`. The offset written is kept.
bool parseIsoTimestamp(const QString &iso, const QTimeZone &zone, casefile::Timestamp &out);

// "80", "00:01:20", "1:20", "1分20秒", "80秒", "1h2m3s"
std::optional<qint64> parseDuration(QStringView text);

// Cleans a cell: trims spaces, TABs, NBSP, a leading '=' or apostrophe used to force text in Excel.
QStringView cleanCell(QStringView cell);

} // namespace cb::importers
