#pragma once
// Full-text search over message bodies, contact names, other phone artifacts and notes (SQLite FTS5, trigram tokenizer: works for
// Chinese, which has no spaces, as for Latin scripts). Every hit carries its provenance: the source file,
// its SHA-256 and the locator of the row it came from.
#include "casefile.h"

#include <QJsonObject>

namespace cb::casefile {

struct SearchHit
{
    QString kind;    // "message", "contact", "artifact", "note"
    qint64 rowId = 0;
    QString snippet; // the matching text with hits in [brackets]
    qint64 timeUtcMs = 0;
    bool hasTime = false;
    QString party;   // "sender → recipients" of a message, the number/id of a contact
    QString app;
    QString sourceFile, sourceSha256, locator;
    QJsonObject toJson(const QTimeZone &zone) const;
};

// Every word of `query` must occur (case-insensitively) in the text. Words of three or more characters use
// the index; shorter ones (two Chinese characters are a common query) are matched by scanning.
Result<QList<SearchHit>> search(CaseFile &cf, const QString &query, int limit = 200);

} // namespace cb::casefile
