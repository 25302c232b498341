#pragma once
// The set digest of an import's rows (SHA-256 over their row digests in byte order) in bounded memory.
// An import of ten million rows would otherwise hold 160 MB of digests until it commits: here at most
// RunDigests sit in memory; a full run is sorted and written to a temporary file, and digest() merges the
// sorted runs as it hashes. The result is the same as setDigest() over all of them.
#include "result.h"

#include <QTemporaryFile>
#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace cb::casefile::integrity {

using RowDigest = std::array<unsigned char, 16>;

class DigestSet
{
public:
    explicit DigestSet(qsizetype runDigests = RunDigests) : m_runLimit(runDigests) {}
    DigestSet(DigestSet &&o) noexcept { *this = std::move(o); }
    DigestSet &operator=(DigestSet &&o) noexcept
    {
        m_runLimit = o.m_runLimit;
        m_run = std::move(o.m_run);
        m_runs = std::move(o.m_runs);
        m_count = std::exchange(o.m_count, 0);
        o.m_run.clear(), o.m_runs.clear();
        return *this;
    }

    void add(const RowDigest &d)
    {
        m_run.push_back(d);
        ++m_count;
        if (qsizetype(m_run.size()) >= m_runLimit)
            spill();
    }
    qint64 size() const { return m_count; }
    // The hex set digest; the set is empty afterwards. An error if a run could not be read back. (A run
    // that cannot be written to a temporary file stays in memory: the import goes on, only less bounded.)
    Result<QString> digest();

    static constexpr qsizetype RunDigests = qsizetype(1) << 18; // 4 MiB of digests in memory

private:
    void spill();

    qsizetype m_runLimit = RunDigests;
    std::vector<RowDigest> m_run;
    std::vector<std::unique_ptr<QTemporaryFile>> m_runs; // each sorted
    qint64 m_count = 0;
};

// Sorts digests in byte order (as memcmp compares them).
void sortDigests(std::vector<RowDigest> &digests);

} // namespace cb::casefile::integrity
