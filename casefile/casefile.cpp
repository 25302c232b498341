#include "casefile.h"

#include "signingkey.h"

#include "hash.h"
#include "integrity/binding.h"
#include "schema.h"

#include <QDateTime>
#include <sqlite3.h>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace cb::casefile {

QJsonObject Counts::toJson(bool caseWide) const
{
    QJsonObject o{{QStringLiteral("transactions"), transactions}, {QStringLiteral("calls"), calls},
                  {QStringLiteral("messages"), messages},         {QStringLiteral("contacts"), contacts},
                  {QStringLiteral("locations"), locations},       {QStringLiteral("accounts"), accounts},
                  {QStringLiteral("cell_sites"), cellSites},       {QStringLiteral("user_accounts"), userAccounts},
                  {QStringLiteral("artifacts"), artifacts},       {QStringLiteral("balances"), balances}};
    if (caseWide) {
        o.insert(QStringLiteral("duplicate_transactions"), duplicateTransactions);
        o.insert(QStringLiteral("entities"), entities);
        o.insert(QStringLiteral("identifiers"), identifiers);
        o.insert(QStringLiteral("sources"), sources);
    }
    return o;
}

CaseFile::CaseFile()
    : m_collector(std::make_unique<integrity::DigestCollector>())
{
}

CaseFile::~CaseFile()
{
    m_tracker.reset(); // before the connection closes
}

Result<std::unique_ptr<CaseFile>> CaseFile::create(const QString &path, const CaseSettings &settings)
{
    if (QFileInfo::exists(path))
        return Status::error(QStringLiteral("%1 already exists").arg(path));
    if (!QTimeZone(settings.timezone.toUtf8()).isValid())
        return Status::error(QStringLiteral("unknown time zone %1").arg(settings.timezone));
    std::unique_ptr<CaseFile> cf(new CaseFile);
    cf->m_path = path;
    if (Status s = cf->m_db.open(path, sql::Database::Mode::ReadWriteCreate); !s)
        return s;
    if (Status s = integrity::registerRowDigest(cf->m_db.handle(), cf->m_collector.get()); !s)
        return s;
    // 16 KiB pages (before WAL mode fixes the size): a million-call import writes, scans for its index
    // builds and checkpoints a quarter of the pages, which took half a second off it. Cases made with
    // 4 KiB pages keep them.
    if (Status s = cf->m_db.exec("PRAGMA page_size = 16384"); !s)
        return s;
    if (Status s = cf->configure(); !s)
        return s;
    if (Status s = schema::migrate(cf->m_db); !s)
        return s;
    // The create entry binds the case's settings (tracking needs the tables to exist).
    TrackedChanges tracked(*cf);
    sql::Statement put(cf->m_db, "INSERT INTO meta(key, value) VALUES (?, ?)");
    const QList<QPair<QString, QString>> meta = {
        {QStringLiteral("title"), settings.title},
        {QStringLiteral("timezone"), settings.timezone},
        {QStringLiteral("region"), settings.region.toUpper()},
        {QStringLiteral("investigator"), settings.investigator},
        {QStringLiteral("case_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("integrity"), QStringLiteral("bound")}};
    for (const auto &[k, v] : meta)
        if (Status s = put.bind(1, k).bind(2, v.isNull() ? QStringLiteral("") : v).exec(); !s)
            return s;
    if (Status s = cf->loadSettings(); !s)
        return s;
    if (Status s = cf->appendAudit(QStringLiteral("create"), {{QStringLiteral("title"), settings.title},
                                                              {QStringLiteral("timezone"), settings.timezone},
                                                              {QStringLiteral("region"), settings.region}});
        !s)
        return s;
    return cf;
}

Result<std::unique_ptr<CaseFile>> CaseFile::open(const QString &path, Access access)
{
    if (!QFileInfo(path).isFile())
        return Status::error(ErrorCode::NotFound, QStringLiteral("%1: no such case file").arg(path));
    std::unique_ptr<CaseFile> cf(new CaseFile);
    cf->m_path = path;
    cf->m_readOnly = access == Access::ReadOnly;
    if (Status s = cf->m_db.open(path, cf->m_readOnly ? sql::Database::Mode::ReadOnly : sql::Database::Mode::ReadWrite); !s)
        return Status::error(QStringLiteral("%1: %2").arg(path, s.message()));
    // Reading the header fails for files that are not SQLite at all.
    if (!cf->m_db.scalar("SELECT count(*) FROM sqlite_schema").isValid()) {
        const int code = sqlite3_extended_errcode(cf->m_db.handle());
        const QString folder = QFileInfo(path).absolutePath();
        // A case in WAL mode is read through NAME-wal and NAME-shm beside it: a folder where they cannot be
        // made cannot open it (SQLite says "readonly directory" or "unable to open").
        if ((code & 0xff) == SQLITE_NOTADB)
            return Status::error(ErrorCode::NotACase, QStringLiteral("%1: not a Casebench case file").arg(path));
        if (code == SQLITE_READONLY_DIRECTORY || (code & 0xff) == SQLITE_CANTOPEN || (code & 0xff) == SQLITE_READONLY ||
            !QFileInfo(folder).isWritable())
            return Status::error(QStringLiteral("%1: the folder %2 is not writable, and Casebench keeps the case's working files (%3-wal, %3-shm) "
                                                "beside it; copy the case to a writable folder or make this one writable")
                                     .arg(path, folder, QFileInfo(path).fileName()));
        if (code != SQLITE_OK)
            return Status::error(QStringLiteral("%1: cannot read the case file: %2").arg(path, QString::fromUtf8(sqlite3_errstr(code))));
        return Status::error(ErrorCode::NotACase, QStringLiteral("%1: not a Casebench case file").arg(path));
    }
    if (Status s = integrity::registerRowDigest(cf->m_db.handle(), cf->m_collector.get()); !s)
        return s;
    if (cf->m_readOnly) {
        if (Status s = cf->openForReading(); !s)
            return s;
        return cf;
    }
    if (Status s = schema::migrate(cf->m_db); !s)
        return Status::error(s.code(), QStringLiteral("%1: %2").arg(path, s.message()));
    if (Status s = cf->configure(); !s)
        return s;
    if (Status s = cf->loadSettings(); !s)
        return s;
    if (Status s = cf->bindUnboundFacts(); !s)
        return Status::error(s.code(), QStringLiteral("%1: %2").arg(path, s.message()));
    return cf;
}

Status CaseFile::writeOut(bool *complete)
{
    int logFrames = 0, copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db.handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (complete) // -1 frames: not in WAL mode, nothing to copy
        *complete = rc == SQLITE_OK && copied >= logFrames;
    if (rc == SQLITE_OK || rc == SQLITE_BUSY)
        return {};
    return Status::error(QString::fromUtf8(sqlite3_errstr(rc)));
}

// A case from a version that did not bind facts to the audit chain gets its digests now, in one entry that
// says so: what it binds was not bound at import, and verify says that too.
Status CaseFile::bindUnboundFacts()
{
    if (m_db.scalar("SELECT 1 FROM meta WHERE key = 'integrity'").isValid())
        return {};
    sql::Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (m_db.scalar("SELECT 1 FROM meta WHERE key = 'integrity'").isValid())
        return {}; // another connection upgraded it meanwhile
    if (Status s = m_db.exec("INSERT INTO meta(key, value) VALUES ('integrity', 'bound')"); !s)
        return s;
    const Result<QJsonObject> bound = integrity::bindUnbound(m_db, Progress());
    if (!bound)
        return bound.status();
    const QJsonObject details{
        {QStringLiteral("note"), QStringLiteral("digests added on upgrade: facts before this entry were not bound at import")},
        {QStringLiteral("bound"), bound.value()}};
    if (Status s = appendAudit(QStringLiteral("digests_added"), details, QStringLiteral("casebench")); !s)
        return s;
    return tx.commit();
}

void CaseFile::startTracking()
{
    m_tracker = std::make_unique<integrity::ChangeTracker>(m_db);
}

void CaseFile::stopTracking()
{
    m_tracker.reset();
}

// The read-only connection: no upgrade, no pragma that writes; the case as its writer keeps it.
Status CaseFile::openForReading()
{
    const int version = schemaVersion();
    if (version != schema::latestVersion() || !m_db.scalar("SELECT 1 FROM meta WHERE key = 'integrity'").isValid())
        return Status::error(ErrorCode::InUse, QStringLiteral("%1: the case needs upgrading (schema %2 to %3), which only the "
                                                              "Casebench that has it open for writing can do; close it there first")
                                                   .arg(m_path).arg(version).arg(schema::latestVersion()));
    if (Status s = m_db.exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;"); !s)
        return s;
    return loadSettings();
}

Status CaseFile::configure()
{
    return m_db.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
                     "PRAGMA cache_size = -32768;");
}

Status CaseFile::loadSettings()
{
    const std::pair<const char16_t *, QString CaseSettings::*> keys[] = {
        {u"title", &CaseSettings::title},           {u"timezone", &CaseSettings::timezone}, {u"region", &CaseSettings::region},
        {u"investigator", &CaseSettings::investigator}, {u"case_number", &CaseSettings::caseNumber}, {u"agency", &CaseSettings::agency},
        {u"handling", &CaseSettings::handling},     {u"narrative", &CaseSettings::narrative}};
    sql::Statement st(m_db, "SELECT key, value FROM meta");
    while (st.step()) {
        const QString k = st.text(0);
        for (const auto &[key, member] : keys)
            if (k == key)
                m_settings.*member = st.text(1);
    }
    return st.status();
}

QTimeZone CaseFile::timeZone() const
{
    const QTimeZone z(m_settings.timezone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

int CaseFile::schemaVersion()
{
    return int(m_db.scalar("PRAGMA user_version").toLongLong());
}

Counts CaseFile::counts()
{
    Counts c;
    auto n = [this](const char *sql) { return m_db.scalar(sql).toLongLong(); };
    c.transactions = n("SELECT count(*) FROM transactions");
    c.duplicateTransactions = n("SELECT count(*) FROM transactions WHERE duplicate_of IS NOT NULL");
    c.calls = n("SELECT count(*) FROM calls");
    c.messages = n("SELECT count(*) FROM messages");
    c.contacts = n("SELECT count(*) FROM contacts");
    c.locations = n("SELECT count(*) FROM locations");
    c.cellSites = n("SELECT count(*) FROM cell_sites");
    c.userAccounts = n("SELECT count(*) FROM links WHERE kind = 'uses_account'");
    c.artifacts = n("SELECT count(*) FROM artifacts");
    c.balances = n("SELECT count(*) FROM balances");
    c.accounts = n("SELECT count(*) FROM entities WHERE kind IN ('bank_account','bank_card')");
    c.entities = n("SELECT count(*) FROM entities");
    c.identifiers = n("SELECT count(*) FROM identifiers");
    c.sources = n("SELECT count(*) FROM sources");
    return c;
}

QList<SourceRow> CaseFile::sources()
{
    QList<SourceRow> out;
    sql::Statement st(m_db, "SELECT id, uuid, file_name, size, sha256, format, importer_id, importer_version, "
                            "profile, imported_at, investigator, legal_basis, timezone, forced, certificate "
                            "FROM sources ORDER BY id");
    while (st.step()) {
        SourceRow r;
        r.id = st.int64(0);
        r.uuid = st.blob(1);
        r.fileName = st.text(2);
        r.size = st.int64(3);
        r.sha256 = st.text(4);
        r.format = st.text(5);
        r.importerId = st.text(6);
        r.importerVersion = st.text(7);
        r.profile = st.text(8);
        r.importedAt = st.text(9);
        r.investigator = st.text(10);
        r.legalBasis = st.text(11);
        r.timezone = st.text(12);
        r.forced = st.int64(13) != 0;
        r.certificate = QJsonDocument::fromJson(st.text(14).toUtf8()).object();
        out.append(r);
    }
    return out;
}

bool CaseFile::containsSha256(const QString &sha256)
{
    return m_db.scalar("SELECT 1 FROM sources WHERE sha256 = ?", {sha256}).isValid();
}

QByteArray CaseFile::sourceContent(qint64 sourceId)
{
    const QVariant whole = m_db.scalar("SELECT bytes FROM source_content WHERE source_id = ?", {sourceId});
    if (whole.isValid())
        return whole.toByteArray();
    QByteArray out;
    sql::Statement st(m_db, "SELECT bytes FROM source_parts WHERE source_id = ? ORDER BY seq");
    st.bind(1, sourceId);
    while (st.step())
        out += st.blob(0);
    return out;
}

Result<QString> CaseFile::contentSha256(qint64 sourceId)
{
    // Streamed in chunks, whole or part by part: a source can be larger than memory.
    Sha256 hash;
    auto add = [&hash](const char *data, int n) {
        hash.add(data, n);
        return true;
    };
    if (m_db.scalar("SELECT 1 FROM source_content WHERE source_id = ?", {sourceId}).isValid()) {
        if (!sql::streamBlob(m_db, "source_content", sourceId, add))
            return Status::error(m_db.errorMessage());
        return hash.hexDigest();
    }
    sql::Statement parts(m_db, "SELECT id FROM source_parts WHERE source_id = ? ORDER BY seq");
    parts.bind(1, sourceId);
    while (parts.step())
        if (!sql::streamBlob(m_db, "source_parts", parts.int64(0), add))
            return Status::error(m_db.errorMessage());
    if (!parts.status().ok())
        return parts.status();
    return hash.hexDigest();
}

Result<bool> CaseFile::companionsIntact(qint64 sourceId)
{
    // A database's -wal/-shm/-journal files were preserved with it and must be intact too.
    sql::Statement comp(m_db, "SELECT sha256, bytes FROM source_companions WHERE source_id = ?");
    comp.bind(1, sourceId);
    while (comp.step())
        if (sha256Hex(comp.blob(1)) != comp.text(0))
            return false;
    return comp.status().ok() ? Result<bool>(true) : Result<bool>(comp.status());
}

Result<bool> CaseFile::verifySourceContent(qint64 sourceId)
{
    const QVariant expected = m_db.scalar("SELECT sha256 FROM sources WHERE id = ?", {sourceId});
    if (!expected.isValid())
        return Status::error(QStringLiteral("no source %1").arg(sourceId));
    const Result<QString> actual = contentSha256(sourceId);
    if (!actual)
        return actual.status();
    if (actual.value() != expected.toString())
        return false;
    return companionsIntact(sourceId);
}

QString CaseFile::defaultActor() const
{
    if (!m_settings.investigator.isEmpty())
        return m_settings.investigator;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString auditEntryHash(const QString &prev, const QString &at, const QString &actor, const QString &action,
                         const QString &details)
{
    const QString joined = prev + u'\n' + at + u'\n' + actor + u'\n' + action + u'\n' + details;
    return sha256Hex(joined.toUtf8());
}

Status CaseFile::appendAudit(const QString &action, const QJsonObject &givenDetails, const QString &actor)
{
    QJsonObject details = givenDetails;
    if (m_tracker) {
        const Result<QJsonArray> rows = m_tracker->take();
        if (!rows)
            return rows.status();
        if (!rows.value().isEmpty()) {
            QJsonObject bound = details.value(QStringLiteral("bound")).toObject();
            QJsonArray all = bound.value(QStringLiteral("rows")).toArray();
            for (const QJsonValue &r : rows.value())
                all.append(r);
            bound.insert(QStringLiteral("rows"), all);
            details.insert(QStringLiteral("bound"), bound);
        }
    }
    const QString who = actor.isEmpty() ? defaultActor() : actor;
    // Signed with this installation's key: the details name the key, so the chain covers who signed.
    const SigningKey *key = SigningKey::installation();
    if (key)
        details.insert(QStringLiteral("signed_by"), QString::fromLatin1(key->publicKey().toBase64()));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString body = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    QString prev = m_db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").toString();
    if (prev.isEmpty())
        prev = QString(64, QLatin1Char('0'));
    const QString hash = auditEntryHash(prev, at, who, action, body);
    sql::Statement st(m_db, "INSERT INTO audit_log(at, actor, action, details, prev_hash, hash, signature) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, at).bind(2, who).bind(3, action).bind(4, body).bind(5, prev).bind(6, hash);
    key ? st.bind(7, QString::fromLatin1(key->sign(hash.toLatin1()).toBase64())) : st.bindNull(7);
    return st.exec();
}

Result<qint64> CaseFile::verifyAuditChain()
{
    sql::Statement st(m_db, "SELECT id, at, actor, action, details, prev_hash, hash FROM audit_log ORDER BY id");
    QString prev(64, QLatin1Char('0'));
    qint64 n = 0;
    while (st.step()) {
        const QString recorded = st.text(6);
        if (st.text(5) != prev || auditEntryHash(prev, st.text(1), st.text(2), st.text(3), st.text(4)) != recorded)
            return Status::error(QStringLiteral("audit log entry %1 does not match its hash chain").arg(st.int64(0)));
        prev = recorded;
        ++n;
    }
    return n;
}

QString CaseFile::auditHead()
{
    sql::Statement st(m_db, "SELECT (SELECT count(*) FROM audit_log), hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!st.step())
        return QStringLiteral("0:") + QString(64, QLatin1Char('0'));
    return QString::number(st.int64(0)) + u':' + st.text(1);
}

Status CaseFile::verifyAuditHead(const QString &head)
{
    const qsizetype colon = head.indexOf(u':');
    bool ok = false;
    const qint64 count = colon > 0 ? head.left(colon).toLongLong(&ok) : 0;
    const QString hash = head.mid(colon + 1).toLower();
    if (!ok || count < 0 || hash.size() != 64)
        return Status::error(ErrorCode::Invalid, QStringLiteral("a head is COUNT:HASH, as `casebench info` prints it"));
    const qint64 entries = m_db.scalar("SELECT count(*) FROM audit_log").toLongLong();
    if (entries < count)
        return Status::error(QStringLiteral("the audit log holds %1 entries, but the anchored head is entry %2: entries after %1 were removed")
                                 .arg(entries)
                                 .arg(count));
    const QString at = count == 0 ? QString(64, QLatin1Char('0'))
                                  : m_db.scalar("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", {count - 1}).toString();
    if (at != hash)
        return Status::error(QStringLiteral("audit entry %1 is not the anchored head: its hash is %2, the anchor says %3 (the history was rewritten)")
                                 .arg(count)
                                 .arg(at, hash));
    return {};
}

QJsonObject CaseFile::infoJson()
{
    QJsonArray srcs;
    for (const SourceRow &s : sources()) {
        srcs.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("file"), s.fileName},
                                {QStringLiteral("size"), s.size},
                                {QStringLiteral("sha256"), s.sha256},
                                {QStringLiteral("format"), s.format},
                                {QStringLiteral("importer"), s.importerId},
                                {QStringLiteral("importer_version"), s.importerVersion},
                                {QStringLiteral("profile"), s.profile},
                                {QStringLiteral("imported_at"), s.importedAt},
                                {QStringLiteral("investigator"), s.investigator},
                                {QStringLiteral("legal_basis"), s.legalBasis},
                                {QStringLiteral("timezone"), s.timezone},
                                {QStringLiteral("forced"), s.forced},
                                {QStringLiteral("counts"), s.certificate.value(QStringLiteral("counts"))},
                                {QStringLiteral("certificate"), s.certificate}});
    }
    return QJsonObject{{QStringLiteral("schema_version"), schemaVersion()},
                       {QStringLiteral("title"), m_settings.title},
                       {QStringLiteral("timezone"), m_settings.timezone},
                       {QStringLiteral("region"), m_settings.region},
                       {QStringLiteral("investigator"), m_settings.investigator},
                       {QStringLiteral("case_number"), m_settings.caseNumber},
                       {QStringLiteral("agency"), m_settings.agency},
                       {QStringLiteral("handling"), m_settings.handling},
                       {QStringLiteral("narrative"), m_settings.narrative},
                       {QStringLiteral("counts"), counts().toJson(true)},
                       {QStringLiteral("audit_head"), auditHead()},
                       {QStringLiteral("sources"), srcs}};
}

} // namespace cb::casefile
