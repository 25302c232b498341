#include "records.h"

namespace cb::casefile {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Fatal: return QStringLiteral("fatal");
    }
    return {};
}

QString directionName(CallDirection d)
{
    switch (d) {
    case CallDirection::Out: return QStringLiteral("out");
    case CallDirection::In: return QStringLiteral("in");
    case CallDirection::Missed: return QStringLiteral("missed");
    case CallDirection::Unknown: break;
    }
    return QStringLiteral("unknown");
}

static QString fill(QString s, const QStringList &args)
{
    for (const QString &a : args)
        s = s.arg(a);
    return s;
}

QString Message::text() const
{
    return fill(tmpl, args);
}

QString Message::translated() const
{
    const QByteArray key = tmpl.toUtf8();
    return fill(QCoreApplication::translate("cb::Diagnostics", key.constData()), args);
}

} // namespace cb::casefile
