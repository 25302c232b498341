#pragma once
// Events between two entities added up into one link per pair, kind and currency, in SQL on the caller's
// connection. Entities are merged identities (canonical ids). One event is counted once:
// - a call in both parties' call records (the caller's "out" row and the callee's "in" or "missed" row,
//   starting within a minute of each other) is counted from the caller's record;
// - a transfer in both accounts' statements (the payer's debit and the payee's credit of the same amount
//   and currency, booked within three days) is counted from the payer's statement; rows that repeat
//   another statement's (duplicate_of) are not counted at all.
#include "chart/chart.h"
#include "identifiers.h"

#include <QHash>
#include <QSet>
#include <unordered_map>

namespace cb::casefile::chart {

struct PairKey
{
    qint64 lo = 0, hi = 0;
    QString kind, currency;
    bool operator==(const PairKey &o) const { return lo == o.lo && hi == o.hi && kind == o.kind && currency == o.currency; }
};
size_t qHash(const PairKey &k, size_t seed = 0);

struct PairAgg
{
    std::array<qint64, 3> count{}, durationS{}, amountMinor{}; // [0] lo to hi, [1] hi to lo, [2] undirected
    QString status;
    qint64 linkId = 0;
};

class Aggregator
{
public:
    Aggregator(CaseFile &cf, const ChartSpec &spec);

    // Adds the links touching these entities (canonical ids; their merged twins are included), once each.
    Status load(const QList<qint64> &entities, const Progress &progress);
    // Every link in the case (a chart of everything).
    Status loadAll(const Progress &progress);

    qint64 canonical(qint64 id) const { return m_canon.value(id, id); }
    QList<qint64> twinsOf(qint64 canonicalId) const { return m_twins.value(canonicalId); }
    const QHash<PairKey, PairAgg> &links() const { return m_links; }
    // Partners passing the weak-link filter, strongest first (events, then amount, then id).
    QList<qint64> partners(qint64 entity) const;
    bool isLoaded(qint64 entity) const { return m_loaded.contains(entity); }
    bool passes(const PairKey &k, const PairAgg &a) const; // not a weak link
    int hiddenWeak() const;

private:
    Status loadCalls(const QString &where, const QByteArray &ids, const Progress &progress);
    Status loadMoney(const QString &where, const QByteArray &ids, const Progress &progress);
    Status loadMessages();
    Status loadStated();
    void add(qint64 from, qint64 to, const QString &kind, const QString &currency, int dir, qint64 n, qint64 dur, qint64 amount);
    QByteArray idsJson(const QList<qint64> &entities);
    qint64 recipientEntity(const QString &raw, const QString &app);

    CaseFile &m_case;
    const ChartSpec &m_spec;
    QHash<qint64, qint64> m_canon;             // merged entity -> canonical
    QHash<qint64, QList<qint64>> m_twins;      // canonical -> the others
    QHash<PairKey, PairAgg> m_links;
    QHash<qint64, QList<PairKey>> m_byEntity;  // canonical -> its links' keys
    QSet<qint64> m_loaded;
    bool m_all = false, m_messagesLoaded = false;
    QString m_time[3];                         // calls, money, messages: the time window's SQL
    Normaliser m_norm;
    QHash<QString, qint64> m_recipients;
};

} // namespace cb::casefile::chart
