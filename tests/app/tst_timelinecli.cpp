// `casebench timeline` and `casebench heatmap` on the demo case: the pictures in each format, the JSON
// contract, saved views that reopen exactly, and clear refusals.
#include "testsupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cb;

class TestTimelineCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QJsonObject json(const QStringList &args)
    {
        const test::Run r = test::runCasebench(args);
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_demo}).code, 0);
    }

    void drawsEveryFormat()
    {
        for (const QString &ext : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString out = m_dir.filePath(QStringLiteral("t.") + ext);
            const QJsonObject o = json({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--size"), QStringLiteral("1200x700"),
                                        QStringLiteral("--json")});
            QCOMPARE(o.value(QStringLiteral("file")).toString(), out);
            // 166 transactions + 73 calls + 24 messages + 3 locations + 1 analyst event in the fraud's period.
            QCOMPARE(o.value(QStringLiteral("events")).toInt(), 267);
            QCOMPARE(o.value(QStringLiteral("events_by_kind")).toObject().value(QStringLiteral("calls")).toInt(), 73);
            QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Shanghai"));
            QCOMPARE(o.value(QStringLiteral("lanes")).toArray().size(), 7);
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (ext == u"png")
                QCOMPARE(QImage::fromData(bytes).size(), QSize(2400, 1400)); // twice the size asked, for print
            else if (ext == u"svg")
                QVERIFY(bytes.contains("Asia/Shanghai") && bytes.contains("SZ-2024-0317")); // the zone and the case, as text
            else
                QVERIFY(bytes.startsWith("%PDF-"));
        }
    }

    void lanesByEntityAndSavedViews()
    {
        const QString out = m_dir.filePath(QStringLiteral("victim.png"));
        // One victim's day, in lanes for the victim and the first mule's account.
        const QJsonObject o = json({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--entity"),
                                    QStringLiteral("6228480000000001008"), QStringLiteral("--entity"), QStringLiteral("6212260000000009001"),
                                    QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"), QStringLiteral("2024-03-02"),
                                    QStringLiteral("--save"), QStringLiteral("victim day"), QStringLiteral("--json")});
        const QJsonArray lanes = o.value(QStringLiteral("lanes")).toArray();
        QCOMPARE(lanes.size(), 2);
        QCOMPARE(lanes[0].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("6228480000000001008"));
        QCOMPARE(lanes[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("victim"));
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2024-02-29T16:00:00Z")); // midnight in Shanghai
        QCOMPARE(o.value(QStringLiteral("saved_view")).toString(), QStringLiteral("victim day"));
        // The saved view reopens with the same range and lanes.
        const QJsonObject again = json({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("again.svg")),
                                        QStringLiteral("--view"), QStringLiteral("victim day"), QStringLiteral("--json")});
        QCOMPARE(again.value(QStringLiteral("from")), o.value(QStringLiteral("from")));
        QCOMPARE(again.value(QStringLiteral("to")), o.value(QStringLiteral("to")));
        QCOMPARE(again.value(QStringLiteral("lanes")), o.value(QStringLiteral("lanes")));
    }

    void filters()
    {
        const QString out = m_dir.filePath(QStringLiteral("f.png"));
        // Every call of the demo is on one of the ring's three caller lines (their CDRs and the seized
        // phone's call log), all marked subject: the role filter keeps all 73.
        QJsonObject o = json({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--kinds"), QStringLiteral("calls"),
                              QStringLiteral("--role"), QStringLiteral("subject"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), 73);
        QCOMPARE(o.value(QStringLiteral("view")).toObject().value(QStringLiteral("roles")).toArray().size(), 1);
        // No call has a witness in it.
        o = json({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--kinds"), QStringLiteral("calls"), QStringLiteral("--role"),
                  QStringLiteral("witness"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), 0);
        // Text: only the chat messages that name the "safe account" the victims were told to pay into.
        o = json({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--text"), QStringLiteral("安全账户"), QStringLiteral("--json")});
        const QJsonObject kinds = o.value(QStringLiteral("events_by_kind")).toObject();
        QVERIFY(kinds.value(QStringLiteral("messages")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), kinds.value(QStringLiteral("messages")).toInt());
        // A source by its file name; an unknown one is refused.
        o = json({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--source"), QStringLiteral("03_cdr_17100001111.csv"),
                  QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), o.value(QStringLiteral("events_by_kind")).toObject().value(QStringLiteral("calls")).toInt());
        QVERIFY(o.value(QStringLiteral("events")).toInt() > 0);
        QCOMPARE(test::runCasebench({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--source"), QStringLiteral("nope.csv")}).code, 1);
        QCOMPARE(test::runCasebench({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--role"), QStringLiteral("boss")}).code, 2);
    }

    void heatmap()
    {
        const QString out = m_dir.filePath(QStringLiteral("h.png"));
        const QJsonObject o = json({QStringLiteral("heatmap"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--kinds"), QStringLiteral("calls"),
                                    QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), 73);
        const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 7);
        qint64 sum = 0;
        for (const QJsonValue &row : cells) {
            QCOMPARE(row.toArray().size(), 24);
            for (const QJsonValue &n : row.toArray())
                sum += n.toInteger();
        }
        QCOMPARE(sum, 73);
        // In each call's own recorded offset (+08:00 for every source of the demo): the same cells.
        const QJsonObject own = json({QStringLiteral("heatmap"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--kinds"), QStringLiteral("calls"),
                                      QStringLiteral("--timezone"), QStringLiteral("source"), QStringLiteral("--json")});
        QCOMPARE(own.value(QStringLiteral("cells")), o.value(QStringLiteral("cells")));
    }

    void refusals()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.png"));
        test::Run r = test::runCasebench({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("Mars/Olympus"));
        r = test::runCasebench({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--kinds"), QStringLiteral("calls,faxes")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("faxes"));
        r = test::runCasebench({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.bmp"))});
        QCOMPARE(r.code, 2);
        r = test::runCasebench({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--entity"), QStringLiteral("99999")});
        QCOMPARE(r.code, 1);
        r = test::runCasebench({QStringLiteral("timeline"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--view"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(out));
    }
};

CB_TEST_GUILESS_MAIN(TestTimelineCli)
#include "tst_timelinecli.moc"
