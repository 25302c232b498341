// The timeline and the heatmap on the command line: the same scene and painter as the workbench, written
// to PNG, SVG or PDF that name the case, the period, the zone and the filters.
#include "clisupport.h"

#include "hash.h"
#include "money.h"
#include "query/recordquery.h"
#include "timeline/heatmappainter.h"
#include "timeline/timelineexport.h"
#include "timeline/timelinepainter.h"
#include "timeutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::app {

using namespace casefile;
using namespace casefile::timeline;

namespace {

// The options the two commands share, read into a view; false (with the exit code) when refused.
struct Common
{
    ViewSpec view;
    QSize size{1600, 900};
    std::unique_ptr<CaseFile> cf;
};

void addCommonOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The picture to write: .png, .svg or .pdf."), QStringLiteral("FILE")},
                  {QStringLiteral("from"), Cli::tr("Start of the period (a date or an ISO 8601 time; default: the first event)."), QStringLiteral("TIME")},
                  {QStringLiteral("to"), Cli::tr("End of the period (default: the last event)."), QStringLiteral("TIME")},
                  {QStringLiteral("entity"), Cli::tr("An entity (a phone number, an account...); repeat for more."), QStringLiteral("IDENTIFIER")},
                  {QStringLiteral("kinds"), Cli::tr("Which events: transactions,calls,messages,locations,balances,events,leads (default: all)."),
                   QStringLiteral("LIST")},
                  {QStringLiteral("size"), Cli::tr("The picture's size in pixels (default 1600x900)."), QStringLiteral("WxH")},
                  {QStringLiteral("role"), Cli::tr("Only events a subject, victim, witness or associate takes part in (repeatable)."), QStringLiteral("ROLE")},
                  {QStringLiteral("tag"), Cli::tr("Only records with this tag (repeatable)."), QStringLiteral("TAG")},
                  {QStringLiteral("text"), Cli::tr("Only events whose description, number, message or place contains this text."), QStringLiteral("T")},
                  {QStringLiteral("source"), Cli::tr("Only events from this source: its file name or the start of its SHA-256 (repeatable)."),
                   QStringLiteral("FILE")},
                  {QStringLiteral("min-amount"), Cli::tr("Only money moved and balances stated of at least this amount (other kinds are hidden)."),
                   QStringLiteral("AMOUNT")},
                  {QStringLiteral("max-amount"), Cli::tr("Only money moved and balances stated of at most this amount."), QStringLiteral("AMOUNT")},
                  {QStringLiteral("currency"), Cli::tr("The currency of the amounts (default: the case's most used)."), QStringLiteral("CODE")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
}

int readCommon(QCommandLineParser &p, Common &c, const QString &zoneText, bool zoneMayBeSource)
{
    int code = 0;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return usage(p, Cli::tr("CASE and -o FILE are required"));
    if (!widgets::isPictureFile(p.value(QStringLiteral("output"))))
        return usage(p, Cli::tr("the picture must be a .png, .svg or .pdf file"));
    if (const int code = readPictureSize(p, c.size); code >= 0)
        return code;
    for (const QString &k : p.value(QStringLiteral("kinds")).split(u',', Qt::SkipEmptyParts)) {
        const auto kind = eventKindFromName(k.trimmed());
        if (!kind)
            return usage(p, Cli::tr("unknown kind \"%1\" (transactions, calls, messages, locations, balances, events, leads)").arg(k));
        if (!c.view.filter.kinds.contains(*kind))
            c.view.filter.kinds << *kind;
    }
    c.cf = openCase(p.positionalArguments().first(), code);
    if (!c.cf)
        return code;
    if (!zoneText.isEmpty() && !(zoneMayBeSource && zoneText == u"source")) {
        if (!QTimeZone(zoneText.toLatin1()).isValid())
            return usage(p, Cli::tr("unknown time zone \"%1\"").arg(zoneText));
        c.view.zone = zoneText;
    }
    const QTimeZone zone(c.view.zone.isEmpty() ? c.cf->settings().timezone.toLatin1() : c.view.zone.toLatin1());
    for (const char *opt : {"from", "to"}) {
        const QString text = p.value(QLatin1String(opt));
        if (text.isEmpty())
            continue;
        const auto t = parseUserTime(text, zone);
        if (!t)
            return usage(p, Cli::tr("--%1: \"%2\" is not a date or an ISO 8601 time").arg(QLatin1String(opt), text));
        (qstrcmp(opt, "from") == 0 ? c.view.fromMs : c.view.toMs) = *t;
    }
    if ((c.view.fromMs == 0) != (c.view.toMs == 0)) {
        // One end given: the other is the case's first or last event.
        const auto e = extent(*c.cf, c.view.filter);
        if (!e)
            return refused(e.status());
        if (e.value()) {
            if (c.view.fromMs == 0)
                c.view.fromMs = e.value()->first;
            if (c.view.toMs == 0)
                c.view.toMs = e.value()->second + 1;
        }
    }
    for (const QString &role : p.values(QStringLiteral("role"))) {
        if (role != u"subject" && role != u"victim" && role != u"witness" && role != u"associate")
            return usage(p, Cli::tr("--role is subject, victim, witness or associate, not \"%1\"").arg(role));
        c.view.filter.roles << role;
    }
    c.view.filter.tags = p.values(QStringLiteral("tag"));
    c.view.filter.text = p.value(QStringLiteral("text")).trimmed();
    for (const QString &src : p.values(QStringLiteral("source"))) {
        const QVariant id = c.cf->db().scalar("SELECT id FROM sources WHERE file_name = ?1 OR (length(?1) >= 8 AND sha256 LIKE lower(?1) || '%') "
                                              "ORDER BY id LIMIT 1",
                                              {src});
        if (!id.isValid() || id.isNull()) {
            err() << Cli::tr("no source is \"%1\" (a file name, or the start of a SHA-256)").arg(src) << u'\n';
            return 1;
        }
        c.view.filter.sources << id.toLongLong();
    }
    if (p.isSet(QStringLiteral("min-amount")) || p.isSet(QStringLiteral("max-amount"))) {
        // Exact minor units in the currency's own exponent: never floating point.
        QString currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
        if (currency.isEmpty())
            currency = c.cf->db().scalar("SELECT currency FROM transactions GROUP BY currency ORDER BY count(*) DESC LIMIT 1").toString();
        if (!isCurrencyCode(currency))
            return usage(p, Cli::tr("--currency: \"%1\" is not an ISO 4217 currency").arg(currency));
        c.view.filter.currency = currency;
        for (const char *opt : {"min-amount", "max-amount"}) {
            if (!p.isSet(QLatin1String(opt)))
                continue;
            const auto minor = parseMinorUnits(p.value(QLatin1String(opt)), currency);
            if (!minor || *minor < 0)
                return usage(p, Cli::tr("--%1 is an amount such as 1000 or 1000.50").arg(QLatin1String(opt)));
            (qstrcmp(opt, "min-amount") == 0 ? c.view.filter.minAmountMinor : c.view.filter.maxAmountMinor) = *minor;
        }
    }
    for (const QString &id : p.values(QStringLiteral("entity"))) {
        const Result<qint64> e = findEntity(*c.cf, id);
        if (!e)
            return refused(e.status());
        c.view.entities << e.value();
    }
    return -1;
}

QJsonObject sceneJson(const Scene &scene, const QString &path)
{
    QJsonArray lanes;
    for (const LaneData &l : scene.lanes) {
        QJsonObject o{{QStringLiteral("label"), l.label}, {QStringLiteral("events"), l.total},
                      {QStringLiteral("drawn_one_by_one"), !l.events.isEmpty()}};
        if (l.entity)
            o.insert(QStringLiteral("entity"), l.entity);
        if (!l.role.isEmpty())
            o.insert(QStringLiteral("role"), l.role);
        if (l.kind)
            o.insert(QStringLiteral("kind"), eventKindName(*l.kind));
        lanes.append(o);
    }
    QJsonObject byKind;
    for (EventKind k : scene.spec.filter.effectiveKinds()) {
        qint64 n = 0;
        for (qint64 c : scene.density.counts.value(int(k)))
            n += c;
        byKind.insert(eventKindName(k), n);
    }
    return {{QStringLiteral("file"), path},
            {QStringLiteral("from"), isoUtc(scene.spec.fromMs)},
            {QStringLiteral("to"), isoUtc(scene.spec.toMs)},
            {QStringLiteral("timezone"), scene.zoneId},
            {QStringLiteral("events"), scene.total()},
            {QStringLiteral("events_by_kind"), byKind},
            {QStringLiteral("bin_ms"), scene.density.binMs},
            {QStringLiteral("pyramid_level"), scene.density.level},
            {QStringLiteral("lanes"), lanes},
            {QStringLiteral("view"), scene.spec.toJson()}};
}

} // namespace

int cmdTimeline(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Draw the timeline: every event on one time axis, in lanes by kind or by entity, with the density of "
                                        "the period above, in the case's zone (named on the picture)."));
    addCommonOptions(p);
    p.addOptions({{QStringLiteral("lanes"), Cli::tr("kind (default) or entity."), QStringLiteral("MODE")},
                  {QStringLiteral("timezone"), Cli::tr("The zone to draw the axis in (default: the case's)."), QStringLiteral("IANA")},
                  {QStringLiteral("save"), Cli::tr("Keep this view in the case under a name."), QStringLiteral("NAME")},
                  {QStringLiteral("view"), Cli::tr("Start from a saved view (the other options change it)."), QStringLiteral("NAME")},
                  {QStringLiteral("log"), Cli::tr("Draw the density on a log scale.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QString lanes = p.value(QStringLiteral("lanes"));
    if (!lanes.isEmpty() && lanes != u"kind" && lanes != u"entity")
        return usage(p, Cli::tr("--lanes is kind or entity"));
    Common c;
    if (const int code = readCommon(p, c, p.value(QStringLiteral("timezone")), false); code >= 0)
        return code;
    if (p.isSet(QStringLiteral("view"))) {
        const Result<QJsonObject> saved = timelineView(*c.cf, p.value(QStringLiteral("view")));
        if (!saved)
            return refused(saved.status());
        ViewSpec v = ViewSpec::fromJson(saved.value());
        // What the command line says wins over what was saved.
        if (c.view.fromMs || c.view.toMs)
            v.fromMs = c.view.fromMs, v.toMs = c.view.toMs;
        if (!c.view.entities.isEmpty())
            v.entities = c.view.entities;
        if (!c.view.filter.kinds.isEmpty())
            v.filter.kinds = c.view.filter.kinds;
        if (c.view.filter.narrowsRows()) {
            v.filter.sources = c.view.filter.sources, v.filter.roles = c.view.filter.roles;
            v.filter.tags = c.view.filter.tags, v.filter.text = c.view.filter.text;
            v.filter.currency = c.view.filter.currency;
            v.filter.minAmountMinor = c.view.filter.minAmountMinor, v.filter.maxAmountMinor = c.view.filter.maxAmountMinor;
        }
        if (!c.view.zone.isEmpty())
            v.zone = c.view.zone;
        if (!lanes.isEmpty())
            v.lanes = lanes == u"entity" ? LaneMode::Entity : LaneMode::Kind;
        c.view = v;
    } else {
        c.view.lanes = lanes == u"entity" || (lanes.isEmpty() && !c.view.entities.isEmpty()) ? LaneMode::Entity : LaneMode::Kind;
    }
    c.view.logScale = c.view.logScale || p.isSet(QStringLiteral("log"));
    const double labelAndMargins = widgets::TimelinePainter::DefaultLabelWidth + 48;
    const Result<Scene> scene = loadScene(*c.cf, c.view, int(c.size.width() - labelAndMargins));
    if (!scene)
        return refused(scene.status());
    const QString path = p.value(QStringLiteral("output"));
    const widgets::TimelinePainter painter(scene.value());
    const Status written = widgets::exportPicture(path, c.size, painter.titleLines().value(0),
                                                  [&](QPainter &pt, const QRectF &r) { painter.paintPicture(pt, r); });
    if (!written)
        return refused(written);
    if (const Status s = recordFileExport(*c.cf, QStringLiteral("timeline"), path, scene.value().spec.toJson()); !s)
        return refused(s);
    if (p.isSet(QStringLiteral("save"))) {
        int code = 0;
        auto session = openSession(c.cf->path(), code);
        if (!session)
            return code;
        ViewSpec keep = scene.value().spec; // the range and lanes as drawn, so the view reopens exactly
        if (const Status s = session->saveTimelineView(p.value(QStringLiteral("save")), keep.toJson()); !s)
            return refused(s);
    }
    QJsonObject o = sceneJson(scene.value(), path);
    if (p.isSet(QStringLiteral("save")))
        o.insert(QStringLiteral("saved_view"), p.value(QStringLiteral("save")).simplified());
    if (p.isSet(QStringLiteral("json")))
        printJson(o);
    else
        out() << Cli::tr("%1: %2 events from %3 to %4 (%5), %6 lanes")
                     .arg(path)
                     .arg(scene.value().total())
                     .arg(displayTime(scene.value().spec.fromMs, scene.value().zone), displayTime(scene.value().spec.toMs, scene.value().zone),
                          scene.value().zoneId)
                     .arg(scene.value().lanes.size())
              << u'\n';
    return 0;
}

int cmdHeatmap(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Draw activity by hour and weekday, in a zone or in each event's own recorded offset (--timezone source)."));
    addCommonOptions(p);
    p.addOption({QStringLiteral("timezone"), Cli::tr("The zone to count hours in (default: the case's), or source: each event's own offset."),
                 QStringLiteral("IANA|source")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    Common c;
    const QString zoneText = p.value(QStringLiteral("timezone"));
    if (const int code = readCommon(p, c, zoneText, true); code >= 0)
        return code;
    const QString zoneId = c.view.zone.isEmpty() ? c.cf->settings().timezone : c.view.zone;
    const QTimeZone display(zoneId.toLatin1());
    if (c.view.fromMs == 0 && c.view.toMs == 0) {
        const auto e = extent(*c.cf, c.view.filter);
        if (!e)
            return refused(e.status());
        const auto range = e.value().value_or(std::pair<qint64, qint64>{0, 0});
        c.view.fromMs = range.first;
        c.view.toMs = range.second + 1;
    }
    widgets::HeatmapPicture pic;
    const bool own = zoneText == u"source";
    const std::optional<QTimeZone> zone = own ? std::nullopt : std::optional(display);
    Lane lane{c.view.entities};
    const Result<Heatmap> h = heatmap(*c.cf, lane, c.view.filter, zone, c.view.fromMs, c.view.toMs);
    if (!h)
        return refused(h.status());
    pic.cells = h.value();
    pic.caseTitle = c.cf->settings().title;
    pic.caseNumber = c.cf->settings().caseNumber;
    pic.zoneText = own ? widgets::HeatmapPainter::tr("each event's own recorded offset") : zoneId;
    pic.displayZone = display;
    pic.fromMs = c.view.fromMs;
    pic.toMs = c.view.toMs;
    QStringList kinds;
    for (EventKind k : c.view.filter.effectiveKinds())
        kinds << widgets::TimelinePainter::kindLabel(k);
    pic.filters << (c.view.filter.kinds.isEmpty() ? widgets::TimelinePainter::tr("all kinds") : kinds.join(QStringLiteral(", ")));
    for (const QString &id : p.values(QStringLiteral("entity")))
        pic.filters << id;
    if (c.view.entities.isEmpty())
        pic.filters << widgets::HeatmapPainter::tr("every entity");
    const QString path = p.value(QStringLiteral("output"));
    const widgets::HeatmapPainter painter(pic);
    const Status written = widgets::exportPicture(path, c.size, widgets::HeatmapPainter::tr("Activity by hour and weekday"),
                                                  [&](QPainter &pt, const QRectF &r) { painter.paintPicture(pt, r); });
    if (!written)
        return refused(written);
    if (const Status s = recordFileExport(*c.cf, QStringLiteral("heatmap"), path, c.view.toJson()); !s)
        return refused(s);
    QJsonArray cells;
    for (const auto &row : pic.cells.cells) {
        QJsonArray r;
        for (qint64 n : row)
            r.append(n);
        cells.append(r);
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("timezone"), own ? QStringLiteral("source") : zoneId},
                              {QStringLiteral("from"), isoUtc(c.view.fromMs)},
                              {QStringLiteral("to"), isoUtc(c.view.toMs)},
                              {QStringLiteral("events"), pic.cells.total()},
                              {QStringLiteral("busiest_hour_count"), pic.cells.max()},
                              {QStringLiteral("cells"), cells},
                              {QStringLiteral("rows"), QStringLiteral("Monday..Sunday")},
                              {QStringLiteral("columns"), QStringLiteral("hours 00..23")}});
    else
        out() << Cli::tr("%1: %2 events by hour and weekday (%3)").arg(path).arg(pic.cells.total()).arg(pic.zoneText) << u'\n';
    return 0;
}

} // namespace cb::app
