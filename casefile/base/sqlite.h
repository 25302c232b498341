#pragma once
// Thin RAII layer over the SQLite C API. Every value is bound, never spliced into SQL text.
// A Database is used from one thread; each thread opens its own (WAL lets readers run beside the writer).
#include "progress.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <functional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cb::casefile::sql {

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    Status open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    Status exec(const char *sql);
    QString errorMessage() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    // Convenience for single-value queries; returns an invalid QVariant when there is no row.
    QVariant scalar(const char *sql, const QVariantList &binds = {});

private:
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, QStringView value);
    Statement &bindBlob(int index, const void *data, int size);
    Statement &bind(int index, const QVariant &value);
    Statement &bindNull(int index);

    // Returns true while a row is available. Errors are reported through status().
    bool step();
    Status exec(); // step to completion, then reset
    void reset();
    Status status() const { return m_status; }

    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;
    int columnCount() const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
    // UTF-8 copies of bound text live here until the next bind of the same index, so SQLite need not copy.
    std::vector<QByteArray> m_text;
};

// Reads column `bytes` of table's row `rowid` in chunks of 1 MiB and hands each to fn until it says stop:
// a preserved file of any size is hashed or searched without holding it in memory. False when the blob
// cannot be opened or read.
bool streamBlob(Database &db, const char *table, qint64 rowid, const std::function<bool(const char *, int)> &fn);

// "?,?,?" for an IN list of n values (bound one by one, never spliced).
QString placeholders(qsizetype n);
// A LIKE pattern (with ESCAPE '\') matching text that contains word literally (% and _ escaped).
QString likeContaining(const QString &word);

// How many statements this thread has prepared or executed, on any connection: a test's proof that a
// thread (the GUI's) ran no SQL while something happened.
quint64 statementsOnThisThread();

// While it lives, the statements of db stop with SQLITE_INTERRUPT soon after progress is cancelled (a
// query a view no longer wants, an analysis the user stopped).
class Interruptible
{
public:
    Interruptible(Database &db, const Progress &progress);
    ~Interruptible();
    Interruptible(const Interruptible &) = delete;
    Interruptible &operator=(const Interruptible &) = delete;
    // The status to report for a statement that failed: Cancelled when it was interrupted for the token.
    Status status(const Status &failed) const;

private:
    Database &m_db;
    Progress m_progress;
};

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Status status() const { return m_status; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    Status m_status;
};

} // namespace cb::casefile::sql
