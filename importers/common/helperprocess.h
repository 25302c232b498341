#pragma once
// Parsers of hostile binary formats written in C or C++ we did not write (freexl, Poppler) run in helper
// processes that limit themselves; a crafted file that makes one misbehave costs that file, never the
// workbench or the case. This is the importer side: finding a helper and reading its framed output.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <cstring>

namespace cb::importers {

// The helper `name`: the path in the environment variable envVar, else beside the running executable,
// else where the build put it.
QString helperPath(const char *name, const char *envVar, const char *built);

// Frames from a helper's stdout, read as they arrive (a large output is never held whole).
class FrameReader
{
public:
    explicit FrameReader(QProcess &p) : m_p(p) {}
    bool need(qsizetype n);
    template <class T> bool get(T &v)
    {
        if (!need(sizeof v))
            return false;
        std::memcpy(&v, m_buf.constData() + m_pos, sizeof v);
        m_pos += qsizetype(sizeof v);
        return true;
    }
    bool bytes(qsizetype n, QByteArray &out);

private:
    QProcess &m_p;
    QByteArray m_buf;
    qsizetype m_pos = 0;
};

} // namespace cb::importers
