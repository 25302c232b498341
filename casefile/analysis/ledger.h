#pragma once
// The money analyses' view of the case: each account's own statement rows in booking order (rows that
// repeat another statement's, duplicate_of, counted once), the two sides of one transfer paired, and what
// every analysis cites and hashes — each row's UUID, digest, source file and locator.
#include "casefile.h"
#include "progress.h"
#include "records.h"

#include <QHash>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cb::casefile::analysis {

struct LedgerRow
{
    qint64 id = 0;
    QByteArray uuid, digest;
    qint64 account = 0, counterparty = 0; // entity ids; 0: none
    QString counterpartyRaw;              // as the statement wrote it (for an account the case has no entity of)
    qint64 amountMinor = 0;               // signed: negative leaves the account
    QString currency;
    std::optional<qint64> balanceMinor;
    Timestamp time;
    QString channel, description, locator;
    qint64 sourceId = 0;
};

struct SourceRef
{
    QString file, sha256;
};

class Ledger
{
public:
    explicit Ledger(CaseFile &cf);

    // An account's statement rows in booking order (time, then statement order); empty when the case
    // holds no statement of it. Every row handed out is remembered as read (for the run's data hash).
    const std::vector<LedgerRow> &rowsOf(qint64 account);
    bool hasStatement(qint64 account);
    // Every account's statement rows, one account at a time in account order, without keeping them (a
    // pattern over the whole case); fn returns false to stop. The rows count as read.
    Status forEachAccount(const std::function<bool(qint64 account, const std::vector<LedgerRow> &rows)> &fn, const Progress &progress = {});
    // A row an analysis read by other means (a call), for the run's data hash.
    void noteRead(const QByteArray &uuid, const QByteArray &digest);
    QString label(qint64 entity); // the case's normalised identifier ("" for 0)
    SourceRef source(qint64 sourceId);
    // Cash leaving the banking system: an ATM or counter withdrawal, recognised from channel and
    // description in the languages the statements come in.
    static bool isCash(const LedgerRow &row);
    // Whether channel or description name cash (an ATM, a counter, 取现, 现金存入…), in or out.
    static bool mentionsCash(const LedgerRow &row);

    // SHA-256 over the rows read so far (each UUID and digest, sorted by UUID; the same hash as
    // over the UUID-sorted rows' UUIDs and digests), and those rows: each its 16-byte UUID followed by its
    // 16-byte digest, sorted.
    QString dataSha256() const;
    QList<QByteArray> rowsRead() const;
    Status status() const { return m_status; }

private:
    CaseFile &m_case;
    std::unordered_map<qint64, std::vector<LedgerRow>> m_rows; // node-based: rows handed out stay where they are
    QHash<qint64, QString> m_labels;
    QHash<qint64, SourceRef> m_sources;
    QHash<qint64, bool> m_held;
    std::vector<QByteArray> m_read; // UUID + digest of every row read
    Status m_status;
};

} // namespace cb::casefile::analysis
