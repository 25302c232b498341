#pragma once
// The statement model the camt reader fills while it streams through the XML, and the rules that turn
// it into transactions: one per booked entry, or one per transaction detail of a batched entry whose
// details add up to it. Amounts are held at ISO 20022's full precision (five decimals) so that nothing
// is rounded before the balance check.
#include "records.h"
#include "common/recordbatcher.h"
#include "timeutil.h"

#include <QMap>
#include <optional>
#include <vector>

namespace cb::importers::camt {

constexpr int kScale = 5; // ActiveOrHistoricCurrencyAndAmount: at most five fraction digits

// "1234.56789" → 123456789 at kScale; nullopt for anything that is not a plain non-negative decimal.
std::optional<qint64> parseScaled(QStringView text);
// Rounds a kScale amount to the currency's minor units, half to even.
qint64 toMinor(qint64 scaled, int exponent);
// Exact decimal text of a kScale amount, with at least `exponent` decimals ("-12.345").
QString scaledText(qint64 scaled, int exponent);
// ISODate or ISODateTime, with or without an offset ("2017-04-01+02:00", "2015-03-10T18:43:50.941Z").
std::optional<casefile::Timestamp> parseTime(QStringView text, casefile::LocalZone &zone, bool *dateOnly = nullptr);

struct Amount
{
    std::optional<qint64> scaled; // unsigned, as written
    QString currency;
    QString raw;
};

struct Party
{
    QString name, account;
};

struct TxDetail
{
    qint64 line = 0;
    Amount amount;
    QString creditDebit; // CRDT / DBIT when the detail states it
    QString endToEnd, txId, instrId, servicerRef;
    Party debtor, creditor;
    QStringList remittance;
    QString creditorRef, additional;
};

struct Entry
{
    qint64 line = 0;
    QString path; // Stmt[2]/Ntry[5]
    Amount amount;
    QString creditDebit;
    bool reversal = false;
    QString status; // BOOK, PDNG, INFO
    QString bookingDate, valueDate;
    QString entryRef, servicerRef;
    QString domain, family, subFamily, proprietaryCode;
    QString additional;
    std::optional<qint64> batchCount;
    std::vector<TxDetail> details;
    bool detailsTruncated = false;
};

struct Balance
{
    qint64 line = 0;
    QString code;
    Amount amount;
    QString creditDebit;
    QString date;
};

struct Statement
{
    qint64 line = 0;
    QString kind; // Stmt, Rpt, Ntfctn
    int index = 0;
    QString id, sequence, copyDuplicate, from, to;
    QString account, accountCurrency, accountName, ownerName, servicerBic;
    std::vector<Balance> balances;
    std::optional<qint64> statedEntries, statedCreditCount, statedDebitCount;
    std::optional<qint64> statedCreditSum, statedDebitSum; // kScale
    // Movements of booked entries, per currency, at kScale.
    QMap<QString, qint64> movements;
    QMap<QString, qint64> movementCount;
    qint64 entries = 0, creditCount = 0, debitCount = 0;
    qint64 creditSum = 0, debitSum = 0; // kScale, all currencies together (as TxsSummry states them)
};

// Emits the transactions of entries and the checks of statements to a sink.
class Emitter
{
public:
    Emitter(const QString &owner, const QString &defaultCurrency, casefile::LocalZone &zone, casefile::RecordSink &sink);
    void entry(Statement &st, const Entry &e);
    void finishStatement(const Statement &st);
    void flush();

private:
    QString locator(qint64 line, const QString &path) const;
    void emitOne(casefile::TransactionRecord t);
    void checkBalances(const Statement &st, const QString &ref, const QString &ccy);
    void checkSummary(const Statement &st, const QString &ref, const QString &ccy);

    QString m_owner, m_currency;
    casefile::LocalZone &m_zone;
    casefile::RecordSink &m_sink;
    RecordBatcher m_batch{m_sink};
};

} // namespace cb::importers::camt
