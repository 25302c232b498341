#include "chart/chartexport.h"

#include <QJsonArray>
#include <cmath>
#include <QXmlStreamWriter>

namespace cb::casefile::chart {

namespace {

struct Attr
{
    const char *id, *name, *type, *domain; // domain: node or edge
};

const Attr attrs[] = {{"kind", "kind", "string", "node"},        {"label", "label", "string", "node"},
                      {"role", "role", "string", "node"},        {"entity", "entity", "long", "node"},
                      {"degree", "degree", "int", "node"},       {"x", "x", "double", "node"},
                      {"y", "y", "double", "node"},              {"ekind", "kind", "string", "edge"},
                      {"count", "count", "long", "edge"},        {"duration_s", "duration_s", "long", "edge"},
                      {"amount_minor", "amount_minor", "long", "edge"}, {"currency", "currency", "string", "edge"},
                      {"status", "status", "string", "edge"},    {"count_forward", "count_forward", "long", "edge"},
                      {"count_backward", "count_backward", "long", "edge"}};

// A link's direction for tools that draw arrows: the way most of its events went.
bool forward(const ChartLink &l)
{
    return l.count[0] >= l.count[1];
}

QString nodeId(int i)
{
    return QStringLiteral("n%1").arg(i);
}

using Values = QList<std::pair<const char *, QString>>;

Values nodeValues(const ChartNode &n)
{
    return {{"kind", n.kind}, {"label", nodeLabel(n)}, {"role", n.role}, {"entity", QString::number(n.entity)}, {"degree", QString::number(n.degree)},
            {"x", QString::number(n.pos.x(), 'f', 1)}, {"y", QString::number(n.pos.y(), 'f', 1)}};
}

Values linkValues(const ChartLink &l)
{
    return {{"ekind", l.kind}, {"count", QString::number(l.total())}, {"duration_s", QString::number(l.totalDuration())},
            {"amount_minor", QString::number(l.totalAmount())}, {"currency", l.currency}, {"status", l.status},
            {"count_forward", QString::number(l.count[forward(l) ? 0 : 1])}, {"count_backward", QString::number(l.count[forward(l) ? 1 : 0])}};
}

} // namespace

QString nodeLabel(const ChartNode &n)
{
    if (n.kind == u"more")
        return QStringLiteral("+%1 more").arg(n.moreCount);
    return n.label.isEmpty() ? n.name : n.label;
}

QByteArray toGraphml(const Chart &c)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("graphml"));
    w.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    for (const Attr &a : attrs) {
        w.writeEmptyElement(QStringLiteral("key"));
        w.writeAttribute(QStringLiteral("id"), QLatin1String(a.id));
        w.writeAttribute(QStringLiteral("for"), QLatin1String(a.domain));
        w.writeAttribute(QStringLiteral("attr.name"), QLatin1String(a.name));
        w.writeAttribute(QStringLiteral("attr.type"), QLatin1String(a.type));
    }
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("id"), c.name.isEmpty() ? QStringLiteral("chart") : c.name);
    w.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (int i = 0; i < c.nodes.size(); ++i) {
        const ChartNode &n = c.nodes[i];
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), nodeId(i));
        for (const auto &[key, value] : nodeValues(n)) {
            w.writeStartElement(QStringLiteral("data"));
            w.writeAttribute(QStringLiteral("key"), QLatin1String(key));
            w.writeCharacters(value);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    for (int i = 0; i < c.links.size(); ++i) {
        const ChartLink &l = c.links[i];
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("l%1").arg(i));
        w.writeAttribute(QStringLiteral("source"), nodeId(forward(l) ? l.a : l.b));
        w.writeAttribute(QStringLiteral("target"), nodeId(forward(l) ? l.b : l.a));
        for (const auto &[key, value] : linkValues(l)) {
            w.writeStartElement(QStringLiteral("data"));
            w.writeAttribute(QStringLiteral("key"), QLatin1String(key));
            w.writeCharacters(value);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

QByteArray toGexf(const Chart &c)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("gexf"));
    w.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    w.writeNamespace(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("viz"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    w.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (const char *domain : {"node", "edge"}) {
        w.writeStartElement(QStringLiteral("attributes"));
        w.writeAttribute(QStringLiteral("class"), QLatin1String(domain));
        for (const Attr &a : attrs) {
            if (qstrcmp(a.domain, domain) != 0 || qstrcmp(a.id, "label") == 0 || qstrcmp(a.id, "x") == 0 || qstrcmp(a.id, "y") == 0)
                continue;
            w.writeEmptyElement(QStringLiteral("attribute"));
            w.writeAttribute(QStringLiteral("id"), QLatin1String(a.id));
            w.writeAttribute(QStringLiteral("title"), QLatin1String(a.name));
            w.writeAttribute(QStringLiteral("type"), QLatin1String(a.type));
        }
        w.writeEndElement();
    }
    auto values = [&](const Values &list) {
        w.writeStartElement(QStringLiteral("attvalues"));
        for (const auto &[key, value] : list) {
            if (qstrcmp(key, "label") == 0 || qstrcmp(key, "x") == 0 || qstrcmp(key, "y") == 0)
                continue; // GEXF has its own label attribute and viz:position
            w.writeEmptyElement(QStringLiteral("attvalue"));
            w.writeAttribute(QStringLiteral("for"), QLatin1String(key));
            w.writeAttribute(QStringLiteral("value"), value);
        }
        w.writeEndElement();
    };
    w.writeStartElement(QStringLiteral("nodes"));
    for (int i = 0; i < c.nodes.size(); ++i) {
        const ChartNode &n = c.nodes[i];
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), nodeId(i));
        w.writeAttribute(QStringLiteral("label"), nodeLabel(n));
        values(nodeValues(n));
        w.writeEmptyElement(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("position"));
        w.writeAttribute(QStringLiteral("x"), QString::number(n.pos.x(), 'f', 1));
        w.writeAttribute(QStringLiteral("y"), QString::number(-n.pos.y(), 'f', 1));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("edges"));
    for (int i = 0; i < c.links.size(); ++i) {
        const ChartLink &l = c.links[i];
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("l%1").arg(i));
        w.writeAttribute(QStringLiteral("source"), nodeId(forward(l) ? l.a : l.b));
        w.writeAttribute(QStringLiteral("target"), nodeId(forward(l) ? l.b : l.a));
        w.writeAttribute(QStringLiteral("weight"), QString::number(l.total()));
        values(linkValues(l));
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

QByteArray toDot(const Chart &c)
{
    auto quoted = [](QString s) { return u'"' + s.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")) + u'"'; };
    QString out = QStringLiteral("digraph chart {\n  node [shape=box];\n");
    for (int i = 0; i < c.nodes.size(); ++i) {
        const ChartNode &n = c.nodes[i];
        out += QStringLiteral("  %1 [label=%2, kind=%3, role=%4, entity=%5, pos=\"%6,%7\"];\n")
                   .arg(nodeId(i), quoted(nodeLabel(n)), quoted(n.kind), quoted(n.role))
                   .arg(n.entity)
                   .arg(n.pos.x(), 0, 'f', 1)
                   .arg(-n.pos.y(), 0, 'f', 1);
    }
    for (const ChartLink &l : c.links)
        out += QStringLiteral("  %1 -> %2 [kind=%3, count=%4, duration_s=%5, amount_minor=%6, currency=%7];\n")
                   .arg(nodeId(forward(l) ? l.a : l.b), nodeId(forward(l) ? l.b : l.a), quoted(l.kind))
                   .arg(l.total())
                   .arg(l.totalDuration())
                   .arg(l.totalAmount())
                   .arg(quoted(l.currency));
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

QJsonObject chartJson(const Chart &c)
{
    QJsonObject byKind;
    QJsonArray links;
    for (const ChartLink &l : c.links) {
        byKind.insert(l.kind, byKind.value(l.kind).toInt() + 1);
        QJsonObject o{{QStringLiteral("from"), c.nodes[l.a].key()}, {QStringLiteral("to"), c.nodes[l.b].key()}, {QStringLiteral("kind"), l.kind},
                      {QStringLiteral("count"), l.total()}, {QStringLiteral("count_forward"), l.count[0]},
                      {QStringLiteral("count_backward"), l.count[1]}, {QStringLiteral("count_undirected"), l.count[2]}};
        if (l.kind == u"calls")
            o.insert(QStringLiteral("duration_s"), l.totalDuration());
        if (l.kind == u"money")
            o.insert(QStringLiteral("currency"), l.currency), o.insert(QStringLiteral("amount_minor"), l.totalAmount()),
                o.insert(QStringLiteral("amount_forward_minor"), l.amountMinor[0]), o.insert(QStringLiteral("amount_backward_minor"), l.amountMinor[1]);
        if (!l.status.isEmpty())
            o.insert(QStringLiteral("status"), l.status);
        links.append(o);
    }
    QJsonArray nodes;
    int more = 0;
    for (const ChartNode &n : c.nodes) {
        more += n.kind == u"more" ? 1 : 0;
        QJsonObject o{{QStringLiteral("key"), n.key()}, {QStringLiteral("kind"), n.kind}, {QStringLiteral("label"), nodeLabel(n)},
                      {QStringLiteral("degree"), n.degree}, {QStringLiteral("hop"), n.hop},
                      {QStringLiteral("x"), qRound(n.pos.x() * 10) / 10.0}, {QStringLiteral("y"), qRound(n.pos.y() * 10) / 10.0}};
        if (n.entity)
            o.insert(QStringLiteral("entity"), n.entity);
        if (!n.role.isEmpty())
            o.insert(QStringLiteral("role"), n.role);
        if (n.pinned)
            o.insert(QStringLiteral("pinned"), true);
        if (n.kind == u"more")
            o.insert(QStringLiteral("more"), n.moreCount);
        if (!c.spec.sizeBy.isEmpty())
            o.insert(c.spec.sizeBy, std::round(n.measure * 1000) / 1000);
        nodes.append(o);
    }
    // The entities ranked by the measure their size shows, highest first.
    QJsonArray ranking;
    if (!c.spec.sizeBy.isEmpty()) {
        QList<int> order;
        for (int i = 0; i < c.nodes.size(); ++i)
            if (c.nodes[i].kind != u"more")
                order << i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return c.nodes[a].measure > c.nodes[b].measure; });
        for (int i : order.mid(0, 50))
            ranking.append(QJsonObject{{QStringLiteral("key"), c.nodes[i].key()}, {QStringLiteral("label"), nodeLabel(c.nodes[i])},
                                       {c.spec.sizeBy, std::round(c.nodes[i].measure * 1000) / 1000}});
    }
    return {{QStringLiteral("nodes"), nodes},     {QStringLiteral("links"), links},
            {QStringLiteral("node_count"), c.nodes.size()}, {QStringLiteral("link_count"), c.links.size()},
            {QStringLiteral("links_by_kind"), byKind}, {QStringLiteral("more_nodes"), more},
            {QStringLiteral("partners_behind_more"), c.capped}, {QStringLiteral("weak_links_hidden"), c.hiddenWeak},
            {QStringLiteral("starting_entities_without_links"), c.isolatedSeeds},
            {QStringLiteral("spec"), c.spec.toJson()}, {QStringLiteral("ranking"), ranking}};
}

} // namespace cb::casefile::chart
