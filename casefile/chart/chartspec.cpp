// A chart's spec as JSON (saved charts, exhibits, the command line's --json), saved charts, and what the
// views ask of a built chart (neighbours, shortest path).
#include "chart/chart.h"

#include "session/casesession.h"
#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <queue>

namespace cb::casefile::chart {

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> idList(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInteger();
    return out;
}

} // namespace

const QStringList &linkFamilies()
{
    static const QStringList f{LinkFamily::Calls, LinkFamily::Money, LinkFamily::Messages, LinkFamily::Links};
    return f;
}

const QStringList &sizeMeasures()
{
    static const QStringList m{QStringLiteral("degree"), QStringLiteral("betweenness"), QStringLiteral("closeness"), QStringLiteral("eigenvector")};
    return m;
}

QJsonObject ChartSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("seeds"), idArray(seeds)}, {QStringLiteral("all"), all}, {QStringLiteral("hops"), hops},
                  {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)}, {QStringLiteral("min_count"), minCount},
                  {QStringLiteral("min_amount_minor"), minAmountMinor}, {QStringLiteral("currency"), currency},
                  {QStringLiteral("max_links_per_node"), maxLinksPerNode}, {QStringLiteral("layout"), layout}};
    if (!sizeBy.isEmpty())
        o.insert(QStringLiteral("size_by"), sizeBy);
    if (afterMs)
        o.insert(QStringLiteral("after_ms"), afterMs);
    if (beforeMs)
        o.insert(QStringLiteral("before_ms"), beforeMs);
    QJsonArray pos;
    QList<qint64> placed = positions.keys();
    std::sort(placed.begin(), placed.end());
    for (qint64 id : placed) {
        const QPointF p = positions.value(id);
        pos.append(QJsonArray{id, p.x(), p.y(), pinned.contains(id)});
    }
    o.insert(QStringLiteral("positions"), pos);
    QList<qint64> h(hidden.begin(), hidden.end());
    std::sort(h.begin(), h.end());
    o.insert(QStringLiteral("hidden"), idArray(h));
    QJsonObject pages;
    for (auto it = morePages.cbegin(); it != morePages.cend(); ++it)
        pages.insert(QString::number(it.key()), it.value());
    o.insert(QStringLiteral("more_pages"), pages);
    o.insert(QStringLiteral("expanded"), idArray(expanded));
    QJsonArray gs;
    for (const ChartGroup &g : groups)
        gs.append(QJsonObject{{QStringLiteral("name"), g.name}, {QStringLiteral("members"), idArray(g.members)}, {QStringLiteral("collapsed"), g.collapsed}});
    o.insert(QStringLiteral("groups"), gs);
    return o;
}

ChartSpec ChartSpec::fromJson(const QJsonObject &o)
{
    ChartSpec s;
    s.seeds = idList(o.value(QStringLiteral("seeds")));
    s.all = o.value(QStringLiteral("all")).toBool();
    s.hops = qBound(0, o.value(QStringLiteral("hops")).toInt(1), 6);
    for (const QJsonValue &k : o.value(QStringLiteral("kinds")).toArray())
        if (linkFamilies().contains(k.toString()))
            s.kinds << k.toString();
    s.minCount = std::max<qint64>(1, o.value(QStringLiteral("min_count")).toInteger(1));
    s.minAmountMinor = std::max<qint64>(0, o.value(QStringLiteral("min_amount_minor")).toInteger());
    s.currency = o.value(QStringLiteral("currency")).toString();
    s.maxLinksPerNode = qBound(1, o.value(QStringLiteral("max_links_per_node")).toInt(20), 100000);
    s.afterMs = o.value(QStringLiteral("after_ms")).toInteger();
    s.beforeMs = o.value(QStringLiteral("before_ms")).toInteger();
    if (sizeMeasures().contains(o.value(QStringLiteral("size_by")).toString()))
        s.sizeBy = o.value(QStringLiteral("size_by")).toString();
    const QString layout = o.value(QStringLiteral("layout")).toString();
    if (!layout.isEmpty())
        s.layout = layout;
    for (const QJsonValue &v : o.value(QStringLiteral("positions")).toArray()) {
        const QJsonArray a = v.toArray();
        const qint64 id = a.at(0).toInteger();
        s.positions.insert(id, QPointF(a.at(1).toDouble(), a.at(2).toDouble()));
        if (a.at(3).toBool())
            s.pinned.insert(id);
    }
    for (qint64 id : idList(o.value(QStringLiteral("hidden"))))
        s.hidden.insert(id);
    const QJsonObject pages = o.value(QStringLiteral("more_pages")).toObject();
    for (auto it = pages.begin(); it != pages.end(); ++it)
        s.morePages.insert(it.key().toLongLong(), qBound(0, it.value().toInt(), 1000));
    s.expanded = idList(o.value(QStringLiteral("expanded")));
    for (const QJsonValue &v : o.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        s.groups.append({g.value(QStringLiteral("name")).toString(), idList(g.value(QStringLiteral("members"))),
                         g.value(QStringLiteral("collapsed")).toBool()});
    }
    return s;
}

QString ChartNode::key() const
{
    if (kind == u"more")
        return QStringLiteral("more%1").arg(moreOf);
    if (kind == u"group")
        return QStringLiteral("g%1").arg(group);
    return QStringLiteral("e%1").arg(entity);
}

bool ChartLink::isEvents() const
{
    return kind == LinkFamily::Calls || kind == LinkFamily::Money || kind == LinkFamily::Messages;
}

int Chart::indexOf(const QString &key) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].key() == key)
            return i;
    return -1;
}

QList<int> Chart::neighbours(int node) const
{
    QList<int> out;
    for (const ChartLink &l : links) {
        if (l.a == node && !out.contains(l.b))
            out << l.b;
        else if (l.b == node && !out.contains(l.a))
            out << l.a;
    }
    return out;
}

QVector<int> Chart::partnersDrawn() const
{
    QVector<QSet<int>> partners(nodes.size());
    for (const ChartLink &l : links)
        if (nodes[l.a].kind != u"more" && nodes[l.b].kind != u"more")
            partners[l.a].insert(l.b), partners[l.b].insert(l.a);
    QVector<int> out(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        out[i] = int(partners[i].size());
    return out;
}

QList<int> Chart::shortestPath(int from, int to) const
{
    if (from < 0 || to < 0 || from >= nodes.size() || to >= nodes.size())
        return {};
    QVector<QList<int>> adj(nodes.size());
    for (const ChartLink &l : links)
        if (nodes[l.a].kind != u"more" && nodes[l.b].kind != u"more")
            adj[l.a] << l.b, adj[l.b] << l.a;
    QVector<int> prev(nodes.size(), -2);
    std::queue<int> q;
    q.push(from);
    prev[from] = -1;
    while (!q.empty() && prev[to] == -2) {
        const int n = q.front();
        q.pop();
        for (int m : adj[n])
            if (prev[m] == -2)
                prev[m] = n, q.push(m);
    }
    if (prev[to] == -2)
        return {};
    QList<int> path;
    for (int n = to; n != -1; n = prev[n])
        path.prepend(n);
    return path;
}

QString chartKey(const QString &name)
{
    return QStringLiteral("chart:") + name.simplified();
}

Result<QJsonObject> savedChart(CaseFile &cf, const QString &name)
{
    return savedView(cf, QStringLiteral("chart"), name);
}

QStringList savedCharts(CaseFile &cf)
{
    return savedViews(cf, QStringLiteral("chart"));
}

} // namespace cb::casefile::chart
