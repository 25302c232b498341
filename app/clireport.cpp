// The evidence packet on the command line: `report` makes one, `verify PACKET.pdf` checks one (cmdVerify
// tells a packet from a case by its first bytes), `key` shows the signing key, `describe` sets what the
// packet's cover and summary say.
#include "clisupport.h"

#include "packet/packet.h"
#include "packet/packetverify.h"
#include "hash.h"
#include "signingkey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace cb::app {

using namespace casefile;

int cmdReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Make the evidence packet: a signed PDF of the exhibits, each row with its source, hash and locator, "
                                        "with the method, the sources and an embedded manifest."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The packet to write."), QStringLiteral("PACKET.pdf")},
                  {QStringLiteral("exhibits"), Cli::tr("Which exhibits: E-1,E-3 or all (default)."), QStringLiteral("LIST")},
                  {QStringLiteral("redact"), Cli::tr("unmarked: mask identifiers and names of entities without a role; none (default)."), QStringLiteral("RULE")},
                  {QStringLiteral("language"), Cli::tr("en or zh_CN (default: the language this command runs in)."), QStringLiteral("LANG")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return usage(p, Cli::tr("report: CASE and -o PACKET.pdf are required"));
    reports::PacketOptions options;
    const QString redact = p.value(QStringLiteral("redact"));
    if (!redact.isEmpty() && redact != u"unmarked" && redact != u"none")
        return usage(p, Cli::tr("report: --redact is unmarked or none"));
    options.redactUnmarked = redact == u"unmarked";
    const QString exhibits = p.value(QStringLiteral("exhibits"));
    if (!exhibits.isEmpty() && exhibits != u"all")
        options.exhibits = exhibits.split(u',', Qt::SkipEmptyParts);
    const QString language = p.isSet(QStringLiteral("language")) ? p.value(QStringLiteral("language"))
                                                                 : (QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    if (language != u"en" && language != u"zh_CN")
        return usage(p, Cli::tr("report: --language is en or zh_CN"));
    options.language = language;
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const Result<SigningKey> key = SigningKey::loadOrCreate({}, cf->settings().investigator);
    if (!key)
        return refused(key.status());
    const Result<reports::Packet> packet = reports::makePacket(*cf, options, key.value());
    if (!packet)
        return refused(packet.status());
    const QString path = p.value(QStringLiteral("output"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(packet.value().pdf) != packet.value().pdf.size() || !file.commit()) {
        err() << Cli::tr("%1: cannot write: %2").arg(path, file.errorString()) << u'\n';
        return 1;
    }
    const QString sha = sha256Hex(packet.value().pdf);
    auto session = mayAudit(cf->path()) ? CaseSession::open(cf->path()) : Result<std::unique_ptr<CaseSession>>(Status::error(ErrorCode::InUse, {}));
    if (session)
        (void)session.value()->recordExport(QStringLiteral("packet"),
                                            {{QStringLiteral("file"), path}, {QStringLiteral("sha256"), sha},
                                             {QStringLiteral("packet_id"), packet.value().manifest.value(QStringLiteral("packet_id"))},
                                             {QStringLiteral("pages"), packet.value().pages}, {QStringLiteral("rows"), packet.value().rowsCited}});
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("sha256"), sha},
                              {QStringLiteral("packet_id"), packet.value().manifest.value(QStringLiteral("packet_id"))},
                              {QStringLiteral("pages"), packet.value().pages}, {QStringLiteral("rows_cited"), packet.value().rowsCited},
                              {QStringLiteral("manifest_sha256"), packet.value().manifestSha256},
                              {QStringLiteral("bates"), packet.value().manifest.value(QStringLiteral("bates"))},
                              {QStringLiteral("signer"), QJsonObject{{QStringLiteral("name"), key.value().name()}, {QStringLiteral("fingerprint"), key.value().fingerprint()}}},
                              {QStringLiteral("size"), packet.value().pdf.size()}});
    } else {
        out() << Cli::tr("%1: %2 pages, %3 rows cited, signed by %4 (%5)")
                     .arg(path).arg(packet.value().pages).arg(packet.value().rowsCited).arg(key.value().name(), key.value().fingerprint())
              << u'\n';
    }
    return 0;
}

int verifyPacketFile(const QString &path, const QString &casePath, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("%1: cannot read: %2").arg(path, file.errorString()) << u'\n';
        return 1;
    }
    std::unique_ptr<CaseFile> cf;
    if (!casePath.isEmpty()) {
        int code = 0;
        cf = openCase(casePath, code);
        if (!cf)
            return code;
    }
    const Result<reports::PacketCheck> checked = reports::verifyPacket(file.readAll(), cf.get());
    if (!checked) {
        err() << checked.status().message() << u'\n';
        return 1;
    }
    const reports::PacketCheck &c = checked.value();
    if (json) {
        printJson(c.toJson());
        return c.ok() ? 0 : 1;
    }
    for (const reports::PacketFinding &f : c.problems)
        err() << path << QLatin1String(": ") << f.message << u'\n';
    out() << Cli::tr("Signed by: %1 (%2)").arg(c.signer.isEmpty() ? Cli::tr("unknown") : c.signer, c.fingerprint) << u'\n';
    if (c.ok())
        out() << Cli::tr("OK: packet %1 intact: %2 pages, %3 exhibits, %4 rows cited%5")
                     .arg(c.packetId).arg(c.pages).arg(c.exhibits).arg(c.rowsCited)
                     .arg(c.caseChecked ? Cli::tr("; every cited row and source matches the case, whose history still holds the packet's audit head") : QString())
              << u'\n';
    else
        out() << Cli::tr("FAILED: %n problem(s)", nullptr, int(c.problems.size())) << u'\n';
    return c.ok() ? 0 : 1;
}

int cmdKey(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Show this installation's signing key (made on first use): the investigator's name and the public key's fingerprint."));
    p.addOptions({{QStringLiteral("name"), Cli::tr("The investigator's name the key carries (set or changed; the key stays the same)."), QStringLiteral("NAME")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    Result<SigningKey> key = SigningKey::loadOrCreate({}, p.value(QStringLiteral("name")));
    if (!key)
        return refused(key.status());
    if (p.isSet(QStringLiteral("name")) && p.value(QStringLiteral("name")) != key.value().name())
        if (Status s = key.value().rename(p.value(QStringLiteral("name"))); !s)
            return refused(s);
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("name"), key.value().name()}, {QStringLiteral("fingerprint"), key.value().fingerprint()},
                              {QStringLiteral("public_key"), QString::fromLatin1(key.value().publicKey().toBase64())},
                              {QStringLiteral("algorithm"), QStringLiteral("ed25519")}, {QStringLiteral("path"), key.value().path()}});
    else
        out() << key.value().name() << QLatin1String("  ") << key.value().fingerprint() << u'\n';
    return 0;
}

int cmdDescribe(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Set what the evidence packet's cover and summary say about the case."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{QStringLiteral("title"), Cli::tr("The case's title."), QStringLiteral("T")},
                  {QStringLiteral("number"), Cli::tr("The case number (the Bates prefix is made from it)."), QStringLiteral("N")},
                  {QStringLiteral("agency"), Cli::tr("The agency."), QStringLiteral("T")},
                  {QStringLiteral("handling"), Cli::tr("The handling line printed on every page."), QStringLiteral("T")},
                  {QStringLiteral("narrative"), Cli::tr("The analyst's narrative, in Markdown (headings, lists, bold, italic)."), QStringLiteral("T")},
                  {QStringLiteral("narrative-file"), Cli::tr("The narrative, from a UTF-8 text file."), QStringLiteral("FILE")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1)
        return usage(p, Cli::tr("describe: exactly one CASE is required"));
    QList<QPair<QString, QString>> details;
    const QPair<const char *, const char *> options[] = {{"title", "title"}, {"number", "case_number"}, {"agency", "agency"}, {"handling", "handling"},
                                                         {"narrative", "narrative"}};
    for (const auto &[option, key] : options)
        if (p.isSet(QLatin1String(option)))
            details.append({QLatin1String(key), p.value(QLatin1String(option))});
    if (p.isSet(QStringLiteral("narrative-file"))) {
        QFile f(p.value(QStringLiteral("narrative-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << Cli::tr("%1: cannot read: %2").arg(f.fileName(), f.errorString()) << u'\n';
            return 1;
        }
        details.append({QStringLiteral("narrative"), QString::fromUtf8(f.read(1 << 20))});
    }
    if (details.isEmpty())
        return usage(p, Cli::tr("describe: nothing to set"));
    int code = 0;
    auto s = openSession(p.positionalArguments().first(), code);
    if (!s)
        return code;
    for (const auto &[key, value] : details)
        if (const Status set = s->setCaseDetail(key, value); !set)
            return refused(set);
    return 0;
}

} // namespace cb::app
