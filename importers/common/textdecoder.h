#pragma once
// Streams a byte device as text: detects the encoding from the head (BOM, UTF-16 NUL pattern, strict UTF-8
// check, then uchardet for GB18030/GBK, Big5, Windows-125x, Latin-1...) and decodes incrementally so that
// multi-byte characters split across reads are kept whole.
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace cb::importers {

struct EncodingGuess
{
    QString name;       // a name QStringDecoder accepts ("UTF-8", "UTF-16LE", "GB18030", "windows-1251")
    int bomLength = 0;
    bool binary = false; // NUL bytes or control characters: not text at all
};

EncodingGuess detectEncoding(const QByteArray &head);

class TextDecoder
{
public:
    // forcedEncoding: empty to detect. The device must be open and positioned at the start.
    Status open(QIODevice *device, const QString &forcedEncoding = {});
    // Appends up to ~maxBytes of input, decoded, to out. Returns false at end of input.
    bool read(QString &out, qint64 maxBytes = 1 << 20);
    const QString &encoding() const { return m_guess.name; }
    qint64 bytesRead() const { return m_bytesRead; }
    bool hadDecodeErrors() const { return m_decoder.hasError(); }

private:
    QIODevice *m_device = nullptr;
    EncodingGuess m_guess;
    QStringDecoder m_decoder;
    QByteArray m_buf;
    qint64 m_bytesRead = 0;
};

} // namespace cb::importers
