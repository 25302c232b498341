#include "hash.h"

#include <QIODevice>
#include <nettle/sha2.h>

static_assert(sizeof(sha256_ctx) <= 128, "state buffer too small");

namespace cb::casefile {

static sha256_ctx *state(unsigned char *buf)
{
    return reinterpret_cast<sha256_ctx *>(buf);
}

Sha256::Sha256()
{
    sha256_init(state(m_state));
}

void Sha256::add(const char *data, qsizetype size)
{
    sha256_update(state(m_state), size_t(size), reinterpret_cast<const uint8_t *>(data));
}

QString Sha256::hexDigest()
{
    uint8_t out[SHA256_DIGEST_SIZE];
    sha256_digest(state(m_state), sizeof out, out);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}
void Sha256::digest(unsigned char *out, int size)
{
    sha256_digest(state(m_state), size_t(qBound(0, size, SHA256_DIGEST_SIZE)), out);
}

QString sha256Hex(const QByteArray &data)
{
    Sha256 h;
    h.add(data);
    return h.hexDigest();
}

QString sha256Hex(QIODevice &device, const std::function<bool(qint64)> &onProgress)
{
    Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = device.read(buf.data(), buf.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        h.add(buf.constData(), n);
        total += n;
        if (onProgress && !onProgress(total))
            return {};
    }
    return h.hexDigest();
}

} // namespace cb::casefile
