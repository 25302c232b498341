// A link chart exhibit: the saved chart drawn by the workbench's painter at its saved positions, and the
// table of its links with the figures they add up (so every line on the picture can be read as numbers),
// with how the links were counted and how to draw the chart again.
#include "casefile.h"
#include "chart/chartexport.h"
#include "chart/chartlayout.h"
#include "chart/chartpainter.h"
#include "exhibitsections.h"
#include "packetlayout.h"
#include "timeline/picturelanguage.h"

#include <QJsonArray>

namespace cb::reports {

using namespace casefile;
using namespace casefile::chart;

namespace {

constexpr int MaxLinkRows = 300; // a chart's table beyond this says how many more links there are

QString figures(const PacketContext &ctx, const ChartLink &l, int d)
{
    const QLocale locale(ctx.text.language());
    if (l.kind == LinkFamily::Calls)
        return QStringLiteral("%1 · %2").arg(l.count[d]).arg(widgets::ChartPainter::durationText(l.durationS[d]));
    if (l.kind == LinkFamily::Money)
        return QStringLiteral("%1 · %2 %3").arg(l.count[d]).arg(l.currency, widgets::ChartPainter::amountText(l.amountMinor[d], l.currency, locale));
    return QString::number(l.count[d]);
}

Block linksTable(const PacketContext &ctx, const Chart &c)
{
    Block table;
    table.kind = Block::Table;
    table.header = {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "From")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "To")),
                    ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Link")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Events, duration or amount"))};
    table.widths = {0.3, 0.3, 0.15, 0.25};
    table.alignRight = {false, false, false, true};
    const widgets::PictureLanguage language(ctx.text.translator());
    int shown = 0;
    for (const ChartLink &l : c.links) {
        if (l.kind == u"more")
            continue;
        const QString a = ctx.r(nodeLabel(c.nodes[l.a])), b = ctx.r(nodeLabel(c.nodes[l.b]));
        for (int d = 0; d < 3; ++d) {
            if (!l.count[d] || ++shown > MaxLinkRows)
                continue;
            const QString kind = widgets::ChartPainter::linkKindLabel(l.kind) + (l.status.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.status));
            table.rows.append({{d == 1 ? b : a, d == 1 ? a : b, d == 2 ? kind + QStringLiteral(" ↔") : kind, figures(ctx, l, d)}, {}});
        }
    }
    if (shown > MaxLinkRows)
        table.rows.append({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "… %1 more lines: the chart's GraphML export lists them all")).arg(shown - MaxLinkRows),
                            QString(), QString(), QString()},
                           {}});
    return table;
}

} // namespace

Result<BuiltExhibit> chartExhibit(PacketContext &ctx, const Exhibit &e, BuiltExhibit out)
{
    const QString name = e.spec.value(QStringLiteral("chart")).toString();
    Result<Chart> built = buildChart(ctx.cf, ChartSpec::fromJson(e.spec.value(QStringLiteral("spec")).toObject()), ctx.progress);
    if (!built)
        return Status::error(built.status().code(), QStringLiteral("%1: %2").arg(e.code, built.status().message()));
    if (const Result<LayoutReport> laid = layoutChart(built.value()); !laid) // only what the saved chart had not placed
        return Status::error(laid.status().code(), QStringLiteral("%1: %2").arg(e.code, laid.status().message()));
    auto chart = std::make_shared<Chart>(std::move(built.value()));
    chart->name = name;
    // Entities without a role are masked on the picture and in the table as everywhere in the packet.
    for (ChartNode &n : chart->nodes)
        n.label = ctx.r(n.label), n.name = ctx.r(n.name);
    QJsonObject byKind;
    int entities = 0;
    for (const ChartLink &l : chart->links)
        byKind.insert(l.kind, byKind.value(l.kind).toInt() + 1);
    for (const ChartNode &n : chart->nodes)
        entities += n.kind == u"more" ? 0 : 1;
    out.section.blocks.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Saved chart")), name},
                                          {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Entities and links")),
                                           QStringLiteral("%1 / %2").arg(entities).arg(chart->links.size())}}));
    Block picture;
    picture.kind = Block::Chart;
    picture.chart = chart;
    out.section.blocks.append(picture);
    out.section.blocks.append(linksTable(ctx, *chart));
    out.method.append(factsBlock(
        {{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Drawn from")),
          ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "the case's calls, transfers and messages between each two entities, added up per direction. "
                                                         "A call in both parties' call records is counted once, from the caller's; a transfer in both "
                                                         "accounts' statements is counted once, from the payer's; rows repeating another statement's "
                                                         "are not counted. Merged identities are one entity."))},
         {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "To reproduce")),
          ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "casebench chart CASE -o FILE.pdf --chart \"%1\" draws the same chart from the case; "
                                                         "-o FILE.graphml writes its links with these figures."))
              .arg(name)}}));
    for (const ChartNode &n : chart->nodes)
        if (n.hop == 0 && n.entity)
            out.entities << n.entity;
    out.pictureKey = QStringLiteral("chart");
    out.picture = QJsonObject{{QStringLiteral("chart"), name}, {QStringLiteral("entities"), entities},
                              {QStringLiteral("links"), chart->links.size()}, {QStringLiteral("links_by_kind"), byKind}};
    return out;
}

} // namespace cb::reports
