#include "phone/devicedb.h"

#include <QFile>
#include <sqlite3.h>

namespace cb::importers {

using namespace cb::casefile;

namespace {

constexpr int MaxValueBytes = 256 << 20; // a larger text or blob is refused by SQLite as "too big"
constexpr int MaxTables = 20000;

int progressHandler(void *keepGoing)
{
    const auto *f = static_cast<std::function<bool()> *>(keepGoing);
    return (*f && !(*f)()) ? 1 : 0;
}

Status copyTo(QIODevice &device, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::error(out.errorString());
    device.seek(0);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buf.data(), buf.size());
        if (n < 0)
            return Status::error(device.errorString());
        if (n == 0)
            break;
        if (out.write(buf.constData(), n) != n)
            return Status::error(out.errorString());
    }
    return out.flush() ? Status() : Status::error(out.errorString());
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return Status::error(out.errorString());
    return {};
}

QByteArray quoted(const char *name)
{
    return '"' + QByteArray(name).replace('"', "\"\"") + '"';
}

} // namespace

DeviceDatabase::DeviceDatabase() = default;

DeviceDatabase::~DeviceDatabase()
{
    m_baseLookups.clear();
    m_db.close();
    m_base.close();
}

Status DeviceDatabase::harden(sql::Database &db)
{
    sqlite3 *h = db.handle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_progress_handler(h, 4096, progressHandler, &m_keepGoing);
    return db.exec("PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY;");
}

Status DeviceDatabase::open(QIODevice &device, const QList<Companion> &companions, std::function<bool()> keepGoing)
{
    m_keepGoing = std::move(keepGoing);
    if (!m_dir.isValid())
        return Status::error(QStringLiteral("cannot create a private working folder: %1").arg(m_dir.errorString()));
    const QString path = m_dir.filePath(QStringLiteral("evidence.db"));
    if (Status s = copyTo(device, path); !s)
        return Status::error(QStringLiteral("cannot copy the database to a private folder: %1").arg(s.message()));
    bool haveWal = false;
    for (const Companion &c : companions) {
        // The -shm is preserved with the source but never used: SQLite rebuilds it from the WAL.
        if (c.role == u"shm")
            continue;
        if (Status s = writeFile(path + u'-' + c.role, c.bytes); !s)
            return s;
        haveWal = haveWal || (c.role == u"wal" && c.bytes.size() > 32);
    }
    if (haveWal) {
        const QString base = m_dir.filePath(QStringLiteral("without-wal.db"));
        if (Status s = copyTo(device, base); !s)
            return s;
        if (Status s = m_base.open(base, sql::Database::Mode::ReadWrite); !s)
            return s;
        if (Status s = harden(m_base); !s)
            return s;
    }
    // Read-write on the copy: replaying the WAL and rolling back a hot journal need it. Nothing else writes.
    if (Status s = m_db.open(path, sql::Database::Mode::ReadWrite); !s)
        return s;
    if (Status s = harden(m_db); !s)
        return s;
    if (haveWal) {
        // The WAL is opened by the first read; a passive checkpoint then reports how many frames it holds.
        m_db.scalar("SELECT count(*) FROM sqlite_schema");
        int frames = 0, done = 0;
        if (sqlite3_wal_checkpoint_v2(m_db.handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &done) == SQLITE_OK)
            m_walApplied = frames > 0;
    }
    if (Status s = m_db.exec("PRAGMA query_only = ON"); !s)
        return s;

    sql::Statement tables(m_db, "SELECT name FROM sqlite_schema WHERE type = 'table' LIMIT ?");
    tables.bind(1, MaxTables + 1);
    QStringList names;
    while (tables.step())
        names << tables.text(0);
    if (!tables.status().ok())
        return tables.status();
    if (names.size() > MaxTables)
        return Status::error(QStringLiteral("the database declares more than %1 tables").arg(MaxTables));
    sql::Statement cols(m_db, "SELECT name FROM pragma_table_info(?)");
    for (const QString &t : std::as_const(names)) {
        QSet<QString> set;
        cols.bind(1, t);
        while (cols.step())
            set.insert(cols.text(0).toLower());
        cols.reset();
        m_tables.insert(t, set);
    }
    return cols.status();
}

bool DeviceDatabase::hasColumn(const char *table, const char *column) const
{
    const auto it = m_tables.constFind(QLatin1String(table));
    return it != m_tables.constEnd() && it->contains(QLatin1String(column).toString().toLower());
}

bool DeviceDatabase::hasColumns(const char *table, std::initializer_list<const char *> columns) const
{
    for (const char *c : columns)
        if (!hasColumn(table, c))
            return false;
    return true;
}

QByteArray DeviceDatabase::columnOrNull(const char *table, const char *column, const char *alias) const
{
    if (!hasColumn(table, column))
        return QByteArrayLiteral("NULL");
    return alias ? QByteArray(alias) + '.' + quoted(column) : quoted(column);
}

QStringList DeviceDatabase::tableNames() const
{
    QStringList names = m_tables.keys();
    names.sort();
    return names;
}

bool DeviceDatabase::walOnly(const char *table, qint64 rowid)
{
    if (!m_walApplied || !m_base.isOpen())
        return false;
    auto &st = m_baseLookups[QLatin1String(table)];
    if (!st) {
        const QByteArray q = "SELECT 1 FROM " + quoted(table) + " WHERE rowid = ?";
        st = std::make_shared<sql::Statement>(m_base, q.constData());
    }
    if (!st->isValid())
        return true; // the table itself exists only in the WAL
    st->bind(1, rowid);
    const bool inBase = st->step();
    st->reset();
    return !inBase;
}

} // namespace cb::importers
