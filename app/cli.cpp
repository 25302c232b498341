#include "cli.h"

#include "clisupport.h"

#include <QFileInfo>

namespace cb::app {

namespace {

int cmdHelp(const QStringList &)
{
    printUsage(out());
    return 0;
}

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> table = {
        {"new", "CASE [--title T] [--region CC] [--timezone IANA] [--investigator NAME]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "create an empty case file"), cmdNew},
        {"import",
         "CASE FILE... [--format ID] [--profile NAME|FILE] [--timezone IANA] [--region CC]\n"
         "                 [--legal-basis TEXT] [--account A | --subscriber N] [--currency C] [--password P]\n"
         "                 [--device IMEI|LABEL] [--exhibit LABEL] [--force] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "import files, folders or ZIP archives (each whole or not at all)"), cmdImport},
        {"info", "CASE [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "counts, sources and their import certificates"), cmdInfo},
        {"formats", "[--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "the importers and mapping profiles"), cmdFormats},
        {"demo", "CASE", QT_TRANSLATE_NOOP("cb::app::Cli", "build the synthetic telecom-fraud demo case"), cmdDemo},
        {"verify", "CASE [--head COUNT:HASH] [--json] | PACKET.pdf [--case CASE] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "re-hash the preserved sources, check the audit chain; or check an evidence packet"), cmdVerify},
        {"report", "CASE -o PACKET.pdf [--exhibits E-1,E-3|all] [--redact unmarked|none] [--language en|zh_CN] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "make the signed evidence packet (PDF) of the exhibits"), cmdReport},
        {"describe", "CASE [--title T] [--number N] [--agency T] [--handling T] [--narrative T | --narrative-file FILE]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "set what the packet's cover and summary say"), cmdDescribe},
        {"bundle", "CASE -o FILE.cbx (--passphrase-file F | --recipient PUBLIC_KEY) [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "seal the case and its sources into one encrypted, signed file"), cmdBundle},
        {"unbundle", "FILE.cbx -o CASE [--passphrase-file F] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "check a bundle and only then write its case"), cmdUnbundle},
        {"merge-copy", "CASE OTHER [--dry-run] [--unrelated] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "bring a colleague's copy of the case in (three-way; conflicts kept)"), cmdMergeCopy},
        {"conflicts", "CASE [--open] [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "what merged copies changed differently, both versions"), cmdConflicts},
        {"resolve", "CASE CONFLICT --take mine|theirs [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "settle a conflict of merged copies"), cmdResolve},
        {"key", "[--name NAME] [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "this installation's signing key and its fingerprint"), cmdKey},
        {"search", "CASE QUERY... [--limit N] [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "numbers and accounts, messages, contacts, artifacts, notes and transactions, with provenance"), cmdSearch},
        {"export", "CASE OUT [--format case-uco] [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "telephony as CASE/UCO JSON-LD"), cmdExport},
        {"suggest", "CASE [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "entities the data suggests are one person, with reasons"), cmdSuggest},
        {"merge", "CASE ENTITY ENTITY --justification TEXT [--confidence 0-100] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "declare two entities one person"), cmdMerge},
        {"owner", "CASE DEVICE PHONE --justification TEXT [--confidence 0-100] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "mark a line as a seized device's owner"), cmdOwner},
        {"unlink", "CASE LINK --justification TEXT", QT_TRANSLATE_NOOP("cb::app::Cli", "undo a merge or an owner mark"), cmdUnlink},
        {"links", "CASE [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "merges, owner marks and asserted links, undone ones included"), cmdLinks},
        {"link", "CASE FROM TO --kind owns|uses|member_of|alias_of [--status alleged|corroborated|refuted] [--basis TEXT] --justification TEXT [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "assert a link between two entities, with its status"), cmdAssertLink},
        {"link-status", "CASE LINK alleged|corroborated|refuted [--basis TEXT] --justification TEXT",
         QT_TRANSLATE_NOOP("cb::app::Cli", "change an asserted link's status"), cmdLinkStatus},
        {"role", "CASE IDENTIFIER subject|victim|witness|associate|none [--justification T]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "set an entity's role in the case"), cmdRole},
        {"roles", "CASE [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "the entities with a role"), cmdRoles},
        {"note", "add CASE TARGET TEXT [--json] | edit CASE NOTE TEXT | delete CASE NOTE",
         QT_TRANSLATE_NOOP("cb::app::Cli", "notes on an entity or a record (TARGET: a record's UUID or an identifier)"), cmdNote},
        {"notes", "CASE [--target TARGET] [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "the notes, of the case or of one target"), cmdNotes},
        {"tag", "CASE TARGET TAG", QT_TRANSLATE_NOOP("cb::app::Cli", "tag an entity or a record"), cmdTag},
        {"untag", "CASE TARGET TAG", QT_TRANSLATE_NOOP("cb::app::Cli", "remove a tag"), cmdUntag},
        {"event", "add CASE --time TIME --text T [--entity IDENTIFIER]... [--basis T] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "an event no source holds, marked as analyst-entered"), cmdEvent},
        {"events", "CASE [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "the events analysts entered"), cmdEvents},
        {"lead", "add CASE --summary T [--source T] [--entity IDENTIFIER]... [--json] | set CASE CODE new|assigned|verifying|confirmed|closed [--note T]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "register a lead (prints its code) or move it to a status"), cmdLead},
        {"leads", "CASE [--status S] [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "the leads register, with each lead's history and entities"), cmdLeads},
        {"trace", "CASE --from ACCOUNT [--hops N] [--after TIME] [--before TIME] [--min-amount AMOUNT] [--max-gap DURATION] "
                  "[--allocation fifo|libr|proportional|none] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "where the money paid out of an account went, under a named tracing rule"), cmdTrace},
        {"analyze", "CASE KIND [--window DURATION] [--ratio LOW-HIGH] [--min-amount AMOUNT] [--min-counterparties N] [--entity IDENTIFIER]... "
                    "[--limit N] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "fraud patterns over the money and the calls (analyze --help lists them)"),
         cmdAnalyze},
        {"exhibit", "add CASE table --kind K [--entity IDENTIFIER]... [--from TIME] [--to TIME] [--text T] | add CASE record UUID | add CASE thread MESSAGE_UUID | "
                    "add CASE run RUN_ID | add CASE lead CODE | add CASE timeline VIEW | add CASE chart NAME  [--caption T] [--note T] | remove CASE E-N",
         QT_TRANSLATE_NOOP("cb::app::Cli", "exhibits for the evidence packet, numbered E-N"), cmdExhibit},
        {"exhibits", "CASE [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "the exhibits, by number"), cmdExhibits},
        {"runs", "CASE [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "the saved analysis runs, newest first"), cmdRuns},
        {"rerun", "CASE RUN_ID [--json]", QT_TRANSLATE_NOOP("cb::app::Cli", "run a saved analysis again and say what changed"), cmdRerun},
        {"timeline",
         "CASE -o FILE.png|.svg|.pdf [--from TIME] [--to TIME] [--lanes kind|entity] [--entity IDENTIFIER]...\n"
         "                 [--kinds transactions,calls,messages,locations,balances,events] [--timezone IANA] [--size WxH] [--save NAME]\n"
         "                 [--view NAME] [--log] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "draw every event on one time axis, in lanes by kind or by entity"), cmdTimeline},
        {"heatmap", "CASE -o FILE.png|.svg|.pdf [--entity IDENTIFIER]... [--kinds ...] [--timezone IANA|source] [--from TIME] [--to TIME] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "draw activity by hour and weekday"), cmdHeatmap},
        {"chart",
         "CASE -o FILE.svg|.pdf|.png|.graphml|.gexf|.dot [--from IDENTIFIER]... [--all] [--hops N]\n"
         "                 [--kinds calls,money,messages,links] [--min-count N] [--min-amount AMOUNT] [--max-links-per-node N]\n"
         "                 [--after TIME] [--before TIME] [--layout sfdp|neato|dot|circo|twopi] [--save NAME] [--chart NAME] [--json]",
         QT_TRANSLATE_NOOP("cb::app::Cli", "draw the link chart: who called and paid whom, laid out by Graphviz"), cmdChart},
        {"help", "", QT_TRANSLATE_NOOP("cb::app::Cli", "this list"), cmdHelp},
    };
    return table;
}

void printUsage(QTextStream &s)
{
    s << Cli::tr("Usage: casebench [CASE]   open the workbench (on CASE)") << u'\n';
    for (const CliCommand &c : cliCommands()) {
        s << QStringLiteral("       casebench ") << QLatin1String(c.name);
        if (*c.synopsis)
            s << u' ' << QString::fromUtf8(c.synopsis);
        s << u'\n' << QStringLiteral("           ") << Cli::tr(c.description) << u'\n';
    }
    s << Cli::tr("Run `casebench COMMAND --help` for a command's options.") << u'\n';
    s.flush();
}

bool isCliCommand(const QString &arg)
{
    if (arg == u"--help" || arg == u"-h")
        return true;
    for (const CliCommand &c : cliCommands())
        if (arg == QLatin1String(c.name))
            return true;
    return false;
}

bool needsFonts(const QStringList &arguments)
{
    const QString c = arguments.value(1);
    return c == u"report" || c == u"timeline" || c == u"heatmap" || c == u"chart";
}

bool opensWorkbench(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return true;
    const QString first = arguments.at(1);
    return arguments.size() == 2 && !isCliCommand(first) && QFileInfo(first).isFile();
}

int runCli(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString command = args.value(1);
    args.removeAt(1); // QCommandLineParser sees "casebench OPTIONS ARGS"
    if (command == u"--help" || command == u"-h")
        return cmdHelp(args);
    for (const CliCommand &c : cliCommands())
        if (command == QLatin1String(c.name))
            return c.run(args);
    err() << Cli::tr("casebench: unknown command \"%1\"").arg(command) << u'\n';
    printUsage(err());
    return 2;
}

} // namespace cb::app
