#include "common/helperprocess.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cb::importers {

QString helperPath(const char *name, const char *envVar, const char *built)
{
    const QString env = qEnvironmentVariable(envVar);
    if (!env.isEmpty())
        return env;
    const QString beside = QCoreApplication::applicationDirPath() + u'/' + QLatin1String(name);
    if (QFileInfo::exists(beside))
        return beside;
    return QString::fromLocal8Bit(built);
}

bool FrameReader::need(qsizetype n)
{
    while (m_buf.size() - m_pos < n) {
        if (m_pos > (1 << 20))
            m_buf.remove(0, m_pos), m_pos = 0;
        if (m_p.bytesAvailable() == 0 && !m_p.waitForReadyRead(120000))
            return false;
        m_buf += m_p.readAll();
    }
    return true;
}

bool FrameReader::bytes(qsizetype n, QByteArray &out)
{
    if (n < 0 || !need(n))
        return false;
    out = m_buf.mid(m_pos, n);
    m_pos += n;
    return true;
}

} // namespace cb::importers
