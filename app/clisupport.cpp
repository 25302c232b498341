#include "clisupport.h"

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

} // namespace cb::app
