#pragma once
// Dense numbers for the raw text of one kind of identifier column (phone numbers, IMEIs, cell ids,
// accounts), handed out in first-seen order. The parsing thread numbers each batch's values, so that on
// the writing thread, which is the import's bottleneck, finding a row's entity is an array read instead
// of hashing and comparing the text a second time.
#include "identifiers.h"

#include <QHash>
#include <QString>
#include <utility>
#include <vector>

namespace cb::casefile {

class RawKeys
{
public:
    static constexpr qint32 None = -1;   // not numbered: the text is empty, or the cap was reached
    static constexpr qint32 Cap = 2000000; // distinct values numbered per file; beyond that, text lookups

    // isNew (optional) is set when this call handed out the number.
    qint32 key(const QString &raw, bool *isNew = nullptr)
    {
        if (isNew)
            *isNew = false;
        if (raw.isEmpty())
            return None;
        if (m_last != None && raw == m_lastRaw)
            return m_last;
        auto it = m_keys.constFind(raw);
        if (it == m_keys.constEnd()) {
            if (m_keys.size() >= Cap)
                return None;
            it = m_keys.insert(raw, qint32(m_keys.size()));
            if (isNew)
                *isNew = true;
        }
        m_lastRaw = raw;
        m_last = *it;
        return m_last;
    }

private:
    QHash<QString, qint32> m_keys;
    QString m_lastRaw;
    qint32 m_last = None;
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

} // namespace cb::casefile
