#pragma once
// A SQLite database taken from a seized phone (call log, SMS, contacts, chat apps), opened for reading.
// The importer receives bytes; they are copied with the database's -wal into a private directory, so the
// evidence is never touched, uncommitted WAL pages are read (recent rows often live only there), and a
// stale or hostile -shm is never trusted (SQLite rebuilds the index from the WAL). The connection is
// hardened against hostile files: no triggers, no views, untrusted schema, defensive mode, length limits,
// cell-size checks, and a progress handler that honours Cancel.
#include "common/importer.h"
#include "sqlite.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace cb::importers {

class DeviceDatabase
{
public:
    DeviceDatabase();
    ~DeviceDatabase();

    // keepGoing() is asked every few thousand SQLite steps; false interrupts the running query.
    Status open(QIODevice &device, const QList<Companion> &companions, std::function<bool()> keepGoing = {});
    casefile::sql::Database &db() { return m_db; }

    bool hasTable(const char *table) const { return m_tables.contains(QLatin1String(table)); }
    bool hasColumn(const char *table, const char *column) const;
    bool hasColumns(const char *table, std::initializer_list<const char *> columns) const;
    // `column` when the table has it, else NULL: lets a reader select optional columns by name.
    // With `alias`, the column is qualified by it (for joins).
    QByteArray columnOrNull(const char *table, const char *column, const char *alias = nullptr) const;
    QStringList tableNames() const;

    // The WAL held committed frames that were read; walOnly() says whether a row exists only through it.
    bool walApplied() const { return m_walApplied; }
    bool walOnly(const char *table, qint64 rowid);

private:
    Status harden(casefile::sql::Database &db);
    QTemporaryDir m_dir;
    casefile::sql::Database m_db, m_base; // with the WAL / the main file alone
    QHash<QString, QSet<QString>> m_tables; // table -> lower-case column names
    bool m_walApplied = false;
    std::function<bool()> m_keepGoing;
    QHash<QString, std::shared_ptr<casefile::sql::Statement>> m_baseLookups;
};

} // namespace cb::importers
