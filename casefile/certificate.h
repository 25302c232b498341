#pragma once
// The import certificate: proof, per file, of what was read, accepted, rejected and why, the period
// covered, control totals per currency and running-balance continuity. Stored as JSON with the source.
#include "records.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace cb::casefile {

class CertificateBuilder
{
public:
    static constexpr int MaxListed = 500; // diagnostics/breaks listed in full; the rest are counted
    // Breaks held for listing across all accounts, in both candidate orders (only one order's are listed
    // in the end): a statement of a thousand accounts must not hold half a million of them. All are counted.
    static constexpr int MaxBreaksHeld = 20000;

    void rowsRead(qint64 n) { m_rowsRead += n; }
    void rejected(const QString &locator, const Message &reason);
    void skipped(const QString &locator, const Message &reason);
    void diagnostic(const Diagnostic &d);
    void statedFact(const QString &key, const QString &value) { m_stated.insert(key, value); }
    void statementBalance(const StatementBalance &b) { m_statements.append(b); }
    const QList<StatementBalance> &statements() const { return m_statements; }

    void acceptedTransaction(const QString &accountKey, const TransactionRecord &t);
    void acceptedCall(const CallRecord &c);
    void acceptedOther(const QString &kind) { ++m_accepted[kind]; }
    void acceptedAt(const QString &kind, const Timestamp &t)
    {
        ++m_accepted[kind];
        observeTime(t);
    }
    // A database's -wal/-shm/-journal preserved with it, and the seized device the source came from.
    void companion(const QJsonObject &c) { m_companions.append(c); }
    void device(const QJsonObject &d) { m_device = d; }
    // A layout no profile knew: how its columns were mapped, with the confidence and a profile to save.
    void mapping(const QJsonObject &m) { m_mapping = m; }
    void accountSeen(qint64 entityId) { m_accounts.insert(entityId); }
    // Rows of this file that another source already holds (same account, day, amount, currency, balance):
    // linked to the earlier rows as duplicates and counted once in the case.
    void overlap(qint64 sourceId, const QString &file, qint64 rows, qint64 fromUtcMs, qint64 toUtcMs)
    {
        m_overlaps.append({sourceId, file, rows, fromUtcMs, toUtcMs});
    }
    // A week or more between this file's rows of an account and the nearest rows other sources hold.
    void gap(const QString &account, const QString &currency, qint64 fromUtcMs, qint64 toUtcMs)
    {
        m_gaps.append({account, currency, fromUtcMs, toUtcMs});
    }

    // A stated balance history checked against the case's movements (balancehistory.cpp), and each change
    // the movements do not explain (listed with the balance breaks).
    void balanceHistory(const QJsonObject &summary) { m_balanceHistory.append(summary); }
    void historyBreak(const QJsonObject &b)
    {
        if (m_historyBreaks.size() < MaxListed)
            m_historyBreaks.append(b);
    }

    qint64 rowsAccepted() const;
    qint64 accepted(const QString &kind) const;
    qint64 rowsRejected() const { return m_rowsRejected; }
    qint64 rowsReadCount() const { return m_rowsRead; }
    QJsonObject toJson() const;
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }

private:
    struct Break
    {
        QString locator;
        qint64 expected = 0, found = 0;
    };
    struct Chain
    {
        QString account, currency;
        bool have = false;
        qint64 prevBalance = 0, prevAmount = 0;
        QString prevLocator;
        qint64 rows = 0, ascCount = 0, descCount = 0;
        QList<Break> asc, desc;
        qint64 first = 0, last = 0; // balance of first/last row in file order
        qint64 firstAmount = 0, lastAmount = 0;
    };
    struct Totals
    {
        qint64 count = 0, credit = 0, debit = 0;
    };
    void observeTime(const Timestamp &t);

    qint64 m_rowsRead = 0, m_rowsRejected = 0, m_rowsSkipped = 0, m_diagTotal = 0;
    QMap<QString, qint64> m_rejectReasons, m_skipReasons, m_warnReasons;
    qint64 m_warnings = 0;
    int m_breaksHeld = 0;
    QList<Diagnostic> m_diagnostics;
    QMap<QString, qint64> m_accepted; // per kind
    QSet<qint64> m_accounts;
    QMap<QString, Totals> m_totals;
    QMap<QString, Chain> m_chains; // key: account + currency
    QString m_lastAccount, m_lastCurrency;
    Chain *m_lastChain = nullptr;   // QMap nodes stay put: consecutive rows of one account skip the lookup
    qint64 m_calls = 0, m_transactions = 0;
    QMap<QString, QString> m_stated;
    QList<StatementBalance> m_statements;
    struct Gap
    {
        QString account, currency;
        qint64 from = 0, to = 0;
    };
    QList<Gap> m_gaps;
    struct Overlap
    {
        qint64 sourceId = 0;
        QString file;
        qint64 rows = 0, from = 0, to = 0;
    };
    QList<Overlap> m_overlaps;
    QList<QJsonObject> m_companions;
    QList<QJsonObject> m_balanceHistory, m_historyBreaks;
    QJsonObject m_device;
    QJsonObject m_mapping;
    bool m_havePeriod = false;
    Timestamp m_from, m_to;
};

} // namespace cb::casefile
