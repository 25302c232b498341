// Exhibits for the evidence packet: each kind checked against the case when it is made, numbered E-N with
// numbers never reused, removal undoable, every change bound by the audit chain.
#include "session/casesession.h"
#include "session/exhibits.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace cb;
using namespace cb::casefile;

class TestExhibits : public QObject
{
    Q_OBJECT
private slots:
    void commandLine()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), c}).code, 0);
        QCOMPARE(test::runCasebench({QStringLiteral("trace"), c, QStringLiteral("--from"), QStringLiteral("6228480000000001008")}).code, 0);
        QString call, lead;
        {
            auto cf = CaseFile::open(c);
            call = QUuid::fromRfc4122(cf.value()->db().scalar("SELECT uuid FROM calls ORDER BY id LIMIT 1").toByteArray()).toString(QUuid::WithoutBraces);
            lead = cf.value()->db().scalar("SELECT code FROM leads LIMIT 1").toString();
        }
        auto add = [&c](QStringList args) {
            args.prepend(c), args.prepend(QStringLiteral("add")), args.prepend(QStringLiteral("exhibit"));
            return test::runCasebench(args);
        };
        // The demo keeps E-1 to E-7 (every kind); these follow.
        QCOMPARE(add({QStringLiteral("table"), QStringLiteral("--kind"), QStringLiteral("calls"), QStringLiteral("--entity"), QStringLiteral("171 0000 1111"),
                      QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--caption"), QStringLiteral("Calls of the first caller line")})
                     .out.trimmed(),
                 QByteArray("E-8"));
        QCOMPARE(add({QStringLiteral("record"), call}).out.trimmed(), QByteArray("E-9"));
        QCOMPARE(add({QStringLiteral("run"), QStringLiteral("R-000002"), QStringLiteral("--note"), QStringLiteral("FIFO")}).out.trimmed(), QByteArray("E-10"));
        QCOMPARE(add({QStringLiteral("lead"), lead}).out.trimmed(), QByteArray("E-11"));
        // Refused, with the reason, and nothing numbered: unknown things, and kinds this version lacks.
        for (const QStringList &bad : {QStringList{QStringLiteral("run"), QStringLiteral("R-000099")}, QStringList{QStringLiteral("chart"), QStringLiteral("main")}, QStringList{QStringLiteral("timeline"), QStringLiteral("no such view")},
                                       QStringList{QStringLiteral("table"), QStringLiteral("--kind"), QStringLiteral("widgets")},
                                       QStringList{QStringLiteral("record"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       QStringList{QStringLiteral("thread"), call}, // a call is not a message
                                       QStringList{QStringLiteral("table"), QStringLiteral("--kind"), QStringLiteral("calls"), QStringLiteral("--entity"), QStringLiteral("nobody")}})
            QCOMPARE(add(bad).code, 1);
        QCOMPARE(add({QStringLiteral("table")}).code, 2); // --kind missing: usage
        QCOMPARE(test::runCasebench({QStringLiteral("exhibit"), QStringLiteral("remove"), c, QStringLiteral("E-9")}).code, 0);
        QCOMPARE(test::runCasebench({QStringLiteral("exhibit"), QStringLiteral("remove"), c, QStringLiteral("E-9")}).code, 1); // already removed
        QCOMPARE(add({QStringLiteral("record"), call}).out.trimmed(), QByteArray("E-12")); // E-9 is never given again
        const QJsonArray list = QJsonDocument::fromJson(test::runCasebench({QStringLiteral("exhibits"), c, QStringLiteral("--json")}).out).array();
        QStringList ids;
        for (const QJsonValue &v : list)
            ids << v[QStringLiteral("id")].toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("E-1"), QStringLiteral("E-2"), QStringLiteral("E-3"), QStringLiteral("E-4"), QStringLiteral("E-5"),
                                   QStringLiteral("E-6"), QStringLiteral("E-7"), QStringLiteral("E-8"), QStringLiteral("E-10"), QStringLiteral("E-11"),
                                   QStringLiteral("E-12")}));
        QStringList kinds;
        for (int i = 0; i < 7; ++i)
            kinds << list.at(i)[QStringLiteral("kind")].toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("table"), QStringLiteral("record"), QStringLiteral("run"), QStringLiteral("lead"), QStringLiteral("thread"),
                                     QStringLiteral("timeline"), QStringLiteral("chart")})); // the demo's
        // The chart keeps the saved chart, with its layout and every node's position.
        const QJsonObject chart = list.at(6)[QStringLiteral("spec")].toObject();
        QCOMPARE(chart[QStringLiteral("chart")].toString(), QStringLiteral("The victims' money"));
        QCOMPARE(chart[QStringLiteral("spec")][QStringLiteral("layout")].toString(), QStringLiteral("dot"));
        QCOMPARE(chart[QStringLiteral("spec")][QStringLiteral("positions")].toArray().size(), 15);
        // The timeline keeps the saved view as it was when it became an exhibit.
        const QJsonObject timeline = list.at(5)[QStringLiteral("spec")].toObject();
        QCOMPARE(timeline[QStringLiteral("view")].toString(), QStringLiteral("The fraud by entity"));
        QCOMPARE(timeline[QStringLiteral("spec")][QStringLiteral("lanes")].toString(), QStringLiteral("entity"));
        // The thread is the seized phone's WeChat chat with the ring's second line, by source, app and party.
        const QJsonObject thread = list.at(4)[QStringLiteral("spec")].toObject();
        QCOMPARE(thread[QStringLiteral("app")].toString(), QStringLiteral("WeChat"));
        QCOMPARE(thread[QStringLiteral("party")].toString(), QStringLiteral("17100002222"));
        // The table names its entity by the case's identifier and UUID, its times in UTC.
        const QJsonObject table = list.at(7)[QStringLiteral("spec")].toObject();
        QCOMPARE(table[QStringLiteral("entities")].toArray().at(0)[QStringLiteral("label")].toString(), QStringLiteral("+8617100001111"));
        QCOMPARE(table[QStringLiteral("from")].toString(), QStringLiteral("2024-02-29T16:00:00Z")); // midnight in Asia/Shanghai
        QCOMPARE(list.at(8)[QStringLiteral("spec")][QStringLiteral("run_kind")].toString(), QStringLiteral("trace"));
        QCOMPARE(test::runCasebench({QStringLiteral("verify"), c}).code, 0);
    }

    void removalUndoes()
    {
        QTemporaryDir dir;
        auto cf = test::newCase(dir);
        const QString calls = test::writeFile(dir, QStringLiteral("c.csv"), "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                                          "2024-03-01T10:00:30+08:00,13800138000,13900139000,out,75,,,\n");
        QCOMPARE(test::import(*cf, calls).statusName(), QStringLiteral("imported"));
        CaseSession s(std::move(cf));
        const Result<QString> e = s.addExhibit(QStringLiteral("table"), {{QStringLiteral("kind"), QStringLiteral("calls")}}, QStringLiteral("All calls"), {});
        QCOMPARE(e.value(), QStringLiteral("E-1"));
        QVERIFY(s.removeExhibit(QStringLiteral("e-1")).ok());
        QCOMPARE(exhibitsOf(s.caseFile()).size(), 0);
        QCOMPARE(exhibitsOf(s.caseFile(), true).size(), 1);
        QVERIFY(s.undo().ok());
        QCOMPARE(exhibitsOf(s.caseFile()).size(), 1);
        QVERIFY(s.undo().ok()); // the addition itself
        QCOMPARE(exhibitsOf(s.caseFile()).size(), 0);
        QCOMPARE(s.addExhibit(QStringLiteral("record"), {{QStringLiteral("uuid"), QStringLiteral("nonsense")}}, {}, {}).status().code(), ErrorCode::NotFound);
    }
};

CB_TEST_GUILESS_MAIN(TestExhibits)
#include "tst_exhibits.moc"
