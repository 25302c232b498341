#pragma once
// What a packet row rests on: a record of the case found by its UUID or id, with its row digest (the one
// the audit chain binds), its source's SHA-256 and file name, and its locator. Every row a packet shows is
// cited through here, so the provenance line on the page and the manifest's entry say the same thing.
#include "casefile.h"
#include "recordkind.h"
#include "redactor.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <optional>

namespace cb::reports {

struct CitedRow
{
    qint64 id = 0, sourceId = 0;
    QString uuid, table, digest, sourceUuid, sourceSha256, fileName, locator;
};

class Citations
{
public:
    Citations(casefile::CaseFile &cf, const Redactor &redactor) : m_case(cf), m_redactor(redactor) {}
    std::optional<CitedRow> byUuid(const QString &uuid);
    std::optional<CitedRow> byId(casefile::RecordKind kind, qint64 id);
    // "file · source 0143a4afbb39 · line 10 · row 5d2c0e8f3a7b9c11"
    QString provenance(const CitedRow &row) const;
    QJsonObject json(const CitedRow &row) const;
    // Every source a cited row came from, in the order first cited.
    const QList<qint64> &sources() const { return m_sources; }

    static QString shortSha(const QString &sha256) { return sha256.left(12); }
    static QString shortDigest(const QString &digest) { return digest.left(16); }

private:
    std::optional<CitedRow> lookup(const char *table, const char *where, const QVariant &key);
    casefile::CaseFile &m_case;
    const Redactor &m_redactor;
    QList<qint64> m_sources;
    QSet<qint64> m_seenSources;
};

// Every record UUID a saved result names (keys "transaction", "paired_transaction", "call", "record",
// "uuid", "rows" lists), in the order met.
QStringList citedUuids(const QJsonValue &value);

} // namespace cb::reports
