// The case itself: `new`, `info`, `formats`, `demo` and `verify`.
#include "clisupport.h"
#include "timeline/timelinescene.h"

#include "analysis/tracerun.h"
#include "chart/chartlayout.h"
#include "entitylinks.h"
#include "integrity/verifier.h"
#include "session/auditedwrite.h"
#include "pipeline/pipeline.h"
#include "synthetic/synthetic.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::app {

using namespace cb::casefile;
using namespace cb::importers;

int cmdNew(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Create a new, empty case file."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file to create (e.g. fraud.casebench)."));
    p.addOptions({{QStringLiteral("title"), Cli::tr("Case title."), QStringLiteral("T")},
                  {QStringLiteral("region"), Cli::tr("Default region for phone numbers (ISO 3166, e.g. CN)."), QStringLiteral("CC"), QStringLiteral("CN")},
                  {QStringLiteral("timezone"), Cli::tr("The case's time zone (IANA, e.g. Asia/Shanghai)."), QStringLiteral("IANA"), QStringLiteral("UTC")},
                  {QStringLiteral("investigator"), Cli::tr("Investigator's name, recorded in the audit log."), QStringLiteral("NAME")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("new: exactly one CASE is required"));
    CaseSettings s{p.value(QStringLiteral("title")), p.value(QStringLiteral("timezone")), p.value(QStringLiteral("region")),
                   p.value(QStringLiteral("investigator"))};
    if (s.title.isEmpty())
        s.title = QFileInfo(p.positionalArguments().first()).completeBaseName();
    Result<std::unique_ptr<CaseFile>> cf = CaseFile::create(p.positionalArguments().first(), s);
    if (!cf) {
        err() << cf.status().message() << u'\n';
        return 2;
    }
    out() << Cli::tr("created %1").arg(p.positionalArguments().first()) << u'\n';
    return 0;
}

int cmdInfo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Show a case's sources, counts and import certificates."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("info: exactly one CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const QJsonObject info = cf->infoJson();
    if (p.isSet(QStringLiteral("json"))) {
        printJson(info);
        return 0;
    }
    const QJsonObject c = info.value(QStringLiteral("counts")).toObject();
    out() << Cli::tr("Audit head: %1 (keep it to show later that no entry was removed: verify --head)").arg(info.value(QStringLiteral("audit_head")).toString())
          << u'\n';
    out() << Cli::tr("Case: %1 (schema %2, time zone %3)").arg(info.value(QStringLiteral("title")).toString())
                 .arg(info.value(QStringLiteral("schema_version")).toInt()).arg(info.value(QStringLiteral("timezone")).toString()) << u'\n';
    for (auto it = c.begin(); it != c.end(); ++it)
        out() << QLatin1String("  ") << it.key() << QLatin1String(": ") << it.value().toInteger() << u'\n';
    for (const QJsonValue &v : info.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject s = v.toObject(), cert = s.value(QStringLiteral("certificate")).toObject();
        out() << Cli::tr("Source %1: %2 [%3] sha256 %4 imported %5: %6 read, %7 accepted, %8 rejected, %9 skipped")
                     .arg(s.value(QStringLiteral("id")).toInteger()).arg(s.value(QStringLiteral("file")).toString(),
                          s.value(QStringLiteral("format")).toString(), s.value(QStringLiteral("sha256")).toString(),
                          s.value(QStringLiteral("imported_at")).toString())
                     .arg(cert.value(QStringLiteral("rows_read")).toInteger()).arg(cert.value(QStringLiteral("rows_accepted")).toInteger())
                     .arg(cert.value(QStringLiteral("rows_rejected")).toInteger()).arg(cert.value(QStringLiteral("rows_skipped")).toInteger())
              << u'\n';
    }
    return 0;
}

int cmdFormats(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("List the importers and mapping profiles."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    ImporterRegistry registry;
    QStringList unreadable;
    registry.profiles().loadFolder(userProfileFolder(), &unreadable);
    for (const QString &e : unreadable)
        err() << e << u'\n';
    QJsonArray imps, profs;
    for (const auto &i : registry.importers())
        imps.append(QJsonObject{{QStringLiteral("id"), i->id()}, {QStringLiteral("name"), i->displayName()},
                                {QStringLiteral("version"), i->version()},
                                {QStringLiteral("patterns"), QJsonArray::fromStringList(i->filePatterns())}});
    for (const Profile &pr : registry.profiles().profiles())
        profs.append(QJsonObject{{QStringLiteral("id"), pr.id}, {QStringLiteral("name"), pr.name},
                                 {QStringLiteral("kind"), recordKindName(pr.kind)}, {QStringLiteral("origin"), pr.origin}});
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("importers"), imps}, {QStringLiteral("profiles"), profs}});
        return 0;
    }
    out() << Cli::tr("Importers:") << u'\n';
    for (const QJsonValue &v : imps)
        out() << QLatin1String("  ") << v[QStringLiteral("id")].toString() << QLatin1String("  ") << v[QStringLiteral("name")].toString() << u'\n';
    out() << Cli::tr("Mapping profiles:") << u'\n';
    for (const QJsonValue &v : profs)
        out() << QLatin1String("  ") << v[QStringLiteral("id")].toString() << QLatin1String(" (") << v[QStringLiteral("kind")].toString() << QLatin1String(")  ")
              << v[QStringLiteral("name")].toString() << u'\n';
    return 0;
}

namespace {

// What the demo's investigator has done with the data: roles for the ring's lines and the victims, the
// lead the case started from, and what the first victim told the police — all through the session.
// The exhibits an investigator would keep for the packet: the first caller line's calls, its first call,
// where the first victim's money went (a FIFO trace, saved as a run), and the lead the case started from.
int exhibitDemo(CaseSession &s, qint64 caller, const QString &lead)
{
    sql::Database &db = s.caseFile().db();
    const QString line = db.scalar("SELECT label FROM entity_labels WHERE entity_id = ?", {caller}).toString();
    analysis::TraceParams trace;
    const Result<qint64> victim = findEntity(s.caseFile(), QStringLiteral("6228480000000001008")); // the first victim's card
    if (!victim)
        return refused(victim.status());
    trace.origin = victim.value();
    const Result<analysis::TraceRun> run = analysis::traceAndRecord(s, trace);
    if (!run)
        return refused(run.status());
    const QString call = uuidText(db.scalar("SELECT uuid FROM calls WHERE subscriber_id = ? ORDER BY start_utc LIMIT 1", {caller}).toByteArray());
    const QString chat = uuidText(db.scalar("SELECT uuid FROM messages ORDER BY time_utc, id LIMIT 1").toByteArray());
    const QList<std::tuple<QString, QJsonObject, QString>> exhibits = {
        {QStringLiteral("table"), {{QStringLiteral("kind"), QStringLiteral("calls")}, {QStringLiteral("entities"), QJsonArray{line}}},
         QStringLiteral("Calls of the first caller line")},
        {QStringLiteral("record"), {{QStringLiteral("uuid"), call}}, QStringLiteral("Its first call")},
        {QStringLiteral("run"), {{QStringLiteral("run"), run.value().code}}, QStringLiteral("Where the first victim's money went (FIFO)")},
        {QStringLiteral("lead"), {{QStringLiteral("lead"), lead}}, QStringLiteral("The lead the case started from")},
        {QStringLiteral("thread"), {{QStringLiteral("uuid"), chat}}, QStringLiteral("The seized phone's WeChat chat reporting each payment")}};
    for (const auto &[kind, spec, caption] : exhibits)
        if (const Result<QString> e = s.addExhibit(kind, spec, caption, {}); !e)
            return refused(e.status());
    // The whole fraud on one time axis, a lane for each subject and victim: saved as a view, kept as E-6.
    timeline::ViewSpec view;
    view.lanes = timeline::LaneMode::Entity;
    const Result<timeline::Scene> scene = timeline::loadScene(s.caseFile(), view, 1362);
    if (!scene)
        return refused(scene.status());
    const QString name = QStringLiteral("The fraud by entity");
    if (Status st = s.saveTimelineView(name, scene.value().spec.toJson()); !st)
        return refused(st);
    if (const Result<QString> e = s.addExhibit(QStringLiteral("timeline"), {{QStringLiteral("view"), name}},
                                               QStringLiteral("The fraud on one time axis: the ring's lines and the victims' cards"), {});
        !e)
        return refused(e.status());
    // Where the victims' money went, as a link chart: money only, two hops from the victims, money left to
    // right; laid out, saved with its positions, kept as E-7.
    chart::ChartSpec spec;
    spec.kinds = {chart::LinkFamily::Money};
    spec.hops = 2;
    spec.layout = QStringLiteral("dot");
    Result<chart::Chart> money = chart::buildChart(s.caseFile(), spec);
    if (!money)
        return refused(money.status());
    if (const Result<chart::LayoutReport> laid = chart::layoutChart(money.value()); !laid)
        return refused(laid.status());
    for (const chart::ChartNode &n : std::as_const(money.value().nodes))
        if (n.entity)
            spec.positions.insert(n.entity, n.pos);
    const QString chartName = QStringLiteral("The victims' money");
    if (Status st = s.saveChart(chartName, spec.toJson()); !st)
        return refused(st);
    if (const Result<QString> e = s.addExhibit(QStringLiteral("chart"), {{QStringLiteral("chart"), chartName}},
                                               QStringLiteral("The victims' money through the mule accounts (link chart)"), {});
        !e)
        return refused(e.status());
    out() << Cli::tr("demo: run %1 traces the first victim's money; exhibits E-1 to E-%2 kept for the packet").arg(run.value().code).arg(exhibits.size() + 2) << u'\n';
    return 0;
}

int annotateDemo(CaseSession &s)
{
    QList<qint64> suspects;
    for (const synthetic::DemoRole &r : synthetic::demoRoles()) {
        const Result<qint64> e = findEntity(s.caseFile(), r.identifier);
        if (!e)
            return refused(e.status());
        if (Status st = s.setRole(e.value(), roleFromName(r.role).value_or(Role::None), r.why); !st)
            return refused(st);
        if (r.role == u"subject")
            suspects << e.value();
    }
    const Result<QString> lead = s.addLead(QStringLiteral("Anti-fraud centre: eight victims in one week report calls from men posing as police, then transfers to a 'safe account'"),
                                           QStringLiteral("platform warning"), suspects);
    if (!lead)
        return refused(lead.status());
    if (Status st = s.setLeadStatus(lead.value(), LeadStatus::Confirmed, QStringLiteral("calls and payments matched in the carriers' and banks' records")); !st)
        return refused(st);
    const Result<qint64> victim = findEntity(s.caseFile(), synthetic::demoRoles().at(3).identifier);
    const QDateTime told(QDate(2024, 3, 1), QTime(18, 0), QTimeZone("Asia/Shanghai"));
    const Result<QString> event = s.addEvent({told.toMSecsSinceEpoch(), 8 * 3600},
                                             QStringLiteral("王芳 reports at the police station: a man claiming to be police told her to move her savings to a safe account"),
                                             victim ? QList<qint64>{victim.value()} : QList<qint64>{}, QStringLiteral("victim statement (demo)"));
    if (!event)
        return refused(event.status());
    const QPair<const char *, QString> details[] = {
        {"case_number", QStringLiteral("SZ-2024-0317")},
        {"agency", Cli::tr("Demo City Anti-Fraud Centre")},
        {"handling", Cli::tr("RESTRICTED: for the prosecution and the defence only")},
        {"narrative", Cli::tr("Between 1 and 11 March 2024 **eight people** reported that men posing as police had told them to move their "
                              "savings to a \"safe account\". The carriers' call records show three caller lines of one ring calling each victim "
                              "minutes before the victim's transfer.\n\nThe banks' statements show the money\n\n"
                              "- passing through mule accounts within hours, and\n- leaving as cash at ATMs.\n\n"
                              "Exhibit E-3 traces the first victim's money under the *first-in, first-out* rule; E-5 is the seized phone's chat "
                              "in which the caller line reports each payment to its handler.")}};
    for (const auto &[key, value] : details)
        if (Status st = s.setCaseDetail(QLatin1String(key), value); !st)
            return refused(st);
    out() << Cli::tr("demo: roles set for %1 entities, lead %2 registered, the first victim's statement entered").arg(synthetic::demoRoles().size()).arg(lead.value())
          << u'\n';
    return exhibitDemo(s, suspects.value(0), lead.value());
}

} // namespace

int cmdDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Build the synthetic telecom-fraud demo case from source files in real formats."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file to create."));
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("demo: exactly one CASE is required"));
    const QString path = p.positionalArguments().first();
    const QString folder = QFileInfo(path).absoluteFilePath() + QStringLiteral(".sources");
    Result<QStringList> files = synthetic::writeDemoCase(folder);
    if (!files) {
        err() << files.status().message() << u'\n';
        return 1;
    }
    Result<std::unique_ptr<CaseSession>> session = CaseSession::create(
        path, {Cli::tr("Demo: telecom fraud ring (synthetic)"), QStringLiteral("Asia/Shanghai"), QStringLiteral("CN"),
               QStringLiteral("Demo Investigator")});
    if (!session) {
        err() << session.status().message() << u'\n';
        return 2;
    }
    ImportOptions opt;
    opt.legalBasis = Cli::tr("Demo data: synthetic, no warrant needed");
    const int code = importFiles(session.value()->caseFile(), files.value(), opt, false);
    if (code != 0)
        return code;
    return annotateDemo(*session.value());
}

int cmdVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Re-hash every preserved source file, recompute the digest of every row the audit chain binds, and check the chain: names each source, row and audit entry that differs."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file, or an evidence packet (PDF)."));
    p.addOptions({{QStringLiteral("head"), Cli::tr("The audit head recorded earlier (`casebench info`): confirms no entry after it was removed."),
                   QStringLiteral("COUNT:HASH")},
                  {QStringLiteral("case"), Cli::tr("For a packet: also check its cited rows, sources and audit head against this case."), QStringLiteral("CASE")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("verify: exactly one CASE is required"));
    if (QFile file(p.positionalArguments().first()); file.open(QIODevice::ReadOnly) && file.peek(5) == "%PDF-")
        return verifyPacketFile(file.fileName(), p.value(QStringLiteral("case")), p.isSet(QStringLiteral("json")));
    if (p.isSet(QStringLiteral("case")))
        return usage(p, Cli::tr("verify: --case goes with a packet"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const Result<integrity::VerifyReport> verified = integrity::verifyCase(*cf);
    if (!verified) {
        err() << verified.status().message() << u'\n';
        return 1;
    }
    const integrity::VerifyReport &r = verified.value();
    QJsonArray sources, problems;
    for (const integrity::SourceCheck &s : r.sources)
        sources.append(QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("sha256"), s.sha256},
                                   {QStringLiteral("intact"), s.intact}});
    for (const integrity::Finding &f : r.findings) {
        problems.append(f.toJson());
        err() << f.message.translated() << u'\n';
    }
    bool ok = r.ok();
    QJsonArray upgrades;
    for (qint64 e : r.upgradeEntries)
        upgrades.append(e);
    QJsonObject report{{QStringLiteral("sources"), sources}, {QStringLiteral("audit_entries"), r.auditEntries},
                       {QStringLiteral("audit_head"), cf->auditHead()}, {QStringLiteral("rows_checked"), r.rowsChecked},
                       {QStringLiteral("problems"), problems}, {QStringLiteral("bound_on_upgrade"), upgrades},
                       {QStringLiteral("signed_entries"), r.signedEntries}, {QStringLiteral("unsigned_entries"), r.unsignedEntries}};
    QJsonObject signers;
    for (auto it = r.signers.begin(); it != r.signers.end(); ++it)
        signers.insert(it.key(), it.value());
    report.insert(QStringLiteral("signers"), signers);
    if (p.isSet(QStringLiteral("head"))) {
        const Status head = cf->verifyAuditHead(p.value(QStringLiteral("head")));
        if (head.is(ErrorCode::Invalid))
            return usage(p, head.message());
        report.insert(QStringLiteral("head_ok"), head.ok());
        ok = ok && head.ok();
        if (!head)
            err() << head.message() << u'\n';
    }
    report.insert(QStringLiteral("ok"), ok);
    if (p.isSet(QStringLiteral("json")))
        printJson(report);
    else {
        for (qint64 e : r.upgradeEntries)
            out() << Cli::tr("Note: facts before audit entry %1 were bound when the case was upgraded, not at import").arg(e) << u'\n';
        for (auto it = r.signers.begin(); it != r.signers.end(); ++it)
            out() << Cli::tr("Signed: %1 audit entries by the key %2").arg(it.value()).arg(it.key()) << u'\n';
        if (r.unsignedEntries > 0)
            out() << Cli::tr("Note: %1 audit entries made before entries were signed carry no signature").arg(r.unsignedEntries) << u'\n';
        out() << (ok ? Cli::tr("OK: %1 sources intact, %n rows match what the audit chain binds, audit chain of %2 entries intact", nullptr, int(qMin<qint64>(r.rowsChecked, INT_MAX)))
                           .arg(sources.size())
                           .arg(r.auditEntries)
                     : Cli::tr("FAILED: %n problem(s)", nullptr, int(r.findings.size()))) << u'\n';
    }
    return ok ? 0 : 1;
}

} // namespace cb::app
