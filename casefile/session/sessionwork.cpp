// The case session's analyst work: roles on entities, notes and tags on entities and records. Each write
// is one transaction with its audit entry; an undone or redone edit says so in its audit entry.
#include "session/casesession.h"

#include "query/recordquery.h"
#include "session/auditedwrite.h"
#include "recordkind.h"

#include "hash.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QUuid>

namespace cb::casefile {

namespace {

Status invalid(const char *tmpl, const QString &arg = {})
{
    return refusal(ErrorCode::Invalid, tmpl, arg);
}

Status notFound(const char *tmpl, const QString &arg)
{
    return refusal(ErrorCode::NotFound, tmpl, arg);
}

bool knownTable(const QString &table)
{
    if (table == u"entities")
        return true;
    for (RecordKind k : allRecordKinds)
        if (table == recordKindName(k))
            return true;
    return false;
}


} // namespace

QJsonObject NoteRow::toJson() const
{
    QJsonObject o{{QStringLiteral("uuid"), uuid},
                  {QStringLiteral("target"), QJsonObject{{QStringLiteral("table"), target.table}, {QStringLiteral("id"), target.id},
                                                         {QStringLiteral("uuid"), targetUuid}, {QStringLiteral("label"), targetLabel}}},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("author"), author},
                  {QStringLiteral("created_at"), createdAt}};
    if (!editedAt.isEmpty())
        o.insert(QStringLiteral("edited_at"), editedAt);
    if (!deletedAt.isEmpty())
        o.insert(QStringLiteral("deleted_at"), deletedAt);
    return o;
}

QJsonObject RoleRow::toJson() const
{
    return {{QStringLiteral("entity"), entityUuid}, {QStringLiteral("id"), entity}, {QStringLiteral("label"), label},
            {QStringLiteral("role"), roleName(role)}, {QStringLiteral("justification"), justification},
            {QStringLiteral("actor"), actor}, {QStringLiteral("set_at"), setAt}};
}

Status CaseSession::validTarget(const Target &target)
{
    if (!knownTable(target.table))
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "notes and tags attach to entities and records, not to \"%1\""), target.table);
    const QByteArray sql = "SELECT 1 FROM " + target.table.toLatin1() + " WHERE id = ?";
    if (!m_case->db().scalar(sql.constData(), {target.id}).isValid())
        return notFound(QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no such record or entity (%1)"), target.table + u' ' + QString::number(target.id));
    return {};
}

QString CaseSession::targetUuid(const Target &target)
{
    const QByteArray sql = "SELECT uuid FROM " + target.table.toLatin1() + " WHERE id = ?";
    return uuidText(m_case->db().scalar(sql.constData(), {target.id}).toByteArray());
}

// Roles.

Status CaseSession::writeRole(qint64 entity, Role role, const QString &justification, bool undoing)
{
    const QString uuid = targetUuid({QStringLiteral("entities"), entity});
    const QString previous = m_case->db().scalar("SELECT role FROM roles WHERE entity_id = ?", {entity}).toString();
    const QJsonObject details{{QStringLiteral("entity"), uuid}, {QStringLiteral("entity_id"), entity},
                              {QStringLiteral("label"), entityLabel(*m_case, entity)}, {QStringLiteral("role"), roleName(role)},
                              {QStringLiteral("previous"), previous.isEmpty() ? QStringLiteral("none") : previous},
                              {QStringLiteral("justification"), justification}};
    return auditedWrite(*m_case, QStringLiteral("role"), details, actor(), undoing, [&]() -> Status {
        if (role == Role::None) {
            sql::Statement del(m_case->db(), "DELETE FROM roles WHERE entity_id = ?");
            return del.bind(1, entity).exec();
        }
        sql::Statement put(m_case->db(), "INSERT OR REPLACE INTO roles(entity_id, role, justification, actor, set_at) VALUES (?, ?, ?, ?, ?)");
        return put.bind(1, entity).bind(2, roleName(role)).bind(3, justification).bind(4, actor()).bind(5, nowUtc()).exec();
    }, {{ObjectKind::Roles}, {entity}, QStringLiteral("role")});
}

Status CaseSession::setRole(qint64 entity, Role role, const QString &justification)
{
    if (Status s = validTarget({QStringLiteral("entities"), entity}); !s)
        return s;
    sql::Statement was(m_case->db(), "SELECT role, justification FROM roles WHERE entity_id = ?");
    was.bind(1, entity);
    const Role before = was.step() ? roleFromName(was.text(0)).value_or(Role::None) : Role::None;
    const QString beforeWhy = before == Role::None ? QString() : was.text(1);
    was.reset();
    if (before == role)
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "the entity already has the role %1"), roleName(role));
    if (Status s = writeRole(entity, role, justification.trimmed(), false); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Set role"),
           [this, entity, before, beforeWhy] { return writeRole(entity, before, beforeWhy, true); },
           [this, entity, role, justification] { return writeRole(entity, role, justification.trimmed(), true); });
    return {};
}

QList<RoleRow> CaseSession::roles()
{
    return rolesOf(*m_case);
}

QList<RoleRow> rolesOf(CaseFile &cf)
{
    QList<RoleRow> out;
    sql::Statement st(cf.db(), "SELECT r.entity_id, e.uuid, l.label, r.role, r.justification, r.actor, r.set_at FROM roles r "
                                    "JOIN entities e ON e.id = r.entity_id JOIN entity_labels l ON l.entity_id = r.entity_id ORDER BY r.entity_id");
    while (st.step())
        out.append({st.int64(0), uuidText(st.blob(1)), st.text(2), roleFromName(st.text(3)).value_or(Role::None), st.text(4), st.text(5), st.text(6)});
    return out;
}

// Notes.

Result<QString> CaseSession::addNote(const Target &target, const QString &text)
{
    if (text.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "a note needs text"));
    if (Status s = validTarget(target); !s)
        return s;
    const QUuid uuid = QUuid::createUuid();
    const QString id = uuid.toString(QUuid::WithoutBraces);
    const QJsonObject details{{QStringLiteral("note"), id}, {QStringLiteral("target_table"), target.table},
                              {QStringLiteral("target"), targetUuid(target)}, {QStringLiteral("text"), text}};
    const Status s = auditedWrite(*m_case, QStringLiteral("note_add"), details, actor(), false, [&]() -> Status {
        sql::Statement st(m_case->db(), "INSERT INTO notes(uuid, target_table, target_id, text, author, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        const QByteArray blob = uuid.toRfc4122();
        st.bindBlob(1, blob.constData(), int(blob.size())).bind(2, target.table).bind(3, target.id).bind(4, text).bind(5, actor()).bind(6, nowUtc());
        return st.exec();
    }, {{ObjectKind::Notes}, {}, QStringLiteral("note_add")});
    if (!s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Add note"), [this, id] { return writeNoteDeleted(id, true, true); },
           [this, id] { return writeNoteDeleted(id, false, true); });
    return id;
}

Status CaseSession::writeNoteText(const QString &uuid, const QString &text, bool undoing)
{
    const QByteArray blob = QUuid::fromString(uuid).toRfc4122();
    const QString before = m_case->db().scalar("SELECT text FROM notes WHERE uuid = ?", {blob}).toString();
    const QJsonObject details{{QStringLiteral("note"), uuid}, {QStringLiteral("text"), text}, {QStringLiteral("previous"), before}};
    return auditedWrite(*m_case, QStringLiteral("note_edit"), details, actor(), undoing, [&]() -> Status {
        sql::Statement st(m_case->db(), "UPDATE notes SET text = ?, edited_at = ? WHERE uuid = ?");
        return st.bind(1, text).bind(2, nowUtc()).bindBlob(3, blob.constData(), int(blob.size())).exec();
    }, {{ObjectKind::Notes}, {}, QStringLiteral("note_edit")});
}

Status CaseSession::writeNoteDeleted(const QString &uuid, bool deleted, bool undoing)
{
    const QByteArray blob = QUuid::fromString(uuid).toRfc4122();
    return auditedWrite(*m_case, deleted ? QStringLiteral("note_delete") : QStringLiteral("note_restore"), {{QStringLiteral("note"), uuid}}, actor(),
                   undoing, [&]() -> Status {
                       sql::Statement st(m_case->db(), "UPDATE notes SET deleted_at = ? WHERE uuid = ?");
                       if (deleted)
                           st.bind(1, nowUtc());
                       else
                           st.bindNull(1);
                       return st.bindBlob(2, blob.constData(), int(blob.size())).exec();
                   },
                   {{ObjectKind::Notes}, {}, deleted ? QStringLiteral("note_delete") : QStringLiteral("note_restore")});
}

Status CaseSession::editNote(const QString &uuid, const QString &text)
{
    if (text.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "a note needs text"));
    const QByteArray blob = QUuid::fromString(uuid).toRfc4122();
    sql::Statement st(m_case->db(), "SELECT text, deleted_at FROM notes WHERE uuid = ?");
    st.bindBlob(1, blob.constData(), int(blob.size()));
    if (QUuid::fromString(uuid).isNull() || !st.step() || !st.isNull(1))
        return notFound(QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no note %1"), uuid);
    const QString before = st.text(0);
    st.reset();
    if (Status s = writeNoteText(uuid, text, false); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Edit note"), [this, uuid, before] { return writeNoteText(uuid, before, true); },
           [this, uuid, text] { return writeNoteText(uuid, text, true); });
    return {};
}

Status CaseSession::deleteNote(const QString &uuid)
{
    const QByteArray blob = QUuid::fromString(uuid).toRfc4122();
    if (QUuid::fromString(uuid).isNull() ||
        !m_case->db().scalar("SELECT 1 FROM notes WHERE uuid = ? AND deleted_at IS NULL", {blob}).isValid())
        return notFound(QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no note %1"), uuid);
    if (Status s = writeNoteDeleted(uuid, true, false); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Delete note"), [this, uuid] { return writeNoteDeleted(uuid, false, true); },
           [this, uuid] { return writeNoteDeleted(uuid, true, true); });
    return {};
}

QList<NoteRow> CaseSession::notes(const std::optional<Target> &target, bool includeDeleted)
{
    return notesOf(*m_case, target, includeDeleted);
}

QList<NoteRow> notesOf(CaseFile &cf, const std::optional<Target> &target, bool includeDeleted)
{
    QList<NoteRow> out;
    sql::Statement st(cf.db(), "SELECT id, uuid, target_table, target_id, text, author, created_at, edited_at, deleted_at FROM notes "
                                    "WHERE (?1 IS NULL OR (target_table = ?1 AND target_id = ?2)) AND (?3 OR deleted_at IS NULL) ORDER BY id");
    if (target)
        st.bind(1, target->table).bind(2, target->id);
    else
        st.bindNull(1).bindNull(2);
    st.bind(3, includeDeleted ? 1 : 0);
    while (st.step()) {
        NoteRow n{st.int64(0), uuidText(st.blob(1)), {st.text(2), st.int64(3)}, {}, {}, st.text(4), st.text(5), st.text(6), st.text(7), st.text(8)};
        out.append(n);
    }
    for (NoteRow &n : out) {
        if (!knownTable(n.target.table))
            continue;
        const QByteArray sql = "SELECT uuid FROM " + n.target.table.toLatin1() + " WHERE id = ?";
        n.targetUuid = uuidText(cf.db().scalar(sql.constData(), {n.target.id}).toByteArray());
        n.targetLabel = n.target.table == u"entities" ? entityLabel(cf, n.target.id) : n.target.table + u' ' + n.targetUuid;
    }
    return out;
}

Status CaseSession::recordExport(const QString &what, const QJsonObject &details)
{
    return m_case->appendAudit(what, details, actor());
}

Status CaseSession::recordFileExport(const QString &what, const QString &path, const QJsonObject &view)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return recordExport(what, {{QStringLiteral("file"), path}, {QStringLiteral("sha256"), sha256Hex(f)}, {QStringLiteral("view"), view}});
}

// Tags.

Status CaseSession::writeTag(const Target &target, const QString &tag, bool add, bool undoing)
{
    const QJsonObject details{{QStringLiteral("target_table"), target.table}, {QStringLiteral("target"), targetUuid(target)},
                              {QStringLiteral("tag"), tag}};
    return auditedWrite(*m_case, add ? QStringLiteral("tag") : QStringLiteral("untag"), details, actor(), undoing, [&]() -> Status {
        if (!add) {
            sql::Statement st(m_case->db(), "DELETE FROM tags WHERE target_table = ? AND target_id = ? AND tag = ?");
            return st.bind(1, target.table).bind(2, target.id).bind(3, tag).exec();
        }
        sql::Statement st(m_case->db(), "INSERT INTO tags(uuid, target_table, target_id, tag, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        const QByteArray blob = QUuid::createUuid().toRfc4122();
        st.bindBlob(1, blob.constData(), int(blob.size())).bind(2, target.table).bind(3, target.id).bind(4, tag).bind(5, actor()).bind(6, nowUtc());
        return st.exec();
    }, {{ObjectKind::Tags}, {target.id}, add ? QStringLiteral("tag") : QStringLiteral("untag")});
}

Status CaseSession::tag(const Target &target, const QString &tag)
{
    const QString t = tag.trimmed();
    if (t.isEmpty() || t.size() > 100)
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "a tag is a word or short phrase (1 to 100 characters)"));
    if (Status s = validTarget(target); !s)
        return s;
    if (tags(target).contains(t))
        return invalid(QT_TRANSLATE_NOOP("cb::Diagnostics", "already tagged \"%1\""), t);
    if (Status s = writeTag(target, t, true, false); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Tag"), [this, target, t] { return writeTag(target, t, false, true); },
           [this, target, t] { return writeTag(target, t, true, true); });
    return {};
}

Status CaseSession::untag(const Target &target, const QString &tag)
{
    const QString t = tag.trimmed();
    if (Status s = validTarget(target); !s)
        return s;
    if (!tags(target).contains(t))
        return notFound(QT_TRANSLATE_NOOP("cb::Diagnostics", "not tagged \"%1\""), t);
    if (Status s = writeTag(target, t, false, false); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Remove tag"), [this, target, t] { return writeTag(target, t, true, true); },
           [this, target, t] { return writeTag(target, t, false, true); });
    return {};
}

QStringList CaseSession::tags(const Target &target)
{
    return tagsOf(*m_case, target);
}

QStringList tagsOf(CaseFile &cf, const Target &target)
{
    QStringList out;
    sql::Statement st(cf.db(), "SELECT tag FROM tags WHERE target_table = ? AND target_id = ? ORDER BY tag");
    st.bind(1, target.table).bind(2, target.id);
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace cb::casefile
