// Synthetic phone databases for tests and benchmarks, written with the SQLite C API in the documented
// shapes (there is no public sample of some of them, e.g. iOS CallHistory.storedata).
#include "synthetic/synthetic.h"

#include <QFile>
#include <sqlite3.h>

namespace cb::importers::synthetic {

namespace {

class Db
{
public:
    explicit Db(const QString &path)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) != SQLITE_OK)
            m_status = Status::error(QStringLiteral("cannot create %1").arg(path));
    }
    ~Db() { sqlite3_close(m_db); }
    sqlite3 *handle() const { return m_db; }
    bool exec(const char *sql)
    {
        if (!m_status)
            return false;
        char *err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            m_status = Status::error(QString::fromUtf8(err ? err : "sqlite error"));
            sqlite3_free(err);
        }
        return m_status.ok();
    }
    Status status() const { return m_status; }
    void fail() { m_status = Status::error(QString::fromUtf8(sqlite3_errmsg(m_db))); }

private:
    sqlite3 *m_db = nullptr;
    Status m_status;
};

constexpr double AppleEpochS = 978307200.0;

} // namespace

Status writeCallHistoryStoredata(const QString &path, int rows)
{
    for (const QString &p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(p);
    Db db(path);
    db.exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
            "CREATE TABLE Z_PRIMARYKEY (Z_ENT INTEGER PRIMARY KEY, Z_NAME VARCHAR, Z_SUPER INTEGER, Z_MAX INTEGER);"
            "CREATE TABLE Z_METADATA (Z_VERSION INTEGER PRIMARY KEY, Z_UUID VARCHAR(255), Z_PLIST BLOB);"
            "CREATE TABLE Z_MODELCACHE (Z_CONTENT BLOB);"
            "CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZANSWERED INTEGER,"
            " ZCALLTYPE INTEGER, ZDISCONNECTED_CAUSE INTEGER, ZFACE_TIME_DATA BLOB, ZNUMBER_AVAILABILITY INTEGER,"
            " ZORIGINATED INTEGER, ZREAD INTEGER, ZDATE TIMESTAMP, ZDURATION FLOAT, ZADDRESS VARCHAR,"
            " ZISO_COUNTRY_CODE VARCHAR, ZLOCATION VARCHAR, ZNAME VARCHAR, ZSERVICE_PROVIDER VARCHAR, ZUNIQUE_ID VARCHAR);"
            "INSERT INTO Z_PRIMARYKEY VALUES (1, 'CallRecord', 0, 0);");
    if (!db.status())
        return db.status();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db.handle(),
                           "INSERT INTO ZCALLRECORD(Z_PK, Z_ENT, Z_OPT, ZANSWERED, ZCALLTYPE, ZDISCONNECTED_CAUSE, ZORIGINATED,"
                           " ZREAD, ZDATE, ZDURATION, ZADDRESS, ZISO_COUNTRY_CODE, ZSERVICE_PROVIDER, ZUNIQUE_ID)"
                           " VALUES (?, 1, 1, ?, ?, ?, ?, 1, ?, ?, ?, 'cn', ?, ?)",
                           -1, &st, nullptr) != SQLITE_OK) {
        db.fail();
        return db.status();
    }
    const double start = 1709280000.0 - AppleEpochS; // 2024-03-01 08:00:00 UTC
    for (int i = 0; i < rows; ++i) {
        if (i == rows - 1) {
            // Everything so far goes into the main file; the last call stays in the WAL only.
            if (sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr) != SQLITE_OK) {
                db.fail();
                break;
            }
        }
        const int kind = i % 5; // 0 in answered, 1 in missed, 2 out, 3 FaceTime audio, 4 WhatsApp
        const QByteArray number = kind == 4 ? QByteArray("+8613800138") + QByteArray::number(100 + i % 900)
                                            : QByteArray("1380013") + QByteArray::number(8000 + i % 1000);
        sqlite3_bind_int(st, 1, i + 1);
        sqlite3_bind_int(st, 2, kind == 1 ? 0 : 1);
        sqlite3_bind_int(st, 3, kind == 3 ? 16 : kind == 4 ? 0 : 1);
        sqlite3_bind_int(st, 4, kind == 1 ? 6 : 0);
        sqlite3_bind_int(st, 5, kind == 2 || kind == 4 ? 1 : 0);
        sqlite3_bind_double(st, 6, start + i * 420.0 + 0.25);
        sqlite3_bind_double(st, 7, kind == 1 ? 0.0 : 30.0 + i % 600 + 0.6);
        if (i % 5 == 0)
            sqlite3_bind_blob(st, 8, number.constData(), int(number.size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_text(st, 8, number.constData(), int(number.size()), SQLITE_TRANSIENT);
        const char *provider = kind == 3 ? "com.apple.FaceTime" : kind == 4 ? "net.whatsapp.WhatsApp" : "com.apple.Telephony";
        sqlite3_bind_text(st, 9, provider, -1, SQLITE_STATIC);
        const QByteArray uuid = QByteArray("00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0');
        sqlite3_bind_text(st, 10, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st) != SQLITE_DONE) {
            db.fail();
            break;
        }
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    // Closing would checkpoint the WAL into the main file: tell SQLite not to, as a phone that lost power.
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    return db.status();
}

} // namespace cb::importers::synthetic
