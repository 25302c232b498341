// ALEAPP / iLEAPP outputs. The result JSON files in ../shared/testdata/aleapp are iLEAPP's own output for
// Josh Hickman's public iOS 15 image (figures below checked against their rows); the TSV exports are
// written here from the column names in ALEAPP's all_data_headers.csv catalogue, so a change of our
// artifact table that no longer matches ALEAPP's real headers fails these tests.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace cb::importers;

namespace {

QString aleapp(const QString &name)
{
    return cb::test::testdataDir() + QStringLiteral("/aleapp/") + name;
}

// The headers ALEAPP's catalogue lists for one artifact function, in order.
QStringList catalogueHeaders(const QString &artifact)
{
    QFile f(aleapp(QStringLiteral("ALEAPP_all_data_headers.csv")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    while (!f.atEnd()) {
        const QStringList cells = QString::fromUtf8(f.readLine()).trimmed().split(u',');
        if (cells.size() >= 3 && cells.at(1) == artifact)
            out << QString(cells.at(2)).remove(u'"');
    }
    return out;
}

// A TSV export: the artifact's catalogue headers, and rows given as header -> value.
QByteArray tsv(const QStringList &headers, const QList<QHash<QString, QString>> &rows)
{
    QByteArray b = headers.join(u'\t').toUtf8() + '\n';
    for (const auto &r : rows) {
        QStringList cells;
        for (const QString &h : headers)
            cells << r.value(h);
        b += cells.join(u'\t').toUtf8() + '\n';
    }
    return b;
}

int count(const FileReport &r, const char *kind)
{
    return r.certificate.value(QStringLiteral("counts")).toObject().value(QLatin1String(kind)).toInt();
}

} // namespace

class TestXleapp : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (cb::test::testdataDir().isEmpty())
            QSKIP("../shared/testdata is absent (set CASEBENCH_TESTDATA)");
    }

    void ileappResults()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("t.casebench"), QStringLiteral("America/New_York"));
        ImportOptions opt;
        opt.device = QStringLiteral("Josh iPhone (iOS 15)"); // all three reports come from one phone
        const FileReport sms = cb::test::import(*cf, aleapp(QStringLiteral("ileapp_result_sms.josh_ios15.json")), opt);
        QCOMPARE(sms.statusName(), QStringLiteral("imported"));
        QCOMPARE(sms.format, QStringLiteral("xleapp-json"));
        QCOMPARE(count(sms, "messages"), 48);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM messages WHERE direction = 'in'").toInt(), 33);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM messages WHERE app = 'iMessage'").toInt(), 32);
        QCOMPARE(cf->db().scalar("SELECT sender || '|' || time_utc FROM messages WHERE locator = 'data[0]'").toString(), QStringLiteral("466|1681579809000"));
        QVERIFY(cf->db().scalar("SELECT body FROM messages WHERE locator = 'data[1]'").toString().endsWith(QStringLiteral("[image.000000.jpg]")));

        const FileReport calls = cb::test::import(*cf, aleapp(QStringLiteral("ileapp_result_whatsAppCallHistory.josh_ios15.json")), opt);
        QCOMPARE(count(calls, "calls"), 4);
        QCOMPARE(cf->db().scalar("SELECT group_concat(direction || ' ' || duration_s, ',') FROM (SELECT * FROM calls ORDER BY start_utc)").toString(),
                 QStringLiteral("out 95,in 100,out 104,in 103"));
        QCOMPARE(cf->db().scalar("SELECT DISTINCT other_number FROM calls").toString(), QStringLiteral("+19198887386"));

        const FileReport wa = cb::test::import(*cf, aleapp(QStringLiteral("ileapp_result_whatsAppMessages.josh_ios15.json")), opt);
        QCOMPARE(count(wa, "messages"), 32);
        // "Local User" is the phone's side: its WhatsApp id is the owner's number, and sends 11 of the 32.
        QCOMPARE(wa.certificate.value(QStringLiteral("device")).toObject().value(QStringLiteral("owner_number")).toString(), QStringLiteral("+19195794674"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM messages m JOIN identifiers i ON i.entity_id = m.sender_id WHERE m.app = 'WhatsApp' AND i.value = '+19195794674'").toInt(), 11);
        // One device entity across the three reports, and one entity for the peer across calls and chats.
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT device_id) FROM sources").toInt(), 1);
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT entity_id) FROM identifiers WHERE value = '+19198887386'").toInt(), 1);
        QVERIFY(cf->db().scalar("SELECT count(*) FROM messages WHERE app = 'WhatsApp' AND (sender = '+19198887386' OR recipients = '+19198887386')").toInt() > 0);
    }

    void aleappTsvExports()
    {
        const QStringList calllog = catalogueHeaders(QStringLiteral("get_calllog"));
        const QStringList sms = catalogueHeaders(QStringLiteral("get_sms_mms"));
        const QStringList contacts = catalogueHeaders(QStringLiteral("contacts"));
        QVERIFY(calllog.contains(QStringLiteral("Duration in Secs")));
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString calls = cb::test::writeFile(tmp, QStringLiteral("Call logs.tsv"), tsv(calllog, {
            {{QStringLiteral("Call Date"), QStringLiteral("2024-03-01 08:00:00")}, {QStringLiteral("Partner"), QStringLiteral("13800138000")},
             {QStringLiteral("Type"), QStringLiteral("Outgoing")}, {QStringLiteral("Duration in Secs"), QStringLiteral("61")},
             {QStringLiteral("Phone Account Address"), QStringLiteral("+8613900139000")}},
            {{QStringLiteral("Call Date"), QStringLiteral("2024-03-01 09:30:00")}, {QStringLiteral("Partner"), QStringLiteral("+86 138 0013 8000")},
             {QStringLiteral("Type"), QStringLiteral("Missed")}, {QStringLiteral("Duration in Secs"), QStringLiteral("0")}},
            {{QStringLiteral("Call Date"), QStringLiteral("not a date")}, {QStringLiteral("Partner"), QStringLiteral("10086")}, {QStringLiteral("Type"), QStringLiteral("Incoming")}}}));
        const FileReport r = cb::test::import(*cf, calls);
        QCOMPARE(r.format, QStringLiteral("xleapp-tsv"));
        QCOMPARE(count(r, "calls"), 2);
        QCOMPARE(r.certificate.value(QStringLiteral("rows_rejected")).toInt(), 1);
        // ALEAPP writes UTC; the number in two forms is one entity; the phone account is the subscriber.
        QCOMPARE(cf->db().scalar("SELECT start_utc || '|' || utc_offset FROM calls WHERE locator = 'line 2'").toString(), QStringLiteral("1709280000000|0"));
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT other_id) FROM calls").toInt(), 1);
        QCOMPARE(cf->db().scalar("SELECT i.value FROM calls c JOIN identifiers i ON i.entity_id = c.subscriber_id WHERE c.locator = 'line 2'").toString(),
                 QStringLiteral("+8613900139000"));
        QCOMPARE(cf->db().scalar("SELECT direction FROM calls WHERE locator = 'line 3'").toString(), QStringLiteral("missed"));

        const FileReport m = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("SMS messages.tsv"), tsv(sms, {
            {{QStringLiteral("Date"), QStringLiteral("2024-03-01 10:00:00")}, {QStringLiteral("Address"), QStringLiteral("13800138000")},
             {QStringLiteral("Type"), QStringLiteral("Received")}, {QStringLiteral("Body"), QStringLiteral("转账 已到")}}})));
        QCOMPARE(count(m, "messages"), 1);
        QCOMPARE(cf->db().scalar("SELECT direction || '|' || sender FROM messages").toString(), QStringLiteral("in|13800138000"));

        const FileReport c = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("Contacts.tsv"), tsv(contacts, {
            {{QStringLiteral("Display Name"), QStringLiteral("王小明")}, {QStringLiteral("Phone Number"), QStringLiteral("138 0013 8000")},
             {QStringLiteral("Email Address"), QStringLiteral("wxm@example.com")}, {QStringLiteral("Mimetype"), QStringLiteral("vnd.android.cursor.item/phone_v2")}}})));
        QCOMPARE(count(c, "contacts"), 2); // the number and the e-mail address of one address-book row
        QCOMPARE(cf->db().scalar("SELECT name FROM entities e JOIN identifiers i ON i.entity_id = e.id WHERE i.value = '+8613800138000'").toString(), QStringLiteral("王小明"));
    }

    void unknownArtifactIsRefused()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString path = cb::test::writeFile(tmp, QStringLiteral("c2pa.tsv"), tsv(catalogueHeaders(QStringLiteral("get_c2paProvenance")), {{}}));
        ImportOptions opt;
        opt.format = QStringLiteral("xleapp");
        const QString before = cb::test::fingerprint(*cf);
        const FileReport r = cb::test::import(*cf, path, opt);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QCOMPARE(cb::test::fingerprint(*cf), before);
        const FileReport truncated = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("cut.json"), "{\"metadata\": {\"artifact_name\": \"SMS\"}, \"headers\": [\"Message"), opt);
        QCOMPARE(truncated.statusName(), QStringLiteral("rejected"));
    }
};

CB_TEST_GUILESS_MAIN(TestXleapp)
#include "tst_xleapp.moc"
