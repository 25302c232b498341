#pragma once
// Read-only ZIP access (libzip) with the limits hostile archives need: a cap on entries, on each
// member's size and on the total, a compression-ratio cap against zip bombs, refusal of encrypted
// members, and names checked for absolute paths, "..", and control characters. Nothing is ever
// extracted to disk; members are read into memory and the real decompressed length is enforced.
#include "records.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace cb::importers {

struct ZipLimits
{
    qint64 maxEntries = 100000;
    qint64 maxMember = qint64(1) << 30;     // 1 GiB uncompressed per member
    qint64 maxTotal = qint64(4) << 30;      // 4 GiB uncompressed in all
    qint64 maxRatio = 200;                  // uncompressed / compressed, for members above ratioFloor
    qint64 ratioFloor = qint64(1) << 20;
};

struct ZipMember
{
    qint64 index = 0;
    QString name;
    qint64 size = 0;       // uncompressed, as the central directory declares it
    qint64 compressed = 0;
    bool directory = false;
    bool encrypted = false;
    casefile::Message unsafe; // set when the name is not a plain relative path (never used to write files,
                              // but reported: it is a sign of a crafted archive)
};

class ZipArchive
{
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    static bool looksLikeZip(const QByteArray &head);
    // The archive must outlive nothing: openBuffer keeps its own copy of the bytes.
    Status openFile(const QString &path, const ZipLimits &limits = {});
    Status openBuffer(const QByteArray &bytes, const ZipLimits &limits = {});

    const std::vector<ZipMember> &members() const { return m_members; }
    const ZipMember *find(const QString &name) const;
    // Reads a whole member, refusing it (with the reason) when a limit would be exceeded.
    Result<QByteArray> read(const ZipMember &m, qint64 maxBytes = -1) const;
    // Streams a member in chunks (a report.xml can be gigabytes); onChunk returning false stops. Refuses
    // like read(), and fails if the member produces more or fewer bytes than its directory entry says.
    Status stream(const ZipMember &m, const std::function<bool(const QByteArray &)> &onChunk) const;
    // Why a member may not be read at all (bomb ratio, size, encryption); empty when it may.
    casefile::Message refusal(const ZipMember &m) const;

private:
    Status scan();
    struct Handle;
    std::unique_ptr<Handle> m_zip;
    QByteArray m_buffer;
    ZipLimits m_limits;
    std::vector<ZipMember> m_members;
};

} // namespace cb::importers
