#pragma once
// Dense numbers for the raw text of one kind of identifier column (phone numbers, IMEIs, cell ids,
// accounts), handed out in first-seen order. The parsing thread numbers each batch's values, so that on
// the writing thread, which is the import's bottleneck, finding a row's entity is an array read instead
// of hashing and comparing the text a second time.
#include "identifiers.h"
#include "records.h"

#include <QHash>
#include <QStringView>
#include <QString>
#include <utility>
#include <vector>

namespace cb::casefile {

class RawKeys
{
public:
    static constexpr qint32 None = -1;   // not numbered: the text is empty, or the cap was reached
    // Distinct values numbered per file; beyond that, text lookups through bounded caches and the case:
    // the numbers keep a copy of every value, so a file of millions of distinct identifiers must not.
    static constexpr qint32 Cap = 131072;

    // The value a column had on its previous row: rows repeat a subscriber, IMEI or cell, and a repeat
    // (usually the very same shared string) is answered without hashing. One per column, since two
    // columns numbered together (subscriber and other party) would otherwise displace each other's.
    struct Last
    {
        QString raw;
        qint32 key = None;
    };

    // isNew (optional) is set when this call handed out the number.
    qint32 key(const QString &raw, bool *isNew = nullptr, Last *last = nullptr)
    {
        if (isNew)
            *isNew = false;
        if (raw.isEmpty())
            return None;
        if (last && last->key != None && raw == last->raw)
            return last->key;
        const qint32 k = find(raw, isNew);
        if (last && k != None) {
            last->raw = raw;
            last->key = k;
        }
        return k;
    }

private:
    // Open addressing over (hash, number) pairs: a probe compares the stored hashes and looks at text only
    // when they agree, so a lookup in a table of a million numbers costs one or two cache misses, not a
    // string comparison for every occupied slot it passes.
    struct Slot
    {
        quint64 hash = 0;
        qint32 key = None;
    };

    qint32 find(const QString &raw, bool *isNew)
    {
        const quint64 h = quint64(qHash(QStringView(raw), 0)) | 1; // never 0: 0 marks an empty slot
        if (m_raw.size() * 2 >= m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.hash == 0) {
                if (m_raw.size() >= size_t(Cap))
                    return None;
                slot = {h, qint32(m_raw.size())};
                m_raw.push_back(raw);
                if (isNew)
                    *isNew = true;
                return slot.key;
            }
            if (slot.hash == h && m_raw[size_t(slot.key)] == raw)
                return slot.key;
        }
    }

    void grow()
    {
        std::vector<Slot> old(qMax<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.hash == 0)
                continue;
            size_t i = size_t(s.hash) & mask;
            while (m_slots[i].hash != 0)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<QString> m_raw; // by number
};

// Identifiers normalised on the parsing thread, for the numbers a batch used first: the writing thread
// then normalises nothing it was given. Phone numbers and accounts (the columns with many distinct values).
struct FreshIdentifiers
{
    std::vector<std::pair<qint32, Identifier>> phones, accounts;
};

// RawKeys numbers of one call's columns: subscriber and other party share the phone numbering.
struct CallKeys
{
    qint32 subscriber = RawKeys::None, other = RawKeys::None, imei = RawKeys::None, cell = RawKeys::None;
};

// RawKeys numbers of one transaction's own and counterparty accounts (one numbering).
struct TransactionKeys
{
    qint32 account = RawKeys::None, counterparty = RawKeys::None;
};

// A sink that also takes calls and transactions with the RawKeys numbers of their identifier columns
// (one per record), from a queue that numbered them on the parsing thread; fresh holds the identifiers of
// numbers first used in the batch, normalised there too. Only the import pipeline and the committer meet
// here: parsers see the plain RecordSink.
class KeyedRecordSink : public RecordSink
{
public:
    virtual void addKeyedTransactions(std::span<const TransactionRecord> batch, std::span<const TransactionKeys> keys,
                                      const FreshIdentifiers &fresh) = 0;
    virtual void addKeyedCalls(std::span<const CallRecord> batch, std::span<const CallKeys> keys, const FreshIdentifiers &fresh) = 0;
};

} // namespace cb::casefile
