#include "sharing/mergecodes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace cb::casefile::sharing {

namespace {

QVariant bindable(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(v.toInteger()) : QVariant(v.toString());
}

QJsonValue fromSql(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? QJsonValue(v.toString()) : QJsonValue(v.toLongLong());
}

// The highest number after the code's prefix (L-2026-, R-) in either copy, or the highest exhibit number.
qint64 highest(sql::Database &db, const MergeTable &t, const QJsonValue &code)
{
    const QByteArray col = t.columns[t.code].name, name = t.name;
    if (code.isDouble())
        return db.scalar(QByteArray("SELECT max((SELECT coalesce(max(" + col + "), 0) FROM main." + name + "), (SELECT coalesce(max(" + col +
                                    "), 0) FROM theirs." + name + "))")
                             .constData())
            .toLongLong();
    const QString text = code.toString(), prefix = text.left(text.lastIndexOf(u'-') + 1);
    const QByteArray part = "(SELECT coalesce(max(CAST(substr(" + col + ", ?1) AS INTEGER)), 0) FROM %1." + name + " WHERE " + col + " LIKE ?2)";
    const QByteArray sql = "SELECT max(" + QByteArray(part).replace("%1", "main") + ", " + QByteArray(part).replace("%1", "theirs") + ')';
    return db.scalar(sql.constData(), {prefix.size() + 1, prefix + u'%'}).toLongLong();
}

QJsonValue codeAfter(const QJsonValue &code, qint64 number)
{
    if (code.isDouble())
        return number;
    const QString text = code.toString(), prefix = text.left(text.lastIndexOf(u'-') + 1);
    return prefix + QStringLiteral("%1").arg(number, int(text.size() - prefix.size()), 10, QLatin1Char('0'));
}

struct Loser
{
    QString uuid, otherUuid;
    QJsonValue code;
    bool ours = false;
    bool hasTheirs = false; // this copy's loser is in theirs too, under `code`
    QJsonValue old;         // the code both gave
};

// What refers to an object by its code: a rerun names the run it repeats, an exhibit the run or lead it shows.
Status renameReferences(sql::Database &db, const char *table, const QJsonValue &from, const QJsonValue &to)
{
    const QVariant f = bindable(from), t = bindable(to);
    if (qstrcmp(table, "analysis_runs") == 0) {
        if (Status s = sql::Statement(db, "UPDATE main.analysis_runs SET rerun_of = ?2 WHERE rerun_of = ?1").bind(1, f).bind(2, t).exec(); !s)
            return s;
        return sql::Statement(db, "UPDATE main.exhibits SET spec = json_set(spec, '$.run', ?2) WHERE json_extract(spec, '$.run') = ?1")
            .bind(1, f).bind(2, t).exec();
    }
    if (qstrcmp(table, "leads") == 0)
        return sql::Statement(db, "UPDATE main.exhibits SET spec = json_set(spec, '$.lead', ?2) WHERE json_extract(spec, '$.lead') = ?1")
            .bind(1, f).bind(2, t).exec();
    return {};
}

Status settleTable(sql::Database &db, const MergeTable &t, Renumbering &out)
{
    const QByteArray col = t.columns[t.code].name, name = t.name;
    // One code, two objects, the loser (the higher UUID) new to the copy that holds the other.
    const QByteArray sql = "SELECT lower(hex(o.uuid)), lower(hex(t.uuid)), o." + col + ", (SELECT " + col + " FROM theirs." + name +
                           " WHERE uuid = o.uuid), (SELECT " + col + " FROM main." + name + " WHERE uuid = t.uuid) FROM main." + name +
                           " o JOIN theirs." + name + " t ON t." + col + " = o." + col + " AND t.uuid <> o.uuid";
    sql::Statement st(db, sql.constData());
    std::map<QString, Loser> losers; // by UUID: the order both copies assign new codes in
    while (st.step()) {
        const QString o = st.text(0), th = st.text(1);
        const QJsonValue code = fromSql(st.value(2));
        if (o < th && st.isNull(4))
            losers[th] = {th, o, code, false, false, code};
        else if (th < o)
            losers[o] = {o, th, st.isNull(3) ? code : fromSql(st.value(3)), true, !st.isNull(3), code};
    }
    if (!st.status())
        return st.status();
    QHash<QString, qint64> last; // per table and prefix: the codes handed out here count as taken
    for (const auto &[uuid, l] : losers) {
        QJsonValue next;
        const bool theirsIsFree = l.hasTheirs && !db.scalar(QByteArray("SELECT 1 FROM main." + name + " WHERE " + col + " = ?").constData(),
                                                            {bindable(l.code)}).isValid();
        if (theirsIsFree) {
            next = l.code; // the other copy renumbered it already: the same code here
        } else {
            const QString prefix = l.code.isDouble() ? QString() : l.code.toString().left(l.code.toString().lastIndexOf(u'-') + 1);
            qint64 &n = last[prefix];
            n = qMax(n, highest(db, t, l.code)) + 1;
            next = codeAfter(l.code, n);
        }
        const QString key = QLatin1String(name) + u'\x1f' + uuid;
        if (l.ours) {
            sql::Statement up(db, QByteArray("UPDATE main." + name + " SET " + col + " = ? WHERE uuid = ?").constData());
            if (Status s = up.bind(1, bindable(next)).bind(2, QVariant(QByteArray::fromHex(uuid.toLatin1()))).exec(); !s)
                return s;
            if (Status s = renameReferences(db, t.name, l.old, next); !s)
                return s;
        } else {
            out.theirs.insert(key, next);
            out.theirCodes[QLatin1String(name)].insert(l.old.toVariant().toString(), next);
        }
        const QJsonObject entry{{QStringLiteral("kind"), QLatin1String(name)}, {QStringLiteral("uuid"), uuid},
                                {QStringLiteral("copy"), l.ours ? QStringLiteral("this") : QStringLiteral("theirs")},
                                {QStringLiteral("from"), l.old}, {QStringLiteral("to"), next}};
        if (l.ours)
            out.ours.append(entry);
        out.all.append(entry);
    }
    return {};
}

} // namespace

void renameTheirReferences(const Renumbering &codes, const MergeTable &t, QJsonArray &content)
{
    const auto renamed = [&codes](const char *table, const QJsonValue &v) {
        const QHash<QString, QJsonValue> map = codes.theirCodes.value(QLatin1String(table));
        return map.value(v.toVariant().toString(), v);
    };
    if (qstrcmp(t.name, "analysis_runs") == 0) {
        content[10] = renamed("analysis_runs", content.at(10)); // rerun_of
    } else if (qstrcmp(t.name, "exhibits") == 0) {
        QJsonObject spec = QJsonDocument::fromJson(content.at(3).toString().toUtf8()).object();
        bool changed = false;
        for (const auto &[key, table] : {std::pair{"run", "analysis_runs"}, std::pair{"lead", "leads"}})
            if (spec.contains(QLatin1String(key)) && renamed(table, spec.value(QLatin1String(key))) != spec.value(QLatin1String(key))) {
                spec.insert(QLatin1String(key), renamed(table, spec.value(QLatin1String(key))));
                changed = true;
            }
        if (changed)
            content[3] = QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact));
    }
}

// An object both copies hold under different codes (renumbered by an earlier merge): their references by
// their code mean this copy's code.
Status mapSharedCodes(sql::Database &db, const MergeTable &t, Renumbering &out)
{
    const QByteArray col = t.columns[t.code].name, name = t.name;
    sql::Statement st(db, QByteArray("SELECT t." + col + ", o." + col + " FROM theirs." + name + " t JOIN main." + name + " o ON o.uuid = t.uuid WHERE t." +
                                     col + " <> o." + col).constData());
    while (st.step())
        out.theirCodes[QLatin1String(name)].insert(st.text(0), fromSql(st.value(1)));
    return st.status();
}

Result<Renumbering> settleCodes(sql::Database &db)
{
    Renumbering out;
    for (const MergeTable &t : mergeTables())
        if (t.code >= 0) {
            if (Status s = settleTable(db, t, out); !s)
                return s;
            if (Status s = mapSharedCodes(db, t, out); !s)
                return s;
        }
    return out;
}

} // namespace cb::casefile::sharing
