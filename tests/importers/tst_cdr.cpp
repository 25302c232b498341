// Carrier call records in English layouts: the Indian law-enforcement CDR (preamble, every value quoted,
// numbers forced to text with an apostrophe, one "Call Type" column for direction and call/SMS, CGI cell ids,
// DMY dates with a separate time), its cell-site table with one "Lat/Long" column, and a header-less
// operator file whose numeric direction codes a user profile remaps. Fixtures are written here.
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace cb::importers;

namespace {

const char *const IndianCdr =
    "Call Details Record of Target No 9876543210\n"
    "Period: 01/03/2024 to 31/03/2024\n"
    "\"Target No\",\"Call Type\",\"TOC\",\"B Party No\",\"LRN No\",\"LRN TSP-LSA\",\"Date\",\"Time\",\"Dur(s)\",\"First CGI Lat/Long\",\"First CGI\","
    "\"Last CGI Lat/Long\",\"Last CGI\",\"SMSC No\",\"Service Type\",\"IMEI\",\"IMSI\",\"Call Fow No\",\"Roam Nw\",\"SW & MSC ID\",\"IN TG\",\"OUT TG\"\n"
    "\"'9876543210\",\"CALL_OUT\",\"\",\"'9123456780\",\"\",\"\",\"01/03/2024\",\"14:22:05\",\"65\",\"12.9716/77.5946\",\"404-45-1234-56789\","
    "\"12.9716/77.5946\",\"404-45-1234-56789\",\"\",\"Pre\",\"'356420075722843\",\"'404450123456789\",\"\",\"\",\"\",\"\",\"\"\n"
    "\"'9876543210\",\"SMS_IN\",\"\",\"'9123456780\",\"\",\"\",\"02/03/2024\",\"09:00:00\",\"0\",\"\",\"404-45-1234-56790\",\"\",\"\",\"\",\"Pre\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
    "\"'9876543210\",\"CALL_IN\",\"\",\"'+91 91234 56780\",\"\",\"\",\"13/03/2024\",\"23:59:59\",\"125\",\"\",\"404-45-1234-56790\",\"\",\"\",\"\",\"Pre\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
    "\"'9876543210\",\"VOLTE\",\"\",\"'9123456780\",\"\",\"\",\"14/03/2024\",\"10:00:00\",\"5\",\"\",\"\",\"\",\"\",\"\",\"Pre\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n";

const char *const IndianSites = "CGI,Lat/Long,Azimuth,BTS Address\n"
                                "404-45-1234-56789,12.9716/77.5946,120,\"MG Road, Bengaluru\"\n"
                                "404-45-1234-56790,12.9352/77.6245,240,\"Koramangala, Bengaluru\"\n"
                                "404-45-1234-56791,91.5/77.0,0,Nowhere\n";

} // namespace

class TestCdr : public QObject
{
    Q_OBJECT
private slots:
    void indianLayoutWithCellSites()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("t.casebench"), QStringLiteral("Asia/Kolkata"));
        ImportOptions opt;
        opt.region = QStringLiteral("IN");
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("cdr.csv"), IndianCdr), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.profile, QStringLiteral("en-carrier-cdr"));
        const QJsonObject counts = r.certificate.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("calls")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("messages")).toInt(), 1); // SMS_IN shares the Call Type column
        QCOMPARE(r.certificate.value(QStringLiteral("rows_rejected")).toInt(), 1); // "VOLTE": neither call nor SMS type listed
        // IST is +05:30; the offset is kept with the UTC time.
        QCOMPARE(cf->db().scalar("SELECT start_utc || '|' || utc_offset || '|' || duration_s || '|' || cell_id || '|' || imei FROM calls WHERE direction = 'out'").toString(),
                 QStringLiteral("1709283125000|19800|65|404-45-1234-56789|356420075722843"));
        // '9123456780 and '+91 91234 56780 are one number; the apostrophes Excel needs are gone.
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT other_id) FROM calls").toInt(), 1);
        QCOMPARE(cf->db().scalar("SELECT sender || '>' || recipients FROM messages").toString(), QStringLiteral("9123456780>9876543210"));

        const FileReport sites = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("sites.csv"), IndianSites), opt);
        QCOMPARE(sites.profile, QStringLiteral("en-cell-sites"));
        QCOMPARE(sites.certificate.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cell_sites")).toInt(), 2);
        QCOMPARE(sites.certificate.value(QStringLiteral("rows_rejected")).toInt(), 1); // latitude 91.5
        QCOMPARE(cf->db().scalar("SELECT s.lat || '/' || s.lon || ' ' || s.address FROM calls c JOIN cell_sites s ON s.entity_id = c.cell_site_id "
                                 "WHERE c.direction = 'in'").toString(),
                 QStringLiteral("12.9352/77.6245 Koramangala, Bengaluru"));
    }

    void cgiAndLacCiJoin()
    {
        // A carrier gives LAC-CI (zero-padded, slash-separated), the cell table and a phone give full CGIs:
        // the same cell whichever arrives first. A CGI of another network with the same LAC-CI stays apart.
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("calls.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,09100/021000,,\n"
                                                  "2024-03-01T11:00:00+08:00,13800138000,13900139000,out,60,460-00-9200-300,,\n"));
        const FileReport sites = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("sites.csv"),
                                                                           "cell_id,lat,lon,azimuth,address\n"
                                                                           "460-00-9100-21000,22.5,114.0,0,Site A\n"
                                                                           "9200-0300,22.6,114.1,90,Site B\n"
                                                                           "460-01-9100-21000,22.7,114.2,180,Other network\n"));
        QCOMPARE(sites.statusName(), QStringLiteral("imported"));
        QCOMPARE(cf->db().scalar("SELECT group_concat(s.address, ',') FROM (SELECT * FROM calls ORDER BY start_utc) c "
                                 "JOIN cell_sites s ON s.entity_id = c.cell_site_id").toString(),
                 QStringLiteral("Site A,Site B"));
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT entity_id) FROM cell_sites").toInt(), 3);
        QCOMPARE(cf->db().scalar("SELECT group_concat(value, ' ') FROM (SELECT i.value FROM identifiers i JOIN cell_sites s ON s.entity_id = i.entity_id "
                                 "WHERE s.address = 'Site A' ORDER BY i.value)").toString(),
                 QStringLiteral("460-00-9100-21000 9100-21000"));
        bool warned = false;
        for (const QJsonValue &d : sites.certificate.value(QStringLiteral("diagnostics")).toArray())
            warned = warned || d.toObject().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("cell 460-01-9100-21000 has the LAC-CI"));
        QVERIFY(warned);
    }

    void headerlessFileWithNumericCodes()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString profile = cb::test::writeFile(tmp, QStringLiteral("operator-x.json"), R"({
            "id": "operator-x", "name": "Operator X raw CDR", "kind": "calls", "header": false, "delimiter": "|",
            "fields": {"subscriber": 0, "other_party": 1, "direction": 2, "start_time": 3, "duration": 4, "cell_id": 5},
            "directions": {"out": ["01"], "in": ["02"], "missed": ["03"]}
        })");
        ImportOptions opt;
        opt.profile = profile;
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("x.dat"),
                                                                       "13800138000|13900139000|01|20240301080000|30|4600-1\n"
                                                                       "13800138000|13900139000|02|20240301090000|12|4600-1\n"
                                                                       "13800138000|13900139000|03|20240301100000|0|4600-2\n"
                                                                       "13800138000|13900139000|09|20240301110000|0|4600-2\n"),
                                              opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        // Code 09 is not in the profile: the row names both parties, so the direction is secondary — kept
        // as unknown, with a warning.
        QCOMPARE(cf->db().scalar("SELECT group_concat(direction, ',') FROM (SELECT direction FROM calls ORDER BY start_utc)").toString(),
                 QStringLiteral("out,in,missed,unknown"));
        QCOMPARE(r.certificate.value(QStringLiteral("rows_rejected")).toInt(), 0);
        QCOMPARE(r.certificate.value(QStringLiteral("warnings")).toInt(), 1);
    }

    void concatenatedExportsRepeatTheirHeader()
    {
        // Two carrier exports pasted into one file: the second header is skipped, not rejected as a call.
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QByteArray header = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";
        const QByteArray file = header + "2024-03-01T08:00:08+08:00,13827100000,18810237570,in,128,9000-10004,,\n" +
                                " Start_Time ,SUBSCRIBER,other_party,direction,duration_s,cell_id,imei,imsi\n" +
                                "2024-03-02T08:00:08+08:00,13827100000,18810237571,out,12,9000-10004,,\n";
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("two.csv"), file));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(), 2);
        QCOMPARE(r.certificate.value(QStringLiteral("rows_rejected")).toInt(), 0);
        QCOMPARE(r.certificate.value(QStringLiteral("rows_skipped")).toInt(), 1);
        const QJsonArray diags = r.certificate.value(QStringLiteral("diagnostics")).toArray();
        QVERIFY(std::any_of(diags.begin(), diags.end(), [](const QJsonValue &d) {
            return d[QStringLiteral("locator")].toString() == u"line 3" && d[QStringLiteral("message")].toString().contains(u"header");
        }));
    }
};

QTEST_GUILESS_MAIN(TestCdr)
#include "tst_cdr.moc"
