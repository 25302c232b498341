// Analyst work from the command line: roles, notes and tags, each through the case session's intent
// methods (audited, like the workbench's). TARGET is a record's UUID, or an identifier (its entity).
#include "clisupport.h"

#include "session/casesession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cb::app {

using namespace cb::casefile;

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON.")};
}

// CASE and the rest of the positional arguments, after parsing; the session, or an exit code in code.
std::unique_ptr<CaseSession> sessionFor(QCommandLineParser &p, const QStringList &args, qsizetype positionals, int &code, bool writes = true)
{
    if (const int done = parseArguments(p, args); done >= 0) {
        code = done;
        return nullptr;
    }
    if (p.positionalArguments().size() != positionals) {
        code = usage(p, Cli::tr("wrong number of arguments"));
        return nullptr;
    }
    return openSession(p.positionalArguments().first(), code, writes);
}

Result<Target> target(CaseSession &s, const QString &text)
{
    return s.resolveTarget(text);
}

} // namespace

int cmdRole(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Set an entity's role in the case (subject, victim, witness, associate, or none to remove it). "
                                        "Charts, timelines and the packet's redaction use roles."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("IDENTIFIER"), Cli::tr("#id, UUID or identifier of the entity."));
    p.addPositionalArgument(QStringLiteral("ROLE"), QStringLiteral("subject|victim|witness|associate|none"));
    p.addOption({QStringLiteral("justification"), Cli::tr("Why (recorded with the role and in the audit log)."), QStringLiteral("TEXT")});
    int code = 0;
    auto s = sessionFor(p, args, 3, code);
    if (!s)
        return code;
    const QStringList pos = p.positionalArguments();
    const std::optional<Role> role = roleFromName(pos.at(2));
    if (!role)
        return usage(p, Cli::tr("role: ROLE is one of subject, victim, witness, associate, none"));
    const Result<qint64> entity = findEntity(s->caseFile(), pos.at(1));
    if (!entity)
        return refused(entity.status());
    if (Status st = s->setRole(entity.value(), *role, p.value(QStringLiteral("justification"))); !st)
        return refused(st);
    out() << Cli::tr("%1 is now: %2").arg(describeEntity(s->caseFile(), entity.value()).label, roleName(*role)) << u'\n';
    return 0;
}

int cmdRoles(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("List the entities that have a role in the case."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption(jsonOption());
    int code = 0;
    auto s = sessionFor(p, args, 1, code, false);
    if (!s)
        return code;
    const QList<RoleRow> roles = s->roles();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const RoleRow &r : roles)
            a.append(r.toJson());
        printJson(a);
        return 0;
    }
    for (const RoleRow &r : roles)
        out() << roleName(r.role) << QStringLiteral("  ") << r.label << QStringLiteral("  (") << r.actor << QStringLiteral(", ") << r.setAt
              << (r.justification.isEmpty() ? QString() : QStringLiteral(": ") + r.justification) << u')' << u'\n';
    return 0;
}

int cmdNote(const QStringList &args)
{
    // note add CASE TARGET TEXT | note edit CASE NOTE TEXT | note delete CASE NOTE
    const QString verb = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Add, edit or delete a note on an entity or a record. Edits keep the note's UUID; "
                                        "a deleted note leaves a tombstone. Usage: note add CASE TARGET TEXT | note edit CASE NOTE TEXT | "
                                        "note delete CASE NOTE"));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption(jsonOption());
    const qsizetype expected = verb == u"delete" ? 2 : 3;
    if (verb != u"add" && verb != u"edit" && verb != u"delete") {
        if (const int done = parseArguments(p, args); done >= 0)
            return done;
        return usage(p, Cli::tr("note: add, edit or delete"));
    }
    int code = 0;
    auto s = sessionFor(p, rest, expected, code);
    if (!s)
        return code;
    const QStringList pos = p.positionalArguments();
    if (verb == u"add") {
        const Result<Target> t = target(*s, pos.at(1));
        if (!t)
            return refused(t.status());
        const Result<QString> uuid = s->addNote(t.value(), pos.at(2));
        if (!uuid)
            return refused(uuid.status());
        if (p.isSet(QStringLiteral("json")))
            printJson(QJsonObject{{QStringLiteral("uuid"), uuid.value()}, {QStringLiteral("target_table"), t.value().table},
                                  {QStringLiteral("target_id"), t.value().id}});
        else
            out() << uuid.value() << u'\n';
        return 0;
    }
    const Status st = verb == u"edit" ? s->editNote(pos.at(1), pos.at(2)) : s->deleteNote(pos.at(1));
    if (!st)
        return refused(st);
    out() << (verb == u"edit" ? Cli::tr("note %1 edited") : Cli::tr("note %1 deleted")).arg(pos.at(1)) << u'\n';
    return 0;
}

int cmdNotes(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("List the notes of the case, or of one entity or record."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{QStringLiteral("target"), Cli::tr("Only the notes on this record (UUID) or entity (identifier)."), QStringLiteral("TARGET")},
                  jsonOption()});
    int code = 0;
    auto s = sessionFor(p, args, 1, code, false);
    if (!s)
        return code;
    std::optional<Target> only;
    if (p.isSet(QStringLiteral("target"))) {
        const Result<Target> t = target(*s, p.value(QStringLiteral("target")));
        if (!t)
            return refused(t.status());
        only = t.value();
    }
    const QList<NoteRow> notes = s->notes(only);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const NoteRow &n : notes)
            a.append(n.toJson());
        printJson(a);
        return 0;
    }
    for (const NoteRow &n : notes)
        out() << n.uuid << QStringLiteral("  ") << n.targetLabel << QStringLiteral("  (") << n.author << QStringLiteral(", ") << n.createdAt
              << QStringLiteral(")\n    ") << n.text << u'\n';
    return 0;
}

static int tagCommand(const QStringList &args, bool add)
{
    QCommandLineParser p;
    p.setApplicationDescription(add ? Cli::tr("Tag an entity or a record.") : Cli::tr("Remove a tag from an entity or a record."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("TARGET"), Cli::tr("A record's UUID, or an identifier (its entity)."));
    p.addPositionalArgument(QStringLiteral("TAG"), Cli::tr("The tag."));
    int code = 0;
    auto s = sessionFor(p, args, 3, code);
    if (!s)
        return code;
    const QStringList pos = p.positionalArguments();
    const Result<Target> t = target(*s, pos.at(1));
    if (!t)
        return refused(t.status());
    if (Status st = add ? s->tag(t.value(), pos.at(2)) : s->untag(t.value(), pos.at(2)); !st)
        return refused(st);
    out() << s->tags(t.value()).join(QStringLiteral(", ")) << u'\n';
    return 0;
}

int cmdTag(const QStringList &args)
{
    return tagCommand(args, true);
}

int cmdUntag(const QStringList &args)
{
    return tagCommand(args, false);
}

} // namespace cb::app
