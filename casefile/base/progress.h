#pragma once
// One progress-and-cancel object for long work (an import, a query, an analysis, a report). The caller
// keeps a copy to cancel from any thread; the work reports fractions and asks isCancelled() at its own
// checkpoints. Copies share one state, and a scaled() copy maps its 0..1 onto a part of its parent's
// range, so a file inside an archive reports into the archive's bar. Cancelling any copy cancels all.
#include <QtGlobal>
#include <atomic>
#include <functional>
#include <memory>

namespace cb {

class Progress
{
public:
    // A token nobody reports to (work runs to the end unless cancel() is called on a copy).
    Progress() : m_state(std::make_shared<State>()) {}
    // Reports go to onReport(fraction 0..1), from whichever thread does the work; returning false
    // cancels (for callers whose only control is the progress callback).
    explicit Progress(std::function<bool(double)> onReport) : Progress() { m_state->onReport = std::move(onReport); }

    void cancel() const { m_state->cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_state->cancelled.load(std::memory_order_relaxed); }

    // Reports a fraction of this copy's range; false when the work should stop.
    bool report(double fraction) const
    {
        if (m_state->onReport && !isCancelled()) {
            const double f = m_from + (m_to - m_from) * qBound(0.0, fraction, 1.0);
            if (!m_state->onReport(f))
                cancel();
        }
        return !isCancelled();
    }
    // Reports done of total (bytes, rows).
    bool report(qint64 done, qint64 total) const { return report(total > 0 ? double(done) / double(total) : 0.0); }

    // A copy whose 0..1 is [from, to] of this one's range; same cancellation.
    Progress scaled(double from, double to) const
    {
        Progress p(*this);
        p.m_from = m_from + (m_to - m_from) * from;
        p.m_to = m_from + (m_to - m_from) * to;
        return p;
    }

private:
    struct State
    {
        std::atomic<bool> cancelled{false};
        std::function<bool(double)> onReport;
    };
    std::shared_ptr<State> m_state;
    double m_from = 0, m_to = 1;
};

} // namespace cb
