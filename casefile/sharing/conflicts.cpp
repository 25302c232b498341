// The conflicts merges of copies recorded (sharing/mergecopy.h), listed and settled.
#include "session/auditedwrite.h"
#include "sharing/mergecopy.h"
#include "sharing/mergetables.h"

#include <QJsonDocument>

namespace cb::casefile::sharing {

namespace {

// A version as {column: value}, for people; null when the object was deleted in that copy.
QJsonValue readable(const MergeTable *t, const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    if (!t)
        return a;
    QJsonObject o;
    for (qsizetype i = 0; i < t->columns.size() && i < a.size(); ++i)
        o.insert(QLatin1String(t->columns[i].name), a.at(i));
    return o;
}

QString entityLabel(CaseFile &cf, const QString &hex)
{
    return cf.db().scalar("SELECT l.label FROM entities e JOIN entity_labels l ON l.entity_id = e.id WHERE e.uuid = ?",
                          {QByteArray::fromHex(hex.toLatin1())}).toString();
}

// What a conflict is about, as a person names it: the entity or record a note, tag or role is on, a lead's
// code and summary, an event's text, a link's ends.
QString subjectOf(CaseFile &cf, const QString &table, const QJsonValue &version)
{
    const QJsonObject v = version.toObject();
    const auto text = [&v](const char *key) { return v.value(QLatin1String(key)).toVariant().toString(); };
    if (table == QLatin1String("notes") || table == QLatin1String("tags")) {
        const QString target = text("target_table"), uuid = text("target_id");
        if (target == QLatin1String("entities"))
            return entityLabel(cf, uuid);
        const QHash<QString, const char *> named = {{QStringLiteral("leads"), "code || ' ' || summary"}, {QStringLiteral("analyst_events"), "text"},
                                                   {QStringLiteral("links"), "kind"}, {QStringLiteral("sources"), "file_name"}};
        const QByteArray what = named.value(target, "locator"); // a record: where in its file (read once per conflict listed)
        const QByteArray sql = "SELECT " + what + " FROM " + target.toLatin1() + " WHERE uuid = ?";
        const QString locator = cf.db().scalar(sql.constData(), {QByteArray::fromHex(uuid.toLatin1())}).toString();
        return locator.isEmpty() ? target : QStringLiteral("%1 %2").arg(target, locator);
    }
    if (table == QLatin1String("roles"))
        return entityLabel(cf, text("entity_id"));
    if (table == QLatin1String("leads"))
        return QStringLiteral("%1 %2").arg(text("code"), text("summary"));
    if (table == QLatin1String("analyst_events"))
        return text("text");
    if (table == QLatin1String("links"))
        return QStringLiteral("%1 → %2").arg(entityLabel(cf, text("from_id")), entityLabel(cf, text("to_id")));
    if (table == QLatin1String("exhibits"))
        return QStringLiteral("E-%1").arg(text("number"));
    if (table == QLatin1String("analysis_runs"))
        return text("code");
    if (table == QLatin1String("meta"))
        return text("key");
    return {};
}

} // namespace

QJsonObject Conflict::toJson() const
{
    return {{QStringLiteral("code"), code},         {QStringLiteral("kind"), table},          {QStringLiteral("identity"), identity},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("reason"), reason},     {QStringLiteral("peer"), peer},           {QStringLiteral("detected_at"), detectedAt},
            {QStringLiteral("mine"), mine},         {QStringLiteral("theirs"), theirs},
            {QStringLiteral("resolution"), resolution.isEmpty() ? QJsonValue() : QJsonValue(resolution)},
            {QStringLiteral("resolved_by"), resolvedBy.isEmpty() ? QJsonValue() : QJsonValue(resolvedBy)},
            {QStringLiteral("resolved_at"), resolvedAt.isEmpty() ? QJsonValue() : QJsonValue(resolvedAt)}};
}

Result<QList<Conflict>> conflicts(CaseFile &cf, bool includeResolved)
{
    sql::Statement st(cf.db(), includeResolved ? "SELECT code, table_name, identity, reason, peer, detected_at, resolution, resolved_by, resolved_at, "
                                                 "mine, theirs FROM merge_conflicts ORDER BY id"
                                               : "SELECT code, table_name, identity, reason, peer, detected_at, resolution, resolved_by, resolved_at, "
                                                 "mine, theirs FROM merge_conflicts WHERE resolution IS NULL ORDER BY id");
    QList<Conflict> out;
    while (st.step()) {
        const MergeTable *t = mergeTable(st.text(1));
        Conflict c{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7), st.text(8), {},
                   readable(t, st.text(9)), readable(t, st.text(10))};
        c.subject = subjectOf(cf, c.table, c.mine.isObject() ? c.mine : c.theirs);
        out.append(c);
    }
    if (!st.status())
        return st.status();
    return out;
}

Status resolveConflict(CaseFile &cf, const QString &code, bool takeTheirs, const QString &actor)
{
    sql::Statement st(cf.db(), "SELECT id, table_name, identity, theirs, resolution FROM merge_conflicts WHERE code = ?");
    st.bind(1, code.trimmed().toUpper());
    if (!st.step())
        return refusal(ErrorCode::NotFound, QT_TRANSLATE_NOOP("cb::Diagnostics", "no conflict %1"), code);
    const qint64 id = st.int64(0);
    const QString table = st.text(1), identity = st.text(2), theirs = st.text(3);
    if (!st.isNull(4))
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "conflict %1 is already resolved"), code);
    st.reset();
    const MergeTable *t = mergeTable(table);
    if (!t)
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "conflict %1 is about a table this Casebench does not merge"), code);
    const QString take = takeTheirs ? QStringLiteral("theirs") : QStringLiteral("mine");
    const QString who = actor.isEmpty() ? cf.defaultActor() : actor;
    const QJsonObject details{{QStringLiteral("conflict"), code}, {QStringLiteral("take"), take}, {QStringLiteral("kind"), table},
                              {QStringLiteral("identity"), identity}};
    const Status done = auditedWrite(cf, QStringLiteral("resolve_conflict"), details, who, false, [&]() -> Status {
        if (takeTheirs) {
            Result<QList<MergeRow>> rows = readRows(cf.db(), *t, "main");
            if (!rows)
                return rows.status();
            QString key;
            for (const MergeRow &r : rows.value())
                if (r.identity == identity)
                    key = r.key;
            RowWriter writer(cf.db());
            const QJsonArray version = QJsonDocument::fromJson(theirs.toUtf8()).array();
            if (theirs.isEmpty()) {
                if (!key.isEmpty())
                    if (Status s = writer.remove(*t, key); !s)
                        return s;
            } else if (key.isEmpty()) {
                if (Result<qint64> r = writer.insert(*t, version); !r)
                    return r.status();
            } else if (Status s = writer.update(*t, key, version); !s) {
                return s;
            }
        }
        sql::Statement up(cf.db(), "UPDATE merge_conflicts SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?");
        return up.bind(1, take).bind(2, who).bind(3, nowUtc()).bind(4, id).exec();
    }, {{ObjectKind::Roles, ObjectKind::Notes, ObjectKind::Tags, ObjectKind::Settings, ObjectKind::Leads, ObjectKind::Events, ObjectKind::Links,
         ObjectKind::Runs, ObjectKind::Exhibits}, {}, QStringLiteral("resolve_conflict")});
    return done && table == QLatin1String("meta") ? cf.reloadSettings() : done; // a case detail: the settings read it
}

} // namespace cb::casefile::sharing
