#include "citations.h"

#include "session/auditedwrite.h"

#include <QJsonObject>
#include <QUuid>

namespace cb::reports {

using namespace casefile;

std::optional<CitedRow> Citations::lookup(const char *table, const char *where, const QVariant &key)
{
    const QByteArray sql = QByteArray("SELECT r.id, r.uuid, lower(hex(r.digest)), s.id, s.uuid, s.sha256, s.file_name, r.locator FROM ") + table
                           + " r JOIN sources s ON s.id = r.source_id WHERE " + where;
    sql::Statement st(m_case.db(), sql.constData());
    key.typeId() == QMetaType::QByteArray ? st.bindBlob(1, key.toByteArray().constData(), int(key.toByteArray().size()))
                                          : st.bind(1, key.toLongLong());
    if (!st.step())
        return std::nullopt;
    CitedRow row{st.int64(0), st.int64(3), uuidText(st.blob(1)), QString::fromLatin1(table), st.text(2), uuidText(st.blob(4)),
                 st.text(5), st.text(6), st.text(7)};
    if (!m_seenSources.contains(row.sourceId))
        m_seenSources.insert(row.sourceId), m_sources.append(row.sourceId);
    return row;
}

std::optional<CitedRow> Citations::byUuid(const QString &uuid)
{
    const QUuid u = QUuid::fromString(uuid.trimmed());
    if (u.isNull())
        return std::nullopt;
    for (RecordKind kind : allRecordKinds)
        if (auto row = lookup(recordTable(kind), "r.uuid = ?1", u.toRfc4122()))
            return row;
    return std::nullopt;
}

std::optional<CitedRow> Citations::byId(RecordKind kind, qint64 id)
{
    return lookup(recordTable(kind), "r.id = ?1", id);
}

QString Citations::provenance(const CitedRow &row) const
{
    return QStringLiteral("%1 · %2 · %3 · row %4").arg(m_redactor.apply(row.fileName), shortSha(row.sourceSha256), row.locator, shortDigest(row.digest));
}

QJsonObject Citations::json(const CitedRow &row) const
{
    return {{QStringLiteral("uuid"), row.uuid},        {QStringLiteral("table"), row.table},
            {QStringLiteral("digest"), row.digest},    {QStringLiteral("source"), row.sourceUuid},
            {QStringLiteral("source_sha256"), row.sourceSha256}, {QStringLiteral("locator"), row.locator}};
}

QStringList citedUuids(const QJsonValue &value)
{
    static const QStringList keys{QStringLiteral("transaction"), QStringLiteral("paired_transaction"), QStringLiteral("call"),
                                  QStringLiteral("record"), QStringLiteral("uuid")};
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            out += citedUuids(v);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isString() && keys.contains(it.key()))
                out.append(it->toString());
            else if (it->isArray() && it.key() == u"rows")
                for (const QJsonValue &v : it->toArray())
                    v.isString() ? void(out.append(v.toString())) : void(out += citedUuids(v));
            else if (it->isArray() || it->isObject())
                out += citedUuids(*it);
        }
    }
    return out;
}

} // namespace cb::reports
