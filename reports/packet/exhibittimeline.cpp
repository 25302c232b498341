// A timeline exhibit: the saved view drawn by the workbench's painter, with what it shows and how to draw
// it again.
#include "casefile.h"
#include "exhibitsections.h"
#include "packetlayout.h"
#include "timeline/picturelanguage.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinescene.h"
#include "timeutil.h"

#include <QJsonArray>

namespace cb::reports {

using namespace casefile;
using namespace casefile::timeline;

namespace {
constexpr int PlotWidth = TimelineCanvasWidth - 190 - 48; // the picture's time axis on its canvas
}

Result<BuiltExhibit> timelineExhibit(PacketContext &ctx, const Exhibit &e, BuiltExhibit out)
{
    const QString name = e.spec.value(QStringLiteral("view")).toString();
    const ViewSpec view = ViewSpec::fromJson(e.spec.value(QStringLiteral("spec")).toObject());
    Result<Scene> loaded = loadScene(ctx.cf, view, PlotWidth, ctx.progress);
    if (!loaded)
        return Status::error(loaded.status().code(), QStringLiteral("%1: %2").arg(e.code, loaded.status().message()));
    auto scene = std::make_shared<Scene>(std::move(loaded.value()));
    // Entities without a role are masked on the picture as in the tables.
    for (LaneData &lane : scene->lanes)
        if (lane.entity)
            lane.label = ctx.r(lane.label);
    for (auto it = scene->labels.begin(); it != scene->labels.end(); ++it)
        it.value() = ctx.r(it.value());
    QStringList byKind;
    QJsonObject counts;
    const widgets::PictureLanguage language(ctx.text.translator()); // the kinds named as on the picture
    for (EventKind k : scene->spec.filter.effectiveKinds()) {
        qint64 n = 0;
        for (qint64 c : scene->density.counts.value(int(k)))
            n += c;
        counts.insert(eventKindName(k), n);
        if (n)
            byKind << QStringLiteral("%1 %2").arg(widgets::TimelinePainter::kindLabel(k)).arg(n);
    }
    out.section.blocks.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Saved view")), name},
                                          {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Period")),
                                           QStringLiteral("%1 – %2").arg(ctx.time(scene->spec.fromMs), ctx.time(scene->spec.toMs))},
                                          {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Events shown")),
                                           QStringLiteral("%1 (%2)").arg(scene->total()).arg(byKind.join(QStringLiteral(", ")))}}));
    Block picture;
    picture.kind = Block::Timeline;
    picture.timeline = scene;
    out.section.blocks.append(picture);
    out.section.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet",
                                                                "Each event's record, with its source file and row, is in the case; the exhibits of "
                                                                "tables and records in this packet cite them row by row.")),
                                        Block::Note));
    out.method.append(factsBlock(
        {{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Drawn from")),
          ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "the case's events in the period, counted per time bin; where events fall too close "
                                                         "to draw apart, a badge gives their number. The counts of the bins add up to the "
                                                         "events in the period."))},
         {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "To reproduce")),
          ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "casebench timeline CASE -o FILE.pdf --view \"%1\" draws the same picture from the case."))
              .arg(name)}}));
    out.picture = QJsonObject{{QStringLiteral("view"), name},
                              {QStringLiteral("from"), isoUtc(scene->spec.fromMs)},
                              {QStringLiteral("to"), isoUtc(scene->spec.toMs)},
                              {QStringLiteral("timezone"), scene->zoneId},
                              {QStringLiteral("events"), scene->total()},
                              {QStringLiteral("events_by_kind"), counts}};
    return out;
}

} // namespace cb::reports
