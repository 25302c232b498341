#include "sharing/mergecopy.h"

#include "sharing/mergecodes.h"

#include "hash.h"
#include "schema.h"
#include "session/auditedwrite.h"
#include "sharing/mergehistory.h"
#include "sharing/mergesources.h"
#include "sharing/mergetables.h"

#include <QFileInfo>
#include <QUrl>
#include <QJsonDocument>

namespace cb::casefile::sharing {

namespace {

// The other copy, attached to this case's connection for as long as the merge runs.
class Attached
{
public:
    explicit Attached(sql::Database &db) : m_db(db) {}
    ~Attached()
    {
        if (m_attached)
            m_db.exec("DETACH DATABASE theirs");
    }
    Status attach(const QString &path)
    {
        // Read-only: their copy is only read, and a colleague may have it open.
        sql::Statement st(m_db, "ATTACH DATABASE ? AS theirs");
        const QString uri = QString::fromLatin1(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()) + QStringLiteral("?mode=ro");
        if (Status s = st.bind(1, uri).exec(); !s)
            return Status::error(ErrorCode::NotACase, QStringLiteral("%1: cannot read it: %2").arg(path, s.message()));
        m_attached = true;
        if (m_db.scalar("PRAGMA theirs.application_id").toLongLong() != schema::ApplicationId)
            return Status::error(ErrorCode::NotACase, QStringLiteral("%1: not a Casebench case file").arg(path));
        const int theirs = int(m_db.scalar("PRAGMA theirs.user_version").toLongLong());
        const int ours = int(m_db.scalar("PRAGMA main.user_version").toLongLong());
        if (theirs != ours)
            return Status::error(ErrorCode::Invalid, QStringLiteral("%1 has case file schema %2 and this case %3: open both with this Casebench once, "
                                                                    "then merge")
                                                         .arg(path)
                                                         .arg(theirs)
                                                         .arg(ours));
        return {};
    }

private:
    sql::Database &m_db;
    bool m_attached = false;
};

struct Context
{
    CaseFile &cf;
    MergeReport &report;
    RefMapper mapper;
    RowWriter writer;
    History ours, theirs;
    SyncPoint sync;
    bool unrelated = false;      // copies of different cases (their case details are not merged)
    bool firstUnrelated = false; // ... merged for the first time: everything of theirs is new
    QHash<QString, QSet<QString>> oursDeleted, theirsDeleted;
    QString peer, actor;
    QSet<qint64> ourMerges, theirMerges; // entries that merged the other copy in
    Renumbering codes;
    QSet<QString> openConflicts, theirConflicts; // "TABLE\x1fIDENTITY", in this copy's UUIDs
    sql::Database &db() { return cf.db(); }
};

Status insertRow(Context &c, const MergeTable &t, QJsonArray content)
{
    if (t.code >= 0) {
        const auto renumbered = c.codes.theirs.constFind(QLatin1String(t.name) + u'\x1f' + content.at(0).toString());
        if (renumbered != c.codes.theirs.cend())
            content[t.code] = *renumbered;
    }
    Result<qint64> id = c.writer.insert(t, content);
    return id ? Status() : id.status();
}

Status recordConflict(Context &c, const MergeTable &t, const QString &identity, const QJsonValue &mine, const QJsonValue &theirs, const char *reason)
{
    const QByteArray theirsText = theirs.isArray() ? comparable(t, theirs.toArray()) : QByteArray("null");
    const QString sha = sha256Hex(theirsText);
    if (c.db().scalar("SELECT 1 FROM main.merge_conflicts WHERE table_name = ? AND identity = ? AND theirs_sha256 = ?",
                      {QString(kindOf(t)), identity, sha}).isValid())
        return {}; // this version of theirs was met before (and is listed, or was settled)
    const qint64 last = c.db().scalar("SELECT coalesce(max(CAST(substr(code, 3) AS INTEGER)), 0) FROM main.merge_conflicts").toLongLong();
    const QString code = QStringLiteral("C-%1").arg(last + 1, 6, 10, QLatin1Char('0'));
    const auto text = [](const QJsonValue &v) {
        return v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)) : QString();
    };
    sql::Statement st(c.db(), "INSERT INTO main.merge_conflicts(uuid, code, table_name, identity, mine, theirs, theirs_sha256, peer, reason, "
                              "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QByteArray uuid = QUuid::createUuid().toRfc4122();
    st.bindBlob(1, uuid.constData(), int(uuid.size())).bind(2, code).bind(3, QString(kindOf(t))).bind(4, identity);
    st.bind(5, text(mine)).bind(6, text(theirs)).bind(7, sha).bind(8, c.peer).bind(9, QString::fromLatin1(reason)).bind(10, nowUtc());
    if (Status s = st.exec(); !s)
        return s;
    c.report.conflicts.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("kind"), kindOf(t)},
                                          {QStringLiteral("identity"), identity}, {QStringLiteral("reason"), QLatin1String(reason)}});
    return {};
}

// Codes both copies gave to different objects, settled before the merge (sharing/mergecodes.h); this copy's
// renumbered objects in an entry of their own, so that the other copy takes the new codes as a change.
Status renumberFirst(Context &c)
{
    Result<Renumbering> codes = settleCodes(c.db());
    if (!codes)
        return codes.status();
    c.codes = codes.value();
    c.report.renumbered = c.codes.all;
    if (c.codes.ours.isEmpty())
        return {};
    const Status s = c.cf.appendAudit(QStringLiteral("merge_renumber"), {{QStringLiteral("peer_file"), c.peer}, {QStringLiteral("renumbered"), c.codes.ours}},
                                      c.actor);
    if (s)
        c.report.appended.append(QJsonObject{{QStringLiteral("entry"), c.db().scalar("SELECT max(id) FROM main.audit_log").toLongLong()},
                                             {QStringLiteral("action"), QStringLiteral("merge_renumber")}});
    return s;
}

// Their open conflicts, named as this copy names the rows (a role by its entity, a tag by its target).
Status readTheirConflicts(Context &c)
{
    sql::Statement st(c.db(), "SELECT table_name, identity, coalesce(json_extract(mine, '$[1]'), json_extract(theirs, '$[1]')) "
                              "FROM theirs.merge_conflicts WHERE resolution IS NULL");
    while (st.step()) {
        const QString table = st.text(0);
        QString identity = st.text(1);
        if (table == QLatin1String("roles")) {
            identity = c.mapper.map(Ref::Entity, {}, identity);
        } else if (table == QLatin1String("tags")) {
            const qsizetype bar = identity.indexOf(u'|');
            const QString target = c.mapper.map(Ref::Target, st.text(2), identity.left(bar));
            identity = target.isEmpty() ? QString() : target + identity.mid(bar);
        }
        if (!identity.isEmpty())
            c.theirConflicts.insert(table + u'\x1f' + identity);
    }
    return st.status();
}

// An open conflict over a row both copies now hold alike (one of them took the other's version) is over.
Status settleAgreed(Context &c, const MergeTable &t, const QString &identity)
{
    if (!c.openConflicts.contains(kindOf(t) + u'\x1f' + identity))
        return {};
    sql::Statement st(c.db(), "UPDATE main.merge_conflicts SET resolution = 'agreed', resolved_by = ?, resolved_at = ? "
                              "WHERE table_name = ? AND identity = ? AND resolution IS NULL");
    st.bind(1, c.actor).bind(2, nowUtc()).bind(3, QString(kindOf(t))).bind(4, identity);
    if (Status s = st.exec(); !s)
        return s;
    c.report.agreed.append(QJsonObject{{QStringLiteral("kind"), kindOf(t)}, {QStringLiteral("identity"), identity}});
    return {};
}

// Whether a copy changed a row after the other saw it: written later, and not by merging the other copy
// in (that wrote the other's own version).
bool changedSince(const History &h, const MergeTable &t, const QString &key, qint64 sync, const QSet<qint64> &merges)
{
    const qint64 last = h.lastBound.value(QLatin1String(t.name) + u'\x1f' + key);
    return last > sync && !merges.contains(last);
}

// Their rows against this copy's, by identity (the rules are in mergecopy.h).
Status mergeTable(Context &c, const MergeTable &t)
{
    Result<QList<MergeRow>> ours = readRows(c.db(), t, "main");
    Result<QList<MergeRow>> theirs = readRows(c.db(), t, "theirs");
    if (!ours || !theirs)
        return ours ? theirs.status() : ours.status();
    const QString name = kindOf(t);
    QHash<QString, qsizetype> oursBy;
    for (qsizetype i = 0; i < ours.value().size(); ++i)
        oursBy.insert(ours.value()[i].identity, i);
    QSet<QString> theirIdentities, cameIn;
    for (MergeRow &r : theirs.value()) {
        QString missing;
        if (!c.mapper.translate(t, r.content, &missing)) {
            c.report.skipped.append(QJsonObject{{QStringLiteral("kind"), name}, {QStringLiteral("missing"), missing}});
            continue;
        }
        renameTheirReferences(c.codes, t, r.content);
        r.identity = identityOf(t, r.content);
        theirIdentities.insert(r.identity);
        const bool theyChanged = c.firstUnrelated || changedSince(c.theirs, t, r.key, c.sync.theirs, c.theirMerges);
        const auto found = oursBy.constFind(r.identity);
        // Their version is one they hold against ours in an open conflict: not for taking as it stands.
        const bool disputed = c.theirConflicts.contains(name + u'\x1f' + r.identity);
        if (found == oursBy.cend()) {
            if (disputed) {
                if (Status s = recordConflict(c, t, r.identity, QJsonValue(), r.content, "deleted in this copy, changed in theirs"); !s)
                    return s;
                continue;
            }
            if (!theyChanged)
                continue; // this copy has seen it, and deleted it (or kept its deletion in a conflict)
            if (c.oursDeleted.value(name).contains(r.identity)) {
                if (theyChanged)
                    if (Status s = recordConflict(c, t, r.identity, QJsonValue(), r.content, "deleted in this copy, changed in theirs"); !s)
                        return s;
                continue;
            }
            if (!t.insertable)
                continue; // it comes with its source, or is not this copy's to have
            // Two of their objects may be one here (two entities of theirs that are one entity in this copy
            // each had the same tag, role or lead): the first one comes in.
            if (cameIn.contains(r.identity))
                continue;
            if (Status s = insertRow(c, t, r.content); !s)
                return s;
            cameIn.insert(r.identity);
            ++c.report.cameIn[name];
            continue;
        }
        const MergeRow &mine = ours.value()[*found];
        if (t.appendOnly || comparable(t, mine.content) == comparable(t, r.content)) {
            if (Status s = settleAgreed(c, t, r.identity); !s)
                return s;
            continue;
        }
        const bool weChanged = changedSince(c.ours, t, mine.key, c.sync.ours, c.ourMerges);
        if (theyChanged && !weChanged && !disputed) {
            if (Status s = c.writer.update(t, mine.key, r.content); !s)
                return s;
            ++c.report.updated[name];
        } else if (theyChanged || !weChanged || disputed) {
            // Both changed it; or neither did since the last merge, which left it a conflict on one side:
            // this copy learns of it too.
            if (Status s = recordConflict(c, t, r.identity, mine.content, r.content, "changed in both copies"); !s)
                return s;
        }
    }
    // Open conflicts over rows both copies have deleted since are over too.
    for (const QString &open : std::as_const(c.openConflicts)) {
        const qsizetype sep = open.indexOf(u'\x1f');
        const QString identity = open.mid(sep + 1);
        if (QStringView(open).left(sep) == name && !oursBy.contains(identity) && !theirIdentities.contains(identity))
            if (Status s = settleAgreed(c, t, identity); !s)
                return s;
    }
    for (const MergeRow &mine : ours.value()) {
        if (theirIdentities.contains(mine.identity))
            continue;
        const bool disputed = c.theirConflicts.contains(name + u'\x1f' + mine.identity);
        if (!disputed && !c.theirsDeleted.value(name).contains(mine.identity))
            continue;
        if (disputed || changedSince(c.ours, t, mine.key, c.sync.ours, c.ourMerges)) {
            if (Status s = recordConflict(c, t, mine.identity, mine.content, QJsonValue(), "changed in this copy, deleted in theirs"); !s)
                return s;
        } else {
            if (Status s = c.writer.remove(t, mine.key); !s)
                return s;
            ++c.report.deleted[name];
        }
    }
    return {};
}

} // namespace

Result<MergeReport> mergeCopy(CaseFile &cf, const QString &otherPath, const MergeOptions &options, const Progress &progress)
{
    if (!QFileInfo(otherPath).isFile())
        return Status::error(ErrorCode::NotFound, QStringLiteral("%1: no such case file").arg(otherPath));
    if (QFileInfo(otherPath).canonicalFilePath() == QFileInfo(cf.path()).canonicalFilePath())
        return Status::error(ErrorCode::Invalid, QStringLiteral("%1 is this case itself").arg(otherPath));
    sql::Database &db = cf.db();
    Attached attached(db);
    if (Status s = attached.attach(otherPath); !s)
        return s;
    MergeReport report;
    report.other = otherPath;
    report.dryRun = options.dryRun;
    Context c{cf, report, RefMapper(db), RowWriter(db), {}, {}, {}, false, false, {}, {}, QFileInfo(otherPath).fileName(),
              options.actor.isEmpty() ? cf.defaultActor() : options.actor, {}, {}, {}, {}, {}};
    sql::Statement open(db, "SELECT table_name || char(31) || identity FROM main.merge_conflicts WHERE resolution IS NULL");
    while (open.step())
        c.openConflicts.insert(open.text(0));
    open.reset();
    // Histories and rows are read in the transaction, from one snapshot of each copy.
    sql::Transaction tx(db);
    if (!tx.status())
        return tx.status();
    Result<History> ours = readHistory(db, "main");
    Result<History> theirs = readHistory(db, "theirs");
    if (!ours)
        return Status::error(ErrorCode::Failed, QStringLiteral("%1: %2: run `casebench verify` on this case").arg(cf.path(), ours.status().message()));
    if (!theirs)
        return Status::error(ErrorCode::Failed, QStringLiteral("%1: %2: its history was altered; nothing merged").arg(otherPath, theirs.status().message()));
    if (Status s = checkTheirRows(db, theirs.value()); !s)
        return Status::error(ErrorCode::Failed, QStringLiteral("%1: %2; nothing merged — run `casebench verify` on that copy").arg(otherPath, s.message()));
    c.ours = ours.value();
    c.theirs = theirs.value();
    c.sync = findSync(c.ours, c.theirs);
    c.ourMerges = mergesOf(c.ours, c.theirs);
    c.theirMerges = mergesOf(c.theirs, c.ours);
    // Copies of different cases: refused the first time unless asked for; once merged, the merge's record
    // of their head is where they last agreed, as for copies of one case.
    const bool firstTime = c.sync.common == 0 && c.sync.theirs == 0 && c.sync.ours == 0;
    if (firstTime) {
        if (!options.unrelated)
            return Status::error(ErrorCode::Invalid, QStringLiteral("%1 is not a copy of this case (their histories share no beginning); "
                                                                    "--unrelated adds everything it holds")
                                                         .arg(otherPath));
        c.firstUnrelated = true;
    }
    c.unrelated = c.sync.common == 0;
    report.commonEntries = c.sync.common;
    report.syncOurs = c.sync.ours;
    report.syncTheirs = c.sync.theirs;
    report.peerHead = QStringLiteral("%1:%2").arg(c.theirs.hashes.size()).arg(c.theirs.hashes.value(c.theirs.hashes.size() - 1));

    TrackedChanges tracked(cf);
    if (Status s = renumberFirst(c); !s)
        return s;
    QHash<QString, QJsonObject> theirBindings;
    for (auto it = c.theirs.sourceBindings.cbegin(); it != c.theirs.sourceBindings.cend(); ++it)
        theirBindings.insert(it.key(), it->tables);
    Result<SourceMerge> sources = mergeSources(cf, progress.scaled(0, 0.7), theirBindings);
    if (!sources)
        return sources.status();
    const SourceMerge &sm = sources.value();
    report.cameIn.insert(QStringLiteral("sources"), sm.copied);
    report.cameIn.insert(QStringLiteral("entities"), sm.entities);
    report.cameIn.insert(QStringLiteral("identifiers"), sm.identifiers);
    report.cameIn.insert(QStringLiteral("records"), sm.records);
    report.sharedSources = sm.shared;
    report.sourceFiles = sm.files;
    if (Status s = mapRecordTargets(db); !s)
        return s;
    if (Status s = readTheirConflicts(c); !s)
        return s;
    c.oursDeleted = deletedSince(db, c.ours, c.sync.ours, c.ourMerges, "main", nullptr);
    c.theirsDeleted = deletedSince(db, c.theirs, c.sync.theirs, c.theirMerges, "theirs", &c.mapper);
    const QList<MergeTable> &tables = mergeTables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (c.unrelated && qstrcmp(tables[i].name, "meta") == 0)
            continue; // another case's title and settings are not this one's
        if (Status s = mergeTable(c, tables[i]); !s)
            return s;
        if (!progress.report(0.7 + 0.25 * double(i + 1) / double(tables.size())))
            return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    Result<QJsonArray> entries = entriesAfter(db, "theirs", c.sync.theirs);
    if (!entries)
        return entries.status();
    report.theirEntries = entries.value();
    report.openConflicts = db.scalar("SELECT count(*) FROM main.merge_conflicts WHERE resolution IS NULL").toLongLong();
    if (!report.changed())
        return report; // nothing to write: the transaction rolls back, no entry is made
    QJsonArray conflictCodes;
    for (const QJsonValue &v : report.conflicts)
        conflictCodes.append(v.toObject().value(QStringLiteral("code")));
    QJsonObject details{{QStringLiteral("peer_file"), c.peer},
                        {QStringLiteral("peer_head"), report.peerHead},
                        {QStringLiteral("common_entries"), report.commonEntries},
                        {QStringLiteral("unrelated"), c.unrelated},
                        {QStringLiteral("sync"), report.toJson().value(QStringLiteral("sync"))},
                        {QStringLiteral("came_in"), MergeReport::countsJson(report.cameIn)},
                        {QStringLiteral("updated"), MergeReport::countsJson(report.updated)},
                        {QStringLiteral("deleted"), MergeReport::countsJson(report.deleted)},
                        {QStringLiteral("conflicts"), conflictCodes},
                        {QStringLiteral("renumbered"), report.renumbered},
                        {QStringLiteral("agreed"), report.agreed},
                        {QStringLiteral("their_entries"), report.theirEntries}};
    if (!sm.bound.isEmpty())
        details.insert(QStringLiteral("bound"), QJsonObject{{QStringLiteral("sources"), sm.bound}});
    if (Status s = cf.appendAudit(QStringLiteral("merge_copy"), details, options.actor); !s)
        return s;
    sql::Statement head(db, "SELECT id, hash FROM main.audit_log ORDER BY id DESC LIMIT 1");
    if (head.step())
        report.appended.append(QJsonObject{{QStringLiteral("entry"), head.int64(0)}, {QStringLiteral("action"), QStringLiteral("merge_copy")},
                                           {QStringLiteral("hash"), head.text(1)}});
    head.reset();
    if (options.dryRun)
        return report; // rolled back with the transaction
    if (Status s = tx.commit(); !s)
        return s;
    if (Status s = cf.reloadSettings(); !s) // their title or details may have come in
        return s;
    cf.notifyChanged({{ObjectKind::Sources, ObjectKind::Records, ObjectKind::Entities, ObjectKind::Links, ObjectKind::Roles, ObjectKind::Notes,
                       ObjectKind::Tags, ObjectKind::Settings, ObjectKind::Leads, ObjectKind::Events, ObjectKind::Runs, ObjectKind::Exhibits},
                      {},
                      QStringLiteral("merge_copy")});
    return report;
}

} // namespace cb::casefile::sharing
