#include "integrity/digestset.h"

#include "hash.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <limits>
#include <queue>

namespace cb::casefile::integrity {

namespace {

bool before(const RowDigest &a, const RowDigest &b)
{
    // Two big-endian 64-bit halves: the order of comparing the bytes, without memcmp's call per pair.
    const quint64 ah = qFromBigEndian<quint64>(a.data()), bh = qFromBigEndian<quint64>(b.data());
    return ah != bh ? ah < bh : qFromBigEndian<quint64>(a.data() + 8) < qFromBigEndian<quint64>(b.data() + 8);
}

// One sorted run read back in blocks.
class RunReader
{
public:
    explicit RunReader(QIODevice *file) : m_file(file) {}
    // False at the end of the run; a short or failed read is an error.
    bool next(RowDigest &out, Status &error)
    {
        if (m_at == m_block.size()) {
            m_block.resize(BlockDigests);
            const qint64 want = qint64(m_block.size() * sizeof(RowDigest));
            const qint64 got = m_file->read(reinterpret_cast<char *>(m_block.data()), want);
            if (got < 0 || got % qint64(sizeof(RowDigest)) != 0) {
                error = Status::error(QStringLiteral("cannot read back the row digests: %1").arg(m_file->errorString()));
                return false;
            }
            m_block.resize(size_t(got) / sizeof(RowDigest));
            m_at = 0;
            if (m_block.empty())
                return false;
        }
        out = m_block[m_at++];
        return true;
    }

private:
    static constexpr size_t BlockDigests = 4096;
    QIODevice *m_file;
    std::vector<RowDigest> m_block;
    size_t m_at = 0;
};

} // namespace

void sortDigests(std::vector<RowDigest> &digests)
{
    std::sort(digests.begin(), digests.end(), before);
}

void DigestSet::spill()
{
    sortDigests(m_run);
    auto file = std::make_unique<QTemporaryFile>(); // created readable by the user only
    const qint64 bytes = qint64(m_run.size() * sizeof(RowDigest));
    if (!file->open() || file->write(reinterpret_cast<const char *>(m_run.data()), bytes) != bytes || !file->flush()) {
        m_runLimit = std::numeric_limits<qsizetype>::max(); // no temporary space: keep the rest in memory
        return;
    }
    m_runs.push_back(std::move(file));
    m_run.clear();
}

Result<QString> DigestSet::digest()
{
    sortDigests(m_run);
    Sha256 h;
    if (m_runs.empty()) {
        for (const RowDigest &d : m_run)
            h.add(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
    } else {
        // A k-way merge of the runs on disk and the one in memory.
        std::vector<RunReader> readers;
        for (const auto &f : m_runs) {
            if (!f->seek(0))
                return Status::error(QStringLiteral("cannot read back the row digests: %1").arg(f->errorString()));
            readers.emplace_back(f.get());
        }
        using Head = std::pair<RowDigest, size_t>; // digest, source (readers.size() is the memory run)
        auto later = [](const Head &a, const Head &b) { return before(b.first, a.first); };
        std::priority_queue<Head, std::vector<Head>, decltype(later)> heads(later);
        size_t inMemory = 0;
        Status error;
        auto pull = [&](size_t source) {
            RowDigest d;
            if (source < readers.size()) {
                if (readers[source].next(d, error))
                    heads.push({d, source});
            } else if (inMemory < m_run.size()) {
                heads.push({m_run[inMemory++], source});
            }
        };
        for (size_t s = 0; s <= readers.size(); ++s)
            pull(s);
        while (!heads.empty()) {
            const Head top = heads.top();
            heads.pop();
            h.add(reinterpret_cast<const char *>(top.first.data()), qsizetype(top.first.size()));
            pull(top.second);
        }
        if (!error.ok())
            return error;
    }
    m_run.clear();
    m_runs.clear();
    m_count = 0;
    return h.hexDigest();
}

} // namespace cb::casefile::integrity
