#pragma once
// Inside the case session: how every intent method writes. The change and its audit entry go in one
// transaction (both or neither), and the change is announced only once it is committed. An undo or redo
// says so in its audit entry (undo_redo: true).
#include "casefile.h"

#include <QJsonObject>
#include <functional>

namespace cb::casefile {

inline Status auditedWrite(CaseFile &cf, const QString &action, QJsonObject details, const QString &actor, bool undoing,
                           const std::function<Status()> &write, const Change &change)
{
    sql::Transaction tx(cf.db());
    if (!tx.status().ok())
        return tx.status();
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
