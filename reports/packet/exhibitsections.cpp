// Exhibits of records and leads as packet content; runs are in exhibitruns.cpp.
#include "exhibitsections.h"

#include "money.h"
#include "query/recorddetail.h"
#include "session/auditedwrite.h"
#include "session/leads.h"
#include "timeutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace cb::reports {

using namespace casefile;

QString PacketContext::time(qint64 utcMs) const
{
    return displayTime(utcMs, zone);
}

Block factsBlock(QList<QPair<QString, QString>> facts)
{
    Block b;
    b.kind = Block::Facts;
    b.facts = std::move(facts);
    return b;
}

Block paragraph(const QString &text, Block::Kind kind)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

namespace {

// zoneInHeader: a table's time column names the zone in its header; a record's facts name it in the value.
QString cellText(const PacketContext &ctx, ColumnKind kind, const QVariant &raw, const QString &currency, bool zoneInHeader = true)
{
    if (raw.isNull())
        return {};
    switch (kind) {
    case ColumnKind::TimeUtcMs:
        if (!zoneInHeader)
            return ctx.time(raw.toLongLong());
        return QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), ctx.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ColumnKind::AmountMinor: return formatMinor(raw.toLongLong(), currency);
    case ColumnKind::Duration: return formatDuration(raw.toLongLong());
    case ColumnKind::Direction: {
        const QString d = raw.toString();
        if (d == u"out")
            return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "outgoing"));
        if (d == u"in")
            return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "incoming"));
        if (d == u"missed")
            return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "missed"));
        return d;
    }
    case ColumnKind::Real: return QString::number(raw.toDouble(), 'f', 6);
    default: return ctx.r(raw.toString());
    }
}

qreal columnWidth(const ColumnDef &c)
{
    switch (c.kind) {
    case ColumnKind::TimeUtcMs: return 1.45;
    case ColumnKind::AmountMinor: return 1.0;
    case ColumnKind::Duration: return 0.9;
    case ColumnKind::Direction: return 0.95;
    case ColumnKind::Real: return 0.9;
    default: break;
    }
    const QByteArray key(c.key);
    if (key == "currency")
        return 0.8;
    if (key == "description" || key == "text" || key == "value" || key == "name")
        return 2.0;
    return 1.4;
}

bool shownInTable(const ColumnDef &c)
{
    const QByteArray key(c.key);
    return key != "source" && key != "duplicate_of";
}

Result<qint64> entityByUuid(CaseFile &cf, const QString &uuid)
{
    const QVariant id = cf.db().scalar("SELECT id FROM entities WHERE uuid = ?", {QUuid::fromString(uuid).toRfc4122()});
    if (!id.isValid())
        return Status::error(ErrorCode::NotFound, QStringLiteral("no entity has the UUID %1").arg(uuid));
    return id.toLongLong();
}

// The records of a query as one table, each row with its provenance line and its manifest citation.
Result<int> appendRecords(PacketContext &ctx, const QString &code, RecordQuery q, BuiltExhibit &out)
{
    q.sortColumn = hasTime(q.kind) ? 0 : -1;
    const QList<ColumnDef> &columns = recordColumns(q.kind);
    const int currency = currencyColumn(q.kind);
    Block table;
    table.kind = Block::Table;
    QList<int> shown;
    for (int i = 0; i < columns.size(); ++i) {
        if (!shownInTable(columns.at(i)))
            continue;
        shown << i;
        const QString title = ctx.text.in("cb::casefile::RecordQuery", columns.at(i).title);
        table.header << (columns.at(i).kind == ColumnKind::TimeUtcMs ? QStringLiteral("%1 (%2)").arg(title, QString::fromUtf8(ctx.zone.id())) : title);
        table.widths << columnWidth(columns.at(i));
        const ColumnKind k = columns.at(i).kind;
        table.alignRight << (k == ColumnKind::AmountMinor || k == ColumnKind::Duration || k == ColumnKind::Integer);
    }
    std::optional<RecordCursor> after;
    for (;;) {
        const Result<QVector<RecordRow>> page = recordPage(ctx.cf, q, after, 1000, ctx.progress);
        if (!page)
            return page.status();
        for (const RecordRow &row : page.value()) {
            const std::optional<CitedRow> cited = ctx.cite.byId(q.kind, row.id);
            if (!cited)
                return Status::error(QStringLiteral("%1: record %2 vanished while the packet was made").arg(code).arg(row.id));
            TableRow tr;
            const QString cur = currency >= 0 ? row.values.at(currency).toString() : QString();
            for (int i : shown)
                tr.cells << cellText(ctx, columns.at(i).kind, row.values.at(i), cur);
            tr.provenance = ctx.cite.provenance(*cited);
            table.rows.append(tr);
            out.rows.append(ctx.cite.json(*cited));
        }
        if (page.value().size() < 1000)
            break;
        after = RecordCursor::after(page.value().constLast());
        if (ctx.progress.isCancelled())
            return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    const QString kindName = ctx.text.in("cb::reports::Packet", recordTable(q.kind));
    out.section.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "%1 records of kind \"%2\", in time order. Below each row: its source file, "
                                                                                       "the file's SHA-256 (first 12 digits), the row's place in the file and its row hash."))
                                            .arg(table.rows.size()).arg(kindName), Block::Note));
    if (table.rows.isEmpty())
        out.section.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "No record matches."))));
    else
        out.section.blocks.append(table);
    return int(table.rows.size());
}

Result<BuiltExhibit> tableExhibit(PacketContext &ctx, const Exhibit &e, BuiltExhibit out)
{
    const QJsonObject spec = e.spec;
    const std::optional<RecordKind> kind = recordKindFromName(spec.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Status::error(ErrorCode::Invalid, QStringLiteral("%1: unknown record kind").arg(e.code));
    RecordQuery q;
    q.kind = *kind;
    QStringList filters;
    for (const QJsonValue &v : spec.value(QStringLiteral("entities")).toArray()) {
        const Result<qint64> id = entityByUuid(ctx.cf, v.toObject().value(QStringLiteral("uuid")).toString());
        if (!id)
            return id.status();
        q.filter.entities.append(id.value());
        out.entities.append(id.value());
        filters << ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "naming %1 (and every entity merged with it)")).arg(ctx.r(v.toObject().value(QStringLiteral("label")).toString()));
    }
    if (const QString from = spec.value(QStringLiteral("from")).toString(); !from.isEmpty()) {
        q.filter.fromUtcMs = QDateTime::fromString(from, Qt::ISODateWithMs).toMSecsSinceEpoch();
        filters << ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "from %1")).arg(ctx.time(*q.filter.fromUtcMs));
    }
    if (const QString to = spec.value(QStringLiteral("to")).toString(); !to.isEmpty()) {
        q.filter.toUtcMs = QDateTime::fromString(to, Qt::ISODateWithMs).toMSecsSinceEpoch();
        filters << ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "up to %1")).arg(ctx.time(*q.filter.toUtcMs));
    }
    if (const QString text = spec.value(QStringLiteral("text")).toString(); !text.isEmpty()) {
        q.filter.text = text;
        filters << ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "containing \"%1\"")).arg(ctx.r(text));
    }
    const Result<int> rows = appendRecords(ctx, e.code, q, out);
    if (!rows)
        return rows.status();
    const QString kindName = ctx.text.in("cb::reports::Packet", spec.value(QStringLiteral("kind")).toString().toUtf8().constData());
    out.method.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Records")), kindName},
                                  {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Filter")),
                                   filters.isEmpty() ? ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "none: every record of the kind")) : filters.join(QStringLiteral("; "))},
                                  {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Order")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "by time, then as imported"))},
                                  {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Rows")), QString::number(rows.value())}}));
    return out;
}

// A conversation: the messages of one source and app with the same other party, in time order.
Result<BuiltExhibit> threadExhibit(PacketContext &ctx, const Exhibit &e, BuiltExhibit out)
{
    RecordQuery q;
    q.kind = RecordKind::Messages;
    sql::Statement st(ctx.cf.db(), "SELECT m.id FROM messages m JOIN sources s ON s.id = m.source_id WHERE s.uuid = ? AND coalesce(m.app, '') = ? AND " THREAD_PARTY " = ?");
    const QByteArray source = QUuid::fromString(e.spec.value(QStringLiteral("source")).toString()).toRfc4122();
    st.bindBlob(1, source.constData(), int(source.size())).bind(2, e.spec.value(QStringLiteral("app")).toString()).bind(3, e.spec.value(QStringLiteral("party")).toString());
    while (st.step())
        q.filter.ids.append(st.int64(0));
    if (q.filter.ids.isEmpty())
        return Status::error(ErrorCode::NotFound, QStringLiteral("%1: the thread's messages are no longer in the case").arg(e.code));
    const Result<int> rows = appendRecords(ctx, e.code, q, out);
    if (!rows)
        return rows.status();
    out.method.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Thread")),
                                   ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "every %1 message of this source exchanged with %2")).arg(e.spec.value(QStringLiteral("app")).toString(), ctx.r(e.spec.value(QStringLiteral("party")).toString()))},
                                  {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Rows")), QString::number(rows.value())}}));
    return out;
}

Result<BuiltExhibit> recordExhibit(PacketContext &ctx, const Exhibit &e, BuiltExhibit out)
{
    const std::optional<CitedRow> cited = ctx.cite.byUuid(e.spec.value(QStringLiteral("uuid")).toString());
    if (!cited)
        return Status::error(ErrorCode::NotFound, QStringLiteral("%1: the record %2 is no longer in the case").arg(e.code, e.spec.value(QStringLiteral("uuid")).toString()));
    const RecordKind kind = *recordKindFromName(cited->table);
    const Result<RecordDetail> detail = recordDetail(ctx.cf, kind, cited->id);
    if (!detail)
        return detail.status();
    const QList<ColumnDef> &columns = recordColumns(kind);
    const int currency = currencyColumn(kind);
    QList<QPair<QString, QString>> facts;
    for (int i = 0; i < columns.size(); ++i)
        if (shownInTable(columns.at(i)) && !detail.value().values.at(i).isNull())
            facts.append({ctx.text.in("cb::casefile::RecordQuery", columns.at(i).title),
                          cellText(ctx, columns.at(i).kind, detail.value().values.at(i), currency >= 0 ? detail.value().values.at(currency).toString() : QString(), false)});
    facts.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Source")), ctx.cite.provenance(*cited)});
    facts.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Record UUID")), cited->uuid});
    out.section.blocks.append(factsBlock(facts));
    if (!detail.value().originalLine.isEmpty()) {
        out.section.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "The line as it stands in the preserved original file:")), Block::Note));
        if (!detail.value().firstLine.isEmpty())
            out.section.blocks.append(paragraph(ctx.r(QString::fromUtf8(detail.value().firstLine)), Block::Note));
        out.section.blocks.append(paragraph(ctx.r(QString::fromUtf8(detail.value().originalLine))));
    }
    out.rows.append(ctx.cite.json(*cited));
    out.method.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Record")), cited->table},
                                  {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Read by")),
                                   QStringLiteral("%1 (%2)").arg(detail.value().importer, detail.value().format)}}));
    return out;
}

QString statusText(const PacketContext &ctx, LeadStatus s)
{
    switch (s) {
    case LeadStatus::New: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "new"));
    case LeadStatus::Assigned: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "assigned"));
    case LeadStatus::Verifying: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "verifying"));
    case LeadStatus::Confirmed: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "confirmed"));
    case LeadStatus::Closed: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "closed"));
    }
    return {};
}

Result<BuiltExhibit> leadExhibit(PacketContext &ctx, const Exhibit &e, BuiltExhibit out)
{
    const QString code = e.spec.value(QStringLiteral("lead")).toString();
    for (const LeadRow &lead : leadsOf(ctx.cf)) {
        if (lead.code != code)
            continue;
        QStringList labels;
        for (const QString &l : lead.entityLabels)
            labels << ctx.r(l);
        out.entities = lead.entities;
        out.section.blocks.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Lead")), lead.code},
                                              {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Summary")), ctx.r(lead.summary)},
                                              {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Received from")), ctx.r(lead.source)},
                                              {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Status")), statusText(ctx, lead.status)},
                                              {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Entities")), labels.join(QStringLiteral(", "))},
                                              {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Registered")), QStringLiteral("%1, %2").arg(lead.createdBy, lead.createdAt)}}));
        Block history;
        history.kind = Block::Table;
        history.header = {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "When")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Status")),
                          ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Who")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Note"))};
        history.widths = {1.4, 0.9, 1.2, 3.0};
        history.alignRight = {false, false, false, false};
        for (const LeadStep &step : lead.history)
            history.rows.append({{step.at, statusText(ctx, step.status), step.actor, ctx.r(step.note)}, {}});
        out.section.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "History of the lead:")), Block::Note));
        out.section.blocks.append(history);
        out.method.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "As registered in the case's leads register; every status change is kept with who made it and when."))));
        return out;
    }
    return Status::error(ErrorCode::NotFound, QStringLiteral("%1: there is no lead %2").arg(e.code, code));
}

} // namespace

Result<BuiltExhibit> buildExhibit(PacketContext &ctx, const Exhibit &e)
{
    BuiltExhibit out;
    out.section.exhibit = e.code;
    out.section.title = QStringLiteral("%1  %2").arg(e.code, ctx.r(e.caption));
    if (!e.note.isEmpty())
        out.section.blocks.append(paragraph(ctx.r(e.note)));
    if (e.kind == u"table")
        return tableExhibit(ctx, e, std::move(out));
    if (e.kind == u"record")
        return recordExhibit(ctx, e, std::move(out));
    if (e.kind == u"thread")
        return threadExhibit(ctx, e, std::move(out));
    if (e.kind == u"run")
        return runExhibit(ctx, e, std::move(out));
    if (e.kind == u"lead")
        return leadExhibit(ctx, e, std::move(out));
    if (e.kind == u"timeline")
        return timelineExhibit(ctx, e, std::move(out));
    if (e.kind == u"chart")
        return chartExhibit(ctx, e, std::move(out));
    return Status::error(ErrorCode::Invalid, QStringLiteral("%1: this version cannot show a %2 exhibit").arg(e.code, e.kind));
}

} // namespace cb::reports
