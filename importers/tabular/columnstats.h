#pragma once
// What the cells of one column hold, counted over the sample rows: the evidence the mapping of an
// unknown layout reads beside the header words.
#include <QSet>
#include <QStringList>
#include <QStringView>

namespace cb::importers {

struct ColumnStats
{
    int nonEmpty = 0;
    int dateTime = 0, dateOnly = 0, timeOfDay = 0;
    int amount = 0, decimals = 0, signedAmount = 0; // parse as money; with 1-2 decimals; with a sign
    int shortInteger = 0;                            // 1-6 digits (durations, cell ids)
    int phone = 0, account = 0, imei = 0, imsi = 0;  // identifier shapes
    int direction = 0, flag = 0, currency = 0;
    int letters = 0, duration = 0, cellLike = 0;
    int distinct = 0;
    double meanLength = 0;

    void add(QStringView cell);
    void finish(); // after the last add()
    double share(int n) const { return nonEmpty ? double(n) / double(nonEmpty) : 0.0; }

private:
    QSet<QString> m_values;
    qint64 m_length = 0;
};

// The generic marks and words the inferred profile maps (a profile names its own).
QStringList genericCreditFlags();
QStringList genericDebitFlags();
// lower-cased word -> out|in|missed
const QHash<QString, QString> &genericDirections();

} // namespace cb::importers
