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

// The other party of a message (alias m): its recipients when it went out, else its sender. A message
// thread exhibit is the messages of one source and app with the same other party.
#define THREAD_PARTY "CASE WHEN m.direction = 'out' THEN coalesce(m.recipients, '') ELSE coalesce(nullif(m.sender, ''), " \
                     "(SELECT label FROM entity_labels WHERE entity_id = m.sender_id), '') END"

// By number; removed ones only when asked.
QList<Exhibit> exhibitsOf(CaseFile &cf, bool withRemoved = false);

} // namespace cb::casefile
