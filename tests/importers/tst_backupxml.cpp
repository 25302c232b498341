// Android backup-app XML (SMS Backup & Restore, Super Backup): the shared samples, emoji written as
// surrogate-half references, MMS with parts and addresses, wrong stated counts, and entity tricks.
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace cb::importers;
using cb::casefile::sql::Statement;

class TestBackupXml : public QObject
{
    Q_OBJECT
private slots:
    void sharedSamples()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata is absent (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("t.casebench"), QStringLiteral("Europe/Vienna"));
        ImportOptions opt;
        opt.region = QStringLiteral("AT");
        FileReport r = cb::test::import(*cf, dir + QStringLiteral("/android/memacs_calls_sbr.xml"), opt);
        QCOMPARE(r.format, QStringLiteral("android-backup-xml"));
        QCOMPARE(r.certificate.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(), 8);
        QCOMPARE(r.certificate.value(QStringLiteral("stated")).toObject().value(QStringLiteral("stated_count")).toString(), QStringLiteral("8"));
        QCOMPARE(cf->db().scalar("SELECT direction || '|' || duration_s || '|' || coalesce(other_number, '') || '|' || status "
                                 "FROM calls WHERE locator = 'line 6'").toString(),
                 QStringLiteral("in|382||incoming, number withheld")); // number "-1": a private caller
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM calls WHERE direction = 'missed'").toInt(), 1);
        QCOMPARE(cf->db().scalar("SELECT value FROM identifiers i JOIN calls c ON c.other_id = i.entity_id WHERE c.locator = 'line 5'").toString(),
                 QStringLiteral("+436612341234")); // national 0661... in the case's region AT

        // A .txt name: detected by content.
        r = cb::test::import(*cf, dir + QStringLiteral("/android/memacs_smsxml.txt"), opt);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM messages WHERE direction = 'out'").toInt(), 3);
        QCOMPARE(cf->db().scalar("SELECT sender || '|' || body FROM messages WHERE direction = 'in'").toString(),
                 QStringLiteral("+436812314123|did you see the new sms memacs module?"));
    }

    void emojiMmsAndCounts()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        // 1 MB of padding puts the second emoji's surrogate pair across the reader's chunk boundary.
        QByteArray xml = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"5\">\n"
                         "<sms protocol=\"0\" address=\"13800138000\" date=\"1709280000000\" type=\"1\" body=\"hi &#55357;&#56832;!\" />\n"
                         "<sms protocol=\"0\" address=\"13800138000\" date=\"1709280001000\" type=\"2\" body=\"lone &#55357; half\" />\n"
                         "<mms date=\"1709280002000\" msg_box=\"1\"><parts><part seq=\"-1\" ct=\"application/smil\" text=\"&lt;smil/&gt;\" />"
                         "<part seq=\"0\" ct=\"image/jpeg\" cl=\"IMG_1.jpg\" /><part seq=\"1\" ct=\"text/plain\" text=\"看这个\" /></parts>"
                         "<addrs><addr address=\"13900139000\" type=\"137\" /><addr address=\"insert-address-token\" type=\"151\" /></addrs></mms>\n";
        const QByteArray last = "<sms address=\"1\" date=\"1709280003000\" type=\"1\" body=\"";
        const qsizetype pad = (1 << 20) - 3 - 8 - last.size() - xml.size(); // "&#56832;" starts 3 bytes before 1 MiB
        xml += QByteArray(pad, ' ') + last + "&#55357;&#56832;\" />\n</smses>\n";
        QCOMPARE(xml.indexOf("&#56832;", 1 << 19), (1 << 20) - 3);
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("sms.xml"), xml));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        Statement st(cf->db(), "SELECT body FROM messages ORDER BY id");
        QStringList bodies;
        while (st.step())
            bodies << st.text(0);
        QCOMPARE(bodies, (QStringList{QStringLiteral("hi \U0001F600!"), QStringLiteral("lone \uFFFD half"),
                                      QStringLiteral("[image/jpeg IMG_1.jpg]\n看这个"), QStringLiteral("\U0001F600")}));
        QCOMPARE(cf->db().scalar("SELECT sender FROM messages WHERE app = 'MMS'").toString(), QStringLiteral("13900139000"));
        QStringList warnings;
        for (const auto &d : r.diagnostics)
            warnings << d.message.text();
        QVERIFY(warnings.contains(QStringLiteral("1 unpaired UTF-16 surrogate references were replaced by U+FFFD")));
        QVERIFY(warnings.contains(QStringLiteral("the file says it holds 5 records, but 4 were read")));
    }

    void entityTricksAreRefused()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString before = cb::test::fingerprint(*cf);
        const QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE smses [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                                "<smses count=\"1\"><sms address=\"1\" date=\"1709280000000\" type=\"1\" body=\"&b;\" /></smses>\n";
        FileReport r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("bomb.xml"), bomb));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        const QByteArray cut = "<?xml version=\"1.0\"?>\n<calls count=\"2\"><call number=\"1\" date=\"1709280000000\" type=\"1\" duration=\"3\" />\n<call number=";
        r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("cut.xml"), cut));
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }
};

CB_TEST_GUILESS_MAIN(TestBackupXml)
#include "tst_backupxml.moc"
