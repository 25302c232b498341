// Phone databases: a generated iOS CallHistory.storedata whose last call lives only in the WAL (there is no
// public sample; the structure is the one documented in ../shared/testdata/FORMATS.md §3.2), the real
// Android and iOS samples in ../shared/testdata/{android,ios} (WhatsApp iOS checked row by row against
// iLEAPP's expected output), and hostile databases that must be refused without touching the case.
#include "hash.h"
#include "search.h"
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cb::importers;
using cb::casefile::sql::Statement;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QStringList folderState(const QString &dir)
{
    QStringList out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        out << fi.fileName() + u' ' + cb::casefile::sha256Hex(readAll(fi.filePath()));
    return out;
}

QJsonObject oracle(const QString &name)
{
    return QJsonDocument::fromJson(readAll(cb::test::testdataDir() + QStringLiteral("/aleapp/") + name)).object();
}

} // namespace

class TestDevices : public QObject
{
    Q_OBJECT
private slots:
    void callHistoryReadsTheWal()
    {
        QTemporaryDir tmp;
        const QString ev = tmp.filePath(QStringLiteral("evidence"));
        QDir().mkpath(ev);
        const QString db = ev + QStringLiteral("/CallHistory.storedata");
        QVERIFY(synthetic::writeCallHistoryStoredata(db, 10).ok());
        QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 32);
        const QStringList before = folderState(ev);

        auto cf = cb::test::newCase(tmp);
        const FileReport r = cb::test::import(*cf, db);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.format, QStringLiteral("device-db"));
        QCOMPARE(folderState(ev), before); // the evidence is never modified, no -shm appears beside it

        QCOMPARE(r.certificate.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(), 10);
        QCOMPARE(r.certificate.value(QStringLiteral("stated")).toObject().value(QStringLiteral("wal_only_rows")).toString(), QStringLiteral("1"));
        const QJsonArray companions = r.certificate.value(QStringLiteral("companions")).toArray();
        QStringList roles;
        for (const QJsonValue &c : companions)
            roles << c.toObject().value(QStringLiteral("role")).toString();
        QVERIFY(roles.contains(QStringLiteral("wal")));
        QCOMPARE(companions.at(roles.indexOf(QStringLiteral("wal"))).toObject().value(QStringLiteral("sha256")).toString(),
                 cb::casefile::sha256Hex(readAll(db + QStringLiteral("-wal"))));
        QVERIFY(cf->verifySourceContent(r.sourceId).value());

        Statement st(cf->db(), "SELECT c.locator, c.direction, c.duration_s, c.start_utc, c.other_number, c.status, "
                               "(SELECT value FROM identifiers WHERE entity_id = c.other_id AND type = 'phone'), "
                               "(SELECT kind FROM entities WHERE id = c.subscriber_id) FROM calls c ORDER BY c.id");
        QStringList rows;
        while (st.step())
            rows << QStringList{st.text(0), st.text(1), st.text(2), QString::number(st.int64(3)), st.text(4), st.text(5), st.text(6), st.text(7)}.join(u'|');
        QCOMPARE(rows.size(), 10);
        // Row 1: incoming answered, address stored as a BLOB; the owner's number is unknown, so the calls
        // belong to the seized device.
        QCOMPARE(rows.at(0), QStringLiteral("ZCALLRECORD rowid 1|in|30|1709280000250|13800138000|phone|+8613800138000|device"));
        QCOMPARE(rows.at(1), QStringLiteral("ZCALLRECORD rowid 2|missed|0|1709280420250|13800138001|phone|+8613800138001|device"));
        QCOMPARE(rows.at(2), QStringLiteral("ZCALLRECORD rowid 3|out|32|1709280840250|13800138002|phone|+8613800138002|device"));
        QVERIFY(rows.at(3).contains(QStringLiteral("|FaceTime audio|")));
        QVERIFY(rows.at(4).contains(QStringLiteral("|net.whatsapp.WhatsApp|+8613800138104|")));
        QCOMPARE(rows.at(9).section(u'|', 0, 0), QStringLiteral("ZCALLRECORD rowid 10 (WAL)"));
    }

    void withoutTheWalTheLastCallIsMissing()
    {
        QTemporaryDir tmp;
        const QString db = tmp.filePath(QStringLiteral("CallHistory.storedata"));
        QVERIFY(synthetic::writeCallHistoryStoredata(db, 6).ok());
        QDir().mkpath(tmp.filePath(QStringLiteral("alone")));
        const QString alone = tmp.filePath(QStringLiteral("alone/CallHistory.storedata"));
        QVERIFY(QFile::copy(db, alone));
        auto cf = cb::test::newCase(tmp);
        const FileReport r = cb::test::import(*cf, alone);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(), 5);
        QVERIFY(!r.certificate.contains(QStringLiteral("companions")));
    }

    void folderIsOneDevice()
    {
        QTemporaryDir tmp;
        const QString ev = tmp.filePath(QStringLiteral("Exhibit-7"));
        QDir().mkpath(ev + QStringLiteral("/Library/CallHistoryDB"));
        QVERIFY(synthetic::writeCallHistoryStoredata(ev + QStringLiteral("/Library/CallHistoryDB/CallHistory.storedata"), 5).ok());
        cb::test::writeFile(tmp, QStringLiteral("Exhibit-7/readme.bin"), QByteArray("\x01\x02\x03 not evidence", 17));
        auto cf = cb::test::newCase(tmp);
        ImporterRegistry registry;
        ImportOptions opt;
        opt.owner = QStringLiteral("13900139000");
        const QList<FileReport> reports = importPath(*cf, ev, opt, registry);
        QStringList outcomes;
        for (const FileReport &r : reports)
            outcomes << QFileInfo(r.path).fileName() + u':' + r.statusName();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("CallHistory.storedata:imported"), QStringLiteral("readme.bin:skipped")}));
        const QJsonObject device = reports.first().certificate.value(QStringLiteral("device")).toObject();
        QCOMPARE(device.value(QStringLiteral("label")).toString(), QStringLiteral("Exhibit-7"));
        QCOMPARE(device.value(QStringLiteral("owner_number")).toString(), QStringLiteral("13900139000"));
        // With the owner's number known, the calls are on the owner's line, and the owner uses the device.
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM calls c JOIN identifiers i ON i.entity_id = c.subscriber_id "
                                 "WHERE i.type = 'phone' AND i.value = '+8613900139000'").toInt(), 5);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM links l JOIN identifiers i ON i.entity_id = l.to_id "
                                 "WHERE l.kind = 'uses_device' AND i.type = 'device_label' AND i.value = 'Exhibit-7'").toInt(), 1);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM calls WHERE device_id IS NOT NULL").toInt(), 5);
    }

    void androidSamples()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata is absent (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("a.casebench"), QStringLiteral("America/New_York"));
        ImportOptions opt;
        opt.region = QStringLiteral("US");
        FileReport r = cb::test::import(*cf, dir + QStringLiteral("/android/plaso_contacts2.db"), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        Statement calls(cf->db(), "SELECT locator, direction, duration_s, start_utc, other_number FROM calls ORDER BY id");
        QStringList rows;
        while (calls.step())
            rows << QStringList{calls.text(0), calls.text(1), calls.text(2), calls.text(3), calls.text(4)}.join(u'|');
        QCOMPARE(rows, (QStringList{QStringLiteral("calls rowid 714|missed|0|1383772636690|5404561685"),
                                    QStringLiteral("calls rowid 715|out|126|1383772733283|5404561685"),
                                    QStringLiteral("calls rowid 717|in|639|1383782616690|5404561685")}));
        QCOMPARE(cf->db().scalar("SELECT value FROM identifiers WHERE type = 'phone'").toString(), QStringLiteral("+15404561685"));

        r = cb::test::import(*cf, dir + QStringLiteral("/android/plaso_mmssms.db"), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM messages WHERE app = 'SMS' AND direction = 'in'").toInt(), 4);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM messages WHERE app = 'SMS' AND direction = 'out'").toInt(), 5);
        QCOMPARE(cf->db().scalar("SELECT body FROM messages WHERE locator = 'sms rowid 1'").toString(),
                 QStringLiteral("Yo Fred this is my new number."));
        // "1 555-521-5554" (sent to) and "15555215554" (received from) are one party.
        QCOMPARE(cf->db().scalar("SELECT recipients FROM messages WHERE locator = 'sms rowid 1'").toString(), QStringLiteral("1 555-521-5554"));

        r = cb::test::import(*cf, dir + QStringLiteral("/android/memacs_whatsapp_msgstore.db"), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(cf->db().scalar("SELECT sender || '|' || time_utc || '|' || body FROM messages WHERE app = 'WhatsApp'").toString(),
                 QStringLiteral("+436604444333|1476555535242|Hello World!"));
    }

    void whatsappAndroidModernSchema()
    {
        // msgstore.db since 2022 (message + chat + jid, call_log), in the shape ALEAPP documents; no public
        // sample exists, so the test writes one.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("msgstore.db"));
        {
            cb::casefile::sql::Database db;
            QVERIFY(db.open(path, cb::casefile::sql::Database::Mode::ReadWriteCreate).ok());
            QVERIFY(db.exec("CREATE TABLE jid(_id INTEGER PRIMARY KEY, user TEXT, server TEXT, raw_string TEXT);"
                            "CREATE TABLE chat(_id INTEGER PRIMARY KEY, jid_row_id INTEGER, subject TEXT);"
                            "CREATE TABLE message(_id INTEGER PRIMARY KEY, chat_row_id INTEGER, from_me INTEGER, key_id TEXT,"
                            " sender_jid_row_id INTEGER, timestamp INTEGER, text_data TEXT, message_type INTEGER);"
                            "CREATE TABLE call_log(_id INTEGER PRIMARY KEY, jid_row_id INTEGER, from_me INTEGER, timestamp INTEGER,"
                            " video_call INTEGER, duration INTEGER, call_result INTEGER);"
                            "INSERT INTO jid VALUES (1, '8613800138000', 's.whatsapp.net', '8613800138000@s.whatsapp.net'),"
                            " (2, '120363000000000001', 'g.us', '120363000000000001@g.us'),"
                            " (3, '8613700137000', 's.whatsapp.net', '8613700137000@s.whatsapp.net');"
                            "INSERT INTO chat VALUES (1, 1, NULL), (2, 2, '资金群');"
                            "INSERT INTO message VALUES (1, 1, 0, 'A', 0, 1709280000000, '在吗', 0), (2, 1, 1, 'B', 0, 1709280060000, '在', 0),"
                            " (3, 2, 0, 'C', 3, 1709280120000, NULL, 1), (4, 1, 0, 'D', 0, 5, 'bad time', 0);"
                            "INSERT INTO call_log VALUES (1, 1, 1, 1709280180000, 0, 42, 5), (2, 3, 0, 1709280240000, 1, 0, 2);")
                        .ok());
        }
        auto cf = cb::test::newCase(tmp);
        const FileReport r = cb::test::import(*cf, path);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("rows_rejected")).toInt(), 1);
        Statement st(cf->db(), "SELECT locator, direction, coalesce(sender, ''), recipients, coalesce(body, '') FROM messages ORDER BY id");
        QStringList rows;
        while (st.step())
            rows << QStringList{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)}.join(u'|');
        QCOMPARE(rows, (QStringList{QStringLiteral("message rowid 1|in|+8613800138000||在吗"),
                                    QStringLiteral("message rowid 2|out||+8613800138000|在"),
                                    QStringLiteral("message rowid 3|in|+8613700137000|120363000000000001@g.us|[image]")}));
        QCOMPARE(cf->db().scalar("SELECT group_concat(direction || ':' || duration_s || ':' || status, ',') FROM calls").toString(),
                 QStringLiteral("out:42:WhatsApp audio,missed:0:WhatsApp video"));
    }

    void iosSamplesMatchIleapp()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata is absent (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("i.casebench"), QStringLiteral("America/New_York"));
        ImportOptions opt;
        opt.region = QStringLiteral("US");
        opt.device = QStringLiteral("josh-ios15");
        FileReport r = cb::test::import(*cf, dir + QStringLiteral("/ios/ileapp_josh15_whatsapp_ChatStorage.sqlite"), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        // The phone's own WhatsApp number is found from the one-to-one chats sent to it.
        QCOMPARE(r.certificate.value(QStringLiteral("device")).toObject().value(QStringLiteral("owner_number")).toString(),
                 QStringLiteral("+19195794674"));
        const QJsonArray expected = oracle(QStringLiteral("ileapp_result_whatsAppMessages.josh_ios15.json")).value(QStringLiteral("data")).toArray();
        QCOMPARE(expected.size(), 32);
        Statement st(cf->db(), "SELECT time_utc / 1000, direction, body FROM messages ORDER BY id");
        int i = 0;
        for (; st.step() && i < expected.size(); ++i) {
            const QJsonArray row = expected.at(i).toArray();
            QCOMPARE(st.int64(0), row.at(0).toInteger());
            const bool fromMe = row.at(1).toString() == u"Local User";
            QCOMPARE(st.text(1), fromMe ? QStringLiteral("out") : QStringLiteral("in"));
            if (!row.at(5).isNull())
                QCOMPARE(st.text(2), row.at(5).toString());
        }
        QCOMPARE(i, 32);

        r = cb::test::import(*cf, dir + QStringLiteral("/ios/ileapp_josh15_whatsapp_CallHistory.sqlite"), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        const QJsonArray calls = oracle(QStringLiteral("ileapp_result_whatsAppCallHistory.josh_ios15.json")).value(QStringLiteral("data")).toArray();
        Statement cs(cf->db(), "SELECT start_utc / 1000, duration_s, direction, other_number FROM calls ORDER BY id");
        i = 0;
        for (; cs.step() && i < calls.size(); ++i) {
            const QJsonArray row = calls.at(i).toArray();
            QCOMPARE(cs.int64(0), row.at(0).toInteger());
            const QStringList hms = row.at(2).toString().split(u':');
            QCOMPARE(cs.int64(1), hms.at(0).toInt() * 3600 + hms.at(1).toInt() * 60 + hms.at(2).toInt());
            QCOMPARE(cs.text(2), row.at(3).toString() == u"Outgoing" ? QStringLiteral("out") : QStringLiteral("in"));
            QCOMPARE(cs.text(3), QStringLiteral("+") + row.at(5).toString().section(u'@', 0, 0));
        }
        QCOMPARE(i, 4);
        // Same device label: the calls and the chats are one phone's; the owner is found in the chats.
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT device_id) FROM sources").toInt(), 1);

        r = cb::test::import(*cf, dir + QStringLiteral("/ios/ileapp_josh15_whatsapp_ContactsV2.sqlite"), opt);
        QCOMPARE(r.certificate.value(QStringLiteral("counts")).toObject().value(QStringLiteral("contacts")).toInt(), 9);
        // The contact "This Is DFIR Two" is the party of the chats and calls: one entity.
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT e.id) FROM entities e JOIN identifiers i ON i.entity_id = e.id "
                                 "WHERE i.value = '+19198887386' AND e.name = 'This Is DFIR Two'").toInt(), 1);

        r = cb::test::import(*cf, dir + QStringLiteral("/ios/plaso_imessage_chat.db"), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("counts")).toObject().value(QStringLiteral("messages")).toInt(), 10);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM messages WHERE app = 'iMessage' AND direction = 'out'").toInt(), 5);
    }

    void searchFindsChineseAndLatinWithProvenance()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("mmssms.db"));
        {
            cb::casefile::sql::Database db;
            QVERIFY(db.open(path, cb::casefile::sql::Database::Mode::ReadWriteCreate).ok());
            QVERIFY(db.exec("CREATE TABLE sms(_id INTEGER PRIMARY KEY, address TEXT, date INTEGER, type INTEGER, body TEXT);"
                            "INSERT INTO sms VALUES (1, '13800138000', 1709280000000, 1, '您的账户存在风险，请立即转账到安全账户');"
                            "INSERT INTO sms VALUES (2, '13800138000', 1709280060000, 2, '好的，我马上转账');"
                            "INSERT INTO sms VALUES (3, '+447700900123', 1709280120000, 1, 'Bowling tonight? 100% sure');")
                        .ok());
        }
        auto cf = cb::test::newCase(tmp);
        QCOMPARE(cb::test::import(*cf, path).statusName(), QStringLiteral("imported"));
        auto locators = [&cf](const QString &q) {
            QStringList out;
            const auto hits = cb::casefile::search(*cf, q);
            for (const auto &h : hits.value())
                out << h.locator;
            out.sort();
            return out;
        };
        QCOMPARE(locators(QStringLiteral("安全账户")), QStringList{QStringLiteral("sms rowid 1")}); // through the index
        QCOMPARE(locators(QStringLiteral("转账")), (QStringList{QStringLiteral("sms rowid 1"), QStringLiteral("sms rowid 2")})); // two characters: scanned
        QCOMPARE(locators(QStringLiteral("转账 风险")), QStringList{QStringLiteral("sms rowid 1")}); // every word must occur
        QCOMPARE(locators(QStringLiteral("BOWLING")), QStringList{QStringLiteral("sms rowid 3")});
        QCOMPARE(locators(QStringLiteral("100%")), QStringList{QStringLiteral("sms rowid 3")});
        QCOMPARE(locators(QStringLiteral("0%")), QStringList{QStringLiteral("sms rowid 3")}); // % is literal, not a wildcard
        QVERIFY(locators(QStringLiteral("bowling 转账")).isEmpty());
        QVERIFY(locators(QStringLiteral("\"\" OR NEAR(")).isEmpty()); // FTS5 syntax in a query is text, not an error

        const cb::test::Run run = cb::test::runCasebench({QStringLiteral("search"), cf->path(), QStringLiteral("安全账户"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[安全账户]")));
        QCOMPARE(hit.value(QStringLiteral("source")).toObject().value(QStringLiteral("file")).toString(), QStringLiteral("mmssms.db"));
        QCOMPARE(hit.value(QStringLiteral("source")).toObject().value(QStringLiteral("sha256")).toString(),
                 cb::casefile::sha256Hex(readAll(path)));
        QCOMPARE(hit.value(QStringLiteral("time")).toString(), QStringLiteral("2024-03-01 16:00:00 UTC+08:00"));
    }

    void hostileDatabasesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("header only") << header;
        QTest::newRow("garbage after header") << header + QByteArray(8192, '\xA5');
        QByteArray fixture;
        {
            QTemporaryDir t;
            synthetic::writeCallHistoryStoredata(t.filePath(QStringLiteral("x")), 50);
            fixture = readAll(t.filePath(QStringLiteral("x")));
        }
        QTest::newRow("truncated") << fixture.left(fixture.size() / 2 + 100);
        QByteArray corrupt = fixture;
        for (qsizetype i = 4096 + 8; i < corrupt.size(); i += 97)
            corrupt[i] = char(0xFF);
        QTest::newRow("corrupt pages") << corrupt;
    }

    void hostileDatabasesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        QVERIFY(synthetic::writeCallHistoryStoredata(tmp.filePath(QStringLiteral("good.storedata")), 5).ok());
        QCOMPARE(cb::test::import(*cf, tmp.filePath(QStringLiteral("good.storedata"))).statusName(), QStringLiteral("imported"));
        const QString before = cb::test::fingerprint(*cf);
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("bad.db"), bytes));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(!r.diagnostics.isEmpty());
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    void viewsAndTriggersAreNotRun()
    {
        // A "call log" that is a view over a function, and a trigger: neither may run, and nothing imports.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("evil.db"));
        {
            cb::casefile::sql::Database db;
            QVERIFY(db.open(path, cb::casefile::sql::Database::Mode::ReadWriteCreate).ok());
            QVERIFY(db.exec("CREATE TABLE t(x); CREATE VIEW calls(number, date, type, duration) AS "
                            "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i, i, 1, 1 FROM r;"
                            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM t; END;")
                        .ok());
        }
        auto cf = cb::test::newCase(tmp);
        const FileReport r = cb::test::import(*cf, path);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM sources").toInt(), 0);
    }
};

CB_TEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
