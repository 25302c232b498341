#include "cli.h"

#include "clisupport.h"

#include "casefile.h"
#include "pipeline/pipeline.h"
#include "search.h"
#include "timeutil.h"
#include "synthetic/synthetic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace cb::app {

using namespace cb::casefile;
using namespace cb::importers;

namespace {

// "line 12" becomes "12" so that errors read FILE:12: message.
QString shortLocator(const QString &loc)
{
    return loc.startsWith(u"line ") ? loc.mid(5) : loc;
}

void printDiagnostic(const QString &file, const Diagnostic &d)
{
    err() << file << u':' << (d.locator.isEmpty() ? QString() : shortLocator(d.locator) + u':') << u' '
          << d.message.translated() << u'\n';
}

int cmdNew(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Create a new, empty case file."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file to create (e.g. fraud.casebench)."));
    p.addOptions({{QStringLiteral("title"), Cli::tr("Case title."), QStringLiteral("T")},
                  {QStringLiteral("region"), Cli::tr("Default region for phone numbers (ISO 3166, e.g. CN)."), QStringLiteral("CC"), QStringLiteral("CN")},
                  {QStringLiteral("timezone"), Cli::tr("The case's time zone (IANA, e.g. Asia/Shanghai)."), QStringLiteral("IANA"), QStringLiteral("UTC")},
                  {QStringLiteral("investigator"), Cli::tr("Investigator's name, recorded in the audit log."), QStringLiteral("NAME")}});
    if (!p.parse(args))
        return usage(p, p.errorText());
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

int importFiles(CaseFile &cf, const QStringList &files, const ImportOptions &opt, bool json)
{
    ImporterRegistry registry;
    QJsonArray results;
    int code = 0;
    QList<FileReport> reports;
    for (const QString &f : files)
        reports += importPath(cf, f, opt, registry);
    for (const FileReport &r : reports) {
        const QString &f = r.path;
        results.append(r.toJson());
        if (r.outcome == FileReport::Outcome::Skipped) {
            if (!json)
                out() << Cli::tr("%1: skipped, no importer recognises it").arg(f) << u'\n';
            continue;
        }
        if (r.outcome != FileReport::Outcome::Imported)
            code = 1;
        int shown = 0;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.severity == Severity::Info)
                continue;
            if (++shown > 20) {
                err() << f << QLatin1String(": ") << Cli::tr("... more diagnostics in the import certificate (casebench info)") << u'\n';
                break;
            }
            printDiagnostic(f, d);
        }
        if (!json) {
            const QJsonObject c = r.certificate.value(QStringLiteral("counts")).toObject();
            if (r.outcome == FileReport::Outcome::Imported)
                out() << Cli::tr("%1: imported as %2: %3 transactions, %4 calls, %5 messages, %8 contacts, %6 cell sites; %7 rows rejected")
                             .arg(f, r.profile.isEmpty() ? r.format : r.format + QStringLiteral(" (") + r.profile + u')')
                             .arg(c.value(QStringLiteral("transactions")).toInteger())
                             .arg(c.value(QStringLiteral("calls")).toInteger())
                             .arg(c.value(QStringLiteral("messages")).toInteger())
                             .arg(c.value(QStringLiteral("cell_sites")).toInteger())
                             .arg(r.certificate.value(QStringLiteral("rows_rejected")).toInteger())
                             .arg(c.value(QStringLiteral("contacts")).toInteger())
                      << u'\n';
            if (r.outcome == FileReport::Outcome::Imported && c.value(QStringLiteral("balances")).toInteger() > 0)
                out() << Cli::tr("%1: also %n stated balance(s) of the account, checked against the movements in the case", nullptr,
                                 int(c.value(QStringLiteral("balances")).toInteger()))
                             .arg(f)
                      << u'\n';
            if (r.outcome == FileReport::Outcome::Imported && c.value(QStringLiteral("user_accounts")).toInteger() + c.value(QStringLiteral("artifacts")).toInteger() > 0)
                out() << Cli::tr("%1: also %2 app and service accounts of the device's user, %3 other phone artifacts (kept as key/value records)")
                             .arg(f)
                             .arg(c.value(QStringLiteral("user_accounts")).toInteger())
                             .arg(c.value(QStringLiteral("artifacts")).toInteger())
                      << u'\n';
            else
                out() << Cli::tr("%1: %2").arg(f, r.statusName()) << u'\n';
        }
    }
    if (json)
        printJson(results);
    out().flush();
    err().flush();
    return code;
}

int cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Import source files into a case. Each file is imported whole or not at all."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Files to import."), QStringLiteral("FILE..."));
    p.addOptions({{QStringLiteral("format"), Cli::tr("Importer id (default: detect from content)."), QStringLiteral("ID")},
                  {QStringLiteral("profile"), Cli::tr("Mapping profile id or JSON file (default: suggested from the header)."), QStringLiteral("NAME|FILE")},
                  {QStringLiteral("timezone"), Cli::tr("Time zone of times without an offset (IANA)."), QStringLiteral("IANA")},
                  {QStringLiteral("region"), Cli::tr("Region that national phone numbers in these files belong to (ISO 3166, e.g. IN; default: the case's)."), QStringLiteral("CC")},
                  {QStringLiteral("legal-basis"), Cli::tr("Warrant or authorisation reference."), QStringLiteral("TEXT")},
                  {QStringLiteral("account"), Cli::tr("The statement's own account, when the file does not say."), QStringLiteral("ACCOUNT")},
                  {QStringLiteral("subscriber"), Cli::tr("The target number of call records, when the file does not say."), QStringLiteral("NUMBER")},
                  {QStringLiteral("currency"), Cli::tr("Currency of amounts, when the file has no currency column."), QStringLiteral("ISO4217")},
                  {QStringLiteral("password"), Cli::tr("Password of an encrypted PDF (used to open it, never stored)."), QStringLiteral("PASSWORD")},
                  {QStringLiteral("device"), Cli::tr("The seized device the files come from: its IMEI or exhibit label (default for a folder: the folder's name)."), QStringLiteral("IMEI|LABEL")},
                  {QStringLiteral("investigator"), Cli::tr("Who imports (default: the case's investigator)."), QStringLiteral("NAME")},
                  {QStringLiteral("force"), Cli::tr("Import even if a file with the same SHA-256 is already in the case.")},
                  {QStringLiteral("json"), Cli::tr("Print a JSON report on standard output.")}});
    if (!p.parse(args))
        return usage(p, p.errorText());
    QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return usage(p, Cli::tr("import: CASE and at least one FILE are required"));
    if (p.isSet(QStringLiteral("account")) && p.isSet(QStringLiteral("subscriber")))
        return usage(p, Cli::tr("import: --account and --subscriber cannot be combined"));
    int code = 0;
    auto cf = openCase(pos.takeFirst(), code);
    if (!cf)
        return code;
    ImportOptions opt;
    opt.format = p.value(QStringLiteral("format"));
    opt.profile = p.value(QStringLiteral("profile"));
    opt.timezone = p.value(QStringLiteral("timezone"));
    opt.region = p.value(QStringLiteral("region")).toUpper();
    opt.legalBasis = p.value(QStringLiteral("legal-basis"));
    opt.owner = p.isSet(QStringLiteral("account")) ? p.value(QStringLiteral("account")) : p.value(QStringLiteral("subscriber"));
    opt.currency = p.value(QStringLiteral("currency"));
    opt.password = p.value(QStringLiteral("password"));
    opt.device = p.value(QStringLiteral("device"));
    opt.investigator = p.value(QStringLiteral("investigator"));
    opt.force = p.isSet(QStringLiteral("force"));
    static const QRegularExpression regionCode(QStringLiteral("^[A-Z]{2}$"));
    if (!opt.region.isEmpty() && !regionCode.match(opt.region).hasMatch())
        return usage(p, Cli::tr("import: --region takes a two-letter country code such as CN or IN"));
    if (!opt.timezone.isEmpty() && !QTimeZone(opt.timezone.toUtf8()).isValid())
        return usage(p, Cli::tr("import: unknown time zone %1").arg(opt.timezone));
    return importFiles(*cf, pos, opt, p.isSet(QStringLiteral("json")));
}

int cmdInfo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Show a case's sources, counts and import certificates."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (!p.parse(args))
        return usage(p, p.errorText());
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
    if (!p.parse(args))
        return usage(p, p.errorText());
    ImporterRegistry registry;
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

int cmdDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Build the synthetic telecom-fraud demo case from source files in real formats."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file to create."));
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("demo: exactly one CASE is required"));
    const QString path = p.positionalArguments().first();
    const QString folder = QFileInfo(path).absoluteFilePath() + QStringLiteral(".sources");
    Result<QStringList> files = synthetic::writeDemoCase(folder);
    if (!files) {
        err() << files.status().message() << u'\n';
        return 1;
    }
    Result<std::unique_ptr<CaseFile>> cf = CaseFile::create(
        path, {Cli::tr("Demo: telecom fraud ring (synthetic)"), QStringLiteral("Asia/Shanghai"), QStringLiteral("CN"),
               QStringLiteral("Demo Investigator")});
    if (!cf) {
        err() << cf.status().message() << u'\n';
        return 2;
    }
    ImportOptions opt;
    opt.legalBasis = Cli::tr("Demo data: synthetic, no warrant needed");
    return importFiles(*cf.value(), files.value(), opt, false);
}

int cmdVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Re-hash every preserved source file and check the audit log's hash chain."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("verify: exactly one CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    QJsonArray sources;
    bool ok = true;
    for (const SourceRow &s : cf->sources()) {
        const Result<bool> v = cf->verifySourceContent(s.id);
        const bool good = v && v.value();
        ok = ok && good;
        sources.append(QJsonObject{{QStringLiteral("file"), s.fileName}, {QStringLiteral("sha256"), s.sha256},
                                   {QStringLiteral("intact"), good}});
        if (!good)
            err() << s.fileName << QLatin1String(": ") << Cli::tr("preserved content does not match its SHA-256") << u'\n';
    }
    const Result<qint64> audit = cf->verifyAuditChain();
    ok = ok && audit.ok();
    if (!audit)
        err() << audit.status().message() << u'\n';
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("sources"), sources}, {QStringLiteral("audit_entries"), audit ? audit.value() : -1},
                              {QStringLiteral("ok"), ok}});
    else
        out() << (ok ? Cli::tr("OK: %1 sources intact, audit chain of %2 entries intact").arg(sources.size()).arg(audit.value())
                     : Cli::tr("FAILED")) << u'\n';
    return ok ? 0 : 1;
}

int cmdSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Search message bodies, contact names, phone artifacts and notes. Every word must occur; "
                                        "each hit names the source file and the row it came from."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("QUERY"), Cli::tr("Words to find (any script; case-insensitive)."), QStringLiteral("QUERY..."));
    p.addOptions({{QStringLiteral("limit"), Cli::tr("At most this many hits (default 200)."), QStringLiteral("N"), QStringLiteral("200")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (!p.parse(args))
        return usage(p, p.errorText());
    QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return usage(p, Cli::tr("search: CASE and QUERY are required"));
    int code = 0;
    auto cf = openCase(pos.takeFirst(), code);
    if (!cf)
        return code;
    const Result<QList<SearchHit>> hits = search(*cf, pos.join(u' '), qMax(1, p.value(QStringLiteral("limit")).toInt()));
    if (!hits) {
        err() << Cli::tr("search failed: %1").arg(hits.status().message()) << u'\n';
        return 2;
    }
    const QTimeZone zone = cf->timeZone();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const SearchHit &h : hits.value())
            a.append(h.toJson(zone));
        printJson(QJsonObject{{QStringLiteral("query"), pos.join(u' ')}, {QStringLiteral("hits"), a}});
        return 0;
    }
    for (const SearchHit &h : hits.value()) {
        QStringList head{h.kind};
        if (h.hasTime)
            head << displayTime(h.timeUtcMs, zone);
        if (!h.app.isEmpty())
            head << h.app;
        if (!h.party.isEmpty())
            head << h.party;
        out() << head.join(QStringLiteral("  ")) << u'\n' << QStringLiteral("    ") << h.snippet << u'\n'
              << QStringLiteral("    ") << Cli::tr("source: %1, %2 (SHA-256 %3)").arg(h.sourceFile, h.locator, h.sourceSha256) << u'\n';
    }
    out() << Cli::tr("%n hit(s)", nullptr, int(hits.value().size())) << u'\n';
    return 0;
}

} // namespace

bool isCliCommand(const QString &arg)
{
    static const QStringList commands = {QStringLiteral("new"), QStringLiteral("import"), QStringLiteral("info"),
                                         QStringLiteral("formats"), QStringLiteral("demo"), QStringLiteral("verify"),
                                         QStringLiteral("search"), QStringLiteral("export"), QStringLiteral("merge"),
                                         QStringLiteral("unlink"), QStringLiteral("links"), QStringLiteral("suggest"), QStringLiteral("owner"), QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h")};
    return commands.contains(arg);
}

int runCli(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString program = args.value(0);
    const QString command = args.value(1);
    args.removeAt(1); // QCommandLineParser sees "casebench OPTIONS ARGS"
    if (command == u"new")
        return cmdNew(args);
    if (command == u"import")
        return cmdImport(args);
    if (command == u"info")
        return cmdInfo(args);
    if (command == u"formats")
        return cmdFormats(args);
    if (command == u"demo")
        return cmdDemo(args);
    if (command == u"verify")
        return cmdVerify(args);
    if (command == u"search")
        return cmdSearch(args);
    if (command == u"export")
        return cmdExport(args);
    if (command == u"merge")
        return cmdMerge(args);
    if (command == u"unlink")
        return cmdUnlink(args);
    if (command == u"links")
        return cmdLinks(args);
    if (command == u"suggest")
        return cmdSuggest(args);
    if (command == u"owner")
        return cmdOwner(args);
    out() << Cli::tr("Usage: casebench [CASE]            open the workbench\n"
                     "       casebench new CASE [--title T] [--region CC] [--timezone IANA] [--investigator NAME]\n"
                     "       casebench import CASE FILE... [--format ID] [--profile NAME|FILE] [--timezone IANA] [--region CC]\n"
                     "                        [--legal-basis TEXT] [--account A | --subscriber N] [--currency C] [--password P]\n"
                     "                        [--device IMEI|LABEL] [--force] [--json]\n"
                     "       casebench info CASE [--json]\n"
                     "       casebench formats [--json]\n"
                     "       casebench demo CASE\n"
                     "       casebench verify CASE [--json]\n"
                     "       casebench search CASE QUERY... [--limit N] [--json]\n"
                     "       casebench export CASE OUT [--format case-uco] [--json]\n"
                     "       casebench suggest CASE [--json]\n"
                     "       casebench merge CASE ENTITY ENTITY --justification TEXT [--confidence 0-100] [--json]\n"
                     "       casebench owner CASE DEVICE PHONE --justification TEXT [--confidence 0-100] [--json]\n"
                     "       casebench unlink CASE LINK --justification TEXT\n"
                     "       casebench links CASE [--json]\n");
    return command == u"help" || command == u"--help" || command == u"-h" ? 0 : 2;
}

} // namespace cb::app
