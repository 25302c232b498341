#pragma once
// What a timeline draws, read from the case: counts of events per time bin for a lane (every event, or
// one entity with its merged twins), exact at any zoom; the events themselves when zoomed in; and the
// hour-by-weekday activity in a zone. Counts come from the pyramid (pyramid.h) where it answers, and from
// the (party, time) and time indexes where it does not (a bin finer than the pyramid keeps for that lane,
// the partial bins at the ends of the range, a source filter). Whatever the source, the bins of a range
// add up to exactly the events in it.
#include "progress.h"
#include "timeline/pyramid.h"

#include <QList>
#include <QVariantList>
#include <QTimeZone>
#include <QVector>
#include <optional>

namespace cb::casefile {
class CaseFile;
}

namespace cb::casefile::timeline {

struct Filter
{
    QList<EventKind> kinds;   // empty: every kind
    QList<qint64> sources;    // empty: every source (analyst events and leads have none: a source filter hides them)
    QStringList roles;        // events a party of which has one of these roles ("subject", "victim"...)
    QStringList tags;         // records tagged with one of these (analyst events and leads have no tags)
    QString text;             // in the description, counterparty, number, message, place, or the analyst's text
    // Money (the amount moved, either way) and stated balances in one currency between two amounts, in
    // minor units; other kinds are hidden by an amount range.
    QString currency;
    std::optional<qint64> minAmountMinor, maxAmountMinor;
    QList<EventKind> effectiveKinds() const;
    bool hasAmountRange() const { return minAmountMinor || maxAmountMinor; }
    // Whether the filter keeps some events of a kind and not others: then counts come from the events.
    bool narrowsRows() const { return !sources.isEmpty() || !roles.isEmpty() || !tags.isEmpty() || !text.isEmpty() || hasAmountRange(); }
};

// A lane: every event (entities empty), or the events one entity takes part in (as owner or other party),
// with the entities merged with it.
struct Lane
{
    QList<qint64> entities;
    bool isAll() const { return entities.isEmpty(); }
};

struct Histogram
{
    qint64 fromMs = 0, toMs = 0; // the range, [from, to)
    qint64 firstBinMs = 0;       // where bin 0 starts (at or before from)
    qint64 binMs = 0;
    int level = -1;              // the pyramid level the bins are, -1 when counted from the events
    QVector<QVector<qint64>> counts; // [kind][bin], every kind (empty for kinds not asked for)
    int binCount() const;
    QVector<qint64> sum() const;  // per bin, over the kinds
    qint64 total() const;
    qint64 binStart(int i) const { return firstBinMs + i * binMs; }
};

// Bins at least (to - from) / maxBins wide: a pyramid level's width when one is that wide or wider.
Result<Histogram> histogram(CaseFile &cf, const Lane &lane, qint64 fromMs, qint64 toMs, int maxBins, const Filter &filter,
                            const Progress &progress = {});
// Exactly how many events of one kind the lane has in [from, to).
Result<qint64> countRange(CaseFile &cf, const Lane &lane, EventKind kind, qint64 fromMs, qint64 toMs, const Filter &filter = {});
// The first and last event time of the case (of the filter's kinds), or nothing when it has none.
Result<std::optional<std::pair<qint64, qint64>>> extent(CaseFile &cf, const Filter &filter = {});

struct Event
{
    EventKind kind = EventKind::Transactions;
    qint64 id = 0;
    qint64 timeUtcMs = 0;
    qint32 offsetS = 0;
    qint64 owner = 0, other = 0;
    std::optional<qint64> amountMinor;
    QString currency;
    std::optional<qint64> durationS;
    QString direction;
    QString text;                 // a message's first words, an analyst event's text, a lead's code and status
    QString sourceFile, locator;
};
// The lane's events in [from, to), in time order, at most limit of them (more: the result is cut).
Result<QVector<Event>> events(CaseFile &cf, const Lane &lane, qint64 fromMs, qint64 toMs, const Filter &filter, int limit,
                              const Progress &progress = {});

// Events by local weekday (0 = Monday) and hour, in zone; or, with no zone, in each event's own offset
// (the local time of whoever's phone or bank recorded it).
struct Heatmap
{
    qint64 cells[7][24] = {};
    qint64 total() const;
    qint64 max() const;
};
Result<Heatmap> heatmap(CaseFile &cf, const Lane &lane, const Filter &filter, const std::optional<QTimeZone> &zone,
                        qint64 fromMs, qint64 toMs, const Progress &progress = {});

// For the implementation's files.
namespace detail {
enum class Part { Both, Owner, Counterpart };
// scan: read every event of the kind through the table in row order instead of seeking per owner (faster
// when the range holds most of the kind's events).
QString rawSelect(EventKind kind, const QString &columns, const QList<qint64> &group, const Filter &filter, Part part, qint64 fromMs,
                  qint64 toMs, QVariantList &binds, bool scan = false);
QString timeColumn(EventKind kind);
QList<qint64> laneGroup(CaseFile &cf, const Lane &lane);
}

} // namespace cb::casefile::timeline
