#include "sealedstream.h"

#include <QIODevice>
#include <QtEndian>
#include <sodium.h>

namespace cb::casefile::sharing {

namespace {

constexpr qsizetype kChunk = 1 << 20;

auto *state(std::array<unsigned char, 52> &s)
{
    static_assert(sizeof(crypto_secretstream_xchacha20poly1305_state) <= 52);
    return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(s.data());
}

} // namespace

SealedWriter::SealedWriter(QIODevice &out, const StreamKey &key, const QByteArray &headerAd)
    : m_out(out), m_ad(headerAd)
{
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (sodium_init() < 0 || crypto_secretstream_xchacha20poly1305_init_push(state(m_state), header, key.data()) != 0)
        m_status = Status::error(QStringLiteral("the bundle's encryption could not start"));
    else if (m_out.write(reinterpret_cast<const char *>(header), sizeof header) != qint64(sizeof header))
        m_status = Status::error(QStringLiteral("cannot write: %1").arg(m_out.errorString()));
}

Status SealedWriter::flush(bool final)
{
    QByteArray cipher(m_pending.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(state(m_state), reinterpret_cast<unsigned char *>(cipher.data()), &length,
                                               reinterpret_cast<const unsigned char *>(m_pending.constData()), quint64(m_pending.size()),
                                               reinterpret_cast<const unsigned char *>(m_ad.constData()), quint64(m_ad.size()),
                                               final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    m_ad.clear(); // the header is bound to the first chunk only
    quint32 size = qToLittleEndian(quint32(length));
    if (m_out.write(reinterpret_cast<const char *>(&size), sizeof size) != qint64(sizeof size) || m_out.write(cipher.constData(), qint64(length)) != qint64(length))
        m_status = Status::error(QStringLiteral("cannot write: %1").arg(m_out.errorString()));
    m_pending.clear();
    return m_status;
}

Status SealedWriter::write(const char *data, qsizetype size)
{
    while (m_status && size > 0) {
        const qsizetype take = qMin(size, kChunk - m_pending.size());
        m_pending.append(data, take);
        data += take, size -= take;
        if (m_pending.size() == kChunk)
            flush(false);
    }
    return m_status;
}

Status SealedWriter::finish()
{
    return m_status ? flush(true) : m_status;
}

SealedReader::SealedReader(QIODevice &in, const StreamKey &key, const QByteArray &headerAd)
    : m_in(in), m_ad(headerAd)
{
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (sodium_init() < 0 || m_in.read(reinterpret_cast<char *>(header), sizeof header) != qint64(sizeof header))
        m_status = Status::error(QStringLiteral("the bundle is truncated: its stream header is missing"));
    else if (crypto_secretstream_xchacha20poly1305_init_pull(state(m_state), header, key.data()) != 0)
        m_status = Status::error(QStringLiteral("the bundle's stream header is damaged"));
}

Status SealedReader::next()
{
    if (m_final)
        return m_status = Status::error(QStringLiteral("the bundle's content ends early: it is damaged"));
    quint32 size = 0;
    const qint64 got = m_in.read(reinterpret_cast<char *>(&size), sizeof size);
    if (got == 0)
        return m_status = Status::error(QStringLiteral("the bundle is truncated after %1 chunks").arg(m_chunks));
    size = qFromLittleEndian(size);
    if (got != qint64(sizeof size) || size < crypto_secretstream_xchacha20poly1305_ABYTES || size > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES)
        return m_status = Status::error(QStringLiteral("the bundle is damaged or truncated at chunk %1").arg(m_chunks + 1));
    const QByteArray cipher = m_in.read(size);
    if (cipher.size() != qsizetype(size))
        return m_status = Status::error(QStringLiteral("the bundle is truncated at chunk %1").arg(m_chunks + 1));
    m_plain.resize(qsizetype(size - crypto_secretstream_xchacha20poly1305_ABYTES));
    unsigned long long length = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(state(m_state), reinterpret_cast<unsigned char *>(m_plain.data()), &length, &tag,
                                                   reinterpret_cast<const unsigned char *>(cipher.constData()), size,
                                                   reinterpret_cast<const unsigned char *>(m_ad.constData()), quint64(m_ad.size())) != 0)
        return m_status = Status::error(m_chunks == 0 ? QStringLiteral("the bundle cannot be opened with this key: a wrong passphrase, or the bundle is damaged")
                                                      : QStringLiteral("the bundle is damaged: chunk %1 fails its authentication").arg(m_chunks + 1));
    m_ad.clear();
    m_plain.resize(qsizetype(length));
    m_pos = 0;
    ++m_chunks;
    m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return m_status;
}

Status SealedReader::read(char *data, qsizetype size)
{
    while (m_status && size > 0) {
        if (m_pos == m_plain.size()) {
            next();
            continue;
        }
        const qsizetype take = qMin(size, m_plain.size() - m_pos);
        memcpy(data, m_plain.constData() + m_pos, size_t(take));
        m_pos += take, data += take, size -= take;
    }
    return m_status;
}

Status SealedReader::finish()
{
    if (m_status && !m_final && m_pos == m_plain.size())
        next(); // the content ended on a chunk boundary: an empty final chunk follows
    if (!m_status)
        return m_status;
    if (!m_final || m_pos != m_plain.size())
        return Status::error(QStringLiteral("the bundle's content does not end where its last chunk says"));
    if (!m_in.atEnd())
        return Status::error(QStringLiteral("the bundle has bytes after its final chunk: it was altered"));
    return {};
}

} // namespace cb::casefile::sharing
