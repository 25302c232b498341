#pragma once
// What a statement's preamble says about its own contents — "共43笔记录", "收入：1笔 0.35元",
// "支出：63笔 16.54元" — compared with what was read and imported, so that a truncated or edited export
// shows in the certificate.
#include "common/summingsink.h"

#include <QStringList>
#include <optional>

namespace cb::importers {

struct StatedCounts
{
    QString locator; // where the statement says it
    std::optional<qint64> records;
    std::optional<qint64> incomes, expenses;
    QString incomeSum, expenseSum; // as written ("0.35")
    bool any() const { return records || incomes || expenses; }
};

StatedCounts findStatedCounts(const QStringList &preambleLines);
void compareStatedCounts(const StatedCounts &stated, qint64 dataRows, const SummingSink &sums, casefile::RecordSink &sink);

} // namespace cb::importers
