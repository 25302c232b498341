// Building a chart from its spec: the starting entities, expansion hop by hop with a cap of new partners
// per node (the rest behind one "+N more" node, opened page by page), the links among the chart's nodes,
// groups (a collapsed group is one node), hidden entities and the analyst's saved positions.
#include "analysis/centrality.h"
#include "chart/chartaggregate.h"

#include "entitylinks.h"
#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cb::casefile::chart {

namespace {

constexpr int MaxRounds = 16; // hops plus analyst expansions; a chart deeper than this is not a picture

// Kind, name, label and role of each node's entity (a merged node's role: any of its entities').
Status describeNodes(CaseFile &cf, const Aggregator &agg, QVector<ChartNode> &nodes)
{
    QHash<qint64, int> at;
    QJsonArray ids;
    for (int i = 0; i < nodes.size(); ++i) {
        at.insert(nodes[i].entity, i);
        ids.append(nodes[i].entity);
        for (qint64 t : nodes[i].twins)
            at.insert(t, i), ids.append(t);
    }
    const QString json = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    sql::Statement st(cf.db(), "SELECT e.id, e.kind, coalesce(e.name, ''), l.label, coalesce(r.role, '') FROM entities e "
                               "JOIN entity_labels l ON l.entity_id = e.id LEFT JOIN roles r ON r.entity_id = e.id "
                               "WHERE e.id IN (SELECT value FROM json_each(?))");
    st.bind(1, json);
    while (st.step()) {
        ChartNode &n = nodes[at.value(st.int64(0))];
        const bool own = st.int64(0) == n.entity;
        if (own)
            n.kind = st.text(1), n.name = st.text(2), n.label = st.text(3);
        if (own ? !st.text(4).isEmpty() : n.role.isEmpty())
            n.role = st.text(4);
    }
    (void)agg;
    return st.status();
}

// The chart's entities in the order they were reached, each with its hop; "+N more" counts per entity.
struct Reach
{
    QList<qint64> order;
    QHash<qint64, int> hop;
    QHash<qint64, int> more;
};

Status expand(const ChartSpec &spec, Aggregator &agg, const QList<qint64> &seeds, Reach &r, const Progress &progress)
{
    QList<qint64> frontier;
    for (qint64 s : seeds)
        if (!r.hop.contains(s) && !spec.hidden.contains(s))
            r.hop.insert(s, 0), r.order << s, frontier << s;
    const QSet<qint64> expanded(spec.expanded.begin(), spec.expanded.end());
    for (int h = 0; !frontier.isEmpty() && h < MaxRounds; ++h) {
        if (Status s = agg.load(frontier, progress.scaled(double(h) / (spec.hops + 2), double(h + 1) / (spec.hops + 2))); !s)
            return s;
        QList<qint64> next;
        for (qint64 f : std::as_const(frontier)) {
            if (h >= spec.hops && !expanded.contains(f))
                continue;
            const qsizetype cap = qsizetype(spec.maxLinksPerNode) * (1 + spec.morePages.value(f));
            qsizetype shown = 0;
            int left = 0;
            for (qint64 p : agg.partners(f)) {
                if (r.hop.contains(p) || spec.hidden.contains(p))
                    continue; // already drawn (its link is), or hidden by the analyst
                if (shown < cap)
                    r.hop.insert(p, h + 1), r.order << p, next << p, ++shown;
                else
                    ++left;
            }
            if (left)
                r.more.insert(f, left);
        }
        frontier = next;
    }
    if (!frontier.isEmpty()) // the last ring, for the links among the chart's nodes and their degrees
        return agg.load(frontier, progress);
    return {};
}

Status reachAll(const ChartSpec &spec, Aggregator &agg, const QList<qint64> &seeds, Reach &r, const Progress &progress)
{
    if (Status s = agg.loadAll(progress); !s)
        return s;
    for (qint64 s : seeds)
        if (!r.hop.contains(s) && !spec.hidden.contains(s))
            r.hop.insert(s, 0), r.order << s;
    QList<qint64> rest;
    for (auto it = agg.links().cbegin(); it != agg.links().cend(); ++it) {
        if (!agg.passes(it.key(), it.value()))
            continue;
        for (qint64 e : {it.key().lo, it.key().hi})
            if (!r.hop.contains(e) && !spec.hidden.contains(e))
                r.hop.insert(e, 1), rest << e;
    }
    std::sort(rest.begin(), rest.end());
    r.order << rest;
    return {};
}

// Collapsed groups: their members' links go to the group's node; links within a group are not drawn.
void applyGroups(Chart &c, QHash<qint64, int> &nodeOf)
{
    for (int g = 0; g < c.spec.groups.size(); ++g) {
        const ChartGroup &group = c.spec.groups[g];
        QList<qint64> present;
        for (qint64 m : group.members)
            if (nodeOf.contains(m))
                present << m;
        if (present.isEmpty())
            continue;
        if (!group.collapsed) {
            for (qint64 m : present)
                c.nodes[nodeOf.value(m)].group = g;
            continue;
        }
        ChartNode n;
        n.kind = QStringLiteral("group");
        n.group = g;
        n.label = n.name = group.name;
        for (qint64 m : present) {
            const ChartNode &member = c.nodes[nodeOf.value(m)];
            n.twins << m;
            if (n.role.isEmpty())
                n.role = member.role;
            n.degree = std::max(n.degree, member.degree);
        }
        c.nodes.append(n);
        for (qint64 m : present)
            nodeOf[m] = int(c.nodes.size() - 1);
    }
}

// Node sizes by a measure of the chart's own network (its entities and links, "+N more" left out).
Status measureNodes(Chart &c, const Progress &progress)
{
    if (c.spec.sizeBy.isEmpty())
        return {};
    std::vector<std::vector<size_t>> links(c.nodes.size());
    for (const ChartLink &l : std::as_const(c.links))
        if (c.nodes[l.a].kind != u"more" && c.nodes[l.b].kind != u"more")
            links[size_t(l.a)].push_back(size_t(l.b)), links[size_t(l.b)].push_back(size_t(l.a));
    for (auto &n : links) { // two links between the same pair (calls and money) are one neighbour
        std::sort(n.begin(), n.end());
        n.erase(std::unique(n.begin(), n.end()), n.end());
    }
    std::vector<double> values(links.size());
    if (c.spec.sizeBy == u"degree") {
        for (size_t i = 0; i < links.size(); ++i)
            values[i] = double(links[i].size());
    } else {
        const Result<analysis::Centrality> r = analysis::centrality(links, progress);
        if (!r)
            return r.status();
        values = c.spec.sizeBy == u"betweenness" ? r.value().betweenness : c.spec.sizeBy == u"closeness" ? r.value().closeness : r.value().eigenvector;
    }
    const double top = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    for (int i = 0; i < c.nodes.size(); ++i)
        c.nodes[i].measure = values[size_t(i)], c.nodes[i].size = top > 0 ? values[size_t(i)] / top : 0;
    return {};
}

void placeSaved(Chart &c)
{
    for (ChartNode &n : c.nodes) {
        const qint64 key = n.kind == u"group" ? -(n.group + 1) : n.entity;
        if (n.kind == u"more" || !c.spec.positions.contains(key))
            continue;
        n.pos = c.spec.positions.value(key);
        n.placed = true;
        n.pinned = c.spec.pinned.contains(key);
    }
}

} // namespace

QList<qint64> defaultSeeds(CaseFile &cf)
{
    QList<qint64> out;
    auto take = [&](const char *sql) {
        sql::Statement st(cf.db(), sql);
        while (st.step()) {
            const qint64 id = canonicalEntity(cf, st.int64(0));
            if (!out.contains(id))
                out << id;
        }
    };
    take("SELECT entity_id FROM roles WHERE role IN ('subject', 'victim') ORDER BY role = 'victim', entity_id");
    if (out.isEmpty())
        for (qint64 id : seizedDeviceOwners(cf))
            if (const qint64 c = canonicalEntity(cf, id); !out.contains(c))
                out << c;
    if (out.isEmpty()) // whose statements and call records the case holds (a loose scan of the owner indexes)
        take("SELECT id FROM (SELECT DISTINCT account_id AS id FROM transactions UNION SELECT DISTINCT subscriber_id FROM calls) ORDER BY id LIMIT 50");
    return out;
}

Result<Chart> buildChart(CaseFile &cf, const ChartSpec &spec, const Progress &progress)
{
    Chart c;
    c.spec = spec;
    c.caseTitle = cf.settings().title, c.caseNumber = cf.settings().caseNumber, c.zoneId = cf.settings().timezone;
    Aggregator agg(cf, c.spec);
    QList<qint64> seeds;
    for (qint64 s : spec.seeds.isEmpty() && !spec.all ? defaultSeeds(cf) : spec.seeds)
        if (const qint64 id = agg.canonical(s); !seeds.contains(id))
            seeds << id;
    if (!spec.all)
        c.spec.seeds = seeds; // saved as used: a role set later does not change a saved chart or an exhibit
    Reach r;
    if (Status s = spec.all ? reachAll(c.spec, agg, seeds, r, progress.scaled(0, 0.9)) : expand(c.spec, agg, seeds, r, progress.scaled(0, 0.9)); !s)
        return s;
    if (progress.isCancelled())
        return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    QHash<qint64, int> nodeOf;
    for (qint64 e : std::as_const(r.order)) {
        ChartNode n;
        n.entity = e;
        n.hop = r.hop.value(e);
        n.twins = agg.twinsOf(e);
        n.degree = int(agg.partners(e).size());
        nodeOf.insert(e, int(c.nodes.size()));
        c.nodes.append(n);
    }
    if (Status s = describeNodes(cf, agg, c.nodes); !s)
        return s;
    applyGroups(c, nodeOf);
    // Links among the chart's nodes, merged where a collapsed group stands for several entities.
    QHash<PairKey, int> linkAt;
    for (auto it = agg.links().cbegin(); it != agg.links().cend(); ++it) {
        const bool inChart = nodeOf.contains(it.key().lo) && nodeOf.contains(it.key().hi);
        if (!agg.passes(it.key(), it.value())) {
            c.hiddenWeak += nodeOf.contains(it.key().lo) || nodeOf.contains(it.key().hi) ? 1 : 0;
            continue;
        }
        if (!inChart)
            continue;
        int a = nodeOf.value(it.key().lo), b = nodeOf.value(it.key().hi);
        if (a == b)
            continue;
        const bool swap = a > b;
        if (swap)
            std::swap(a, b);
        const PairKey k{a, b, it.key().kind, it.key().currency};
        int at = linkAt.value(k, -1);
        if (at < 0) {
            ChartLink l;
            l.a = a, l.b = b, l.kind = it.key().kind, l.currency = it.key().currency;
            l.status = it.value().status, l.linkId = it.value().linkId;
            at = int(c.links.size());
            c.links.append(l);
            linkAt.insert(k, at);
        }
        ChartLink &l = c.links[at];
        for (int d = 0; d < 3; ++d) {
            const int to = d == 2 ? 2 : (swap ? 1 - d : d);
            l.count[to] += it.value().count[d], l.durationS[to] += it.value().durationS[d], l.amountMinor[to] += it.value().amountMinor[d];
        }
    }
    // In the same order every time (the aggregation's hash is not): by the nodes' order, then kind and currency.
    std::sort(c.links.begin(), c.links.end(), [](const ChartLink &x, const ChartLink &y) {
        return std::tie(x.a, x.b, x.kind, x.currency) < std::tie(y.a, y.b, y.kind, y.currency);
    });
    // "+N more": one per capped entity, linked to it.
    QList<qint64> capped = r.more.keys();
    std::sort(capped.begin(), capped.end());
    for (qint64 e : capped) {
        ChartNode n;
        n.kind = QStringLiteral("more");
        n.moreOf = e;
        n.moreCount = r.more.value(e);
        n.hop = r.hop.value(e) + 1;
        c.capped += n.moreCount;
        c.nodes.append(n);
        ChartLink l;
        l.a = nodeOf.value(e), l.b = int(c.nodes.size() - 1), l.kind = QStringLiteral("more");
        l.count[2] = n.moreCount;
        c.links.append(l);
    }
    // Nodes standing in a collapsed group's node are dropped (their links went to it), and so are starting
    // entities with no link of the kinds shown (a phone on a chart of money), unless nothing is linked at all.
    QVector<int> linked(c.nodes.size(), 0);
    for (const ChartLink &l : std::as_const(c.links))
        ++linked[l.a], ++linked[l.b];
    QVector<int> keep(c.nodes.size(), -1);
    QVector<ChartNode> nodes;
    for (int i = 0; i < c.nodes.size(); ++i) {
        const ChartNode &n = c.nodes[i];
        const bool collapsedMember = n.kind != u"group" && n.kind != u"more" && nodeOf.value(n.entity, i) != i;
        const bool isolated = !linked[i] && !c.links.isEmpty() && n.kind != u"group";
        c.isolatedSeeds += isolated && !collapsedMember ? 1 : 0;
        if (!collapsedMember && !isolated)
            keep[i] = int(nodes.size()), nodes.append(n);
    }
    c.nodes = nodes;
    for (ChartLink &l : c.links)
        l.a = keep[l.a], l.b = keep[l.b];
    placeSaved(c);
    if (Status s = measureNodes(c, progress); !s)
        return s;
    progress.report(1.0);
    return c;
}

} // namespace cb::casefile::chart
