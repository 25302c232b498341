#pragma once
// The money analyses' view of the case: each account's own statement rows in booking order (rows that
// repeat another statement's, duplicate_of, counted once), the two sides of one transfer paired, and what
// every analysis cites and hashes — each row's UUID, digest, source file and locator.
// Merged identities (an analyst's same_entity merges) are one account here: every row names the group's
// canonical entity, a group's statements are read as one (booking order across them, balances added up),
// and a transfer between two of its members is not a payment in or out (it is read, for the data hash,
// and left out).
#include "casefile.h"
#include "progress.h"
#include "records.h"

#include <QHash>
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cb::casefile::analysis {

// One statement row as the analyses weigh it. Lean, because a pattern over the whole case or a deep
// search holds a million of them: the text a result shows (UUID, description, locator) is read by id
// when it is shown (Ledger::detail).
struct LedgerRow
{
    qint64 id = 0;
    qint64 account = 0, counterparty = 0; // canonical entity ids; 0: none
    QString counterpartyRaw;              // as the statement wrote it, only for a counterparty the case has no entity of
    qint64 amountMinor = 0;               // signed: negative leaves the account
    QString currency;                     // one shared string per currency
    std::optional<qint64> balanceMinor;
    Timestamp time;
    qint64 sourceId = 0;
    bool mentionsCash = false;            // channel or description name cash (Ledger::mentionsCash)
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
    // The merge group's canonical entity (itself when it is in no merge), and the group's other members.
    qint64 canonical(qint64 entity) const { return m_canonical.value(entity, entity); }
    QList<qint64> twinsOf(qint64 canonical) const { return m_twins.value(canonical); }
    // Every account's statement rows, one account at a time without keeping them (a pattern over the whole
    // case): accounts in no merge in id order, then the merge groups by canonical id; fn returns false to
    // stop. The rows count as read.
    Status forEachAccount(const std::function<bool(qint64 account, const std::vector<LedgerRow> &rows)> &fn, const Progress &progress = {});
    // A row an analysis read by other means (a call), for the run's data hash.
    void noteRead(const QByteArray &uuid, const QByteArray &digest);
    QString label(qint64 entity); // the case's normalised identifier ("" for 0)
    // What a result shows of a transaction or call beyond its figures, read by id when it is shown.
    struct Detail
    {
        QByteArray uuid;
        QString currencyOrDirection; // a transaction's currency, a call's direction
        qint64 sourceId = 0;
        QString locator;
        QString description; // transactions
        qint64 account = 0, counterparty = 0; // the record's own parties (not their merge groups' canonical ids)
    };
    Detail detail(bool call, qint64 rowId);
    SourceRef source(qint64 sourceId);
    // Cash leaving the banking system: an ATM or counter withdrawal, recognised from channel and
    // description in the languages the statements come in.
    static bool isCash(const LedgerRow &row) { return row.amountMinor < 0 && row.mentionsCash; }
    // Whether a channel or description names cash (an ATM, a counter, 取现, 现金存入…), in or out.
    static bool mentionsCash(const QString &channel, const QString &description);

    // SHA-256 over the rows read so far (each UUID and digest, sorted by UUID; the same hash as
    // over the UUID-sorted rows' UUIDs and digests), and those rows: each its 16-byte UUID followed by its
    // 16-byte digest, sorted.
    QString dataSha256() const;
    QList<QByteArray> rowsRead() const;
    Status status() const { return m_status; }

private:
    std::vector<LedgerRow> load(qint64 account); // canonical; its group's rows merged, internal transfers out
    LedgerRow read(const sql::Statement &st); // and noted as read

    CaseFile &m_case;
    QHash<qint64, qint64> m_canonical;      // merged entity -> its group's canonical id
    QHash<qint64, QList<qint64>> m_twins;   // canonical -> the group's other members
    QList<qint64> m_groups;                 // the canonical ids of merge groups, ascending
    std::unordered_map<qint64, std::vector<LedgerRow>> m_rows; // node-based: rows handed out stay where they are
    QHash<qint64, QString> m_labels;
    QHash<qint64, SourceRef> m_sources;
    QHash<qint64, bool> m_held;
    std::unique_ptr<sql::Statement> m_detail[2]; // transactions, calls
    QHash<QString, QString> m_currencies;     // one string per currency, shared by the rows
    std::vector<std::array<char, 32>> m_read; // UUID + digest of every row read
    Status m_status;
};

} // namespace cb::casefile::analysis
