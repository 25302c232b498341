// Schema, migrations, application id, audit chain and preserved source content.
#include "casefile.h"
#include "schema.h"
#include "testsupport.h"

#include <QTest>
#include <sqlite3.h>

using namespace cb::casefile;

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void createdCaseIsCurrentAndMarked()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QCOMPARE(cf->schemaVersion(), schema::latestVersion());
        QCOMPARE(cf->db().scalar("PRAGMA application_id").toLongLong(), qint64(schema::ApplicationId));
        QCOMPARE(cf->db().scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(cf->db().scalar("PRAGMA page_size").toInt(), 16384);
        QCOMPARE(cf->db().scalar("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(cf->settings().timezone, QStringLiteral("Asia/Shanghai"));
        QVERIFY(!CaseFile::create(dir.filePath(QStringLiteral("t.casebench")), {}).ok()); // never overwrite
    }

    void migratesVersion1Case()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.casebench"));
        {
            sql::Database db;
            QVERIFY(db.open(path, sql::Database::Mode::ReadWriteCreate).ok());
            QVERIFY(schema::migrate(db, 1).ok());
            QCOMPARE(db.scalar("PRAGMA user_version").toInt(), 1);
            QVERIFY(db.exec("INSERT INTO meta VALUES ('title','old'),('timezone','UTC'),('region','CN');"
                            "INSERT INTO entities(uuid, kind, name) VALUES (x'00112233445566778899aabbccddeeff', 'phone', 'kept')").ok());
            QVERIFY(!db.scalar("SELECT 1 FROM sqlite_schema WHERE name = 'notes'").isValid());
        }
        auto cf = CaseFile::open(path);
        QVERIFY2(cf.ok(), qPrintable(cf.status().message()));
        QCOMPARE(cf.value()->schemaVersion(), schema::latestVersion());
        QCOMPARE(cf.value()->db().scalar("SELECT name FROM entities").toString(), QStringLiteral("kept"));
        QVERIFY(cf.value()->db().scalar("SELECT 1 FROM sqlite_schema WHERE name = 'notes'").isValid());
        // v3: exact amounts and duplicate links on transactions.
        QVERIFY(cf.value()->db().scalar("SELECT count(*) FROM pragma_table_info('transactions') WHERE name IN ('amount_exact', 'duplicate_of')").toInt() == 2);
        QCOMPARE(cf.value()->settings().title, QStringLiteral("old"));
    }

    void version8KeepsCallsAndChecksDirectionWithoutTemporaryTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.casebench"));
        {
            sql::Database db;
            QVERIFY(db.open(path, sql::Database::Mode::ReadWriteCreate).ok());
            QVERIFY(schema::migrate(db, 7).ok());
            QVERIFY(db.exec("INSERT INTO meta VALUES ('title','v7'),('timezone','UTC'),('region','CN');"
                            "INSERT INTO sources(id, uuid, file_name, size, sha256, format, importer_id, importer_version, imported_at, timezone, certificate) "
                            "VALUES (1, x'01', 'cdr.csv', 1, 'ab', 'csv', 'csv', '1', '2024-01-01T00:00:00Z', 'UTC', '{}');"
                            "INSERT INTO entities(id, uuid, kind) VALUES (7, x'02', 'phone');"
                            "INSERT INTO calls(id, uuid, source_id, locator, subscriber_id, direction, start_utc, utc_offset, imsi) "
                            "VALUES (41, x'03', 1, 'line 2', 7, 'missed', 1000, 28800, '460001234567890')").ok());
        }
        auto cf = CaseFile::open(path);
        QVERIFY2(cf.ok(), qPrintable(cf.status().message()));
        sql::Database &db = cf.value()->db();
        QCOMPARE(db.scalar("SELECT direction || ' ' || locator || ' ' || imsi FROM calls WHERE id = 41").toString(),
                 QStringLiteral("missed line 2 460001234567890"));
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'calls' AND type = 'index'").toInt(), 2);
        QVERIFY(!db.exec("INSERT INTO calls(uuid, source_id, locator, subscriber_id, direction, start_utc, utc_offset) "
                         "VALUES (x'04', 1, 'line 3', 7, 'sideways', 0, 0)").ok());
        QVERIFY(db.exec("INSERT INTO calls(uuid, source_id, locator, subscriber_id, direction, start_utc, utc_offset) "
                        "VALUES (x'04', 1, 'line 3', 7, 'unknown', 0, 0)").ok());
        // The point of the migration: inserting a call no longer opens a temporary b-tree for the check.
        sql::Statement plan(db, "EXPLAIN INSERT INTO calls(uuid, source_id, locator, subscriber_id, direction, start_utc, utc_offset) "
                                "VALUES (x'05', 1, 'x', 7, 'in', 0, 0)");
        int ephemeral = 0;
        while (plan.step())
            ephemeral += plan.text(1) == u"OpenEphemeral" ? 1 : 0;
        QCOMPARE(ephemeral, 0);
        QCOMPARE(db.scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    void refusesNewerAndForeignFiles()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.casebench"));
        {
            auto cf = cb::test::newCase(dir, QStringLiteral("newer.casebench"));
            QVERIFY(cf->db().exec("PRAGMA user_version = 99").ok());
        }
        auto r = CaseFile::open(newer);
        QVERIFY(!r.ok());
        QVERIFY(r.status().message().contains(QStringLiteral("newer")));

        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            sql::Database db;
            QVERIFY(db.open(other, sql::Database::Mode::ReadWriteCreate).ok());
            QVERIFY(db.exec("CREATE TABLE t(x)").ok());
        }
        auto o = CaseFile::open(other);
        QVERIFY(!o.ok());
        QVERIFY(o.status().message().contains(QStringLiteral("not a Casebench case file")));
        const QString junk = cb::test::writeFile(dir, QStringLiteral("junk.casebench"), QByteArray(4096, '\x7f'));
        QVERIFY(!CaseFile::open(junk).ok());
        QVERIFY(!CaseFile::open(dir.filePath(QStringLiteral("missing"))).ok());
    }

    void auditChainDetectsTampering()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QVERIFY(cf->appendAudit(QStringLiteral("edit"), {{QStringLiteral("what"), QStringLiteral("x")}}).ok());
        QVERIFY(cf->appendAudit(QStringLiteral("export"), {}).ok());
        auto n = cf->verifyAuditChain();
        QVERIFY(n.ok());
        QCOMPARE(n.value(), qint64(3)); // create + two
        // The log refuses edits...
        QVERIFY(!cf->db().exec("UPDATE audit_log SET actor = 'mallory'").ok());
        QVERIFY(!cf->db().exec("DELETE FROM audit_log").ok());
        // ...and someone who drops the guard is caught by the hash chain.
        QVERIFY(cf->db().exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE id = 2").ok());
        auto broken = cf->verifyAuditChain();
        QVERIFY(!broken.ok());
        QVERIFY(broken.status().message().contains(QStringLiteral("entry 2")));
    }

    void sourceContentIsPreservedAndVerifiable()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QByteArray csv = "cell_id,lat,lon,azimuth,address\n";
        for (int i = 0; i < 3000; ++i) // bigger than one copy chunk is not needed; many rows are
            csv += "C" + QByteArray::number(i) + ",22.5,114.1,120,\"addr, " + QByteArray::number(i) + "\"\n";
        const QString path = cb::test::writeFile(dir, QStringLiteral("cells.csv"), csv);
        const auto r = cb::test::import(*cf, path);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(cf->sourceContent(r.sourceId), csv);
        QVERIFY(cf->verifySourceContent(r.sourceId).value());
        QVERIFY(cf->db().exec("UPDATE source_content SET bytes = x'00'").ok());
        QVERIFY(!cf->verifySourceContent(r.sourceId).value());
    }

    void largeSourcesAreKeptInParts()
    {
        // Above SQLite's 1 GB value limit a source is kept in parts; a small part size stands in for it here.
        qputenv("CASEBENCH_SOURCE_PART_BYTES", "1000");
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        QByteArray csv = "cell_id,lat,lon,azimuth,address\n";
        for (int i = 0; i < 100; ++i)
            csv += "C" + QByteArray::number(i) + ",22.5,114.1,120,addr " + QByteArray::number(i) + "\n";
        const auto r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("cells.csv"), csv));
        qunsetenv("CASEBENCH_SOURCE_PART_BYTES");
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM source_parts WHERE source_id = ?", {r.sourceId}).toInt(), int((csv.size() + 999) / 1000));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM source_content").toInt(), 0);
        QCOMPARE(cf->sourceContent(r.sourceId), csv);
        QVERIFY(cf->verifySourceContent(r.sourceId).value());
        QVERIFY(cf->db().exec("UPDATE source_parts SET bytes = x'00' WHERE seq = 2").ok());
        QVERIFY(!cf->verifySourceContent(r.sourceId).value());
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
