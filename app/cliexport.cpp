// `casebench export`: the case's telephony as CASE/UCO JSON-LD for other forensic tools. The export is
// written atomically, hashed, and recorded in the audit log with its SHA-256 and counts.
#include "clisupport.h"

#include "caseucoexport.h"
#include "hash.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace cb::app {

using namespace cb::casefile;

int cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Export calls, messages, contacts, cell sites and seized devices as CASE/UCO JSON-LD. "
                                        "Every object keeps its Casebench UUID and names its source file (with SHA-256) and locator."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("The file to write (e.g. case.jsonld)."));
    p.addOptions({{QStringLiteral("format"), Cli::tr("Export format (only case-uco for now)."), QStringLiteral("FORMAT"), QStringLiteral("case-uco")},
                  {QStringLiteral("json"), Cli::tr("Print a JSON summary.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(p, Cli::tr("export: CASE and OUT are required"));
    if (p.value(QStringLiteral("format")) != u"case-uco")
        return usage(p, Cli::tr("export: unknown format \"%1\"").arg(p.value(QStringLiteral("format"))));
    int code = 0;
    auto cf = openCase(pos.at(0), code);
    if (!cf)
        return code;
    QSaveFile file(pos.at(1));
    if (!file.open(QIODevice::WriteOnly)) {
        err() << Cli::tr("%1: cannot write: %2").arg(pos.at(1), file.errorString()) << u'\n';
        return 2;
    }
    const Result<CaseUcoExportStats> stats = exportCaseUco(*cf, file);
    if (!stats || !file.commit()) {
        err() << Cli::tr("%1: export failed: %2").arg(pos.at(1), stats ? file.errorString() : stats.status().message()) << u'\n';
        return 2;
    }
    QFile written(pos.at(1));
    const QString sha = written.open(QIODevice::ReadOnly) ? sha256Hex(written) : QString();
    const CaseUcoExportStats &s = stats.value();
    const QJsonObject summary{{QStringLiteral("format"), QStringLiteral("case-uco")}, {QStringLiteral("file"), pos.at(1)},
                              {QStringLiteral("sha256"), sha}, {QStringLiteral("calls"), s.calls}, {QStringLiteral("messages"), s.messages},
                              {QStringLiteral("contacts"), s.contacts}, {QStringLiteral("cell_sites"), s.cellSites}, {QStringLiteral("locations"), s.locations},
                              {QStringLiteral("accounts"), s.accounts}, {QStringLiteral("devices"), s.devices}, {QStringLiteral("source_files"), s.files}};
    if (Status a = mayAudit(cf->path()) ? cf->appendAudit(QStringLiteral("export"), summary) : Status(); !a.ok()) {
        err() << a.message() << u'\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(summary);
        return 0;
    }
    out() << Cli::tr("%1: %2 calls, %3 messages, %4 contacts, %5 cell sites, %6 locations, %7 accounts, %8 devices from %9 source files")
                 .arg(pos.at(1)).arg(s.calls).arg(s.messages).arg(s.contacts).arg(s.cellSites).arg(s.locations).arg(s.accounts).arg(s.devices).arg(s.files)
          << u'\n' << Cli::tr("SHA-256 of the export: %1").arg(sha) << u'\n';
    return 0;
}

} // namespace cb::app
