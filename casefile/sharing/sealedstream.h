#pragma once
// Authenticated streaming encryption for bundles (libsodium's secretstream, XChaCha20-Poly1305): the plain
// stream is cut into chunks of at most 1 MiB, each sealed with its length in front, the last one tagged
// final. The bytes of the bundle's header are bound to the first chunk, so a changed header fails like a
// changed chunk. A reader never returns a byte it has not authenticated, and tells a truncated stream (no
// final chunk), a damaged chunk and a wrong key apart where it can.
#include "result.h"

#include <QByteArray>
#include <array>

class QIODevice;

namespace cb::casefile::sharing {

inline constexpr int kKeyBytes = 32;
using StreamKey = std::array<unsigned char, kKeyBytes>;

class SealedWriter
{
public:
    // Writes the stream's own header to `out`; `headerAd` (the bundle's header) is bound to the first chunk.
    SealedWriter(QIODevice &out, const StreamKey &key, const QByteArray &headerAd);
    Status write(const char *data, qsizetype size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    Status finish(); // seals the last chunk, tagged final
    Status status() const { return m_status; }

private:
    Status flush(bool final);
    QIODevice &m_out;
    std::array<unsigned char, 52> m_state{}; // crypto_secretstream_xchacha20poly1305_state
    QByteArray m_pending, m_ad;
    Status m_status;
};

class SealedReader
{
public:
    SealedReader(QIODevice &in, const StreamKey &key, const QByteArray &headerAd);
    // Exactly `size` authenticated bytes, or an error saying why not.
    Status read(char *data, qsizetype size);
    // Whether the final chunk was read and nothing follows it.
    Status finish();
    qint64 chunksRead() const { return m_chunks; }

private:
    Status next();
    QIODevice &m_in;
    std::array<unsigned char, 52> m_state{};
    QByteArray m_plain, m_ad;
    qsizetype m_pos = 0;
    bool m_final = false;
    qint64 m_chunks = 0;
    Status m_status;
};

} // namespace cb::casefile::sharing
