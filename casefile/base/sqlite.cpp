#include "sqlite.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace cb::casefile::sql {

Database::~Database()
{
    close();
}

Status Database::open(const QString &path, Mode mode)
{
    close();
    // SQLite's memory statistics take a global mutex on every allocation; nothing here reads them. This
    // must precede SQLite's initialisation (the first open); later it is refused, harmlessly.
    static const int memStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memStatusOff)
    // URI filenames, so that another case can be attached read-only (file:...?mode=ro); a path that itself
    // begins with "file:" is passed as a URI naming it, so it still means that file.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const QByteArray p = path.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)
                             ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
                             : path.toUtf8();
    if (sqlite3_open_v2(p.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        return Status::error(msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
    return {};
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

namespace {
thread_local quint64 t_statements = 0;
} // namespace

quint64 statementsOnThisThread()
{
    return t_statements;
}

Status Database::exec(const char *sql)
{
    ++t_statements;
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return Status::error(msg);
    }
    return {};
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QVariant Database::scalar(const char *sql, const QVariantList &binds)
{
    Statement st(*this, sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    if (st.step())
        return st.value(0);
    return {};
}

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    ++t_statements;
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_status = Status::error(db.errorMessage());
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    if (m_text.size() <= size_t(index))
        m_text.resize(size_t(index) + 1);
    QByteArray &u = m_text[size_t(index)];
    // Most bound text is ASCII (numbers, ids, locators): it is narrowed into this index's buffer, which keeps
    // its capacity from row to row, instead of a fresh UTF-8 conversion and allocation for every value.
    const qsizetype n = value.size();
    const char16_t *src = value.utf16();
    char16_t bits = 0;
    for (qsizetype i = 0; i < n; ++i)
        bits |= src[i];
    if (bits < 0x80 && (u.isDetached() || u.isNull())) {
        u.resize(n);
        char *dst = u.data();
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = char(src[i]);
    } else {
        u = value.toUtf8();
    }
    sqlite3_bind_text(m_stmt, index, u.constData(), int(u.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindBlob(int index, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: return bind(index, value.toLongLong());
    case QMetaType::Double: return bind(index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        return bindBlob(index, b.constData(), int(b.size()));
    }
    default: return bind(index, value.toString());
    }
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = Status::error(m_db.errorMessage());
    return false;
}

Status Statement::exec()
{
    if (!m_stmt)
        return m_status;
    while (step()) {
    }
    Status s = m_status;
    reset();
    return s;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_status = {};
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, col));
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER: return int64(col);
    case SQLITE_FLOAT: return real(col);
    case SQLITE_TEXT: return text(col);
    case SQLITE_BLOB: return blob(col);
    default: return {};
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_status = db.exec("BEGIN IMMEDIATE");
    m_active = m_status.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? Status::error(QStringLiteral("no active transaction")) : m_status;
    Status s = m_db.exec("COMMIT");
    if (s.ok())
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.exec("ROLLBACK");
        m_active = false;
    }
}

Interruptible::Interruptible(Database &db, const Progress &progress) : m_db(db), m_progress(progress)
{
    sqlite3_progress_handler(
        m_db.handle(), 1000, [](void *p) { return static_cast<Progress *>(p)->isCancelled() ? 1 : 0; }, &m_progress);
}

Interruptible::~Interruptible()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

Status Interruptible::status(const Status &failed) const
{
    return m_progress.isCancelled() ? Status::cancelled() : failed;
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

QString likeContaining(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

bool streamBlob(Database &db, const char *table, qint64 rowid, const std::function<bool(const char *, int)> &fn)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db.handle(), "main", table, "bytes", rowid, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    const int size = sqlite3_blob_bytes(blob);
    QByteArray chunk(qMin(size, 1 << 20), Qt::Uninitialized);
    bool ok = true;
    for (int at = 0; at < size;) {
        const int n = qMin<int>(int(chunk.size()), size - at);
        if (sqlite3_blob_read(blob, chunk.data(), n, at) != SQLITE_OK) {
            ok = false;
            break;
        }
        if (!fn(chunk.constData(), n))
            break;
        at += n;
    }
    sqlite3_blob_close(blob);
    return ok;
}

} // namespace cb::casefile::sql
