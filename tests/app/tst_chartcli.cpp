// `casebench chart` on the demo case: the contract's options and files (SVG, PDF, PNG, GraphML, GEXF, dot),
// the JSON, caps with "+N more", saving a chart and drawing it again exactly, and refusals.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace cb;

namespace {

struct Graph
{
    int nodes = 0, edges = 0;
    QStringList nodeKinds, labels, edgeKinds;
};

// Nodes and edges of a GraphML or GEXF file, with their kinds and labels.
Graph readGraph(const QString &path)
{
    QFile f(path);
    Graph g;
    if (!f.open(QIODevice::ReadOnly))
        return g;
    QXmlStreamReader r(&f);
    QString in;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"node")
            ++g.nodes, in = QStringLiteral("node");
        else if (r.name() == u"edge")
            ++g.edges, in = QStringLiteral("edge");
        if (r.name() == u"node" && r.attributes().hasAttribute(QStringLiteral("label")))
            g.labels << r.attributes().value(QStringLiteral("label")).toString();
        QString key, value;
        if (r.name() == u"data")
            key = r.attributes().value(QStringLiteral("key")).toString(), value = r.readElementText();
        else if (r.name() == u"attvalue")
            key = r.attributes().value(QStringLiteral("for")).toString(), value = r.attributes().value(QStringLiteral("value")).toString();
        if (key == u"kind")
            g.nodeKinds << value;
        else if (key == u"ekind")
            g.edgeKinds << value;
        else if (key == u"label")
            g.labels << value;
    }
    return r.hasError() ? Graph{} : g;
}

} // namespace

class TestChartCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QJsonObject chart(const QStringList &args, int expectCode = 0)
    {
        const test::Run r = test::runCasebench(QStringList{QStringLiteral("chart"), m_demo} + args + QStringList{QStringLiteral("--json")});
        if (r.code != expectCode)
            qWarning("%s", r.err.constData());
        return r.code == expectCode ? QJsonDocument::fromJson(r.out).object() : QJsonObject{{QStringLiteral("failed"), r.code}};
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_demo}).code, 0);
    }

    void picturesAndTheJson()
    {
        for (const char *ext : {"svg", "pdf", "png"}) {
            const QString out = m_dir.filePath(QStringLiteral("ring.") + QLatin1String(ext));
            const QJsonObject o = chart({QStringLiteral("-o"), out});
            QVERIFY2(!o.contains(QStringLiteral("failed")), ext);
            // From the subjects and victims, one hop, every kind: 26 entities and 32 links (as drawn in the
            // workbench's first chart of the demo).
            QCOMPARE(o.value(QStringLiteral("node_count")).toInt(), 26);
            QCOMPARE(o.value(QStringLiteral("link_count")).toInt(), 32);
            QCOMPARE(o.value(QStringLiteral("layout")).toString(), QStringLiteral("sfdp"));
            QVERIFY(QFile(out).size() > 1000);
        }
        QFile svg(m_dir.filePath(QStringLiteral("ring.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("link chart")); // the title block is text in the file
        QVERIFY(text.contains("+8617100001111"));
    }

    void moneyLeftToRightAsGraphml()
    {
        const QString out = m_dir.filePath(QStringLiteral("money.graphml"));
        const QJsonObject o = chart({QStringLiteral("-o"), out, QStringLiteral("--kinds"), QStringLiteral("money"), QStringLiteral("--hops"),
                                     QStringLiteral("2"), QStringLiteral("--layout"), QStringLiteral("dot")});
        QCOMPARE(o.value(QStringLiteral("node_count")).toInt(), 15); // as the packet's E-7: victims, employer, 4 + 2 mules
        const Graph g = readGraph(out);
        QCOMPARE(g.nodes, 15);
        QCOMPARE(g.edges, 24);
        QCOMPARE(g.edgeKinds, QStringList(24, QStringLiteral("money")));
        // dot: every payment's payer is left of its payee.
        QHash<QString, double> x;
        for (const QJsonValue &n : o.value(QStringLiteral("nodes")).toArray())
            x.insert(n[QStringLiteral("key")].toString(), n[QStringLiteral("x")].toDouble());
        for (const QJsonValue &l : o.value(QStringLiteral("links")).toArray()) {
            const bool forward = l[QStringLiteral("count_forward")].toInt() > 0;
            const QString payer = l[forward ? QStringLiteral("from") : QStringLiteral("to")].toString();
            const QString payee = l[forward ? QStringLiteral("to") : QStringLiteral("from")].toString();
            QVERIFY(x.value(payer) < x.value(payee));
        }
    }

    void capLeavesTheRestBehindMore()
    {
        // The first caller line's call partners, by number of calls: +8613912340000 (12), +8617100003333 (11),
        // +8613912346102 (6), +8613912343051 (6), +8617100002222 (3). One per node: the first, and "+4 more".
        const QString out = m_dir.filePath(QStringLiteral("capped.gexf"));
        const QJsonObject o = chart({QStringLiteral("-o"), out, QStringLiteral("--from"), QStringLiteral("17100001111"), QStringLiteral("--kinds"),
                                     QStringLiteral("calls"), QStringLiteral("--max-links-per-node"), QStringLiteral("1"), QStringLiteral("--hops"),
                                     QStringLiteral("1")});
        QCOMPARE(o.value(QStringLiteral("node_count")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("partners_behind_more")).toInt(), 4);
        const Graph g = readGraph(out);
        QCOMPARE(g.nodes, 3);
        QVERIFY(g.labels.contains(QStringLiteral("+8613912340000")));
        QVERIFY(g.labels.contains(QStringLiteral("+4 more")));
        QVERIFY(g.nodeKinds.contains(QStringLiteral("more")));
    }

    void savedChartDrawsAgainExactly()
    {
        const QJsonObject first = chart({QStringLiteral("-o"), m_dir.filePath(QStringLiteral("a.dot")), QStringLiteral("--save"), QStringLiteral("ring")});
        QCOMPARE(first.value(QStringLiteral("saved_chart")).toString(), QStringLiteral("ring"));
        const QJsonObject again = chart({QStringLiteral("-o"), m_dir.filePath(QStringLiteral("b.dot")), QStringLiteral("--chart"), QStringLiteral("ring")});
        QCOMPARE(again.value(QStringLiteral("layout")).toString(), QStringLiteral("saved")); // nothing laid out again
        QCOMPARE(again.value(QStringLiteral("nodes")), first.value(QStringLiteral("nodes")));
        QFile a(m_dir.filePath(QStringLiteral("a.dot"))), b(m_dir.filePath(QStringLiteral("b.dot")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        QCOMPARE(test::runCasebench({QStringLiteral("exhibit"), QStringLiteral("add"), m_demo, QStringLiteral("chart"), QStringLiteral("ring")}).out.trimmed(),
                 QByteArray("E-8"));
    }

    void refusals()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.svg"));
        QCOMPARE(test::runCasebench({QStringLiteral("chart"), m_demo}).code, 2);                                   // no -o
        QCOMPARE(test::runCasebench({QStringLiteral("chart"), m_demo, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.txt"))}).code, 2);
        QCOMPARE(test::runCasebench({QStringLiteral("chart"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--layout"), QStringLiteral("fdp")}).code, 2);
        QCOMPARE(test::runCasebench({QStringLiteral("chart"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--kinds"), QStringLiteral("emails")}).code, 2);
        QCOMPARE(test::runCasebench({QStringLiteral("chart"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--hops"), QStringLiteral("9")}).code, 2);
        const test::Run nobody = test::runCasebench({QStringLiteral("chart"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--from"), QStringLiteral("99999")});
        QCOMPARE(nobody.code, 1);
        QVERIFY(!nobody.err.isEmpty());
        QCOMPARE(test::runCasebench({QStringLiteral("chart"), m_demo, QStringLiteral("-o"), out, QStringLiteral("--chart"), QStringLiteral("none")}).code, 1);
        QVERIFY(!QFile::exists(out));
    }
};

CB_TEST_GUILESS_MAIN(TestChartCli)
#include "tst_chartcli.moc"
