// `casebench import`: files, folders and archives into a case, with a report per file (also used by `demo`).
#include "clisupport.h"

#include "pipeline/pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QRegularExpression>
#include <QTimeZone>

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

} // namespace

// The mapping inferred for a file no profile knew, written as a profile file to name with --profile.
static bool saveProfile(const QList<FileReport> &reports, const QString &path)
{
    // The mapping a file was imported with comes first; else a refused file's best guess.
    const FileReport *from = nullptr;
    QJsonObject profile;
    bool guessed = false;
    for (int pass = 0; pass < 2 && profile.isEmpty(); ++pass)
        for (const FileReport &r : reports) {
            const QJsonObject mapping = pass == 0 ? r.certificate.value(QStringLiteral("mapping")).toObject() : r.bestGuess;
            profile = mapping.value(QStringLiteral("profile")).toObject();
            if (!profile.isEmpty()) {
                from = &r, guessed = pass == 1;
                break;
            }
        }
    if (!from) {
        err() << Cli::tr("%1: no file needed an inferred mapping, so no profile was written").arg(path) << u'\n';
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(profile).toJson()) < 0 || !f.commit()) {
        err() << Cli::tr("%1: cannot write the profile: %2").arg(path, f.errorString()) << u'\n';
        return false;
    }
    err() << (guessed ? Cli::tr("%1: the best guess for %2 (not sure enough to import) was saved: correct it and name it with --profile %1")
                      : Cli::tr("%1: the mapping inferred for %2 was saved; name it with --profile %1 next time"))
                 .arg(path, from->path)
          << u'\n';
    return true;
}

int importFiles(CaseFile &cf, const QStringList &files, const ImportOptions &opt, bool json, const QString &profileOut)
{
    ImporterRegistry registry;
    registry.profiles().loadFolder(userProfileFolder()); // profiles saved from the workbench's mapping editor
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
        else if (r.writeOutFailed && code == 0)
            code = 3; // imported, but the case is not one file until it is written out
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
            if (r.outcome != FileReport::Outcome::Imported)
                out() << Cli::tr("%1: %2").arg(f, r.statusName()) << u'\n';
        }
    }
    if (json)
        printJson(results);
    if (!profileOut.isEmpty() && !saveProfile(reports, profileOut))
        code = 1;
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
                  {QStringLiteral("exhibit"), Cli::tr("The file's label in the exhibit register (kept in its certificate and cited in the packet)."), QStringLiteral("LABEL")},
                  {QStringLiteral("account"), Cli::tr("The statement's own account, when the file does not say."), QStringLiteral("ACCOUNT")},
                  {QStringLiteral("subscriber"), Cli::tr("The target number of call records, when the file does not say."), QStringLiteral("NUMBER")},
                  {QStringLiteral("currency"), Cli::tr("Currency of amounts, when the file has no currency column."), QStringLiteral("ISO4217")},
                  {QStringLiteral("password"), Cli::tr("Password of an encrypted PDF (used to open it, never stored)."), QStringLiteral("PASSWORD")},
                  {QStringLiteral("device"), Cli::tr("The seized device the files come from: its IMEI or exhibit label (default for a folder: the folder's name)."), QStringLiteral("IMEI|LABEL")},
                  {QStringLiteral("investigator"), Cli::tr("Who imports (default: the case's investigator)."), QStringLiteral("NAME")},
                  {QStringLiteral("force"), Cli::tr("Import even if a file with the same SHA-256 is already in the case.")},
                  {QStringLiteral("save-profile"), Cli::tr("When no profile knew a file's layout and its columns were mapped from their header words and content, save that mapping as a profile file."), QStringLiteral("FILE")},
                  {QStringLiteral("json"), Cli::tr("Print a JSON report on standard output.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return usage(p, Cli::tr("import: CASE and at least one FILE are required"));
    if (p.isSet(QStringLiteral("account")) && p.isSet(QStringLiteral("subscriber")))
        return usage(p, Cli::tr("import: --account and --subscriber cannot be combined"));
    int code = 0;
    auto cf = openCaseForWriting(pos.takeFirst(), code);
    if (!cf)
        return code;
    ImportOptions opt;
    opt.format = p.value(QStringLiteral("format"));
    opt.profile = p.value(QStringLiteral("profile"));
    opt.timezone = p.value(QStringLiteral("timezone"));
    opt.region = p.value(QStringLiteral("region")).toUpper();
    opt.legalBasis = p.value(QStringLiteral("legal-basis"));
    opt.exhibit = p.value(QStringLiteral("exhibit"));
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
    return importFiles(*cf, pos, opt, p.isSet(QStringLiteral("json")), p.value(QStringLiteral("save-profile")));
}

} // namespace cb::app
