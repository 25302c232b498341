#include "hash.h"

#include <QIODevice>
#include <sodium.h>

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "state buffer too small");

namespace cb::casefile {

static crypto_hash_sha256_state *state(unsigned char *buf)
{
    return reinterpret_cast<crypto_hash_sha256_state *>(buf);
}

Sha256::Sha256()
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    crypto_hash_sha256_init(state(m_state));
}

void Sha256::add(const char *data, qsizetype size)
{
    crypto_hash_sha256_update(state(m_state), reinterpret_cast<const unsigned char *>(data),
                              static_cast<unsigned long long>(size));
}

QString Sha256::hexDigest()
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(state(m_state), out);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
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
