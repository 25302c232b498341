// Exhibits for the evidence packet: `exhibit add`, `exhibit remove`, `exhibits`.
#include "clisupport.h"

#include "session/exhibits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::app {

using namespace casefile;

namespace {

int exhibitAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Add an exhibit: table --kind K [--entity X]... [--from T] [--to T] [--text T] | record UUID | thread MESSAGE_UUID | run RUN_ID | lead CODE | timeline VIEW | chart NAME; "
                                        "each with [--caption T] [--note T]. Prints its number, E-N."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("KIND"), Cli::tr("table, record, thread, run, lead or timeline."));
    p.addOptions({{QStringLiteral("kind"), Cli::tr("table: transactions, calls, messages, contacts or locations."), QStringLiteral("K")},
                  {QStringLiteral("entity"), Cli::tr("table: only records naming this entity (repeatable)."), QStringLiteral("IDENTIFIER")},
                  {QStringLiteral("from"), Cli::tr("table: from this time."), QStringLiteral("TIME")},
                  {QStringLiteral("to"), Cli::tr("table: up to this time."), QStringLiteral("TIME")},
                  {QStringLiteral("text"), Cli::tr("table: only records containing this text."), QStringLiteral("T")},
                  {QStringLiteral("caption"), Cli::tr("The exhibit's caption."), QStringLiteral("T")},
                  {QStringLiteral("note"), Cli::tr("The analyst's note."), QStringLiteral("T")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return usage(p, Cli::tr("exhibit add: CASE and KIND are required"));
    const QString kind = pos.at(1);
    QJsonObject spec;
    if (kind == u"table") {
        if (pos.size() != 2 || !p.isSet(QStringLiteral("kind")))
            return usage(p, Cli::tr("exhibit add table: --kind is required"));
        spec = {{QStringLiteral("kind"), p.value(QStringLiteral("kind"))}, {QStringLiteral("entities"), QJsonArray::fromStringList(p.values(QStringLiteral("entity")))}};
        for (const char *key : {"from", "to", "text"})
            if (p.isSet(QLatin1String(key)))
                spec.insert(QLatin1String(key), p.value(QLatin1String(key)));
    } else {
        if (pos.size() != 3)
            return usage(p, Cli::tr("exhibit add %1: one %2 is required").arg(kind, kind == u"record" || kind == u"thread" ? QStringLiteral("UUID") : QStringLiteral("NAME")));
        spec = {{kind == u"record" || kind == u"thread" ? QStringLiteral("uuid") : kind, pos.at(2)}};
    }
    int code = 0;
    auto s = openSession(pos.first(), code);
    if (!s)
        return code;
    const Result<QString> added = s->addExhibit(kind, spec, p.value(QStringLiteral("caption")), p.value(QStringLiteral("note")));
    if (!added)
        return refused(added.status());
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("id"), added.value()}});
    else
        out() << added.value() << u'\n';
    return 0;
}

int exhibitRemove(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Remove an exhibit; its number is never given to another."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("E-N"), Cli::tr("The exhibit."));
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 2)
        return usage(p, Cli::tr("exhibit remove: CASE and E-N are required"));
    int code = 0;
    auto s = openSession(p.positionalArguments().first(), code);
    if (!s)
        return code;
    const Status removed = s->removeExhibit(p.positionalArguments().at(1));
    return removed ? 0 : refused(removed);
}

} // namespace

int cmdExhibit(const QStringList &args)
{
    const QString verb = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (verb == u"add")
        return exhibitAdd(rest);
    if (verb == u"remove")
        return exhibitRemove(rest);
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("exhibit add CASE KIND ... | exhibit remove CASE E-N"));
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    return usage(p, Cli::tr("exhibit: add or remove"));
}

int cmdExhibits(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("The exhibits, by number, with what each shows, its caption and note."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("exhibits: CASE is required"));
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const QList<Exhibit> all = exhibitsOf(*cf);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Exhibit &e : all)
            a.append(e.toJson());
        printJson(a);
        return 0;
    }
    for (const Exhibit &e : all)
        out() << e.code << QStringLiteral("  ") << e.kind << QStringLiteral("  ") << e.caption << QStringLiteral("  ")
              << QString::fromUtf8(QJsonDocument(e.spec).toJson(QJsonDocument::Compact)) << u'\n';
    return 0;
}

} // namespace cb::app
