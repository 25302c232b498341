// A saved analysis run as packet content: what was asked, the result with every row's provenance, and
// what a reader needs to run it again (parameters, the data hash, `casebench rerun`).
#include "analysis/runs.h"
#include "exhibitsections.h"
#include "money.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cb::reports {

using namespace casefile;

namespace {

// Analysis kinds and trace statuses, for lupdate (translated where shown through PacketText::t).
[[maybe_unused]] const char *const kRunWords[] = {
    QT_TRANSLATE_NOOP("cb::reports::Packet", "trace"), QT_TRANSLATE_NOOP("cb::reports::Packet", "fast-in-fast-out"),
    QT_TRANSLATE_NOOP("cb::reports::Packet", "fan-in"), QT_TRANSLATE_NOOP("cb::reports::Packet", "fan-out"),
    QT_TRANSLATE_NOOP("cb::reports::Packet", "cash"), QT_TRANSLATE_NOOP("cb::reports::Packet", "unrequested"),
    QT_TRANSLATE_NOOP("cb::reports::Packet", "held"), QT_TRANSLATE_NOOP("cb::reports::Packet", "hop limit"),
    QT_TRANSLATE_NOOP("cb::reports::Packet", "transactions"), QT_TRANSLATE_NOOP("cb::reports::Packet", "calls"),
    QT_TRANSLATE_NOOP("cb::reports::Packet", "messages"), QT_TRANSLATE_NOOP("cb::reports::Packet", "contacts"),
    QT_TRANSLATE_NOOP("cb::reports::Packet", "locations")};

QString word(const PacketContext &ctx, const QString &w)
{
    return ctx.text.in("cb::reports::Packet", w.toUtf8().constData());
}

QString money(const QJsonObject &o, const char *key, const QString &currency)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? formatMinor(qint64(v.toDouble()), currency) : QString();
}

QString shortTime(const QString &iso)
{
    return QString(iso).replace(u'T', u' ').left(19);
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

// A cited row's provenance, else the one the result itself names.
QString provenanceOf(PacketContext &ctx, const QJsonObject &o, const char *uuidKey, QJsonArray &rows)
{
    if (const auto cited = ctx.cite.byUuid(o.value(QLatin1String(uuidKey)).toString())) {
        rows.append(ctx.cite.json(*cited));
        return ctx.cite.provenance(*cited);
    }
    const QJsonObject s = o.value(QStringLiteral("source")).toObject();
    return s.isEmpty() ? QString()
                       : QStringLiteral("%1 · %2 · %3").arg(ctx.r(s.value(QStringLiteral("file")).toString()),
                                                           Citations::shortSha(s.value(QStringLiteral("sha256")).toString()),
                                                           s.value(QStringLiteral("locator")).toString());
}

void traceBlocks(PacketContext &ctx, const analysis::AnalysisRun &run, BuiltExhibit &out)
{
    const QJsonObject r = run.result;
    const QString cur = r.value(QStringLiteral("currency")).toString();
    out.section.blocks.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Traced from")), ctx.r(r.value(QStringLiteral("origin")).toString())},
                                          {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Amount traced")), QStringLiteral("%1 %2").arg(money(r, "origin_minor", cur), cur)}}));
    Block ends;
    ends.kind = Block::Table;
    ends.header = {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Where it ended")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "How")),
                   ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Amount"))};
    ends.widths = {2.0, 1.2, 1.0};
    ends.alignRight = {false, false, true};
    for (const QJsonValue &v : r.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString account = o.value(QStringLiteral("account")).toString();
        ends.rows.append({{account.isEmpty() ? QStringLiteral("—") : ctx.r(account), word(ctx, o.value(QStringLiteral("status")).toString()), money(o, "traced_minor", cur)}, {}});
    }
    out.section.blocks.append(ends);
    Block flows;
    flows.kind = Block::Table;
    flows.header = {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Hop")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Time")),
                    ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "From")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "To")),
                    ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Amount")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Traced")),
                    ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Description"))};
    flows.widths = {0.45, 1.4, 1.6, 1.6, 1.0, 1.0, 1.1};
    flows.alignRight = {true, false, false, false, true, true, false};
    for (const QJsonValue &v : r.value(QStringLiteral("flows")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString to = o.value(QStringLiteral("to")).toString();
        flows.rows.append({{QString::number(o.value(QStringLiteral("hop")).toInt()), shortTime(o.value(QStringLiteral("time")).toString()),
                            ctx.r(o.value(QStringLiteral("from")).toString()), to.isEmpty() ? QStringLiteral("—") : ctx.r(to),
                            money(o, "amount_minor", cur), money(o, "traced_minor", cur), ctx.r(o.value(QStringLiteral("description")).toString())},
                           provenanceOf(ctx, o, "transaction", out.rows)});
    }
    out.section.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Each movement the money took, hop by hop; times as the statements give them, with their UTC offset.")), Block::Note));
    out.section.blocks.append(flows);
}

// Any other analysis: one row per finding, its evidence rows under it.
void findingBlocks(PacketContext &ctx, const analysis::AnalysisRun &run, BuiltExhibit &out)
{
    QJsonArray findings = run.result.value(QStringLiteral("rows")).toArray();
    Block table;
    table.kind = Block::Table;
    QStringList keys;
    for (const QJsonValue &v : findings) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it->isArray() && !it->isObject() && !keys.contains(it.key()) && keys.size() < 6)
                keys << it.key();
    }
    for (const QString &k : keys) {
        table.header << k;
        table.widths << 1.0;
        table.alignRight << false;
    }
    for (const QJsonValue &v : findings) {
        const QJsonObject o = v.toObject();
        QStringList cells;
        for (const QString &k : keys)
            cells << ctx.r(scalarText(o.value(k)));
        table.rows.append({cells, {}});
        for (const QJsonValue &ev : o.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject e = ev.toObject();
            const QString text = QStringLiteral("%1  %2 → %3  %4").arg(shortTime(e.value(QStringLiteral("time")).toString()),
                                                                      ctx.r(e.value(QStringLiteral("account")).toString()),
                                                                      ctx.r(e.value(QStringLiteral("counterparty")).toString()),
                                                                      money(e, "amount_minor", e.value(QStringLiteral("currency")).toString()));
            QStringList sub(keys.size());
            if (!sub.isEmpty())
                sub[0] = QStringLiteral("   ") + text;
            table.rows.append({sub, provenanceOf(ctx, e, e.contains(QStringLiteral("call")) ? "call" : "transaction", out.rows)});
        }
    }
    if (table.rows.isEmpty())
        out.section.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "The analysis found nothing."))));
    else
        out.section.blocks.append(table);
}

QString ruleText(const PacketContext &ctx, const QString &allocation)
{
    if (allocation == u"fifo")
        return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "First in, first out (the rule of Clayton's case): money leaving an account is taken from the oldest traced money still in it."));
    if (allocation == u"libr")
        return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Lowest intermediate balance: traced money in an account never exceeds the lowest balance the account fell to after it arrived."));
    if (allocation == u"proportional")
        return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Pro rata (Barlow Clowes): each payment out carries traced and other money in proportion to the balance."));
    return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "No allocation: every later payment out of a reached account is followed in full."));
}

} // namespace

Result<BuiltExhibit> runExhibit(PacketContext &ctx, const Exhibit &e, BuiltExhibit out)
{
    const QString code = e.spec.value(QStringLiteral("run")).toString();
    const std::optional<analysis::AnalysisRun> run = analysis::runOf(ctx.cf, code);
    if (!run)
        return Status::error(ErrorCode::NotFound, QStringLiteral("%1: there is no run %2").arg(e.code, code));
    QStringList params;
    for (auto it = run->parameters.begin(); it != run->parameters.end(); ++it)
        if (!it->isArray() || !it->toArray().isEmpty())
            params << QStringLiteral("%1=%2").arg(it.key(), ctx.r(it->isArray() ? QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact)) : scalarText(*it)));
    out.section.blocks.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Run")), run->code},
                                          {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Analysis")), word(ctx, run->kind)},
                                          {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Run by")), QStringLiteral("%1, %2").arg(run->actor, run->at)}}));
    if (run->kind == u"trace")
        traceBlocks(ctx, *run, out);
    else
        findingBlocks(ctx, *run, out);
    QList<QPair<QString, QString>> method{{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Analysis")), QStringLiteral("%1 (%2)").arg(word(ctx, run->kind), run->code)},
                                          {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Parameters")), params.join(QStringLiteral(", "))}};
    if (run->kind == u"trace")
        method.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Tracing rule")), ruleText(ctx, run->parameters.value(QStringLiteral("allocation")).toString())});
    method.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Rows read")), QString::number(run->rowsRead.size())});
    method.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Data SHA-256")), run->dataSha256});
    method.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Result SHA-256")), run->resultSha256});
    method.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "To reproduce")),
                   ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "casebench rerun CASE %1 runs it again on the case and says whether the rows it reads and its result are still identical.")).arg(run->code)});
    out.method.append(factsBlock(method));
    out.runs.append(QJsonObject{{QStringLiteral("id"), run->code}, {QStringLiteral("kind"), run->kind}, {QStringLiteral("uuid"), run->uuid},
                                {QStringLiteral("data_sha256"), run->dataSha256}, {QStringLiteral("result_sha256"), run->resultSha256},
                                {QStringLiteral("rows_read"), run->rowsRead.size()}});
    return out;
}

} // namespace cb::reports
