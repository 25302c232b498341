// The case session's leads register and analyst-entered events; and how any connection reads them.
#include "session/casesession.h"

#include "query/recordquery.h"
#include "session/auditedwrite.h"
#include "session/leads.h"
#include "timeutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace cb::casefile {

namespace {


Status linkEntities(CaseFile &cf, const char *sql, qint64 owner, const QList<qint64> &entities)
{
    sql::Statement st(cf.db(), sql);
    for (qint64 e : entities) {
        st.bind(1, owner).bind(2, e);
        if (Status s = st.exec(); !s.ok())
            return s;
    }
    return {};
}

QStringList labelsOf(CaseFile &cf, const QList<qint64> &entities)
{
    QStringList out;
    for (qint64 e : entities)
        out << entityLabel(cf, e);
    return out;
}

} // namespace

QString leadStatusName(LeadStatus s)
{
    switch (s) {
    case LeadStatus::New: return QStringLiteral("new");
    case LeadStatus::Assigned: return QStringLiteral("assigned");
    case LeadStatus::Verifying: return QStringLiteral("verifying");
    case LeadStatus::Confirmed: return QStringLiteral("confirmed");
    case LeadStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("new");
}

std::optional<LeadStatus> leadStatusFromName(QStringView name)
{
    for (LeadStatus s : {LeadStatus::New, LeadStatus::Assigned, LeadStatus::Verifying, LeadStatus::Confirmed, LeadStatus::Closed})
        if (name.compare(leadStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QJsonObject LeadRow::toJson() const
{
    QJsonArray steps, ents;
    for (const LeadStep &s : history)
        steps.append(QJsonObject{{QStringLiteral("status"), leadStatusName(s.status)}, {QStringLiteral("note"), s.note},
                                 {QStringLiteral("actor"), s.actor}, {QStringLiteral("at"), s.at}});
    for (qsizetype i = 0; i < entities.size(); ++i)
        ents.append(QJsonObject{{QStringLiteral("id"), entities.at(i)}, {QStringLiteral("label"), entityLabels.value(i)}});
    return {{QStringLiteral("code"), code}, {QStringLiteral("uuid"), uuid}, {QStringLiteral("summary"), summary},
            {QStringLiteral("source"), source}, {QStringLiteral("status"), leadStatusName(status)},
            {QStringLiteral("created_by"), createdBy}, {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("history"), steps}, {QStringLiteral("entities"), ents}};
}

QJsonObject AnalystEvent::toJson() const
{
    QJsonArray ents;
    for (qsizetype i = 0; i < entities.size(); ++i)
        ents.append(QJsonObject{{QStringLiteral("id"), entities.at(i)}, {QStringLiteral("label"), entityLabels.value(i)}});
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("time"), isoWithOffset(time)}, {QStringLiteral("text"), text},
            {QStringLiteral("basis"), basis}, {QStringLiteral("analyst_entered"), true}, {QStringLiteral("actor"), actor},
            {QStringLiteral("created_at"), createdAt}, {QStringLiteral("entities"), ents}};
}

Result<QString> CaseSession::addLead(const QString &summary, const QString &source, const QList<qint64> &entities)
{
    if (summary.trimmed().isEmpty())
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "a lead needs a summary"));
    for (qint64 e : entities)
        if (Status s = validTarget({QStringLiteral("entities"), e}); !s)
            return s;
    // L-YYYY-NNNNNN: numbers are never reused, a deleted lead's included.
    const QString year = QString::number(QDate::currentDate().year());
    const qint64 last = m_case->db().scalar("SELECT coalesce(max(CAST(substr(code, 8) AS INTEGER)), 0) FROM leads WHERE code LIKE ?",
                                            {QStringLiteral("L-%1-%").arg(year)}).toLongLong();
    const QString code = QStringLiteral("L-%1-%2").arg(year).arg(last + 1, 6, 10, QLatin1Char('0'));
    const QByteArray uuid = QUuid::createUuid().toRfc4122();
    const QJsonObject details{{QStringLiteral("lead"), code}, {QStringLiteral("uuid"), uuidText(uuid)}, {QStringLiteral("summary"), summary.trimmed()},
                              {QStringLiteral("source"), source.trimmed()}, {QStringLiteral("entities"), QJsonArray::fromStringList(labelsOf(*m_case, entities))}};
    const Status s = auditedWrite(*m_case, QStringLiteral("lead_add"), details, actor(), false, [&]() -> Status {
        sql::Statement st(m_case->db(), "INSERT INTO leads(uuid, code, summary, source, status, created_by, created_at) VALUES (?, ?, ?, ?, 'new', ?, ?)");
        const QString now = nowUtc();
        st.bindBlob(1, uuid.constData(), int(uuid.size())).bind(2, code).bind(3, summary.trimmed()).bind(4, source.trimmed()).bind(5, actor()).bind(6, now);
        if (Status s = st.exec(); !s.ok())
            return s;
        const qint64 id = m_case->db().lastInsertRowId();
        sql::Statement h(m_case->db(), "INSERT INTO lead_history(lead_id, status, note, actor, at) VALUES (?, 'new', ?, ?, ?)");
        if (Status s = h.bind(1, id).bind(2, QStringLiteral("registered")).bind(3, actor()).bind(4, now).exec(); !s.ok())
            return s;
        return linkEntities(*m_case, "INSERT OR IGNORE INTO lead_entities(lead_id, entity_id) VALUES (?, ?)", id, entities);
    }, {{ObjectKind::Leads}, {}, QStringLiteral("lead_add")});
    if (!s)
        return s;
    auto mark = [this, code](bool deleted) {
        return auditedWrite(*m_case, deleted ? QStringLiteral("lead_delete") : QStringLiteral("lead_restore"),
                            {{QStringLiteral("lead"), code}}, actor(), true, [&]() -> Status {
                                 sql::Statement st(m_case->db(), "UPDATE leads SET deleted_at = ? WHERE code = ?");
                                 if (deleted)
                                     st.bind(1, nowUtc());
                                 else
                                     st.bindNull(1);
                                 return st.bind(2, code).exec();
                             }, {{ObjectKind::Leads}, {}, QStringLiteral("lead_delete")});
    };
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Add lead"), [mark] { return mark(true); }, [mark] { return mark(false); });
    return code;
}

Status CaseSession::writeLeadStatus(const QString &code, LeadStatus status, const QString &note, bool undoing)
{
    const QJsonObject details{{QStringLiteral("lead"), code}, {QStringLiteral("status"), leadStatusName(status)}, {QStringLiteral("note"), note}};
    return auditedWrite(*m_case, QStringLiteral("lead_status"), details, actor(), undoing, [&]() -> Status {
        const qint64 id = m_case->db().scalar("SELECT id FROM leads WHERE code = ?", {code}).toLongLong();
        sql::Statement st(m_case->db(), "UPDATE leads SET status = ? WHERE id = ?");
        if (Status s = st.bind(1, leadStatusName(status)).bind(2, id).exec(); !s.ok())
            return s;
        sql::Statement h(m_case->db(), "INSERT INTO lead_history(lead_id, status, note, actor, at) VALUES (?, ?, ?, ?, ?)");
        return h.bind(1, id).bind(2, leadStatusName(status)).bind(3, note).bind(4, actor()).bind(5, nowUtc()).exec();
    }, {{ObjectKind::Leads}, {}, QStringLiteral("lead_status")});
}

Status CaseSession::setLeadStatus(const QString &code, LeadStatus status, const QString &note)
{
    const QVariant before = m_case->db().scalar("SELECT status FROM leads WHERE code = ? AND deleted_at IS NULL", {code});
    if (!before.isValid())
        return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no lead %1"), code);
    const LeadStatus was = leadStatusFromName(before.toString()).value_or(LeadStatus::New);
    if (was == status)
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "the lead is already %1"), leadStatusName(status));
    if (Status s = writeLeadStatus(code, status, note.trimmed(), false); !s)
        return s;
    // The history keeps every step: an undo is a step back, with who and when.
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Change lead status"),
           [this, code, was] { return writeLeadStatus(code, was, QStringLiteral("undo"), true); },
           [this, code, status, note] { return writeLeadStatus(code, status, note.trimmed(), true); });
    return {};
}

Result<QString> CaseSession::addEvent(const Timestamp &time, const QString &text, const QList<qint64> &entities, const QString &basis)
{
    if (text.trimmed().isEmpty())
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "an event needs a text"));
    for (qint64 e : entities)
        if (Status s = validTarget({QStringLiteral("entities"), e}); !s)
            return s;
    const QByteArray uuid = QUuid::createUuid().toRfc4122();
    const QString id = uuidText(uuid);
    const QJsonObject details{{QStringLiteral("event"), id}, {QStringLiteral("time"), isoWithOffset(time)}, {QStringLiteral("text"), text.trimmed()},
                              {QStringLiteral("basis"), basis.trimmed()}, {QStringLiteral("entities"), QJsonArray::fromStringList(labelsOf(*m_case, entities))}};
    const Status s = auditedWrite(*m_case, QStringLiteral("event_add"), details, actor(), false, [&]() -> Status {
        sql::Statement st(m_case->db(), "INSERT INTO analyst_events(uuid, time_utc, utc_offset, text, basis, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bindBlob(1, uuid.constData(), int(uuid.size())).bind(2, time.utcMs).bind(3, qint64(time.offsetS)).bind(4, text.trimmed());
        if (Status s = st.bind(5, basis.trimmed()).bind(6, actor()).bind(7, nowUtc()).exec(); !s.ok())
            return s;
        return linkEntities(*m_case, "INSERT OR IGNORE INTO analyst_event_entities(event_id, entity_id) VALUES (?, ?)", m_case->db().lastInsertRowId(),
                            entities);
    }, {{ObjectKind::Events}, {}, QStringLiteral("event_add")});
    if (!s)
        return s;
    auto mark = [this, uuid, id](bool deleted) {
        return auditedWrite(*m_case, deleted ? QStringLiteral("event_delete") : QStringLiteral("event_restore"),
                            {{QStringLiteral("event"), id}}, actor(), true, [&]() -> Status {
                                 sql::Statement st(m_case->db(), "UPDATE analyst_events SET deleted_at = ? WHERE uuid = ?");
                                 if (deleted)
                                     st.bind(1, nowUtc());
                                 else
                                     st.bindNull(1);
                                 return st.bindBlob(2, uuid.constData(), int(uuid.size())).exec();
                             }, {{ObjectKind::Events}, {}, QStringLiteral("event_delete")});
    };
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Add event"), [mark] { return mark(true); }, [mark] { return mark(false); });
    return id;
}

QList<LeadRow> leadsOf(CaseFile &cf, std::optional<LeadStatus> status)
{
    QList<LeadRow> out;
    sql::Statement st(cf.db(), "SELECT id, uuid, code, summary, source, status, created_by, created_at FROM leads "
                               "WHERE deleted_at IS NULL AND (?1 IS NULL OR status = ?1) ORDER BY code");
    if (status)
        st.bind(1, leadStatusName(*status));
    else
        st.bindNull(1);
    while (st.step())
        out.append({st.int64(0), uuidText(st.blob(1)), st.text(2), st.text(3), st.text(4),
                    leadStatusFromName(st.text(5)).value_or(LeadStatus::New), st.text(6), st.text(7), {}, {}, {}});
    sql::Statement h(cf.db(), "SELECT status, note, actor, at FROM lead_history WHERE lead_id = ? ORDER BY id");
    sql::Statement e(cf.db(), "SELECT entity_id FROM lead_entities WHERE lead_id = ? ORDER BY entity_id");
    for (LeadRow &l : out) {
        h.reset();
        h.bind(1, l.id);
        while (h.step())
            l.history.append({leadStatusFromName(h.text(0)).value_or(LeadStatus::New), h.text(1), h.text(2), h.text(3)});
        e.reset();
        e.bind(1, l.id);
        while (e.step())
            l.entities << e.int64(0);
        l.entityLabels = labelsOf(cf, l.entities);
    }
    return out;
}

QList<AnalystEvent> analystEventsOf(CaseFile &cf)
{
    QList<AnalystEvent> out;
    sql::Statement st(cf.db(), "SELECT id, uuid, time_utc, utc_offset, text, basis, actor, created_at FROM analyst_events "
                               "WHERE deleted_at IS NULL ORDER BY time_utc, id");
    while (st.step())
        out.append({st.int64(0), uuidText(st.blob(1)), {st.int64(2), qint32(st.int64(3))}, st.text(4), st.text(5), st.text(6), st.text(7), {}, {}});
    sql::Statement e(cf.db(), "SELECT entity_id FROM analyst_event_entities WHERE event_id = ? ORDER BY entity_id");
    for (AnalystEvent &ev : out) {
        e.reset();
        e.bind(1, ev.id);
        while (e.step())
            ev.entities << e.int64(0);
        ev.entityLabels = labelsOf(cf, ev.entities);
    }
    return out;
}

} // namespace cb::casefile
