#include "packetcontent.h"

#include "exhibitsections.h"
#include "hash.h"
#include "money.h"
#include "narrative.h"
#include "session/casesession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace cb::reports {

using namespace casefile;

QString batesPrefix(const QString &caseNumber)
{
    QString p;
    for (QChar c : caseNumber.toUpper())
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            p.append(c);
    return p.isEmpty() ? QStringLiteral("CB") : p.left(12);
}

namespace {

QString roleText(const PacketContext &ctx, Role role)
{
    switch (role) {
    case Role::Subject: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "subject"));
    case Role::Victim: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "victim"));
    case Role::Witness: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "witness"));
    case Role::Associate: return ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "associate"));
    case Role::None: break;
    }
    return {};
}

Section summarySection(PacketContext &ctx, const QList<SourceRow> &relied)
{
    Section s;
    s.title = ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Case summary"));
    const QString narrative = ctx.cf.settings().narrative;
    if (narrative.isEmpty())
        s.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "The case holds no narrative.")), Block::Note));
    s.blocks += narrativeBlocks(narrative, ctx.redactor);
    QString from, to;
    for (const SourceRow &src : relied) {
        const QJsonObject period = src.certificate.value(QStringLiteral("period")).toObject();
        const QString f = period.value(QStringLiteral("from")).toString(), t = period.value(QStringLiteral("to")).toString();
        if (!f.isEmpty() && (from.isEmpty() || f < from))
            from = f;
        if (!t.isEmpty() && (to.isEmpty() || t > to))
            to = t;
    }
    QStringList names;
    for (const SourceRow &src : relied)
        names << ctx.r(src.fileName);
    const auto at = [&](const QString &iso) { return ctx.time(QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch()); };
    s.blocks.append(factsBlock({{ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Period covered")),
                                 from.isEmpty() ? QStringLiteral("—") : QStringLiteral("%1 — %2").arg(at(from), at(to))},
                                {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Times shown in")), ctx.text.zoneName(ctx.zone)},
                                {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Sources relied on")), names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "))}}));
    QList<RoleRow> roles = rolesOf(ctx.cf); // subjects first, then victims, witnesses, associates
    std::stable_sort(roles.begin(), roles.end(), [](const RoleRow &a, const RoleRow &b) { return int(a.role) < int(b.role); });
    if (!roles.isEmpty()) {
        Block t;
        t.kind = Block::Table;
        t.header = {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Role")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Entity")),
                    ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Why"))};
        t.widths = {0.8, 1.6, 3.4};
        t.alignRight = {false, false, false};
        for (const RoleRow &r : roles)
            t.rows.append({{roleText(ctx, r.role), ctx.r(r.label), ctx.r(r.justification)}, {}});
        s.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "People and lines with a role in the case:")), Block::Note));
        s.blocks.append(t);
    }
    return s;
}

// The merges and owner marks the exhibits' entities depend on, with their justification and confidence.
Block mergesBlock(PacketContext &ctx, const QList<qint64> &entities)
{
    Block t;
    t.kind = Block::Table;
    t.header = {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Link")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Between")),
                ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Confidence")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Justification"))};
    t.widths = {1.0, 2.4, 0.8, 2.6};
    t.alignRight = {false, false, true, false};
    sql::Statement st(ctx.cf.db(), "SELECT l.kind, coalesce(a.label, ''), coalesce(b.label, ''), l.confidence, coalesce(l.justification, ''), "
                                   "coalesce(l.actor, ''), l.created_at FROM links l LEFT JOIN entity_labels a ON a.entity_id = l.from_id "
                                   "LEFT JOIN entity_labels b ON b.entity_id = l.to_id WHERE l.undone_at IS NULL AND (l.from_id = ?1 OR l.to_id = ?1)");
    QSet<QString> seen;
    for (qint64 id : entities) {
        st.reset();
        st.bind(1, id);
        while (st.step()) {
            const QString key = st.text(0) + st.text(1) + st.text(2);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            t.rows.append({{st.text(0), QStringLiteral("%1 — %2").arg(ctx.r(st.text(1)), ctx.r(st.text(2))),
                            st.isNull(3) ? QString() : QStringLiteral("%1%").arg(qRound(st.real(3) * (st.real(3) <= 1 ? 100 : 1))),
                            ctx.r(st.text(4)) + (st.text(5).isEmpty() ? QString() : QStringLiteral(" (%1, %2)").arg(st.text(5), st.text(6)))}, {}});
        }
    }
    return t;
}

Section sourcesSection(PacketContext &ctx, const QList<SourceRow> &relied)
{
    Section s;
    s.title = ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Sources"));
    s.blocks.append(paragraph(ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Every source file this packet relies on, as preserved in the case, with its import certificate.")), Block::Note));
    for (const SourceRow &src : relied) {
        const QJsonObject c = src.certificate;
        s.blocks.append(paragraph(ctx.r(src.fileName), Block::Heading));
        QList<QPair<QString, QString>> facts{
            {QStringLiteral("SHA-256"), src.sha256},
            {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Size")), ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "%1 bytes")).arg(src.size)},
            {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Format")), QStringLiteral("%1 — %2 %3%4").arg(src.format, src.importerId, src.importerVersion,
                                                                                                        src.profile.isEmpty() ? QString() : QStringLiteral(", ") + src.profile)},
            {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Legal basis")), src.legalBasis.isEmpty() ? ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "none recorded")) : ctx.r(src.legalBasis)},
            {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Exhibit label")),
             c.value(QStringLiteral("exhibit_label")).toString().isEmpty() ? ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "none recorded"))
                                                                            : ctx.r(c.value(QStringLiteral("exhibit_label")).toString())},
            {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Imported")), QStringLiteral("%1, %2").arg(src.importedAt, src.investigator)},
            {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Source time zone")), src.timezone},
            {ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Rows")),
             ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "%1 read, %2 accepted, %3 rejected, %4 skipped"))
                 .arg(c.value(QStringLiteral("rows_read")).toInt()).arg(c.value(QStringLiteral("rows_accepted")).toInt())
                 .arg(c.value(QStringLiteral("rows_rejected")).toInt()).arg(c.value(QStringLiteral("rows_skipped")).toInt())}};
        QStringList balances;
        for (const QJsonValue &v : c.value(QStringLiteral("balances")).toArray()) {
            const QJsonObject b = v.toObject();
            const QString cur = b.value(QStringLiteral("currency")).toString();
            balances << ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "%1: %2 → %3 %4, %5 breaks"))
                            .arg(ctx.r(b.value(QStringLiteral("account")).toString()), formatMinor(qint64(b.value(QStringLiteral("opening_minor")).toDouble()), cur),
                                 formatMinor(qint64(b.value(QStringLiteral("closing_minor")).toDouble()), cur), cur)
                            .arg(b.value(QStringLiteral("breaks")).toInt());
        }
        if (!balances.isEmpty())
            facts.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Running balance")), balances.join(QStringLiteral("; "))});
        facts.append({ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Gaps and overlaps")),
                      ctx.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "%1 gaps, %2 overlaps with other statements"))
                          .arg(c.value(QStringLiteral("gaps")).toArray().size()).arg(c.value(QStringLiteral("overlaps")).toArray().size())});
        s.blocks.append(factsBlock(facts));
    }
    return s;
}

QJsonObject sourceJson(const SourceRow &src, const Redactor &redactor)
{
    return {{QStringLiteral("uuid"), QUuid::fromRfc4122(src.uuid).toString(QUuid::WithoutBraces)}, {QStringLiteral("file_name"), redactor.apply(src.fileName)},
            {QStringLiteral("sha256"), src.sha256}, {QStringLiteral("size"), src.size}, {QStringLiteral("format"), src.format}};
}

} // namespace

Result<PacketModel> buildPacketModel(CaseFile &cf, const PacketOptions &options, const Progress &progress)
{
    const PacketText text(options.language);
    Redactor redactor;
    if (options.redactUnmarked) {
        Result<Redactor> r = Redactor::unmarked(cf);
        if (!r)
            return r.status();
        redactor = std::move(r.value());
    }
    Citations cite(cf, redactor);
    PacketContext ctx{cf, text, redactor, cite, cf.timeZone(), progress};
    QList<Exhibit> chosen;
    const QList<Exhibit> all = exhibitsOf(cf);
    for (const QString &code : options.exhibits) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const Exhibit &e) { return e.code == code.trimmed().toUpper(); });
        if (it == all.end())
            return Status::error(ErrorCode::NotFound, QStringLiteral("there is no exhibit %1").arg(code.trimmed()));
        chosen.append(*it);
    }
    if (options.exhibits.isEmpty())
        chosen = all;
    if (chosen.isEmpty())
        return Status::error(ErrorCode::Invalid, QStringLiteral("the case has no exhibits: add some with \"casebench exhibit add\" first"));

    PacketModel m;
    m.packetId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.language = text.language();
    const CaseSettings &set = cf.settings();
    m.caseNumber = set.caseNumber;
    m.caseTitle = redactor.apply(set.title);
    m.agency = set.agency;
    m.handling = set.handling;
    m.date = QDateTime::currentDateTimeUtc().toTimeZone(cf.timeZone()).toString(QStringLiteral("yyyy-MM-dd"));
    m.signer = options.investigator;
    m.fingerprint = options.fingerprint;
    m.batesPrefix = batesPrefix(set.caseNumber);
    QStringList investigators{set.investigator};

    QList<Section> exhibitSections;
    Section method;
    method.title = text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Method"));
    QJsonArray exhibitsJson;
    for (int i = 0; i < chosen.size(); ++i) {
        const Exhibit &e = chosen.at(i);
        Result<BuiltExhibit> built = buildExhibit(ctx, e);
        if (!built)
            return built.status();
        exhibitSections.append(built.value().section);
        method.blocks.append(paragraph(QStringLiteral("%1  %2").arg(e.code, redactor.apply(e.caption)), Block::Heading));
        method.blocks += built.value().method;
        if (const Block merges = mergesBlock(ctx, built.value().entities); !merges.rows.isEmpty()) {
            method.blocks.append(paragraph(text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Identity decisions this exhibit depends on:")), Block::Note));
            method.blocks.append(merges);
        }
        if (!investigators.contains(e.actor))
            investigators << e.actor;
        QJsonObject entry{{QStringLiteral("id"), e.code}, {QStringLiteral("uuid"), e.uuid}, {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("caption"), redactor.apply(e.caption)}, {QStringLiteral("rows"), built.value().rows},
                          {QStringLiteral("runs"), built.value().runs}};
        if (!built.value().picture.isEmpty())
            entry.insert(built.value().pictureKey, built.value().picture);
        exhibitsJson.append(entry);
        if (!progress.report(0.8 * (i + 1) / chosen.size()))
            return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    QList<SourceRow> relied;
    const QList<SourceRow> sources = cf.sources();
    for (qint64 id : cite.sources())
        for (const SourceRow &s : sources)
            if (s.id == id)
                relied.append(s);
    // A source whose preserved bytes no longer have their recorded hash is not cited: verify says why.
    for (const SourceRow &s : relied) {
        const Result<QString> sha = cf.contentSha256(s.id);
        if (!sha || sha.value() != s.sha256)
            return Status::error(QStringLiteral("%1 fails verification (its preserved bytes do not have the SHA-256 %2): the packet will not cite it; "
                                                "run casebench verify").arg(s.fileName, s.sha256));
    }
    investigators.removeAll(QString());
    m.investigators = investigators.join(QStringLiteral(", "));

    m.sections.append(summarySection(ctx, relied));
    m.sections += exhibitSections;
    m.sections.append(method);
    m.sections.append(sourcesSection(ctx, relied));

    const QString head = cf.auditHead();
    const QString caseUuid = cf.db().scalar("SELECT value FROM meta WHERE key = 'case_uuid'").toString();
    QJsonArray sourcesJson;
    QStringList shas;
    for (const SourceRow &s : relied)
        sourcesJson.append(sourceJson(s, redactor)), shas << s.sha256;
    shas.sort();
    const QString state = sha256Hex((QStringLiteral("casebench-case-state\n%1\n%2\n").arg(caseUuid, head) + shas.join(u'\n')).toUtf8());
    m.coverFacts << text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Case audit head: %1")).arg(head);
    m.coverFacts << (options.redactUnmarked ? text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Redaction: identifiers and names of entities without a role in the case are masked."))
                                            : text.t(QT_TRANSLATE_NOOP("cb::reports::Packet", "Redaction: none.")));
    m.manifest = {{QStringLiteral("format"), QStringLiteral("casebench-packet/1")},
                  {QStringLiteral("packet_id"), m.packetId},
                  {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                  {QStringLiteral("language"), m.language},
                  {QStringLiteral("redaction"), options.redactUnmarked ? QStringLiteral("unmarked") : QStringLiteral("none")},
                  {QStringLiteral("case"), QJsonObject{{QStringLiteral("uuid"), caseUuid}, {QStringLiteral("case_number"), set.caseNumber},
                                                       {QStringLiteral("title"), m.caseTitle}, {QStringLiteral("audit_head"), head},
                                                       {QStringLiteral("state_sha256"), state}}},
                  {QStringLiteral("signer"), QJsonObject{{QStringLiteral("name"), options.investigator}, {QStringLiteral("public_key"), options.publicKeyBase64},
                                                         {QStringLiteral("fingerprint"), options.fingerprint}}},
                  {QStringLiteral("exhibits"), exhibitsJson},
                  {QStringLiteral("sources"), sourcesJson}};
    return m;
}

} // namespace cb::reports
