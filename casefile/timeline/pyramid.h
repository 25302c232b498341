#pragma once
// The timeline's pyramid: how many events of each kind fall in each time bucket, at nine bucket widths
// from a minute to about ten years, so that a view of any period draws from a few thousand counts instead
// of the events themselves (a million-event case zooms as smoothly as the demo). The committer adds an
// import's events in memory as it writes them and merges the counts at commit, in the same transaction.
//
// Buckets are UTC, aligned to multiples of their width from the epoch. Every width divides the next, and
// the 15-minute width divides every zone offset in use, so an hour-by-weekday heatmap in any zone is exact.
// Lane 0 holds every event of a kind at every level; each owner entity (the statement's account, the
// call's subscriber, the message's sender, the located entity, the balance's account) has its own lane
// from the day level up. Finer counts for one entity come from its (party, time) indexes.
#include "result.h"
#include "sqlite.h"

#include <QHash>
#include <array>

namespace cb::casefile::timeline {

// The kinds a timeline shows. The first five are counted in the pyramid; analyst events and lead
// milestones are few and read directly.
enum class EventKind { Transactions, Calls, Messages, Locations, Balances, AnalystEvents, LeadMilestones };
inline constexpr int EventKindCount = 7;
inline constexpr int CountedKinds = 5;
inline constexpr std::array<EventKind, EventKindCount> allEventKinds = {
    EventKind::Transactions, EventKind::Calls, EventKind::Messages, EventKind::Locations,
    EventKind::Balances, EventKind::AnalystEvents, EventKind::LeadMilestones};

QString eventKindName(EventKind k); // "transactions", "calls", "messages", "locations", "balances", "events", "leads"
std::optional<EventKind> eventKindFromName(QStringView name);

// Bucket widths in milliseconds, finest first.
inline constexpr std::array<qint64, 9> levelWidthsMs = {
    60'000LL, 900'000LL, 3'600'000LL, 21'600'000LL, 86'400'000LL,
    604'800'000LL, 4'838'400'000LL, 38'707'200'000LL, 309'657'600'000LL};
inline constexpr int LevelCount = int(levelWidthsMs.size());
inline constexpr int FirstOwnerLevel = 4; // the day: owner lanes are kept from here up
inline constexpr int HeatmapLevel = 1;    // 15 minutes

// floor(t / w) for negative times too (events before 1970 exist in old records).
inline qint64 bucketOf(qint64 tMs, qint64 widthMs)
{
    return tMs >= 0 ? tMs / widthMs : -((-tMs + widthMs - 1) / widthMs);
}

// An import's contribution, added up in memory and merged into the case's table at commit.
class Counter
{
public:
    void add(EventKind kind, qint64 owner, qint64 timeUtcMs, qint64 n = 1);
    bool isEmpty() const { return m_minutes.isEmpty() && m_ownerDays.isEmpty(); }
    // Adds the counts to timeline_counts (inside the caller's transaction) and forgets them.
    Status flush(sql::Database &db);

private:
    struct Key
    {
        int kind;
        qint64 lane, bucket;
        bool operator==(const Key &o) const { return kind == o.kind && lane == o.lane && bucket == o.bucket; }
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.kind, k.lane, k.bucket); }
    QHash<Key, qint64> m_minutes;   // lane 0, level 0
    QHash<Key, qint64> m_ownerDays; // owner lanes, the day level
};

// Where the pyramid's totals disagree with the events (per kind: the events shown, and each level's sum of
// lane 0): a damaged or altered table. Empty when they agree.
Result<QStringList> mismatchedTotals(sql::Database &db);

// Recounts the whole table from the events (schema migration; and what a test compares the committer's
// counts with).
Status rebuild(sql::Database &db);

} // namespace cb::casefile::timeline
