#pragma once
// Exhibits as any connection reads them (the case session's addExhibit and removeExhibit write them).
#include "casefile.h"

#include <QJsonObject>

namespace cb::casefile {

struct Exhibit
{
    QString code; // E-N
    qint64 number = 0;
    QString uuid, kind, caption, note, actor, createdAt, removedAt;
    QJsonObject spec;
    QJsonObject toJson() const;
};

// By number; removed ones only when asked.
QList<Exhibit> exhibitsOf(CaseFile &cf, bool withRemoved = false);

} // namespace cb::casefile
