// Identity decisions from the command line: suggest, merge, owner, unlink, links. ENTITY arguments are
// "#id", a UUID, or any identifier as it appears in a source (a phone number in any form, an IBAN, an IMEI,
// a device's exhibit label); they are normalised the way imports normalise them.
#include "clisupport.h"

#include "entitylinks.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cb::app {

using namespace cb::casefile;

namespace {

QCommandLineOption justificationOption()
{
    return {QStringLiteral("justification"), Cli::tr("Why (recorded with the decision and in the audit log; required)."), QStringLiteral("TEXT")};
}

QCommandLineOption confidenceOption()
{
    return {QStringLiteral("confidence"), Cli::tr("How sure you are, 0-100 (default 100)."), QStringLiteral("0-100"), QStringLiteral("100")};
}

// Two ENTITY arguments resolved, or an exit code.
bool resolvePair(CaseFile &cf, const QString &a, const QString &b, qint64 &ea, qint64 &eb)
{
    const Result<qint64> ra = findEntity(cf, a), rb = findEntity(cf, b);
    for (const auto *r : {&ra, &rb})
        if (!*r)
            err() << r->status().message() << u'\n';
    if (!ra || !rb)
        return false;
    ea = ra.value(), eb = rb.value();
    return true;
}

int linkCommand(const QStringList &args, bool owner)
{
    QCommandLineParser p;
    p.setApplicationDescription(owner ? Cli::tr("Mark PHONE as the owner's line of the seized DEVICE (charts can start from owners).")
                                      : Cli::tr("Declare two entities one (e.g. a phone, a bank account and an app account of one person). "
                                                "Reversible with `unlink`; audited."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(owner ? QStringLiteral("DEVICE") : QStringLiteral("ENTITY"), Cli::tr("#id, UUID or identifier."));
    p.addPositionalArgument(owner ? QStringLiteral("PHONE") : QStringLiteral("ENTITY"), Cli::tr("#id, UUID or identifier."));
    p.addOptions({justificationOption(), confidenceOption(), {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 3)
        return usage(p, Cli::tr("three arguments are required"));
    bool ok = false;
    const int confidence = p.value(QStringLiteral("confidence")).toInt(&ok);
    if (!ok)
        return usage(p, Cli::tr("--confidence takes a number from 0 to 100"));
    int code = 0;
    auto session = openSession(pos.at(0), code);
    if (!session)
        return code;
    CaseFile *cf = &session->caseFile();
    qint64 a = 0, b = 0;
    if (!resolvePair(*cf, pos.at(1), pos.at(2), a, b))
        return 1;
    const QString why = p.value(QStringLiteral("justification"));
    const Result<qint64> link = owner ? session->markDeviceOwner(a, b, confidence, why) : session->mergeEntities(a, b, confidence, why);
    if (!link) {
        err() << link.status().message() << u'\n';
        return 1;
    }
    const EntityRef ea = describeEntity(*cf, a), eb = describeEntity(*cf, b);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("link"), link.value()}, {QStringLiteral("a"), ea.toJson()}, {QStringLiteral("b"), eb.toJson()}});
        return 0;
    }
    out() << (owner ? Cli::tr("link %1: %2 is the owner's line of %3").arg(link.value()).arg(eb.display(), ea.display())
                    : Cli::tr("link %1: %2 and %3 are one entity now").arg(link.value()).arg(ea.display(), eb.display()))
          << u'\n';
    return 0;
}

} // namespace

int cmdMerge(const QStringList &args)
{
    return linkCommand(args, false);
}

int cmdOwner(const QStringList &args)
{
    return linkCommand(args, true);
}

int cmdUnlink(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Undo a merge or an owner mark. The link stays on record as undone; the undo is audited."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("LINK"), Cli::tr("The link number (see `links`)."));
    p.addOption(justificationOption());
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 link = pos.value(1).toLongLong(&ok);
    if (pos.size() != 2 || !ok)
        return usage(p, Cli::tr("unlink: CASE and a LINK number are required"));
    int code = 0;
    auto session = openSession(pos.at(0), code);
    if (!session)
        return code;
    if (Status s = session->undoLink(link, p.value(QStringLiteral("justification"))); !s.ok()) {
        err() << s.message() << u'\n';
        return 1;
    }
    out() << Cli::tr("link %1 undone").arg(link) << u'\n';
    return 0;
}

int cmdLinks(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("List merges, owner marks and asserted links, undone ones included."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("links: CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().at(0), code);
    if (!cf)
        return code;
    const QList<AnalystLink> links = analystLinks(*cf);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const AnalystLink &l : links)
            a.append(l.toJson());
        printJson(a);
        return 0;
    }
    for (const AnalystLink &l : links) {
        out() << QStringLiteral("%1  %2  %3 — %4  (%5%, %6, %7)").arg(l.id).arg(l.kind, l.from.display(), l.to.display()).arg(l.confidence).arg(l.actor, l.createdAt)
              << u'\n' << QStringLiteral("    ") << l.justification << u'\n';
        if (!l.status.isEmpty())
            out() << QStringLiteral("    ") << Cli::tr("status: %1").arg(l.status) << (l.basis.isEmpty() ? QString() : QStringLiteral(" — ") + l.basis) << u'\n';
        if (!l.undoneAt.isEmpty())
            out() << QStringLiteral("    ") << Cli::tr("undone %1 by %2").arg(l.undoneAt, l.undoneBy) << u'\n';
    }
    return 0;
}

int cmdSuggest(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("List entities the data suggests are one person, with the reasons. Nothing is merged."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{QStringLiteral("limit"), Cli::tr("At most this many (default 200)."), QStringLiteral("N"), QStringLiteral("200")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("suggest: CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().at(0), code);
    if (!cf)
        return code;
    const QList<MatchSuggestion> found = suggestMatches(*cf, qMax(1, p.value(QStringLiteral("limit")).toInt()));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const MatchSuggestion &s : found)
            a.append(s.toJson());
        printJson(a);
        return 0;
    }
    for (const MatchSuggestion &s : found) {
        out() << QStringLiteral("%1  %2  ⟷  %3").arg(s.score).arg(s.a.display(), s.b.display()) << u'\n';
        for (const Message &m : s.reasons)
            out() << QStringLiteral("    - ") << m.translated() << u'\n';
    }
    out() << Cli::tr("%n suggestion(s); merge with `casebench merge CASE #A #B --justification ...`", nullptr, int(found.size())) << u'\n';
    return 0;
}

} // namespace cb::app
