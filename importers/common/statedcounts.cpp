#include "common/statedcounts.h"

#include "common/importer.h"
#include "money.h"
#include "common/values.h"

#include <QRegularExpression>

namespace cb::importers {

using namespace cb::casefile;

StatedCounts findStatedCounts(const QStringList &lines)
{
    static const QRegularExpression total(QStringLiteral("共\\s*[:：]?\\s*(\\d+)\\s*笔"));
    static const QRegularExpression income(QStringLiteral("收入\\s*[:：]\\s*(\\d+)\\s*笔\\s*([\\d,]+(?:\\.\\d+)?)\\s*元"));
    static const QRegularExpression expense(QStringLiteral("支出\\s*[:：]\\s*(\\d+)\\s*笔\\s*([\\d,]+(?:\\.\\d+)?)\\s*元"));
    StatedCounts s;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        if (auto m = total.match(l); m.hasMatch() && !s.records) {
            s.records = m.captured(1).toLongLong();
            s.locator = lineLocator(i + 1);
        }
        if (auto m = income.match(l); m.hasMatch() && !s.incomes)
            s.incomes = m.captured(1).toLongLong(), s.incomeSum = m.captured(2);
        if (auto m = expense.match(l); m.hasMatch() && !s.expenses)
            s.expenses = m.captured(1).toLongLong(), s.expenseSum = m.captured(2);
        if (s.locator.isEmpty() && (s.incomes || s.expenses))
            s.locator = lineLocator(i + 1);
    }
    return s;
}

void compareStatedCounts(const StatedCounts &s, qint64 dataRows, const SummingSink &sums, RecordSink &sink)
{
    if (!s.any())
        return;
    if (s.records) {
        sink.statedFact(QStringLiteral("stated_records"), QString::number(*s.records));
        if (*s.records != dataRows)
            sink.diagnostic({Severity::Warning, s.locator,
                             msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file states %1 records; %2 were read"),
                                 {QString::number(*s.records), QString::number(dataRows)})});
    }
    // The counts and sums stated in 元 are compared with the CNY movements imported.
    const QString cny = QStringLiteral("CNY");
    const struct
    {
        std::optional<qint64> count;
        QString sum;
        const char *key;
        qint64 gotCount, gotSum;
    } sides[] = {{s.incomes, s.incomeSum, "stated_incomes", sums.credits.value(cny), sums.creditSum.value(cny)},
                 {s.expenses, s.expenseSum, "stated_expenses", sums.debits.value(cny), sums.debitSum.value(cny)}};
    for (const auto &side : sides) {
        if (!side.count)
            continue;
        sink.statedFact(QLatin1String(side.key), QString::number(*side.count) + u' ' + side.sum);
        qint64 stated = 0;
        const bool readable = parseAmount(side.sum, 2, u'.', stated) == AmountError::None;
        if (*side.count != side.gotCount || (readable && stated != side.gotSum))
            sink.diagnostic({Severity::Warning, s.locator,
                             msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report states %1 entries totalling %2; %3 entries totalling %4 were read"),
                                 {QString::number(*side.count), side.sum, QString::number(side.gotCount), formatMinor(side.gotSum, cny)})});
    }
}

} // namespace cb::importers
