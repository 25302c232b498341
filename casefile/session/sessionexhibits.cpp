// Exhibits: what the evidence packet will show, each checked against the case when it is made.
#include "entitylinks.h"
#include "recordkind.h"
#include "session/auditedwrite.h"
#include "chart/chart.h"
#include "session/casesession.h"
#include "session/exhibits.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cb::casefile {

QJsonObject Exhibit::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), code},       {QStringLiteral("kind"), kind},     {QStringLiteral("spec"), spec},
                  {QStringLiteral("caption"), caption}, {QStringLiteral("note"), note},     {QStringLiteral("investigator"), actor},
                  {QStringLiteral("created_at"), createdAt}, {QStringLiteral("uuid"), uuid}};
    if (!removedAt.isEmpty())
        o.insert(QStringLiteral("removed_at"), removedAt);
    return o;
}

QList<Exhibit> exhibitsOf(CaseFile &cf, bool withRemoved)
{
    QList<Exhibit> out;
    sql::Statement st(cf.db(), withRemoved ? "SELECT number, uuid, kind, spec, caption, note, actor, created_at, removed_at FROM exhibits ORDER BY number"
                                           : "SELECT number, uuid, kind, spec, caption, note, actor, created_at, removed_at FROM exhibits "
                                             "WHERE removed_at IS NULL ORDER BY number");
    while (st.step()) {
        Exhibit e;
        e.number = st.int64(0);
        e.code = QStringLiteral("E-%1").arg(e.number);
        e.uuid = uuidText(st.blob(1));
        e.kind = st.text(2);
        e.spec = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
        e.caption = st.text(4);
        e.note = st.text(5);
        e.actor = st.text(6);
        e.createdAt = st.text(7);
        e.removedAt = st.text(8);
        out.append(e);
    }
    return out;
}

// What the exhibit shows, as the case has it now: entities by their identifiers and UUIDs, times in UTC.
Result<QJsonObject> CaseSession::checkedExhibit(const QString &kind, const QJsonObject &spec)
{
    sql::Database &db = m_case->db();
    if (kind == u"table") {
        const QString records = spec.value(QStringLiteral("kind")).toString();
        if (!QStringList{QStringLiteral("transactions"), QStringLiteral("calls"), QStringLiteral("messages"), QStringLiteral("contacts"),
                         QStringLiteral("locations")}.contains(records))
            return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "a table exhibit shows transactions, calls, messages, contacts or locations, not \"%1\""), records);
        QJsonObject out{{QStringLiteral("kind"), records}};
        QJsonArray entities;
        for (const QJsonValue &v : spec.value(QStringLiteral("entities")).toArray()) {
            const Result<qint64> id = findEntity(*m_case, v.toString());
            if (!id)
                return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "no entity is \"%1\""), v.toString());
            entities.append(QJsonObject{{QStringLiteral("label"), db.scalar("SELECT label FROM entity_labels WHERE entity_id = ?", {id.value()}).toString()},
                                        {QStringLiteral("uuid"), uuidText(db.scalar("SELECT uuid FROM entities WHERE id = ?", {id.value()}).toByteArray())}});
        }
        out.insert(QStringLiteral("entities"), entities);
        for (const char *key : {"from", "to"}) {
            const QString text = spec.value(QLatin1String(key)).toString();
            if (text.isEmpty())
                continue;
            const std::optional<qint64> t = parseUserTime(text, m_case->timeZone());
            if (!t)
                return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "\"%1\" is not a date or an ISO 8601 time"), text);
            out.insert(QLatin1String(key), isoUtc(*t));
        }
        if (!spec.value(QStringLiteral("text")).toString().isEmpty())
            out.insert(QStringLiteral("text"), spec.value(QStringLiteral("text")).toString());
        return out;
    }
    if (kind == u"record") {
        const Result<Target> t = resolveTarget(spec.value(QStringLiteral("uuid")).toString());
        if (!t || t.value().table == u"entities")
            return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "no record has the UUID \"%1\""), spec.value(QStringLiteral("uuid")).toString());
        return QJsonObject{{QStringLiteral("table"), t.value().table}, {QStringLiteral("uuid"), spec.value(QStringLiteral("uuid")).toString().trimmed().toLower()}};
    }
    if (kind == u"thread") {
        // The conversation a message belongs to: the same source and app, the same other party.
        const QUuid uuid = QUuid::fromString(spec.value(QStringLiteral("uuid")).toString().trimmed());
        sql::Statement st(db, "SELECT s.uuid, coalesce(m.app, ''), " THREAD_PARTY " FROM messages m JOIN sources s ON s.id = m.source_id WHERE m.uuid = ?");
        const QByteArray key = uuid.toRfc4122();
        st.bindBlob(1, key.constData(), int(key.size()));
        if (uuid.isNull() || !st.step())
            return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "no message has the UUID \"%1\""), spec.value(QStringLiteral("uuid")).toString());
        return QJsonObject{{QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)}, {QStringLiteral("source"), uuidText(st.blob(0))},
                           {QStringLiteral("app"), st.text(1)}, {QStringLiteral("party"), st.text(2)}};
    }
    if (kind == u"run" || kind == u"lead") {
        const QString code = spec.value(kind).toString().trimmed().toUpper();
        const char *sql = kind == u"run" ? "SELECT kind || ' ' || data_sha256 FROM analysis_runs WHERE code = ?"
                                         : "SELECT status FROM leads WHERE code = ? AND deleted_at IS NULL";
        const QVariant found = db.scalar(sql, {code});
        if (!found.isValid())
            return refusal(ErrorCode::NotFound, kind == u"run" ? QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no run %1")
                                                               : QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no lead %1"), code);
        QJsonObject out{{kind, code}};
        if (kind == u"run")
            out.insert(QStringLiteral("run_kind"), found.toString().section(u' ', 0, 0)), out.insert(QStringLiteral("data_sha256"), found.toString().section(u' ', 1));
        return out;
    }
    if (kind == u"timeline") {
        // A saved timeline view, copied into the exhibit: the packet draws what was saved, even if the view
        // is saved again differently later.
        const QString name = spec.value(spec.contains(QStringLiteral("view")) ? QStringLiteral("view") : QStringLiteral("timeline")).toString().simplified();
        const Result<QJsonObject> view = timelineView(*m_case, name);
        if (!view)
            return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no saved timeline view \"%1\""), name);
        return QJsonObject{{QStringLiteral("view"), name}, {QStringLiteral("spec"), view.value()}};
    }
    if (kind == u"chart") {
        // A saved chart, copied into the exhibit with its positions: the packet draws what was saved.
        const QString name = spec.value(QStringLiteral("chart")).toString().simplified();
        const Result<QJsonObject> saved = chart::savedChart(*m_case, name);
        if (!saved)
            return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no saved chart \"%1\""), name);
        return QJsonObject{{QStringLiteral("chart"), name}, {QStringLiteral("spec"), saved.value()}};
    }
    return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "an exhibit is a table, a record, a thread, a run, a lead, a timeline or a chart, not \"%1\""), kind);
}

Result<QString> CaseSession::addExhibit(const QString &kind, const QJsonObject &given, const QString &caption, const QString &note)
{
    const Result<QJsonObject> spec = checkedExhibit(kind, given);
    if (!spec)
        return spec.status();
    const qint64 number = m_case->db().scalar("SELECT coalesce(max(number), 0) + 1 FROM exhibits").toLongLong();
    const QString code = QStringLiteral("E-%1").arg(number);
    const QByteArray uuid = QUuid::createUuid().toRfc4122();
    const QJsonObject details{{QStringLiteral("exhibit"), code}, {QStringLiteral("kind"), kind}, {QStringLiteral("spec"), spec.value()},
                              {QStringLiteral("caption"), caption}};
    const Status s = auditedWrite(*m_case, QStringLiteral("exhibit_add"), details, actor(), false, [&]() -> Status {
        sql::Statement st(m_case->db(), "INSERT INTO exhibits(uuid, number, kind, spec, caption, note, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        st.bindBlob(1, uuid.constData(), int(uuid.size())).bind(2, number).bind(3, kind);
        st.bind(4, QString::fromUtf8(QJsonDocument(spec.value()).toJson(QJsonDocument::Compact))).bind(5, caption.trimmed()).bind(6, note.trimmed());
        return st.bind(7, actor()).bind(8, nowUtc()).exec();
    }, {{ObjectKind::Exhibits}, {}, QStringLiteral("exhibit_add")});
    if (!s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Add exhibit"), [this, code] { return writeExhibitRemoved(code, true, true); },
           [this, code] { return writeExhibitRemoved(code, false, true); });
    return code;
}

Status CaseSession::writeExhibitRemoved(const QString &code, bool removed, bool undoing)
{
    return auditedWrite(*m_case, removed ? QStringLiteral("exhibit_remove") : QStringLiteral("exhibit_restore"), {{QStringLiteral("exhibit"), code}},
                        actor(), undoing, [&]() -> Status {
                            sql::Statement st(m_case->db(), "UPDATE exhibits SET removed_at = ? WHERE number = ?");
                            removed ? st.bind(1, nowUtc()) : st.bindNull(1);
                            return st.bind(2, code.mid(2).toLongLong()).exec();
                        },
                        {{ObjectKind::Exhibits}, {}, removed ? QStringLiteral("exhibit_remove") : QStringLiteral("exhibit_restore")});
}

Status CaseSession::removeExhibit(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (!c.startsWith(u"E-") || !m_case->db().scalar("SELECT 1 FROM exhibits WHERE number = ? AND removed_at IS NULL", {c.mid(2).toLongLong()}).isValid())
        return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no exhibit %1"), c);
    if (Status s = writeExhibitRemoved(c, true, false); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Remove exhibit"), [this, c] { return writeExhibitRemoved(c, false, true); },
           [this, c] { return writeExhibitRemoved(c, true, true); });
    return {};
}

} // namespace cb::casefile
