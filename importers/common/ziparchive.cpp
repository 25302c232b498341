#include "common/ziparchive.h"

#include <QFile>
#include <algorithm>
#include <zip.h>

namespace cb::importers {

using namespace cb::casefile;

struct ZipArchive::Handle
{
    zip_t *zip = nullptr;
    ~Handle()
    {
        if (zip)
            zip_discard(zip); // read-only: never write anything back
    }
};

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"); // a member, or an empty archive
}

static Status notAZip()
{
    return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the ZIP archive is damaged or not a ZIP archive")));
}

Status ZipArchive::openFile(const QString &path, const ZipLimits &limits)
{
    m_limits = limits;
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!z)
        return notAZip();
    m_zip = std::make_unique<Handle>();
    m_zip->zip = z;
    return scan();
}

Status ZipArchive::openBuffer(const QByteArray &bytes, const ZipLimits &limits)
{
    m_limits = limits;
    m_buffer = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = zip_source_buffer_create(m_buffer.constData(), zip_uint64_t(m_buffer.size()), 0, &error);
    if (!src) {
        zip_error_fini(&error);
        return notAZip();
    }
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!z) {
        zip_source_free(src);
        return notAZip();
    }
    m_zip = std::make_unique<Handle>();
    m_zip->zip = z;
    return scan();
}

Status ZipArchive::scan()
{
    const zip_int64_t n = zip_get_num_entries(m_zip->zip, 0);
    if (n < 0)
        return notAZip();
    if (n > m_limits.maxEntries)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the ZIP archive has more members than Casebench reads (100,000)")));
    qint64 total = 0;
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip->zip, zip_uint64_t(i), 0, &st) != 0)
            return notAZip();
        ZipMember m;
        m.index = i;
        m.name = QString::fromUtf8(st.name ? st.name : "");
        m.size = (st.valid & ZIP_STAT_SIZE) ? qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(1) << 62)) : 0;
        m.compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(qMin<zip_uint64_t>(st.comp_size, zip_uint64_t(1) << 62)) : 0;
        m.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        m.directory = m.name.endsWith(u'/');
        if (m.name.startsWith(u'/') || m.name.startsWith(u'\\') || (m.name.size() > 1 && m.name[1] == u':'))
            m.unsafe = msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member's name is an absolute path"));
        else if (m.name == u".." || m.name.startsWith(QStringLiteral("../")) || m.name.contains(QStringLiteral("/../")) ||
                 m.name.contains(QStringLiteral("..\\")) || m.name.endsWith(QStringLiteral("/..")))
            m.unsafe = msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member's name climbs out of the archive (\"..\")"));
        else if (std::any_of(m.name.begin(), m.name.end(), [](QChar c) { return c.unicode() < 0x20; }))
            m.unsafe = msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member's name contains control characters"));
        total += m.size;
        m_members.push_back(std::move(m));
    }
    if (total > m_limits.maxTotal)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the ZIP archive would expand to more than 4 GiB: refused as a possible zip bomb")));
    return {};
}

const ZipMember *ZipArchive::find(const QString &name) const
{
    for (const ZipMember &m : m_members)
        if (m.name == name)
            return &m;
    return nullptr;
}

Message ZipArchive::refusal(const ZipMember &m) const
{
    if (m.encrypted)
        return msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member is encrypted"));
    if (m.size > m_limits.maxMember)
        return msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member would expand to %1 bytes, more than Casebench reads from one member"), {QString::number(m.size)});
    if (m.size > m_limits.ratioFloor && m.size > m.compressed * m_limits.maxRatio)
        return msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member is compressed more than %1:1: refused as a possible zip bomb"), {QString::number(m_limits.maxRatio)});
    return {};
}

Result<QByteArray> ZipArchive::read(const ZipMember &m, qint64 maxBytes) const
{
    if (const Message why = refusal(m); !why.tmpl.isEmpty())
        return Status::error(why.text());
    const qint64 cap = maxBytes >= 0 ? qMin(maxBytes, m.size) : m.size;
    if (maxBytes >= 0 && m.size > maxBytes)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member is larger than this reader accepts")));
    zip_file_t *f = zip_fopen_index(m_zip->zip, zip_uint64_t(m.index), 0);
    if (!f)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member cannot be decompressed")));
    QByteArray out;
    out.resize(cap);
    qint64 got = 0;
    // Read one byte past the declared size: a member that produces more than its directory entry says is
    // lying, and is refused rather than followed.
    char extra = 0;
    bool ok = true;
    while (got < cap) {
        const zip_int64_t r = zip_fread(f, out.data() + got, zip_uint64_t(cap - got));
        if (r < 0) {
            ok = false;
            break;
        }
        if (r == 0)
            break;
        got += r;
    }
    if (ok && zip_fread(f, &extra, 1) != 0)
        ok = false;
    zip_fclose(f);
    if (!ok || got != cap)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member is damaged (its data does not match its directory entry)")));
    return out;
}

Status ZipArchive::stream(const ZipMember &m, const std::function<bool(const QByteArray &)> &onChunk) const
{
    if (const Message why = refusal(m); !why.tmpl.isEmpty())
        return Status::error(why.text());
    zip_file_t *f = zip_fopen_index(m_zip->zip, zip_uint64_t(m.index), 0);
    if (!f)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member cannot be decompressed")));
    QByteArray buf;
    qint64 got = 0;
    Status result;
    for (;;) {
        buf.resize(1 << 20);
        const zip_int64_t r = zip_fread(f, buf.data(), zip_uint64_t(buf.size()));
        if (r < 0 || got + r > m.size) {
            result = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member is damaged (its data does not match its directory entry)")));
            break;
        }
        if (r == 0)
            break;
        got += r;
        buf.resize(qsizetype(r));
        if (!onChunk(buf)) {
            result = Status::cancelled();
            break;
        }
    }
    zip_fclose(f);
    if (result.ok() && got != m.size)
        result = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the member is damaged (its data does not match its directory entry)")));
    return result;
}

} // namespace cb::importers
