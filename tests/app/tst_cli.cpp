// The casebench command line, run as a child process.
#include "testsupport.h"
#include "casefile.h"
#include "schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>
#include <QRegularExpression>

using cb::test::runCasebench;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void newImportInfo()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("x.casebench"));
        QCOMPARE(runCasebench({QStringLiteral("new"), c, QStringLiteral("--title"), QStringLiteral("Op X"),
                               QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai"), QStringLiteral("--region"), QStringLiteral("CN")}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("new"), c}).code, 2); // exists
        const QString good = cb::test::writeFile(dir, QStringLiteral("good.csv"),
            "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
            "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,,,\n");
        const QString bad = cb::test::writeFile(dir, QStringLiteral("bad.csv"), "nothing,here\n1,2\n");
        const auto run = runCasebench({QStringLiteral("import"), c, good, bad, QStringLiteral("--json"),
                                       QStringLiteral("--legal-basis"), QStringLiteral("Warrant 2024-17"), QStringLiteral("--exhibit"), QStringLiteral("CDR-1")});
        QCOMPARE(run.code, 1); // one rejected, the other still imported
        const QJsonArray arr = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr[0][QStringLiteral("status")].toString(), QStringLiteral("imported"));
        QCOMPARE(arr[0][QStringLiteral("counts")][QStringLiteral("calls")].toInt(), 1);
        QCOMPARE(arr[0][QStringLiteral("sha256")].toString().size(), 64);
        QCOMPARE(arr[1][QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(arr[1][QStringLiteral("diagnostics")][0][QStringLiteral("locator")].toString(), QStringLiteral("line 1"));
        QVERIFY2(run.err.contains(bad.toUtf8() + ":1: no known layout"), run.err.constData());

        const auto dup = runCasebench({QStringLiteral("import"), c, good, QStringLiteral("--json")});
        QCOMPARE(dup.code, 1);
        QCOMPARE(QJsonDocument::fromJson(dup.out).array()[0][QStringLiteral("status")].toString(), QStringLiteral("duplicate"));

        const auto info = runCasebench({QStringLiteral("info"), c, QStringLiteral("--json")});
        QCOMPARE(info.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(o[QStringLiteral("title")].toString(), QStringLiteral("Op X"));
        QCOMPARE(o[QStringLiteral("timezone")].toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(o[QStringLiteral("schema_version")].toInt(), cb::casefile::schema::latestVersion());
        QCOMPARE(o[QStringLiteral("counts")][QStringLiteral("calls")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("counts")][QStringLiteral("sources")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("counts")][QStringLiteral("entities")].toInt(), 2);
        const QJsonObject src = o[QStringLiteral("sources")][0].toObject();
        QCOMPARE(src[QStringLiteral("legal_basis")].toString(), QStringLiteral("Warrant 2024-17"));
        QCOMPARE(src[QStringLiteral("certificate")][QStringLiteral("exhibit_label")].toString(), QStringLiteral("CDR-1"));
        for (const char *k : {"rows_read", "rows_accepted", "rows_rejected", "period", "totals", "balance_breaks", "diagnostics"})
            QVERIFY2(src[QStringLiteral("certificate")].toObject().contains(QLatin1String(k)), k);
        QCOMPARE(runCasebench({QStringLiteral("verify"), c}).code, 0);
    }

    void usageErrors()
    {
        QCOMPARE(runCasebench({QStringLiteral("import")}).code, 2);
        QCOMPARE(runCasebench({QStringLiteral("info"), QStringLiteral("/nonexistent/case.casebench")}).code, 2);
        QCOMPARE(runCasebench({QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(runCasebench({QStringLiteral("help")}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--account"),
                               QStringLiteral("1"), QStringLiteral("--subscriber"), QStringLiteral("2")}).code, 2);
    }

    void unknownCommandsAreRefusedWithTheList()
    {
        // Before the command table, an unknown `casebench tracer --help` opened the workbench, which never
        // returns on a machine without a display (runCasebench would time out instead of seeing exit 2).
        const auto r = runCasebench({QStringLiteral("tracer"), QStringLiteral("--help")}, 20000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("unknown command \"tracer\""), r.err.constData());
        for (const char *c : {"casebench new CASE", "casebench import CASE FILE...", "casebench verify CASE", "casebench links CASE"})
            QVERIFY2(r.err.contains(c), c);
        // A path that is not a case file is not opened in the workbench either.
        QCOMPARE(runCasebench({QStringLiteral("/nonexistent/nothing.casebench")}, 20000).code, 2);
        // Every command of the table answers --help without touching a case.
        const auto help = runCasebench({QStringLiteral("help")});
        QCOMPARE(help.code, 0);
        for (const char *c : {"new", "import", "info", "formats", "demo", "verify", "search", "export", "suggest", "merge", "owner", "unlink",
                              "links", "role", "roles", "note", "notes", "tag", "untag", "lead", "leads", "event", "events", "trace", "runs",
                              "rerun", "analyze", "exhibit", "exhibits"}) {
            QVERIFY2(help.out.contains(QByteArray("casebench ") + c), c);
            const auto h = runCasebench({QLatin1String(c), QStringLiteral("--help")}, 20000);
            QVERIFY2(h.code == 0 && h.out.contains("Usage:"), c);
        }
    }

    void analystWorkThroughTheSession()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        QCOMPARE(runCasebench({QStringLiteral("new"), c, QStringLiteral("--investigator"), QStringLiteral("Det. Zhao")}).code, 0);
        const QString calls = cb::test::writeFile(dir, QStringLiteral("c.csv"),
            "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
            "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,,,\n");
        QCOMPARE(runCasebench({QStringLiteral("import"), c, calls}).code, 0);
        // Roles: by any written form of the number; a bad role is a usage error.
        QCOMPARE(runCasebench({QStringLiteral("role"), c, QStringLiteral("138 0013 8000"), QStringLiteral("subject"),
                               QStringLiteral("--justification"), QStringLiteral("called every victim")}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("role"), c, QStringLiteral("13900139000"), QStringLiteral("victim")}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("role"), c, QStringLiteral("13900139000"), QStringLiteral("boss")}).code, 2);
        QCOMPARE(runCasebench({QStringLiteral("role"), c, QStringLiteral("13700000000"), QStringLiteral("victim")}).code, 1);
        const QJsonArray roles = QJsonDocument::fromJson(runCasebench({QStringLiteral("roles"), c, QStringLiteral("--json")}).out).array();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles[0][QStringLiteral("label")].toString(), QStringLiteral("+8613800138000"));
        QCOMPARE(roles[0][QStringLiteral("role")].toString(), QStringLiteral("subject"));
        QCOMPARE(roles[0][QStringLiteral("justification")].toString(), QStringLiteral("called every victim"));
        QCOMPARE(roles[1][QStringLiteral("role")].toString(), QStringLiteral("victim"));
        // Notes: add returns the UUID; an edit keeps it; a delete hides it (a tombstone stays in the case).
        const auto added = runCasebench({QStringLiteral("note"), QStringLiteral("add"), c, QStringLiteral("13900139000"),
                                         QStringLiteral("the victim reported the call at 10:30"), QStringLiteral("--json")});
        QCOMPARE(added.code, 0);
        const QString uuid = QJsonDocument::fromJson(added.out).object()[QStringLiteral("uuid")].toString();
        QCOMPARE(uuid.size(), 36);
        QCOMPARE(runCasebench({QStringLiteral("note"), QStringLiteral("edit"), c, uuid, QStringLiteral("reported at 10:35")}).code, 0);
        QJsonArray notes = QJsonDocument::fromJson(runCasebench({QStringLiteral("notes"), c, QStringLiteral("--target"),
                                                                 QStringLiteral("+8613900139000"), QStringLiteral("--json")}).out).array();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0][QStringLiteral("uuid")].toString(), uuid);
        QCOMPARE(notes[0][QStringLiteral("text")].toString(), QStringLiteral("reported at 10:35"));
        QCOMPARE(notes[0][QStringLiteral("author")].toString(), QStringLiteral("Det. Zhao"));
        QCOMPARE(runCasebench({QStringLiteral("note"), QStringLiteral("delete"), c, uuid}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("note"), QStringLiteral("delete"), c, uuid}).code, 1);
        notes = QJsonDocument::fromJson(runCasebench({QStringLiteral("notes"), c, QStringLiteral("--json")}).out).array();
        QCOMPARE(notes.size(), 0);
        // Tags on a record by its UUID (as `search --json` and exports give it) and on an entity.
        QString callUuid;
        {
            auto cf = cb::casefile::CaseFile::open(c);
            callUuid = QUuid::fromRfc4122(cf.value()->db().scalar("SELECT uuid FROM calls").toByteArray()).toString(QUuid::WithoutBraces);
        }
        QCOMPARE(runCasebench({QStringLiteral("tag"), c, callUuid, QStringLiteral("fraud call")}).code, 0);
        const auto tagged = runCasebench({QStringLiteral("tag"), c, callUuid, QStringLiteral("exhibit")});
        QCOMPARE(tagged.code, 0);
        QCOMPARE(tagged.out.trimmed(), QByteArray("exhibit, fraud call"));
        QCOMPARE(runCasebench({QStringLiteral("untag"), c, callUuid, QStringLiteral("exhibit")}).out.trimmed(), QByteArray("fraud call"));
        QCOMPARE(runCasebench({QStringLiteral("untag"), c, callUuid, QStringLiteral("exhibit")}).code, 1);
        // Every accepted step is audited (2 roles, note add, edit and delete, 2 tags, 1 untag) and the chain holds;
        // the refused ones left nothing.
        auto cf = cb::casefile::CaseFile::open(c);
        QCOMPARE(cf.value()->db().scalar("SELECT count(*) FROM audit_log WHERE action IN ('role', 'note_add', 'note_edit', 'note_delete', 'tag', 'untag')").toInt(), 8);
        QVERIFY(cf.value()->verifyAuditChain().ok());
    }

    void leadsAndEventsFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("l.casebench"));
        QCOMPARE(runCasebench({QStringLiteral("new"), c, QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai")}).code, 0);
        const QString calls = cb::test::writeFile(dir, QStringLiteral("c.csv"), "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                                              "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,,,\n");
        QCOMPARE(runCasebench({QStringLiteral("import"), c, calls}).code, 0);
        const auto added = runCasebench({QStringLiteral("lead"), QStringLiteral("add"), c, QStringLiteral("--summary"), QStringLiteral("bank alert on a mule account"),
                                         QStringLiteral("--source"), QStringLiteral("bank alert"), QStringLiteral("--entity"), QStringLiteral("13900139000")});
        QCOMPARE(added.code, 0);
        const QString code = QString::fromUtf8(added.out.trimmed());
        QVERIFY2(QRegularExpression(QStringLiteral("^L-\\d{4}-\\d{6}$")).match(code).hasMatch(), qPrintable(code));
        QCOMPARE(runCasebench({QStringLiteral("lead"), QStringLiteral("set"), c, code, QStringLiteral("verifying"), QStringLiteral("--note"), QStringLiteral("statement requested")}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("lead"), QStringLiteral("set"), c, code, QStringLiteral("sideways")}).code, 2);
        const QJsonArray leads = QJsonDocument::fromJson(runCasebench({QStringLiteral("leads"), c, QStringLiteral("--status"), QStringLiteral("verifying"),
                                                                       QStringLiteral("--json")}).out).array();
        QCOMPARE(leads.size(), 1);
        QCOMPARE(leads[0][QStringLiteral("code")].toString(), code);
        QCOMPARE(leads[0][QStringLiteral("history")].toArray().size(), 2);
        QCOMPARE(leads[0][QStringLiteral("history")][1][QStringLiteral("note")].toString(), QStringLiteral("statement requested"));
        QCOMPARE(leads[0][QStringLiteral("entities")][0][QStringLiteral("label")].toString(), QStringLiteral("+8613900139000"));
        // An event given in the case's zone is kept in UTC with that offset.
        const auto ev = runCasebench({QStringLiteral("event"), QStringLiteral("add"), c, QStringLiteral("--time"), QStringLiteral("2024-03-01T10:30"),
                                      QStringLiteral("--text"), QStringLiteral("caller claimed to be police"), QStringLiteral("--entity"), QStringLiteral("13900139000"),
                                      QStringLiteral("--basis"), QStringLiteral("victim statement"), QStringLiteral("--json")});
        QCOMPARE(ev.code, 0);
        QCOMPARE(QJsonDocument::fromJson(ev.out).object()[QStringLiteral("time")].toString(), QStringLiteral("2024-03-01T10:30:00+08:00"));
        const QJsonArray events = QJsonDocument::fromJson(runCasebench({QStringLiteral("events"), c, QStringLiteral("--json")}).out).array();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QStringLiteral("basis")].toString(), QStringLiteral("victim statement"));
        QCOMPARE(runCasebench({QStringLiteral("event"), QStringLiteral("add"), c, QStringLiteral("--time"), QStringLiteral("yesterday"),
                               QStringLiteral("--text"), QStringLiteral("x")}).code, 2);
    }

    void anchoredHeadShowsRemovedAuditEntries()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("h.casebench"));
        QCOMPARE(runCasebench({QStringLiteral("new"), c}).code, 0);
        const QString calls = cb::test::writeFile(dir, QStringLiteral("c.csv"), "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                                              "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,,,\n");
        QCOMPARE(runCasebench({QStringLiteral("import"), c, calls}).code, 0);
        const QString head = QJsonDocument::fromJson(runCasebench({QStringLiteral("info"), c, QStringLiteral("--json")}).out).object()[QStringLiteral("audit_head")].toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^2:[0-9a-f]{64}$")).match(head).hasMatch(), qPrintable(head)); // create, import
        QCOMPARE(runCasebench({QStringLiteral("verify"), c, QStringLiteral("--head"), head}).code, 0);
        // Later work extends the chain: the old head is still in it.
        QCOMPARE(runCasebench({QStringLiteral("role"), c, QStringLiteral("13800138000"), QStringLiteral("subject")}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("verify"), c, QStringLiteral("--head"), head}).code, 0);
        const QString later = QJsonDocument::fromJson(runCasebench({QStringLiteral("info"), c, QStringLiteral("--json")}).out).object()[QStringLiteral("audit_head")].toString();
        // Anyone holding the file can drop the append-only trigger and delete the newest entry. Alone, that
        // leaves the role it bound unbound, and verify says so.
        cb::casefile::sql::Database db;
        QVERIFY(db.open(c, cb::casefile::sql::Database::Mode::ReadWrite).ok());
        QVERIFY(db.exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)").ok());
        const auto unbound = runCasebench({QStringLiteral("verify"), c});
        QCOMPARE(unbound.code, 1);
        QVERIFY2(unbound.err.contains("was not written through the case session"), unbound.err.constData());
        // With the role deleted too, the shorter chain verifies on its own; the anchored head does not.
        QVERIFY(db.exec("DELETE FROM roles").ok());
        db.close();
        QCOMPARE(runCasebench({QStringLiteral("verify"), c}).code, 0);
        const auto cut = runCasebench({QStringLiteral("verify"), c, QStringLiteral("--head"), later, QStringLiteral("--json")});
        QCOMPARE(cut.code, 1);
        QVERIFY2(cut.err.contains("holds 2 entries, but the anchored head is entry 3"), cut.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cut.out).object()[QStringLiteral("head_ok")].toBool(), false);
        // A rewritten entry at the head's position is named too; a malformed head is a usage error.
        QString forged = head;
        forged[forged.size() - 1] = forged.endsWith(u'0') ? u'1' : u'0';
        QCOMPARE(runCasebench({QStringLiteral("verify"), c, QStringLiteral("--head"), forged}).code, 1);
        QCOMPARE(runCasebench({QStringLiteral("verify"), c, QStringLiteral("--head"), QStringLiteral("nonsense")}).code, 2);
    }

    void formats()
    {
        const auto r = runCasebench({QStringLiteral("formats"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o[QStringLiteral("importers")].toArray().size() >= 1);
        QStringList ids;
        for (const QJsonValue &v : o[QStringLiteral("profiles")].toArray())
            ids << v[QStringLiteral("id")].toString();
        for (const char *id : {"casebench-transactions", "casebench-calls", "casebench-cellsites", "cn-bank-statement", "cn-carrier-cdr"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void regionPerSource()
    {
        // A Chinese case; one carrier file is from India: its national numbers are Indian with --region IN.
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("r.casebench"));
        QCOMPARE(runCasebench({QStringLiteral("new"), c, QStringLiteral("--region"), QStringLiteral("CN")}).code, 0);
        const QString csv = cb::test::writeFile(dir, QStringLiteral("in.csv"),
                                                "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                "2024-03-01T10:00:00+05:30,9876543210,9123456780,out,60,,,\n");
        QCOMPARE(runCasebench({QStringLiteral("import"), c, csv, QStringLiteral("--region"), QStringLiteral("india")}).code, 2);
        const auto r = runCasebench({QStringLiteral("import"), c, csv, QStringLiteral("--region"), QStringLiteral("in")});
        QVERIFY2(r.code == 0, r.err.constData());
        auto cf = cb::casefile::CaseFile::open(c);
        QCOMPARE(cf.value()->db().scalar("SELECT group_concat(value, ' ') FROM (SELECT value FROM identifiers WHERE type = 'phone' ORDER BY value)").toString(),
                 QStringLiteral("+919123456780 +919876543210"));
        QCOMPARE(cf.value()->db().scalar("SELECT region FROM sources").toString(), QStringLiteral("IN"));
    }

    void demo()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("demo.casebench"));
        const auto r = runCasebench({QStringLiteral("demo"), c});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(runCasebench({QStringLiteral("info"), c, QStringLiteral("--json")}).out).object();
        const QJsonObject n = o[QStringLiteral("counts")].toObject();
        QCOMPARE(n[QStringLiteral("sources")].toInt(), 13);
        QCOMPARE(n[QStringLiteral("messages")].toInt(), 24); // the seized phone's chats
        QCOMPARE(n[QStringLiteral("artifacts")].toInt(), 2);
        QVERIFY(n[QStringLiteral("transactions")].toInt() > 100);
        QVERIFY(n[QStringLiteral("calls")].toInt() > 40);
        QCOMPARE(n[QStringLiteral("cell_sites")].toInt(), 15);
        // The victims' outgoing transfers meet the mules' statements: the same accounts, one entity each.
        for (const QJsonValue &s : o[QStringLiteral("sources")].toArray()) {
            QCOMPARE(s[QStringLiteral("certificate")][QStringLiteral("rows_rejected")].toInt(), 0);
            QCOMPARE(s[QStringLiteral("certificate")][QStringLiteral("balance_breaks")].toArray().size(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
