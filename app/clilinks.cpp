// Links an analyst asserts between entities (owns, uses, member of, alias of), with a status — alleged,
// corroborated, refuted — and what they rest on: `link` asserts one, `link-status` changes its status.
#include "clisupport.h"

#include "entitylinks.h"

#include <QJsonObject>

namespace cb::app {

using namespace casefile;

int cmdAssertLink(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Assert a link between two entities: FROM owns, uses, is a member of or an alias of TO. It is drawn on "
                                        "the link chart with its status."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("FROM"), Cli::tr("An entity (a phone number, an account, #id...)."));
    p.addPositionalArgument(QStringLiteral("TO"), Cli::tr("The other entity."));
    p.addOptions({{QStringLiteral("kind"), Cli::tr("owns, uses, member_of or alias_of."), QStringLiteral("KIND")},
                  {QStringLiteral("status"), Cli::tr("alleged (default), corroborated or refuted."), QStringLiteral("STATUS"), LinkStatus::Alleged},
                  {QStringLiteral("basis"), Cli::tr("What it rests on: sources, statements, exhibits."), QStringLiteral("TEXT")},
                  {QStringLiteral("justification"), Cli::tr("Why (recorded with the link and in the audit log; required)."), QStringLiteral("TEXT")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 3 || !p.isSet(QStringLiteral("kind")))
        return usage(p, Cli::tr("link: CASE, FROM, TO and --kind are required"));
    int code = 0;
    auto session = openSession(pos.at(0), code);
    if (!session)
        return code;
    const Result<qint64> from = findEntity(session->caseFile(), pos.at(1)), to = findEntity(session->caseFile(), pos.at(2));
    if (!from)
        return refused(from.status());
    if (!to)
        return refused(to.status());
    const Result<qint64> id = session->assertLink(from.value(), to.value(), p.value(QStringLiteral("kind")), p.value(QStringLiteral("status")),
                                                  p.value(QStringLiteral("basis")), p.value(QStringLiteral("justification")));
    if (!id)
        return refused(id.status());
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("link"), id.value()}, {QStringLiteral("status"), p.value(QStringLiteral("status"))}});
    else
        out() << Cli::tr("link %1 asserted (%2)").arg(id.value()).arg(p.value(QStringLiteral("status"))) << u'\n';
    return 0;
}

int cmdLinkStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Change an asserted link's status; the earlier ones stay in its history."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("LINK"), Cli::tr("The link number (see `links`)."));
    p.addPositionalArgument(QStringLiteral("STATUS"), Cli::tr("alleged, corroborated or refuted."));
    p.addOptions({{QStringLiteral("basis"), Cli::tr("What it rests on: sources, statements, exhibits."), QStringLiteral("TEXT")},
                  {QStringLiteral("justification"), Cli::tr("Why (recorded with the status and in the audit log; required)."), QStringLiteral("TEXT")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 link = pos.value(1).toLongLong(&ok);
    if (pos.size() != 3 || !ok)
        return usage(p, Cli::tr("link-status: CASE, a LINK number and a STATUS are required"));
    int code = 0;
    auto session = openSession(pos.at(0), code);
    if (!session)
        return code;
    if (Status s = session->setLinkStatus(link, pos.at(2), p.value(QStringLiteral("basis")), p.value(QStringLiteral("justification"))); !s)
        return refused(s);
    out() << Cli::tr("link %1 is now %2").arg(link).arg(pos.at(2)) << u'\n';
    return 0;
}

} // namespace cb::app
