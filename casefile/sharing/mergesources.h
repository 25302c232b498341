#pragma once
// The sources of a colleague's copy, brought into this one (sharing/mergecopy.h). A file both copies
// imported (the same SHA-256) counts once; a file only theirs holds comes with its preserved bytes,
// companions, certificate, records and the entities and identifiers it created, bound by the merge's
// audit entry exactly as an import binds them. Entities are matched by UUID, then by any identifier,
// then (for a file both imported) by where in the file they were found; temp.merge_emap and
// temp.merge_smap map their ids to this copy's for everything merged after.
#include "casefile.h"
#include "progress.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::casefile::sharing {

struct SourceMerge
{
    qint64 copied = 0, shared = 0, entities = 0, identifiers = 0, records = 0;
    QJsonArray bound;   // the audit entry's "sources" bindings
    QJsonArray files;   // what came in: file, sha256
};

// With the other copy attached as `theirs`, inside the merge's transaction. `theirBindings`: what each of
// their sources' import bound there, by source UUID (a source whose rows differ from it is refused).
Result<SourceMerge> mergeSources(CaseFile &cf, const Progress &progress, const QHash<QString, QJsonObject> &theirBindings);

} // namespace cb::casefile::sharing
