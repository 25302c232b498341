#include "integrity/verifier.h"
#include "timeline/pyramid.h"

#include "integrity/binding.h"
#include "signingkey.h"

#include <QJsonArray>
#include <sqlite3.h>
#include <QJsonDocument>
#include <QUuid>
#include <unordered_map>

namespace cb::casefile::integrity {

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message.text()}};
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("table", table), put("row", row), put("locator", locator), put("source", source);
    if (auditEntry > 0)
        o.insert(QStringLiteral("audit_entry"), auditEntry);
    return o;
}

namespace {

constexpr int MaxRowFindings = 50; // per table: enough to act on, not a flood

struct BoundSource
{
    qint64 entry = 0;
    QString file, sha256;
    qint64 size = 0;
    QJsonObject tables;
};

struct BoundRow
{
    qint64 entry = 0;
    QString digest; // empty: bound as deleted
};

struct PresentSource
{
    QString uuid, file;
};

class Verifier
{
public:
    Verifier(CaseFile &cf, const Progress &progress)
        : m_case(cf), m_db(cf.db()), m_progress(progress)
    {
    }

    Result<VerifyReport> run()
    {
        const Result<qint64> chain = m_case.verifyAuditChain();
        if (chain)
            m_report.auditEntries = chain.value();
        else
            add(QStringLiteral("audit_chain"), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1"), {chain.status().message()}));
        checkSignatures();
        if (Status s = readBindings(); !s)
            return s;
        const QList<std::function<Status()>> steps = {[this] { return checkSources(); },
                                                      [this] { return checkOwnedTables(); },
                                                      [this] { return checkRowBoundTables(); },
                                                      [this] { return checkTimelineCounts(); }};
        for (const auto &step : steps)
            if (Status s = step(); !s)
                return s;
        return m_report;
    }

private:
    // The timeline's counts are derived from the records: they must add up to them, or the timeline (and a
    // packet's timeline exhibit) would show what the case does not hold.
    Status checkTimelineCounts()
    {
        const Result<QStringList> wrong = timeline::mismatchedTotals(m_db);
        if (!wrong)
            return wrong.status();
        for (const QString &w : wrong.value())
            add(QStringLiteral("timeline_counts"), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the timeline's counts do not match the records (%1)"), {w}));
        return {};
    }

    // Every entry that names a signing key carries that key's signature of its hash; once entries are
    // signed, every later one must be (an unsigned one was appended, or its signature removed).
    void checkSignatures()
    {
        sql::Statement st(m_db, "SELECT id, hash, json_extract(details, '$.signed_by'), signature FROM audit_log ORDER BY id");
        bool signing = false;
        while (st.step()) {
            const qint64 id = st.int64(0);
            const QString key = st.text(2);
            if (key.isEmpty()) {
                ++m_report.unsignedEntries;
                if (signing)
                    add(QStringLiteral("audit_signature"), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "audit entry %1 is not signed, though the entries before it are"),
                                                               {QString::number(id)}), {}, {}, {}, {}, id);
                continue;
            }
            signing = true;
            const QByteArray publicKey = QByteArray::fromBase64(key.toLatin1());
            if (!SigningKey::verify(publicKey, st.text(1).toLatin1(), QByteArray::fromBase64(st.text(3).toLatin1()))) {
                add(QStringLiteral("audit_signature"), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "audit entry %1's signature does not match the key %2 it names"),
                                                           {QString::number(id), SigningKey::fingerprintOf(publicKey)}), {}, {}, {}, {}, id);
                continue;
            }
            ++m_report.signedEntries;
            ++m_report.signers[SigningKey::fingerprintOf(publicKey)];
        }
    }

    void add(const QString &kind, const Message &message, const QString &table = {}, const QString &row = {}, const QString &locator = {},
             const QString &source = {}, qint64 entry = 0)
    {
        m_report.findings.append(Finding{kind, message, table, row, locator, source, entry});
    }
    void add(Finding f) { m_report.findings.append(std::move(f)); }
    bool cancelled() const { return m_progress.isCancelled(); }

    Status readBindings()
    {
        sql::Statement st(m_db, "SELECT id, action, details FROM audit_log ORDER BY id");
        while (st.step()) {
            const QJsonObject details = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
            const QJsonObject bound = details.value(QStringLiteral("bound")).toObject();
            if (bound.isEmpty())
                continue;
            const qint64 entry = st.int64(0);
            const bool upgrade = st.text(1) == u"digests_added";
            if (upgrade && m_anyBound)
                add(QStringLiteral("rebound"),
                    msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "audit entry %1 bound the case's facts as if it were being upgraded, but entry %2 had bound them already: the case's integrity marker was removed"),
                        {QString::number(entry), QString::number(m_anyBound)}),
                    {}, {}, {}, {}, entry);
            if (upgrade)
                m_report.upgradeEntries.append(entry);
            if (!m_anyBound)
                m_anyBound = entry;
            for (const QJsonValue &v : bound.value(QStringLiteral("sources")).toArray()) {
                const QJsonObject s = v.toObject();
                const QString uuid = s.value(QStringLiteral("source")).toString();
                if (!m_sources.contains(uuid)) // the first binding of a source is the one that counts
                    m_sources.insert(uuid, {entry, s.value(QStringLiteral("file")).toString(), s.value(QStringLiteral("sha256")).toString(),
                                            s.value(QStringLiteral("size")).toInteger(), s.value(QStringLiteral("tables")).toObject()});
            }
            for (const QJsonValue &v : bound.value(QStringLiteral("rows")).toArray()) {
                const QJsonArray r = v.toArray();
                const QString key = r.at(0).toString() + u'\x1f' + r.at(1).toString();
                if (upgrade && m_rows.contains(key))
                    continue; // an upgrade binds only what nothing bound before
                m_rows.insert(key, {entry, r.at(2).toString()});
            }
        }
        return st.status();
    }

    Status checkSources()
    {
        sql::Statement st(m_db, "SELECT id, uuid, file_name, sha256, size FROM sources ORDER BY id");
        while (st.step() && !cancelled()) {
            const qint64 id = st.int64(0);
            const QString uuid = QUuid::fromRfc4122(st.blob(1)).toString(QUuid::WithoutBraces), file = st.text(2);
            m_present.insert(id, {uuid, file});
            SourceCheck check{file, st.text(3), true};
            const auto bound = m_sources.constFind(uuid);
            const QString expected = bound == m_sources.cend() ? check.sha256 : bound->sha256;
            const Result<QString> actual = m_case.contentSha256(id);
            const Result<bool> companions = m_case.companionsIntact(id);
            if (!actual || actual.value() != expected || !companions || !companions.value()) {
                check.intact = false;
                add(QStringLiteral("source_content"),
                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: the preserved bytes do not match the SHA-256 %2 bound at import"), {file, expected}),
                     {}, {}, {}, file, bound == m_sources.cend() ? 0 : bound->entry);
            }
            if (bound == m_sources.cend())
                add(QStringLiteral("source_unbound"),
                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: no audit entry binds this source: it was not added by an import"), {file}),
                     QStringLiteral("sources"), uuid, {}, file);
            else if (bound->sha256 != check.sha256 || bound->size != st.int64(4))
                add(QStringLiteral("source_changed"),
                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: the recorded SHA-256 or size was changed after audit entry %2 bound them (bound: %3, %4 bytes)"),
                         {file, QString::number(bound->entry), bound->sha256, QString::number(bound->size)}),
                     QStringLiteral("sources"), uuid, {}, file, bound->entry);
            m_report.sources.append(check);
        }
        if (!st.status().ok())
            return st.status();
        QSet<QString> present;
        for (const PresentSource &p : std::as_const(m_present))
            present.insert(p.uuid);
        for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
            if (!present.contains(it.key()))
                add(QStringLiteral("source_missing"),
                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: the source audit entry %2 bound (SHA-256 %3) is missing from the case"),
                         {it->file, QString::number(it->entry), it->sha256}),
                     QStringLiteral("sources"), it.key(), {}, it->file, it->entry);
        m_progress.report(0.2);
        return {};
    }

    Status checkOwnedTables()
    {
        const QList<SourceOwnedTable> &tables = sourceOwnedTables();
        for (qsizetype i = 0; i < tables.size() && !cancelled(); ++i) {
            if (Status s = checkOwnedTable(tables[i]); !s)
                return s;
            m_progress.report(0.2 + 0.7 * double(i + 1) / double(tables.size()));
        }
        return cancelled() ? Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled")) : Status();
    }

    Status checkOwnedTable(const SourceOwnedTable &t)
    {
        const QString table = QLatin1String(t.name);
        const QByteArray extra = t.storesDigest ? ", digest, uuid, locator" : "";
        const QByteArray sql = "SELECT source_id, " + digestExpression(t.name, t.columns) + extra + " FROM " + t.name +
                               " WHERE source_id IS NOT NULL" + t.filter;
        sql::Statement st(m_db, sql.constData());
        sql::Interruptible interruptible(m_db, m_progress);
        std::unordered_map<qint64, std::vector<RowDigest>> bySource;
        QSet<qint64> named; // sources with a row already named: their set differs for that reason
        int rowFindings = 0;
        while (st.step()) {
            const qint64 source = st.int64(0);
            const QByteArray digest = st.blob(1);
            bySource[source].push_back(toRowDigest(digest));
            ++m_report.rowsChecked;
            if (t.storesDigest && st.blob(2) != digest && ++rowFindings <= MaxRowFindings) {
                named.insert(source);
                const QString file = m_present.value(source).file, uuid = QUuid::fromRfc4122(st.blob(3)).toString(QUuid::WithoutBraces);
                const bool unbound = st.isNull(2);
                add(unbound ? QStringLiteral("row_unbound") : QStringLiteral("row_changed"),
                     unbound ? msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 row %2 (%3, %4) has no digest: no import wrote it"), {table, uuid, file, st.text(4)})
                             : msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 row %2 (%3, %4) was changed after its import"), {table, uuid, file, st.text(4)}),
                     table, uuid, st.text(4), file, m_sources.value(m_present.value(source).uuid).entry);
            }
        }
        if (!st.status().ok())
            return interruptible.status(st.status());
        for (auto &[source, digests] : bySource)
            compareSet(t, source, digests, named.contains(source));
        // Sources whose bound rows of this table are all gone.
        for (auto it = m_present.cbegin(); it != m_present.cend(); ++it) {
            const QJsonObject bound = m_sources.value(it->uuid).tables.value(table).toObject();
            if (!bound.isEmpty() && bySource.find(it.key()) == bySource.end())
                add(setFinding(t, it->file, 0, m_sources.value(it->uuid).entry, bound));
        }
        return {};
    }

    Finding setFinding(const SourceOwnedTable &t, const QString &file, qint64 rows, qint64 entry, const QJsonObject &bound)
    {
        const QString table = QLatin1String(t.name);
        const qint64 boundRows = bound.value(QStringLiteral("rows")).toInteger();
        if (rows != boundRows)
            return {QStringLiteral("rows_differ"),
                    msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: %2 holds %3 rows of this source, audit entry %4 bound %5 (rows were added or removed)"),
                        {file, table, QString::number(rows), QString::number(entry), QString::number(boundRows)}),
                    table, {}, {}, file, entry};
        const char *tmpl = t.storesDigest
                               ? QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed and its digest rewritten)")
                               : QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed)");
        return {QStringLiteral("rows_differ"), msg(tmpl, {file, QString::number(rows), table, QString::number(entry)}), table, {}, {}, file, entry};
    }

    void compareSet(const SourceOwnedTable &t, qint64 source, std::vector<RowDigest> &digests, bool rowNamed)
    {
        const QString table = QLatin1String(t.name);
        const qint64 rows = qint64(digests.size());
        if (!m_present.contains(source)) {
            add(QStringLiteral("rows_orphaned"),
                 msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 rows of %2 name source %3, which the case does not hold"),
                     {QString::number(rows), table, QString::number(source)}),
                 table);
            return;
        }
        const PresentSource &p = m_present[source];
        const auto bound = m_sources.constFind(p.uuid);
        if (bound == m_sources.cend())
            return; // reported with the source
        const QJsonObject expected = bound->tables.value(table).toObject();
        if (expected.isEmpty())
            add(QStringLiteral("rows_differ"),
                 msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1: %2 rows of %3 were added after audit entry %4 bound this source"),
                     {p.file, QString::number(rows), table, QString::number(bound->entry)}),
                 table, {}, {}, p.file, bound->entry);
        else if (rows != expected.value(QStringLiteral("rows")).toInteger() ||
                 (!rowNamed && setDigest(digests) != expected.value(QStringLiteral("digest")).toString()))
            add(setFinding(t, p.file, rows, bound->entry, expected));
    }

    Status checkRowBoundTables()
    {
        for (const RowBoundTable &t : rowBoundTables()) {
            if (cancelled())
                return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            if (Status s = checkRowBoundTable(t); !s)
                return s;
        }
        m_progress.report(1.0);
        return {};
    }

    Status checkRowBoundTable(const RowBoundTable &t)
    {
        const QString table = QLatin1String(t.name);
        QByteArray keys;
        for (const char *k : t.key)
            keys += QByteArray(k) + ", ";
        // Links an import made are bound with their source until the session undoes one (an import never
        // writes undone_at: only a tracked undo does).
        const QByteArray covered = table == u"links" ? "source_id IS NOT NULL AND undone_at IS NULL AND undone_by IS NULL" : "0";
        const QByteArray sql = "SELECT " + keys + "hex(" + digestExpression(t.name, t.columns) + "), " + covered + " FROM " + t.name;
        sql::Statement st(m_db, sql.constData());
        const int n = int(t.key.size());
        QSet<QString> seen;
        while (st.step()) {
            QVariantList key;
            for (int i = 0; i < n; ++i)
                key << st.value(i);
            const QString k = keyText(key), digest = st.text(n).toLower();
            seen.insert(k);
            ++m_report.rowsChecked;
            const auto bound = m_rows.constFind(table + u'\x1f' + k);
            if (bound == m_rows.cend()) {
                if (st.int64(n + 1) == 0)
                    add(QStringLiteral("row_unbound"),
                         msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 %2 was not written through the case session: no audit entry binds it"), {table, k}),
                         table, k);
            } else if (bound->digest != digest) {
                add(QStringLiteral("row_changed"),
                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 %2 was changed after audit entry %3 bound it"), {table, k, QString::number(bound->entry)}),
                     table, k, {}, {}, bound->entry);
            }
        }
        if (!st.status().ok())
            return st.status();
        const QString prefix = table + u'\x1f';
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if (!it.key().startsWith(prefix) || it->digest.isEmpty())
                continue;
            const QString k = it.key().mid(prefix.size());
            if (!seen.contains(k))
                add(QStringLiteral("row_deleted"),
                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 %2 was deleted after audit entry %3 bound it"), {table, k, QString::number(it->entry)}),
                     table, k, {}, {}, it->entry);
        }
        return {};
    }

    CaseFile &m_case;
    sql::Database &m_db;
    Progress m_progress;
    VerifyReport m_report;
    QHash<QString, BoundSource> m_sources; // by source UUID
    QHash<QString, BoundRow> m_rows;       // by "TABLE\x1fKEY"
    QHash<qint64, PresentSource> m_present;
    qint64 m_anyBound = 0; // the first entry that bound anything
};

} // namespace

Result<VerifyReport> verifyCase(CaseFile &cf, const Progress &progress)
{
    // One read transaction: the audit chain and the rows it binds come from one snapshot, so what the
    // writer commits while verify runs (the workbench verifies on its reader thread as a case opens, while
    // the analyst may already be saving a run) is seen whole or not at all — never a row without the audit
    // entry that binds it. A caller already inside a transaction has its own snapshot.
    const bool own = sqlite3_get_autocommit(cf.db().handle()) != 0;
    if (own)
        if (Status s = cf.db().exec("BEGIN"); !s)
            return s;
    Result<VerifyReport> report = Verifier(cf, progress).run();
    if (own)
        cf.db().exec("COMMIT");
    return report;
}

} // namespace cb::casefile::integrity
