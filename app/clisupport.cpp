#include "clisupport.h"

#include "session/writerlock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <map>
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

// Each case's writer lock, held from a command's first write until the process ends (one command is one
// process), keyed by the lock's own path.
static std::map<QString, std::unique_ptr<WriterLock>> s_writerLocks;

static Status takeWriterLock(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {}; // no case there: opening it says so
    const QString key = WriterLock::lockPath(path);
    if (s_writerLocks.count(key))
        return {};
    WriterLock::Holder h;
    Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(path, &h);
    if (!lock)
        return lock.status().is(ErrorCode::InUse)
                   ? Status::error(ErrorCode::InUse, Cli::tr("%1: the case is open for writing in another Casebench (process %2 on %3). Close it "
                                                             "there, then try again; if that process has gone from another computer, remove %4.")
                                                         .arg(path)
                                                         .arg(h.pid)
                                                         .arg(h.host, key))
                   : lock.status();
    s_writerLocks[key] = std::move(lock.value());
    return {};
}

bool lockForWriting(const QString &path, int &code)
{
    if (const Status s = takeWriterLock(path); !s) {
        err() << s.message() << u'\n';
        code = 1;
        return false;
    }
    return true;
}

bool mayAudit(const QString &path)
{
    const Status s = takeWriterLock(path);
    if (s.is(ErrorCode::InUse))
        err() << Cli::tr("%1: written, but not entered in the case's audit log: another Casebench has the case open for writing")
                     .arg(path)
              << u'\n';
    else if (!s)
        err() << s.message() << u'\n';
    return s.ok();
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

std::unique_ptr<CaseSession> openSessionToAnalyse(const QString &path, int &code)
{
    const Status lock = takeWriterLock(path);
    if (!lock && !lock.is(ErrorCode::InUse)) {
        err() << lock.message() << u'\n';
        code = 1;
        return nullptr;
    }
    if (!lock)
        err() << Cli::tr("%1: another Casebench has the case open for writing: the analysis is shown here but not saved as a run")
                     .arg(path)
              << u'\n';
    Result<std::unique_ptr<CaseSession>> s = CaseSession::open(path, lock ? CaseFile::Access::ReadWrite : CaseFile::Access::ReadOnly);
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
    if (!mayAudit(cf.path()))
        return {}; // written; the notice says it is not in the log
    auto session = casefile::CaseSession::open(cf.path());
    if (!session)
        return session.status();
    return session.value()->recordFileExport(what, path, view);
}

} // namespace cb::app
