#include "entitylinks.h"

#include "casefile.h"
#include "identifiers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace cb::casefile {

QString EntityRef::display() const
{
    QStringList parts;
    if (!name.isEmpty())
        parts << name;
    if (!identifiers.isEmpty())
        parts << identifiers.first();
    return parts.isEmpty() ? QStringLiteral("#%1").arg(id) : QStringLiteral("#%1 ").arg(id) + parts.join(QStringLiteral(", "));
}

QJsonObject EntityRef::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("uuid"), uuid}, {QStringLiteral("kind"), kind}, {QStringLiteral("name"), name},
            {QStringLiteral("label"), label},
            {QStringLiteral("identifiers"), QJsonArray::fromStringList(identifiers)}};
}

QJsonObject AnalystLink::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("uuid"), uuid}, {QStringLiteral("kind"), kind},
                  {QStringLiteral("from"), from.toJson()}, {QStringLiteral("to"), to.toJson()}, {QStringLiteral("confidence"), confidence},
                  {QStringLiteral("justification"), justification}, {QStringLiteral("actor"), actor}, {QStringLiteral("created_at"), createdAt}};
    if (!undoneAt.isEmpty())
        o.insert(QStringLiteral("undone_at"), undoneAt), o.insert(QStringLiteral("undone_by"), undoneBy);
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status), o.insert(QStringLiteral("basis"), basis);
    return o;
}

namespace {

Status error(const char *tmpl, const QString &arg = {})
{
    const QString m = QString::fromUtf8(tmpl);
    return Status::error(arg.isNull() ? m : m.arg(arg));
}

qint64 entityByIdentifier(CaseFile &cf, const Identifier &id)
{
    if (id.isNull())
        return 0;
    return cf.db().scalar("SELECT entity_id FROM identifiers WHERE type = ? AND value = ?", {id.type, id.value}).toLongLong();
}

Status writeStatus(CaseFile &cf, qint64 linkId, const QString &status, const QString &basis, const QString &justification, const QString &who)
{
    sql::Statement st(cf.db(), "INSERT INTO link_statuses(link_id, status, basis, justification, actor, at) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, linkId).bind(2, status).bind(3, basis.trimmed().isEmpty() ? QString() : basis.trimmed()).bind(4, justification.trimmed());
    return st.bind(5, who).bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).exec();
}

// `extra` runs inside the link's transaction (an asserted link's first status) and adds to its audit entry.
Result<qint64> insertLink(CaseFile &cf, const QString &kind, const EntityRef &from, const EntityRef &to, int confidence,
                          const QString &justification, const QString &actor, const char *auditAction,
                          const std::function<Status(qint64 id, QJsonObject &details)> &extra = {})
{
    if (justification.trimmed().isEmpty())
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "a justification is required: say why"));
    if (confidence < 0 || confidence > 100)
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "the confidence must be between 0 and 100"));
    const QString who = actor.isEmpty() ? cf.defaultActor() : actor;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QUuid uuid = QUuid::createUuid();
    sql::Transaction tx(cf.db());
    if (!tx.status().ok())
        return tx.status();
    TrackedChanges tracked(cf); // the audit entry binds the link row as written
    sql::Statement st(cf.db(), "INSERT INTO links(uuid, kind, from_id, to_id, confidence, justification, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QByteArray blob = uuid.toRfc4122();
    st.bindBlob(1, blob.constData(), int(blob.size())).bind(2, kind).bind(3, from.id).bind(4, to.id);
    st.bind(5, confidence / 100.0).bind(6, justification.trimmed()).bind(7, who).bind(8, now);
    if (Status s = st.exec(); !s.ok())
        return s;
    const qint64 id = cf.db().lastInsertRowId();
    QJsonObject details{{QStringLiteral("link"), id}, {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("kind"), kind}, {QStringLiteral("from"), from.toJson()}, {QStringLiteral("to"), to.toJson()},
                        {QStringLiteral("confidence"), confidence}, {QStringLiteral("justification"), justification.trimmed()}};
    if (extra)
        if (Status s = extra(id, details); !s.ok())
            return s;
    if (Status s = cf.appendAudit(QLatin1String(auditAction), details, who); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    cf.notifyChanged({{ObjectKind::Links, ObjectKind::Entities}, {from.id, to.id}, QLatin1String(auditAction)});
    return id;
}

} // namespace

Result<qint64> findEntity(CaseFile &cf, const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'#')) {
        bool ok = false;
        const qint64 id = t.mid(1).toLongLong(&ok);
        if (ok && cf.db().scalar("SELECT count(*) FROM entities WHERE id = ?", {id}).toLongLong() == 1)
            return id;
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no entity %1"), t);
    }
    if (const QUuid u = QUuid::fromString(t); !u.isNull()) {
        const qint64 id = cf.db().scalar("SELECT id FROM entities WHERE uuid = ?", {u.toRfc4122()}).toLongLong();
        if (id)
            return id;
    }
    Normaliser norm(cf.settings().region);
    for (const Identifier &id : {norm.phone(t), norm.account(t), norm.imei(t), norm.imsi(t), norm.cell(t)})
        if (const qint64 e = entityByIdentifier(cf, id))
            return e;
    if (const qint64 e = cf.db().scalar("SELECT entity_id FROM identifiers WHERE value = ?", {t}).toLongLong())
        return e; // device labels, handles: as written
    return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "no entity has the identifier \"%1\""), t);
}

EntityRef describeEntity(CaseFile &cf, qint64 id)
{
    EntityRef e;
    e.id = id;
    sql::Statement st(cf.db(), "SELECT e.uuid, e.kind, e.name, l.label FROM entities e JOIN entity_labels l ON l.entity_id = e.id WHERE e.id = ?");
    st.bind(1, id);
    if (st.step()) {
        e.uuid = QUuid::fromRfc4122(st.blob(0)).toString(QUuid::WithoutBraces);
        e.kind = st.text(1);
        e.name = st.text(2);
        e.label = st.text(3);
    }
    sql::Statement ids(cf.db(), "SELECT type, value FROM identifiers WHERE entity_id = ? ORDER BY partial, id");
    ids.bind(1, id);
    while (ids.step())
        e.identifiers << ids.text(0) + u' ' + ids.text(1);
    return e;
}

qint64 canonicalEntity(CaseFile &cf, qint64 id)
{
    const QVariant v = cf.db().scalar("SELECT canonical_id FROM entity_groups WHERE entity_id = ?", {id});
    return v.isValid() && !v.isNull() ? v.toLongLong() : id;
}

Result<qint64> mergeEntities(CaseFile &cf, qint64 a, qint64 b, int confidence, const QString &justification, const QString &actor)
{
    const EntityRef ea = describeEntity(cf, a), eb = describeEntity(cf, b);
    if (ea.uuid.isEmpty() || eb.uuid.isEmpty())
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "both entities must exist"));
    if (a == b || canonicalEntity(cf, a) == canonicalEntity(cf, b))
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "the two entities are already one (merged or identical)"));
    return insertLink(cf, LinkKind::SameEntity, ea, eb, confidence, justification, actor, "merge");
}

Result<qint64> markDeviceOwner(CaseFile &cf, qint64 device, qint64 phone, int confidence, const QString &justification, const QString &actor)
{
    const EntityRef d = describeEntity(cf, device), p = describeEntity(cf, phone);
    if (d.kind != EntityKind::Device)
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 is not a device"), d.display());
    if (p.kind != EntityKind::Phone)
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 is not a phone number"), p.display());
    if (cf.db().scalar("SELECT count(*) FROM links WHERE kind = ? AND from_id = ? AND to_id = ? AND undone_at IS NULL",
                       {LinkKind::OwnsDevice, phone, device}).toLongLong() > 0)
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 is already marked as the device's owner"), p.display());
    return insertLink(cf, LinkKind::OwnsDevice, p, d, confidence, justification, actor, "mark_owner");
}

Status undoLink(CaseFile &cf, qint64 linkId, const QString &justification, const QString &actor)
{
    if (justification.trimmed().isEmpty())
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "a justification is required: say why"));
    const QList<AnalystLink> links = analystLinks(cf);
    const auto it = std::find_if(links.begin(), links.end(), [&](const AnalystLink &l) { return l.id == linkId; });
    if (it == links.end())
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "there is no merge or owner mark %1"), QString::number(linkId));
    if (!it->undoneAt.isEmpty())
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "link %1 was already undone"), QString::number(linkId));
    const QString who = actor.isEmpty() ? cf.defaultActor() : actor;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    sql::Transaction tx(cf.db());
    if (!tx.status().ok())
        return tx.status();
    TrackedChanges tracked(cf); // the audit entry binds the link row as written
    sql::Statement st(cf.db(), "UPDATE links SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL");
    if (Status s = st.bind(1, now).bind(2, who).bind(3, linkId).exec(); !s.ok())
        return s;
    QJsonObject details = it->toJson();
    details.insert(QStringLiteral("justification"), justification.trimmed());
    details.insert(QStringLiteral("original_justification"), it->justification);
    const QString action = it->kind == LinkKind::SameEntity ? QStringLiteral("unmerge")
                           : it->kind == LinkKind::OwnsDevice ? QStringLiteral("unmark_owner")
                                                              : QStringLiteral("unassert_link");
    if (Status s = cf.appendAudit(action, details, who); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    cf.notifyChanged({{ObjectKind::Links, ObjectKind::Entities}, {it->from.id, it->to.id}, QStringLiteral("unlink")});
    return {};
}

QList<AnalystLink> analystLinks(CaseFile &cf, bool includeUndone)
{
    QList<AnalystLink> out;
    sql::Statement st(cf.db(), "SELECT id, uuid, kind, from_id, to_id, confidence, justification, actor, created_at, undone_at, undone_by "
                               "FROM links WHERE kind IN ('same_entity', 'owns_device', 'owns', 'uses', 'member_of', 'alias_of') ORDER BY id");
    while (st.step()) {
        if (!includeUndone && !st.isNull(9))
            continue;
        AnalystLink l;
        l.id = st.int64(0);
        l.uuid = QUuid::fromRfc4122(st.blob(1)).toString(QUuid::WithoutBraces);
        l.kind = st.text(2);
        l.from = describeEntity(cf, st.int64(3));
        l.to = describeEntity(cf, st.int64(4));
        l.confidence = qRound(st.real(5) * 100);
        l.justification = st.text(6);
        l.actor = st.text(7);
        l.createdAt = st.text(8);
        l.undoneAt = st.text(9);
        l.undoneBy = st.text(10);
        sql::Statement status(cf.db(), "SELECT status, coalesce(basis, '') FROM link_statuses WHERE link_id = ? ORDER BY id DESC LIMIT 1");
        if (status.bind(1, l.id).step())
            l.status = status.text(0), l.basis = status.text(1);
        out << l;
    }
    return out;
}

const QStringList &LinkKind::asserted()
{
    static const QStringList k{Owns, Uses, MemberOf, AliasOf};
    return k;
}

const QStringList &LinkStatus::all()
{
    static const QStringList s{Alleged, Corroborated, Refuted};
    return s;
}

Result<qint64> assertLink(CaseFile &cf, qint64 from, qint64 to, const QString &kind, const QString &status, const QString &basis,
                          const QString &justification, const QString &actor)
{
    if (!LinkKind::asserted().contains(kind))
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "an asserted link is owns, uses, member_of or alias_of, not \"%1\""), kind);
    if (!LinkStatus::all().contains(status))
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "a link's status is alleged, corroborated or refuted, not \"%1\""), status);
    const EntityRef a = describeEntity(cf, from), b = describeEntity(cf, to);
    if (a.uuid.isEmpty() || b.uuid.isEmpty() || canonicalEntity(cf, from) == canonicalEntity(cf, to))
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "a link joins two different entities"));
    const QString who = actor.isEmpty() ? cf.defaultActor() : actor;
    return insertLink(cf, kind, a, b, 100, justification, who, "assert_link", [&](qint64 id, QJsonObject &details) {
        details.insert(QStringLiteral("status"), status);
        details.insert(QStringLiteral("basis"), basis.trimmed());
        return writeStatus(cf, id, status, basis, justification, who);
    });
}

Status setLinkStatus(CaseFile &cf, qint64 linkId, const QString &status, const QString &basis, const QString &justification, const QString &actor)
{
    if (!LinkStatus::all().contains(status))
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "a link's status is alleged, corroborated or refuted, not \"%1\""), status);
    if (justification.trimmed().isEmpty())
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "a justification is required: say why"));
    const QString kind = cf.db().scalar("SELECT kind FROM links WHERE id = ? AND undone_at IS NULL", {linkId}).toString();
    if (!LinkKind::asserted().contains(kind))
        return error(QT_TRANSLATE_NOOP("cb::Diagnostics", "link %1 is not an asserted link"), QString::number(linkId));
    const QString who = actor.isEmpty() ? cf.defaultActor() : actor;
    sql::Transaction tx(cf.db());
    if (!tx.status().ok())
        return tx.status();
    TrackedChanges tracked(cf);
    if (Status s = writeStatus(cf, linkId, status, basis, justification, who); !s.ok())
        return s;
    const QJsonObject details{{QStringLiteral("link"), linkId}, {QStringLiteral("status"), status}, {QStringLiteral("basis"), basis.trimmed()},
                              {QStringLiteral("justification"), justification.trimmed()}};
    if (Status s = cf.appendAudit(QStringLiteral("link_status"), details, who); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    cf.notifyChanged({{ObjectKind::Links}, {linkId}, QStringLiteral("link_status")});
    return {};
}

QList<qint64> seizedDeviceOwners(CaseFile &cf)
{
    QList<qint64> out;
    sql::Statement st(cf.db(), "SELECT DISTINCT from_id FROM links WHERE kind IN ('owns_device', 'uses_device') AND undone_at IS NULL ORDER BY from_id");
    while (st.step())
        out << st.int64(0);
    return out;
}

} // namespace cb::casefile
