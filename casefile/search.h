#pragma once
// Full-text search over message bodies, contact names, other phone artifacts and notes (SQLite FTS5, trigram tokenizer: works for
// Chinese, which has no spaces, as for Latin scripts), and besides them the entity an identifier typed in
// any written form names and the transactions whose description, counterparty name or reference hold the
// words (searchrecords.cpp). Every hit carries its provenance: the source file, its SHA-256 and the locator
// of the row it came from.
#include "casefile.h"
#include "progress.h"

#include <QJsonObject>

namespace cb::casefile {

struct SearchHit
{
    QString kind;    // "entity", "message", "contact", "artifact", "note", "transaction"
    qint64 rowId = 0;
    QString snippet; // the matching text with hits in [brackets]
    qint64 timeUtcMs = 0;
    bool hasTime = false;
    QString party;   // "sender → recipients" of a message, the number/id of a contact, an entity's label, "account → counterparty"
    QString app;     // a message's app, an artifact's type, an entity's kind
    QString sourceFile, sourceSha256, locator;
    QJsonObject toJson(const QTimeZone &zone) const;
};

// Every word of `query` must occur (case-insensitively) in the text. Words of three or more characters use
// the index; shorter ones (two Chinese characters are a common query) are matched by scanning.
// Entities first, then the indexed text, then transactions, at most `limit` of each. Cancelling the
// token interrupts the scans (a word matched by LIKE reads every row; LIKE folds case for ASCII letters
// only, the index for every script).
Result<QList<SearchHit>> search(CaseFile &cf, const QString &query, int limit = 200, const Progress &progress = {});

// searchrecords.cpp
QList<SearchHit> entityHits(CaseFile &cf, const QString &query, int limit);
QList<SearchHit> transactionHits(CaseFile &cf, const QStringList &words, int limit, Status &status);

} // namespace cb::casefile
