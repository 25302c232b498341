#include "query/entityquery.h"

#include "casefile.h"
#include "identifiers.h"
#include "query/recordquery.h"

#include <QUuid>

namespace cb::casefile {

namespace {

QStringList identifiersOf(CaseFile &cf, qint64 id)
{
    QStringList out;
    sql::Statement st(cf.db(), "SELECT type, value FROM identifiers WHERE entity_id = ? ORDER BY partial, id");
    st.bind(1, id);
    while (st.step())
        out << st.text(0) + u' ' + st.text(1);
    return out;
}

} // namespace

Result<QList<EntityRow>> findEntities(CaseFile &cf, const EntityFilter &f, const Progress &progress)
{
    QStringList where;
    QVariantList binds;
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // By label, name or any identifier containing the text, and by the text as an identifier normalised the
        // way imports normalise it ("138 0013 8000" finds +8613800138000).
        const QString pattern = sql::likeContaining(text);
        QString any = QStringLiteral("l.label LIKE ? ESCAPE '\\' OR coalesce(e.name, '') LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM identifiers i "
                                     "WHERE i.entity_id = e.id AND (i.value LIKE ? ESCAPE '\\'");
        binds << pattern << pattern << pattern;
        Normaliser norm(cf.settings().region);
        for (const Identifier &id : {norm.phone(text), norm.account(text), norm.imei(text), norm.imsi(text), norm.cell(text)}) {
            if (id.isNull())
                continue;
            any += QStringLiteral(" OR (i.type = ? AND i.value = ?)");
            binds << id.type << id.value;
        }
        where << u'(' + any + QStringLiteral(")))"); // the identifier alternatives, EXISTS, the whole condition
    }
    if (!f.kinds.isEmpty()) {
        QStringList marks;
        for (const QString &k : f.kinds)
            marks << QStringLiteral("?"), binds << k;
        where << QStringLiteral("e.kind IN (") + marks.join(u',') + u')';
    }
    if (f.role) {
        if (*f.role == Role::None)
            where << QStringLiteral("r.role IS NULL");
        else
            where << QStringLiteral("r.role = ?"), binds << roleName(*f.role);
    }
    const QString sql = QStringLiteral("SELECT e.id, e.uuid, e.kind, l.label, e.name, r.role FROM entities e JOIN entity_labels l ON l.entity_id = e.id "
                                       "LEFT JOIN roles r ON r.entity_id = e.id") +
                        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
                        QStringLiteral(" ORDER BY r.role IS NULL, l.label LIMIT ?");
    binds << qint64(f.limit);
    const QByteArray utf8 = sql.toUtf8();
    sql::Interruptible guard(cf.db(), progress);
    sql::Statement st(cf.db(), utf8.constData());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QList<EntityRow> out;
    while (st.step()) {
        EntityRow e;
        e.id = st.int64(0);
        e.uuid = QUuid::fromRfc4122(st.blob(1)).toString(QUuid::WithoutBraces);
        e.kind = st.text(2);
        e.label = st.text(3);
        e.name = st.text(4);
        e.role = roleFromName(st.text(5)).value_or(Role::None);
        out << e;
    }
    if (!st.status().ok())
        return guard.status(st.status());
    for (EntityRow &e : out)
        e.identifiers = identifiersOf(cf, e.id);
    return out;
}

Result<EntityDetail> entityDetail(CaseFile &cf, qint64 id)
{
    EntityDetail d;
    const EntityRef ref = describeEntity(cf, id);
    if (ref.uuid.isEmpty())
        return Status::error(ErrorCode::NotFound, QStringLiteral("there is no entity %1").arg(id));
    d.entity = {id, ref.uuid, ref.kind, ref.label, ref.name, Role::None, ref.identifiers};
    sql::Statement ids(cf.db(), "SELECT i.type, i.value, i.partial, s.file_name, i.locator FROM identifiers i LEFT JOIN sources s ON s.id = i.source_id "
                                "WHERE i.entity_id = ? ORDER BY i.partial, i.id");
    ids.bind(1, id);
    while (ids.step())
        d.identifiers << IdentifierOrigin{ids.text(0), ids.text(1), ids.int64(2) != 0, ids.text(3), ids.text(4)};
    for (const AnalystLink &l : analystLinks(cf))
        if (l.from.id == id || l.to.id == id)
            d.links << l;
    sql::Statement role(cf.db(), "SELECT role, justification, actor, set_at FROM roles WHERE entity_id = ?");
    role.bind(1, id);
    if (role.step()) {
        d.entity.role = roleFromName(role.text(0)).value_or(Role::None);
        d.roleJustification = role.text(1);
        d.roleActor = role.text(2);
        d.roleSetAt = role.text(3);
    }
    const Target t{QStringLiteral("entities"), id};
    d.tags = tagsOf(cf, t);
    d.notes = notesOf(cf, t);
    for (RecordKind k : allRecordKinds) {
        RecordQuery q;
        q.kind = k;
        q.filter.entities = {id};
        const Result<qint64> n = countRecords(cf, q);
        if (n && n.value() > 0)
            d.records << qMakePair(k, n.value());
    }
    return d;
}

} // namespace cb::casefile
