// `casebench search`: messages, contacts, artifacts and notes, each hit with its provenance.
#include "clisupport.h"

#include "search.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cb::app {

using namespace cb::casefile;
using namespace cb::importers;

int cmdSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Search message bodies, contact names, phone artifacts and notes. Every word must occur; "
                                        "each hit names the source file and the row it came from."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addPositionalArgument(QStringLiteral("QUERY"), Cli::tr("Words to find (any script; case-insensitive)."), QStringLiteral("QUERY..."));
    p.addOptions({{QStringLiteral("limit"), Cli::tr("At most this many hits (default 200)."), QStringLiteral("N"), QStringLiteral("200")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
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

} // namespace cb::app
