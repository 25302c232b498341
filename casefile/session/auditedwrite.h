#pragma once
// Inside the case session: how every intent method writes. The change and its audit entry go in one
// transaction (both or neither), and the change is announced only once it is committed. An undo or redo
// says so in its audit entry (undo_redo: true), which also binds what the write changed (verify checks it). Also the small things every intent method needs: the time
// an edit is stamped with, a UUID as text, and a refusal with its code.
#include "casefile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <functional>

namespace cb::casefile {

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString uuidText(const QByteArray &blob)
{
    return QUuid::fromRfc4122(blob).toString(QUuid::WithoutBraces);
}

// A refused edit: the template (QT_TRANSLATE_NOOP("cb::Diagnostics", ...)) with its one argument filled.
inline Status refusal(ErrorCode code, const char *tmpl, const QString &arg = {})
{
    const QString m = QString::fromUtf8(tmpl);
    return Status::error(code, arg.isNull() ? m : m.arg(arg));
}

inline Status auditedWrite(CaseFile &cf, const QString &action, QJsonObject details, const QString &actor, bool undoing,
                           const std::function<Status()> &write, const Change &change)
{
    sql::Transaction tx(cf.db());
    if (!tx.status().ok())
        return tx.status();
    TrackedChanges tracked(cf); // the entry binds the digest of every row the write changed
    if (Status s = write(); !s.ok())
        return s;
    if (undoing)
        details.insert(QStringLiteral("undo_redo"), true);
    if (Status s = cf.appendAudit(action, details, actor); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    cf.notifyChanged(change);
    return {};
}

} // namespace cb::casefile
