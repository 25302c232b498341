#include "clisupport.h"

#include "session/writerlock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::app {

using namespace cb::casefile;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int usage(QCommandLineParser &p, const QString &message)
{
    err() << message << u'\n' << p.helpText();
    err().flush();
    return 2;
}

int parseArguments(QCommandLineParser &p, const QStringList &args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    p.addOption(help);
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(help)) {
        out() << p.helpText();
        out().flush();
        return 0;
    }
    return -1;
}

// Held from a command's first write until the process ends: one command is one process.
static std::unique_ptr<WriterLock> s_writerLock;

bool lockForWriting(const QString &path, int &code)
{
    if (s_writerLock || !QFileInfo(path).isFile())
        return true; // no case there: opening it says so
    Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(path);
    if (!lock) {
        const std::optional<WriterLock::Holder> h = WriterLock::holder(path);
        if (lock.status().is(ErrorCode::InUse))
            err() << Cli::tr("%1: the case is open for writing in another Casebench (process %2 on %3); close it there, then try again")
                         .arg(path).arg(h ? h->pid : 0).arg(h ? h->host : QString())
                  << u'\n';
        else
            err() << lock.status().message() << u'\n';
        code = 1;
        return false;
    }
    s_writerLock = std::move(lock.value());
    return true;
}

std::unique_ptr<CaseFile> openCaseForWriting(const QString &path, int &code)
{
    return lockForWriting(path, code) ? openCase(path, code) : nullptr;
}

std::unique_ptr<CaseFile> openCase(const QString &path, int &code)
{
    Result<std::unique_ptr<CaseFile>> cf = CaseFile::open(path);
    if (!cf) {
        err() << cf.status().message() << u'\n';
        code = 2;
        return nullptr;
    }
    return std::move(cf.value());
}

int refused(const Status &s)
{
    err() << Message{s.message(), {}}.translated() << u'\n';
    return 1;
}

std::unique_ptr<CaseSession> openSession(const QString &path, int &code, bool writes)
{
    if (writes && !lockForWriting(path, code))
        return nullptr;
    Result<std::unique_ptr<CaseSession>> s = CaseSession::open(path);
    if (!s) {
        err() << s.status().message() << u'\n';
        code = 2;
        return nullptr;
    }
    return std::move(s.value());
}

int readPictureSize(QCommandLineParser &p, QSize &size)
{
    if (!p.isSet(QStringLiteral("size")))
        return -1;
    const QStringList wh = p.value(QStringLiteral("size")).split(u'x');
    const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
    if (wh.size() != 2 || w < 400 || h < 300 || w > 10000 || h > 10000)
        return usage(p, Cli::tr("--size is WIDTHxHEIGHT, from 400x300 to 10000x10000"));
    size = QSize(w, h);
    return -1;
}

Status recordFileExport(casefile::CaseFile &cf, const QString &what, const QString &path, const QJsonObject &view)
{
    auto session = casefile::CaseSession::open(cf.path());
    if (!session)
        return session.status();
    return session.value()->recordFileExport(what, path, view);
}

} // namespace cb::app
