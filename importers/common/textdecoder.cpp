#include "common/textdecoder.h"

#include <QIODevice>
#include <uchardet.h>

namespace cb::importers {

static bool validUtf8(const QByteArray &head)
{
    // Ignore a multi-byte sequence cut off by the end of the head.
    qsizetype end = head.size();
    for (qsizetype back = 1; back <= 3 && back <= end; ++back) {
        const uchar c = uchar(head[end - back]);
        if ((c & 0xC0) == 0xC0) { // lead byte: cut if its sequence is incomplete
            const int need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
            if (need > back)
                end -= back;
            break;
        }
        if ((c & 0x80) == 0)
            break;
    }
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = d(QByteArrayView(head.constData(), end));
    return !d.hasError() && !s.contains(QChar::ReplacementCharacter);
}

EncodingGuess detectEncoding(const QByteArray &head)
{
    EncodingGuess g;
    if (head.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3, false};
    if (head.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2, false};
    if (head.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2, false};
    qsizetype nulEven = 0, nulOdd = 0, controls = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const uchar c = uchar(head[i]);
        if (c == 0)
            (i % 2 ? nulOdd : nulEven)++;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C && c != 0x1A && c != 0x01 && c != 0x03)
            ++controls;
    }
    const qsizetype half = head.size() / 2;
    // UTF-16 without BOM: the NULs of ASCII characters all fall on one byte parity.
    if (half > 4 && nulOdd > half / 10 && nulEven * 20 <= nulOdd)
        return {QStringLiteral("UTF-16LE"), 0, false};
    if (half > 4 && nulEven > half / 10 && nulOdd * 20 <= nulEven)
        return {QStringLiteral("UTF-16BE"), 0, false};
    if (nulEven + nulOdd > 0 || controls > head.size() / 20 + 2) {
        g.binary = true;
        return g;
    }
    if (validUtf8(head))
        return {QStringLiteral("UTF-8"), 0, false};
    uchardet_t ud = uchardet_new();
    uchardet_handle_data(ud, head.constData(), size_t(head.size()));
    uchardet_data_end(ud);
    QString name = QString::fromLatin1(uchardet_get_charset(ud)).toUpper();
    uchardet_delete(ud);
    // GBK and GB2312 are subsets of GB18030: decode them all as GB18030.
    if (name == u"GB2312" || name == u"GBK" || name == u"HZ-GB-2312" || name == u"GB18030")
        name = QStringLiteral("GB18030");
    else if (name.isEmpty() || name == u"ASCII" || name == u"UTF-8")
        name = QStringLiteral("windows-1252"); // invalid UTF-8 and nothing better: the commonest 8-bit code page
    else if (name == u"ISO-8859-1")
        name = QStringLiteral("windows-1252"); // a superset in the printable range
    if (!QStringDecoder(name.toLatin1().constData()).isValid())
        name = QStringLiteral("windows-1252");
    return {name, 0, false};
}

Status TextDecoder::open(QIODevice *device, const QString &forcedEncoding)
{
    m_device = device;
    m_bytesRead = 0;
    const QByteArray head = device->peek(64 * 1024);
    m_guess = detectEncoding(head);
    if (!forcedEncoding.isEmpty()) {
        m_guess.name = forcedEncoding;
        m_guess.binary = false;
    }
    if (m_guess.binary)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file is binary, not text")));
    m_decoder = QStringDecoder(m_guess.name.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!m_decoder.isValid())
        return Status::error(QStringLiteral("unknown text encoding %1").arg(m_guess.name));
    m_decoder = QStringDecoder(m_guess.name.toLatin1().constData(), QStringConverter::Flag::Default);
    if (m_guess.bomLength)
        m_bytesRead += device->skip(m_guess.bomLength);
    return {};
}

bool TextDecoder::read(QString &out, qint64 maxBytes)
{
    if (m_buf.size() < maxBytes)
        m_buf.resize(maxBytes);
    const qint64 n = m_device->read(m_buf.data(), maxBytes);
    if (n <= 0) {
        out += m_decoder(QByteArrayView()); // flush state
        return false;
    }
    m_bytesRead += n;
    out += m_decoder(QByteArrayView(m_buf.constData(), n));
    return true;
}

} // namespace cb::importers
