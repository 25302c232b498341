// The leads register and analyst-entered events from the command line, through the case session:
// lead add, lead set, leads, event add, events.
#include "clisupport.h"

#include "common/values.h"
#include "session/casesession.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cb::app {

using namespace cb::casefile;

namespace {

// The IDENTIFIER arguments of --entity, each an entity (or the exit code in code).
bool entitiesOf(CaseSession &s, const QStringList &given, QList<qint64> &out, int &code)
{
    for (const QString &g : given) {
        const Result<qint64> e = findEntity(s.caseFile(), g);
        if (!e) {
            code = refused(e.status());
            return false;
        }
        out << e.value();
    }
    return true;
}

// `lead add CASE --summary T [--source T] [--entity ID]... [--json]` and `lead set CASE CODE STATUS [--note T]`.
int leadCommand(const QStringList &args, bool add)
{
    QCommandLineParser p;
    p.setApplicationDescription(add ? Cli::tr("Register a lead (informant report, bank alert, platform warning…); prints its code L-YYYY-NNNNNN.")
                                    : Cli::tr("Move a lead to a status: new, assigned, verifying, confirmed or closed; each step is kept with who and when."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    if (add) {
        p.addOptions({{QStringLiteral("summary"), Cli::tr("What the lead says."), QStringLiteral("T")},
                      {QStringLiteral("source"), Cli::tr("Where it came from."), QStringLiteral("T")},
                      {QStringLiteral("entity"), Cli::tr("An entity it concerns (#id, UUID or identifier); repeatable."), QStringLiteral("IDENTIFIER")},
                      {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    } else {
        p.addPositionalArgument(QStringLiteral("CODE"), Cli::tr("The lead's code."));
        p.addPositionalArgument(QStringLiteral("STATUS"), QStringLiteral("new|assigned|verifying|confirmed|closed"));
        p.addOption({QStringLiteral("note"), Cli::tr("A note kept with the step."), QStringLiteral("T")});
    }
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != (add ? 1 : 3))
        return usage(p, Cli::tr("wrong number of arguments"));
    std::optional<LeadStatus> status;
    if (!add && !(status = leadStatusFromName(pos.at(2))))
        return usage(p, Cli::tr("lead set: STATUS is one of new, assigned, verifying, confirmed, closed"));
    int code = 0;
    auto s = openSession(pos.at(0), code);
    if (!s)
        return code;
    if (!add) {
        if (Status st = s->setLeadStatus(pos.at(1), *status, p.value(QStringLiteral("note"))); !st)
            return refused(st);
        out() << Cli::tr("%1 is now %2").arg(pos.at(1), leadStatusName(*status)) << u'\n';
        return 0;
    }
    QList<qint64> entities;
    if (!entitiesOf(*s, p.values(QStringLiteral("entity")), entities, code))
        return code;
    const Result<QString> lead = s->addLead(p.value(QStringLiteral("summary")), p.value(QStringLiteral("source")), entities);
    if (!lead)
        return refused(lead.status());
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("code"), lead.value()}, {QStringLiteral("status"), QStringLiteral("new")}});
    else
        out() << lead.value() << u'\n';
    return 0;
}

} // namespace

int cmdLead(const QStringList &args)
{
    const QString verb = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (verb == u"add" || verb == u"set")
        return leadCommand(rest, verb == u"add");
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("lead add CASE --summary T [--source T] [--entity IDENTIFIER]... [--json] | lead set CASE CODE STATUS [--note T]"));
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    return usage(p, Cli::tr("lead: add or set"));
}

int cmdLeads(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("The leads register: each lead with its code, status, history and entities."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{QStringLiteral("status"), Cli::tr("Only the leads with this status."), QStringLiteral("S")}, {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("leads: CASE is required"));
    std::optional<LeadStatus> status;
    if (p.isSet(QStringLiteral("status")) && !(status = leadStatusFromName(p.value(QStringLiteral("status")))))
        return usage(p, Cli::tr("leads: --status is one of new, assigned, verifying, confirmed, closed"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const QList<LeadRow> leads = leadsOf(*cf, status);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const LeadRow &l : leads)
            a.append(l.toJson());
        printJson(a);
        return 0;
    }
    for (const LeadRow &l : leads) {
        out() << l.code << QStringLiteral("  [") << leadStatusName(l.status) << QStringLiteral("]  ") << l.summary;
        if (!l.source.isEmpty())
            out() << QStringLiteral("  (") << l.source << u')';
        out() << u'\n';
        if (!l.entityLabels.isEmpty())
            out() << QStringLiteral("    ") << l.entityLabels.join(QStringLiteral(", ")) << u'\n';
        for (const LeadStep &s : l.history)
            out() << QStringLiteral("    ") << s.at << u' ' << leadStatusName(s.status) << QStringLiteral(" — ") << s.actor
                  << (s.note.isEmpty() ? QString() : QStringLiteral(": ") + s.note) << u'\n';
    }
    return 0;
}

int cmdEvent(const QStringList &args)
{
    if (args.value(1) != u"add") {
        QCommandLineParser p;
        p.setApplicationDescription(Cli::tr("event add CASE --time TIME --text T [--entity IDENTIFIER]... [--basis T] [--json]"));
        if (const int done = parseArguments(p, args); done >= 0)
            return done;
        return usage(p, Cli::tr("event: add"));
    }
    QStringList rest = args;
    rest.removeAt(1);
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Add an event that no source holds (what a victim or witness reported), marked as analyst-entered."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{QStringLiteral("time"), Cli::tr("When: ISO 8601, with an offset or in the case's time zone (2024-03-01T10:30)."), QStringLiteral("TIME")},
                  {QStringLiteral("text"), Cli::tr("What happened."), QStringLiteral("T")},
                  {QStringLiteral("entity"), Cli::tr("An entity involved (#id, UUID or identifier); repeatable."), QStringLiteral("IDENTIFIER")},
                  {QStringLiteral("basis"), Cli::tr("On what basis (statement, interview, report)."), QStringLiteral("T")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, rest); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("time")) || !p.isSet(QStringLiteral("text")))
        return usage(p, Cli::tr("event add: CASE, --time and --text are required"));
    int code = 0;
    auto s = openSession(p.positionalArguments().first(), code);
    if (!s)
        return code;
    Timestamp at;
    if (!importers::parseIsoTimestamp(p.value(QStringLiteral("time")).replace(u' ', u'T'), s->caseFile().timeZone(), at))
        return usage(p, Cli::tr("event add: the time \"%1\" is not an ISO 8601 time").arg(p.value(QStringLiteral("time"))));
    QList<qint64> entities;
    if (!entitiesOf(*s, p.values(QStringLiteral("entity")), entities, code))
        return code;
    const Result<QString> uuid = s->addEvent(at, p.value(QStringLiteral("text")), entities, p.value(QStringLiteral("basis")));
    if (!uuid)
        return refused(uuid.status());
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("uuid"), uuid.value()}, {QStringLiteral("time"), isoWithOffset(at)}});
    else
        out() << uuid.value() << u'\n';
    return 0;
}

int cmdEvents(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("The events analysts entered, in time order, each with who entered it and on what basis."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("events: CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const QList<AnalystEvent> events = analystEventsOf(*cf);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const AnalystEvent &e : events)
            a.append(e.toJson());
        printJson(a);
        return 0;
    }
    for (const AnalystEvent &e : events)
        out() << displayTime(e.time.utcMs, cf->timeZone()) << QStringLiteral("  ") << e.text << u'\n'
              << QStringLiteral("    ") << Cli::tr("entered by %1 (%2); basis: %3").arg(e.actor, e.createdAt, e.basis.isEmpty() ? QStringLiteral("-") : e.basis)
              << u'\n';
    return 0;
}

} // namespace cb::app
