// Copies of a case that travelled: `merge-copy` brings a colleague's copy in (three-way, conflicts kept),
// `conflicts` lists what both changed, `resolve` settles one.
#include "clisupport.h"

#include "sharing/mergecopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::app {

using namespace casefile;

namespace {

// A merged kind of object as a count reads ("3 notes"); the JSON keeps the table's name.
QString kindText(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("cb::app::Cli", "source files")},
        {QStringLiteral("records"), QT_TRANSLATE_NOOP("cb::app::Cli", "records")},
        {QStringLiteral("entities"), QT_TRANSLATE_NOOP("cb::app::Cli", "entities")},
        {QStringLiteral("identifiers"), QT_TRANSLATE_NOOP("cb::app::Cli", "identifiers")},
        {QStringLiteral("meta"), QT_TRANSLATE_NOOP("cb::app::Cli", "case details")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("cb::app::Cli", "roles")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("cb::app::Cli", "notes")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("cb::app::Cli", "tags")},
        {QStringLiteral("leads"), QT_TRANSLATE_NOOP("cb::app::Cli", "leads")},
        {QStringLiteral("lead_history"), QT_TRANSLATE_NOOP("cb::app::Cli", "lead status changes")},
        {QStringLiteral("lead_entities"), QT_TRANSLATE_NOOP("cb::app::Cli", "lead entities")},
        {QStringLiteral("analyst_events"), QT_TRANSLATE_NOOP("cb::app::Cli", "analyst events")},
        {QStringLiteral("analyst_event_entities"), QT_TRANSLATE_NOOP("cb::app::Cli", "event entities")},
        {QStringLiteral("exhibits"), QT_TRANSLATE_NOOP("cb::app::Cli", "exhibits")},
        {QStringLiteral("links"), QT_TRANSLATE_NOOP("cb::app::Cli", "merges and links")},
        {QStringLiteral("import_links"), QT_TRANSLATE_NOOP("cb::app::Cli", "links imports made")},
        {QStringLiteral("link_statuses"), QT_TRANSLATE_NOOP("cb::app::Cli", "link status changes")},
        {QStringLiteral("analysis_runs"), QT_TRANSLATE_NOOP("cb::app::Cli", "analysis runs")},
    };
    const char *name = names.value(kind);
    return name ? Cli::tr(name) : kind;
}

QString countsText(const QMap<QString, qint64> &m)
{
    QStringList parts;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (it.value())
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(kindText(it.key()));
    return parts.isEmpty() ? Cli::tr("nothing") : parts.join(QStringLiteral(", "));
}

void printReport(const sharing::MergeReport &r)
{
    out() << (r.dryRun ? Cli::tr("Would merge %1 (dry run: nothing written)") : Cli::tr("Merged %1")).arg(r.other) << u'\n';
    out() << Cli::tr("  common history: %1 entries; their entries since the last agreement: %2")
                 .arg(r.commonEntries)
                 .arg(r.theirEntries.size())
          << u'\n';
    out() << Cli::tr("  came in: %1").arg(countsText(r.cameIn)) << u'\n';
    out() << Cli::tr("  taken from theirs: %1").arg(countsText(r.updated)) << u'\n';
    out() << Cli::tr("  deleted as theirs deleted: %1").arg(countsText(r.deleted)) << u'\n';
    if (r.sharedSources)
        out() << Cli::tr("  files both copies imported (counted once): %1").arg(r.sharedSources) << u'\n';
    for (const QJsonValue &v : r.renumbered) {
        const QJsonObject o = v.toObject();
        out() << Cli::tr("  renumbered %1 %2 → %3 (both copies had given it)")
                     .arg(o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("from")).toVariant().toString(),
                          o.value(QStringLiteral("to")).toVariant().toString())
              << u'\n';
    }
    for (const QJsonValue &v : r.skipped)
        out() << Cli::tr("  not merged: %1 (what it refers to is not in this case)").arg(v.toObject().value(QStringLiteral("missing")).toString()) << u'\n';
    for (const QJsonValue &v : r.conflicts) {
        const QJsonObject o = v.toObject();
        out() << Cli::tr("  conflict %1: %2 %3: %4")
                     .arg(o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("kind")).toString(),
                          o.value(QStringLiteral("identity")).toString(), o.value(QStringLiteral("reason")).toString())
              << u'\n';
    }
    if (!r.changed())
        out() << Cli::tr("  nothing to merge: this case already holds everything of that copy") << u'\n';
    if (r.openConflicts)
        out() << Cli::tr("  %n open conflict(s): `casebench conflicts` lists them, `casebench resolve` settles one", nullptr, int(r.openConflicts)) << u'\n';
}

} // namespace

int cmdMergeCopy(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Bring a colleague's copy of this case in: their sources (each file once), records, notes, tags, roles, "
                                        "leads, events, exhibits, merges and runs. What both copies changed differently is kept as a conflict."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("This case (written to)."));
    p.addPositionalArgument(QStringLiteral("OTHER"), Cli::tr("The colleague's copy (only read)."));
    p.addOptions({{QStringLiteral("dry-run"), Cli::tr("Report what would change; write nothing.")},
                  {QStringLiteral("unrelated"), Cli::tr("OTHER is a different case: add everything it holds, compare nothing.")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(p, Cli::tr("merge-copy: CASE and OTHER are required"));
    int code = 0;
    auto cf = openCaseForWriting(pos.at(0), code);
    if (!cf)
        return code;
    sharing::MergeOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.unrelated = p.isSet(QStringLiteral("unrelated"));
    Result<sharing::MergeReport> r = sharing::mergeCopy(*cf, pos.at(1), options);
    if (!r)
        return refused(r.status());
    if (!options.dryRun)
        cf->writeOut();
    p.isSet(QStringLiteral("json")) ? printJson(r.value().toJson()) : printReport(r.value());
    return 0;
}

int cmdConflicts(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("What merges of copies found changed differently in both, with both versions."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{QStringLiteral("open"), Cli::tr("Only the conflicts not yet resolved.")}, {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("conflicts: CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().at(0), code);
    if (!cf)
        return code;
    Result<QList<sharing::Conflict>> list = sharing::conflicts(*cf, !p.isSet(QStringLiteral("open")));
    if (!list)
        return refused(list.status());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const sharing::Conflict &c : list.value())
            a.append(c.toJson());
        printJson(QJsonObject{{QStringLiteral("conflicts"), a}});
        return 0;
    }
    if (list.value().isEmpty())
        out() << Cli::tr("No conflicts.") << u'\n';
    for (const sharing::Conflict &c : list.value()) {
        out() << QStringLiteral("%1  %2 %3 — %4").arg(c.code, c.table, c.subject.isEmpty() ? c.identity : c.subject, c.reason) << u'\n';
        out() << Cli::tr("    from %1, %2; %3").arg(c.peer, c.detectedAt,
                                                     c.resolution.isEmpty() ? Cli::tr("open")
                                                                            : Cli::tr("took %1 (%2, %3)").arg(c.resolution, c.resolvedBy, c.resolvedAt))
              << u'\n';
        out() << Cli::tr("    mine:   %1").arg(c.mine.isNull() ? Cli::tr("(deleted)") : QString::fromUtf8(QJsonDocument(c.mine.toObject()).toJson(QJsonDocument::Compact)))
              << u'\n';
        out() << Cli::tr("    theirs: %1").arg(c.theirs.isNull() ? Cli::tr("(deleted)") : QString::fromUtf8(QJsonDocument(c.theirs.toObject()).toJson(QJsonDocument::Compact)))
              << u'\n';
    }
    return 0;
}

int cmdResolve(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Settle a conflict of merged copies: keep this copy's version, or take theirs. Audited."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("CONFLICT"), Cli::tr("Its code (C-000001)."));
    p.addOptions({{QStringLiteral("take"), Cli::tr("mine or theirs."), QStringLiteral("mine|theirs")}, {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QString take = p.value(QStringLiteral("take"));
    if (p.positionalArguments().size() != 2 || (take != QLatin1String("mine") && take != QLatin1String("theirs")))
        return usage(p, Cli::tr("resolve: CASE, CONFLICT and --take mine|theirs are required"));
    int code = 0;
    auto cf = openCaseForWriting(p.positionalArguments().at(0), code);
    if (!cf)
        return code;
    const QString conflict = p.positionalArguments().at(1);
    if (Status s = sharing::resolveConflict(*cf, conflict, take == QLatin1String("theirs"), {}); !s)
        return refused(s);
    cf->writeOut();
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("conflict"), conflict.toUpper()}, {QStringLiteral("took"), take}});
    else
        out() << Cli::tr("%1: took %2.").arg(conflict.toUpper(), take) << u'\n';
    return 0;
}

} // namespace cb::app
