// CASE/UCO JSON-LD: the CASE project's own examples and the UFED-XML converter's output from
// ../shared/testdata/case-uco (figures checked by reading the files), the same graphs re-written with other
// prefixes and the UCO 0.x IRIs (the reader goes through @context), and hostile JSON.
#include "caseucoexport.h"
#include "phone/jsonld.h"
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cb::importers;

namespace {

QByteArray sample(const QString &name)
{
    QFile f(cb::test::testdataDir() + QStringLiteral("/case-uco/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int count(const QJsonObject &certificate, const char *kind)
{
    return certificate.value(QStringLiteral("counts")).toObject().value(QLatin1String(kind)).toInt();
}

} // namespace

class TestCaseUco : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (cb::test::testdataDir().isEmpty())
            QSKIP("../shared/testdata is absent (set CASEBENCH_TESTDATA)");
    }

    void callLogLegs()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const FileReport r = cb::test::import(*cf, cb::test::testdataDir() + QStringLiteral("/case-uco/case-examples_call_log.json"));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.format, QStringLiteral("case-uco"));
        // Four calls: one-way (1 leg), no caller with two participants (1), a three-way call (2), a
        // conference bridge of four with no caller (3).
        QCOMPARE(count(r.certificate, "calls"), 7);
        QCOMPARE(r.certificate.value(QStringLiteral("rows_read")).toInt(), 7);
        QCOMPARE(cf->db().scalar("SELECT direction || '|' || other_number || '|' || duration_s || '|' || start_utc FROM calls "
                                 "WHERE locator = 'kb:phone_call-edacc7ec-4e8e-4de4-ad83-10a892cd3855'").toString(),
                 QStringLiteral("out|1234560000|1862|1263578383250"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM calls WHERE status LIKE 'no caller stated, bridge%'").toInt(), 3);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM calls WHERE locator LIKE 'kb:multi-participant-phone-call-%' AND direction = 'out'").toInt(), 2);
        // The caller of the one-way call (1235551337) is the subscriber of every leg it placed.
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT subscriber_id) FROM calls WHERE locator LIKE 'kb:phone_call-%' "
                                 "OR locator LIKE 'kb:multi-participant-%'").toInt(), 1);
        // The non-call objects are accounted for in one info line.
        bool described = false;
        for (const QJsonValue d : r.certificate.value(QStringLiteral("diagnostics")).toArray())
            described |= d.toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("observable:PhoneAccount × 4"));
        QVERIFY(described);
    }

    void deviceSimAndCellSites()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const FileReport r = cb::test::import(*cf, cb::test::testdataDir() + QStringLiteral("/case-uco/case-examples_cell_site.json"));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(count(r.certificate, "cell_sites"), 2);
        const QJsonObject device = r.certificate.value(QStringLiteral("device")).toObject();
        QCOMPARE(device.value(QStringLiteral("imei")).toString(), QStringLiteral("356420075722843"));
        QCOMPARE(device.value(QStringLiteral("iccid")).toString(), QStringLiteral("89390100002217635543"));
        QCOMPARE(device.value(QStringLiteral("model")).toString(), QStringLiteral("Samsung SM-G925F (serial RF8H31GS5SF)"));
        QCOMPARE(device.value(QStringLiteral("owner_number")).toString(), QStringLiteral("3662158453"));
        // The cell site's position comes from the Located_At relationship, the azimuth from its antenna.
        QCOMPARE(cf->db().scalar("SELECT cell_id || '|' || lat || '|' || lon || '|' || azimuth FROM cell_sites ORDER BY id LIMIT 1").toString(),
                 QStringLiteral("228-2-22100-29220952|46.522316|6.56664|45"));
        QCOMPARE(cf->db().scalar("SELECT cell_id || '|' || lat || '|' || address FROM cell_sites ORDER BY id DESC LIMIT 1").toString(),
                 QStringLiteral("204-16-1014-13399|52.039261|Location of cell site, denoted by opencellid.org"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM links WHERE kind = 'uses_device'").toInt(), 1);
    }

    void smsContactsAndMessages()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const FileReport sms = cb::test::import(*cf, cb::test::testdataDir() + QStringLiteral("/case-uco/case-examples_sms_and_contacts.json"));
        QCOMPARE(count(sms.certificate, "messages"), 1);
        QCOMPARE(count(sms.certificate, "contacts"), 3); // John Doe: two numbers and an e-mail address
        QCOMPARE(cf->db().scalar("SELECT sender || '>' || recipients || '|' || app || '|' || body FROM messages").toString(),
                 QStringLiteral("11235557890>1237771337|SMS|Yo dude! This is my new number."));
        QCOMPARE(cf->db().scalar("SELECT group_concat(value, ',') FROM (SELECT value FROM contacts WHERE name = 'John Doe' ORDER BY value)").toString(),
                 QStringLiteral("1234560000,1237771337,jdoe@example.com"));

        const FileReport wa = cb::test::import(*cf, cb::test::testdataDir() + QStringLiteral("/case-uco/ufed-xml_Message_CASE_1.0.0.json"));
        QCOMPARE(wa.statusName(), QStringLiteral("imported"));
        QCOMPARE(count(wa.certificate, "messages"), 2);
        // WhatsApp JIDs become the numbers they stand for; the app is the application's identifier.
        QCOMPARE(cf->db().scalar("SELECT sender || '>' || recipients || '|' || app FROM messages WHERE body = 'Hey bud!'").toString(),
                 QStringLiteral("+393369402190>+363483643499|com.whatsapp"));

        const FileReport call = cb::test::import(*cf, cb::test::testdataDir() + QStringLiteral("/case-uco/ufed-xml_Call_CASE_1.0.0.json"));
        QCOMPARE(count(call.certificate, "calls"), 1);
        QCOMPARE(cf->db().scalar("SELECT direction || '|' || other_number FROM calls").toString(), QStringLiteral("in|+19734468551"));
    }

    // The same graph with other prefixes, with @vocab and bare names, and with UCO 0.x IRIs reads the same.
    void prefixesComeFromTheContext_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray original = sample(QStringLiteral("case-examples_call_log.json"));
        QByteArray renamed = original;
        renamed.replace("\"uco-observable:", "\"obs:").replace("\"uco-core:", "\"c:");
        renamed.replace("\"uco-observable\":", "\"obs\":").replace("\"uco-core\":", "\"c\":");
        QTest::newRow("other prefixes") << renamed;
        QByteArray old = original;
        old.replace("https://ontology.unifiedcyberontology.org/uco/observable/", "https://unifiedcyberontology.org/ontology/uco/observable#")
            .replace("https://ontology.unifiedcyberontology.org/uco/core/", "https://unifiedcyberontology.org/ontology/uco/core#");
        QTest::newRow("UCO 0.x IRIs") << old;
        QByteArray vocab = original;
        vocab.replace("\"@vocab\": \"http://example.org/local#\"", "\"@vocab\": \"https://ontology.unifiedcyberontology.org/uco/observable/\"")
            .replace("\"uco-observable:", "\"");
        QTest::newRow("@vocab and bare names") << vocab;
    }

    void prefixesComeFromTheContext()
    {
        QFETCH(QByteArray, json);
        QVERIFY(json != sample(QStringLiteral("case-examples_call_log.json")));
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("calls.jsonld"), json));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(count(r.certificate, "calls"), 7);
        QCOMPARE(cf->db().scalar("SELECT sum(duration_s) FROM calls").toInt(), 7 * 1862);
    }

    void hostileJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray ctx = "{\"@context\": {\"o\": \"https://ontology.unifiedcyberontology.org/uco/observable/\"}, \"@graph\": ";
        QTest::newRow("deep arrays") << ctx + QByteArray(200000, '[') << QStringLiteral("nested too deeply to read"); // Qt's reader stops at 1024 levels
        QByteArray deep = ctx + "[";
        for (int i = 0; i < 600; ++i)
            deep += "{\"o:x\": ";
        deep += "1" + QByteArray(600, '}') + "]}";
        QTest::newRow("deep objects") << deep << QStringLiteral("nests objects too deeply");
        QTest::newRow("truncated") << sample(QStringLiteral("case-examples_message.json")).left(5000) << QStringLiteral("not valid JSON");
        QTest::newRow("list in list") << ctx + "[{\"@id\": \"a\", \"o:to\": [[1]]}]}" << QStringLiteral("list inside a list");
    }

    void hostileJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString before = cb::test::fingerprint(*cf);
        ImportOptions opt;
        opt.format = QStringLiteral("case-uco");
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("bad.json"), json), opt);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QString why;
        for (const cb::casefile::Diagnostic &d : r.diagnostics)
            why += d.message.text() + u'\n';
        QVERIFY2(why.contains(expected), qPrintable(why));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }

    // A case exported as CASE/UCO and imported into an empty case gives back the same calls, messages,
    // contacts and device, on the same identifiers; the export names each source file by SHA-256.
    void exportRoundTrip()
    {
        QTemporaryDir tmp;
        const QString ufdr = tmp.filePath(QStringLiteral("phone.ufdr"));
        QVERIFY(synthetic::writeUfdr(ufdr, 60, 12).ok());
        auto a = cb::test::newCase(tmp, QStringLiteral("a.casebench"));
        const FileReport first = cb::test::import(*a, ufdr);
        QCOMPARE(first.statusName(), QStringLiteral("imported"));
        // The carrier's records of the same line, with cells (one with a place, one known only by id).
        cb::test::import(*a, cb::test::writeFile(tmp, QStringLiteral("cdr.csv"),
                                                 "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                 "2024-03-02T10:00:00+08:00,+8613900139000,13800000001,out,61,460-00-9100-21000,,\n"
                                                 "2024-03-02T11:00:00+08:00,+8613900139000,13800000001,in,62,9100-21001,,\n"));
        cb::test::import(*a, cb::test::writeFile(tmp, QStringLiteral("cells.csv"), "cell_id,lat,lon,azimuth,address\n9100-21000,22.5,114.25,120,Site A\n"));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto stats = cb::casefile::exportCaseUco(*a, out);
        QVERIFY(stats.ok());
        QCOMPARE(stats.value().calls, 14);
        QCOMPARE(stats.value().locations, 1);
        QCOMPARE(stats.value().messages, 60);
        QCOMPARE(stats.value().devices, 1);
        QVERIFY(out.data().contains(first.sha256.toUpper().toLatin1()));
        QVERIFY(out.data().contains("\"casebench:locator\""));
        QVERIFY(QJsonDocument::fromJson(out.data()).isObject());

        auto b = cb::test::newCase(tmp, QStringLiteral("b.casebench"));
        const FileReport again = cb::test::import(*b, cb::test::writeFile(tmp, QStringLiteral("export.jsonld"), out.data()));
        QCOMPARE(again.statusName(), QStringLiteral("imported"));
        QCOMPARE(again.certificate.value(QStringLiteral("rows_rejected")).toInt(), 0);
        for (const char *table : {"calls", "messages", "contacts", "locations", "cell_sites"})
            QCOMPARE(b->db().scalar((QByteArray("SELECT count(*) FROM ") + table).constData()), a->db().scalar((QByteArray("SELECT count(*) FROM ") + table).constData()));
        const char *lines = "SELECT group_concat(v, ' ') FROM (SELECT DISTINCT i.value AS v FROM calls c JOIN identifiers i ON i.entity_id IN (c.subscriber_id, c.other_id) "
                            "WHERE i.type = 'phone' ORDER BY v)";
        QCOMPARE(b->db().scalar(lines).toString(), a->db().scalar(lines).toString());
        const char *calls = "SELECT group_concat(x, ';') FROM (SELECT direction || start_utc || '/' || coalesce(duration_s, '') AS x FROM calls ORDER BY start_utc, direction)";
        QCOMPARE(b->db().scalar(calls).toString(), a->db().scalar(calls).toString());
        QCOMPARE(again.certificate.value(QStringLiteral("device")).toObject().value(QStringLiteral("imei")).toString(), synthetic::imei(1));
        // Where the phone was, and which cell served each call, survive the trip.
        const char *places = "SELECT group_concat(x, ';') FROM (SELECT l.time_utc || ' ' || l.utc_offset || ' ' || l.lat || ',' || l.lon || ' ' || i.value AS x "
                             "FROM locations l JOIN identifiers i ON i.entity_id = l.entity_id AND i.type = 'phone' ORDER BY l.time_utc)";
        QCOMPARE(b->db().scalar(places).toString(), a->db().scalar(places).toString());
        QVERIFY(a->db().scalar(places).toString().endsWith(QStringLiteral("+8613900139000")));
        const char *cells = "SELECT group_concat(x, ';') FROM (SELECT c.start_utc || ' ' || i.value || ' ' || coalesce(s.address, '-') AS x FROM calls c "
                            "JOIN identifiers i ON i.entity_id = c.cell_site_id AND i.type = 'cell' AND i.value LIKE '%-%-%-%' "
                            "LEFT JOIN cell_sites s ON s.entity_id = c.cell_site_id ORDER BY c.start_utc)";
        QCOMPARE(b->db().scalar(cells).toString(), a->db().scalar(cells).toString());
        QCOMPARE(a->db().scalar(cells).toString(), QStringLiteral("1709344800000 460-00-9100-21000 Site A"));
    }

    void documentIndexesEmbeddedFacets()
    {
        auto doc = jsonld::Document::read(sample(QStringLiteral("case-examples_sms_and_contacts.json")));
        QVERIFY(doc.ok());
        const jsonld::Node *contact = doc.value()->find(QStringLiteral("http://example.org/kb/contact-5d61dcc2-fb19-4e49-92a6-d6815bcfe436"));
        QVERIFY(contact);
        QVERIFY(contact->is(QStringLiteral("observable:Contact")));
        const jsonld::Node *facet = contact->facet(QStringLiteral("observable:ContactFacet"));
        QVERIFY(facet);
        QCOMPARE(facet->text(QStringLiteral("observable:nickname")), QStringLiteral("BFF Joe"));
        QCOMPARE(int(facet->refs(QStringLiteral("observable:phoneNumber")).size()), 2);
        QCOMPARE(doc.value()->prefixes().value(QStringLiteral("kb")), QStringLiteral("http://example.org/kb/"));
    }
};

CB_TEST_GUILESS_MAIN(TestCaseUco)
#include "tst_caseuco.moc"
