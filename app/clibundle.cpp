// Sharing a case: `bundle` seals it into one file, `unbundle` checks everything and only then writes the case.
#include "clisupport.h"

#include "sharing/bundle.h"
#include "signingkey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::app {

using namespace casefile;

namespace {

// The passphrase: the file's first line, without its line break.
bool readPassphrase(const QString &path, QString &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("%1: cannot read: %2").arg(path, f.errorString()) << u'\n';
        return false;
    }
    out = QString::fromUtf8(f.readLine(4096)).remove(u'\n').remove(u'\r');
    if (out.isEmpty()) {
        err() << Cli::tr("%1: the passphrase file is empty").arg(path) << u'\n';
        return false;
    }
    return true;
}

} // namespace

int cmdBundle(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Seal the case, with the original sources it keeps, into one encrypted, signed file for a colleague."));
    p.addPositionalArgument(QStringLiteral("CASE"), Cli::tr("The case file."));
    p.addOptions({{{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The bundle to write."), QStringLiteral("FILE.cbx")},
                  {QStringLiteral("passphrase-file"), Cli::tr("Encrypt with a key derived (Argon2id) from the first line of this file."), QStringLiteral("F")},
                  {QStringLiteral("recipient"), Cli::tr("Seal to this colleague's public key (as `casebench key --json` prints it)."), QStringLiteral("PUBLIC_KEY")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return usage(p, Cli::tr("bundle: CASE and -o FILE.cbx are required"));
    if (p.isSet(QStringLiteral("passphrase-file")) == p.isSet(QStringLiteral("recipient")))
        return usage(p, Cli::tr("bundle: give either --passphrase-file or --recipient"));
    sharing::BundleKey key;
    if (p.isSet(QStringLiteral("passphrase-file")) && !readPassphrase(p.value(QStringLiteral("passphrase-file")), key.passphrase))
        return 1;
    key.recipientPublicKey = QByteArray::fromBase64(p.value(QStringLiteral("recipient")).toLatin1());
    int code = 0;
    auto cf = openCase(p.positionalArguments().first(), code);
    if (!cf)
        return code;
    const Result<SigningKey> me = SigningKey::loadOrCreate({}, cf->settings().investigator);
    if (!me)
        return refused(me.status());
    const Result<QJsonObject> manifest = sharing::writeBundle(*cf, p.value(QStringLiteral("output")), key, me.value());
    if (!manifest)
        return refused(manifest.status());
    if (p.isSet(QStringLiteral("json")))
        printJson(manifest.value());
    else
        out() << Cli::tr("%1: case %2 with %3 sources, audit head %4, signed by %5 (%6)")
                     .arg(p.value(QStringLiteral("output")), manifest.value()[QStringLiteral("case")][QStringLiteral("title")].toString())
                     .arg(manifest.value()[QStringLiteral("sources")].toArray().size())
                     .arg(manifest.value()[QStringLiteral("case")][QStringLiteral("audit_head")].toString(), me.value().name(), me.value().fingerprint())
              << u'\n';
    return 0;
}

int cmdUnbundle(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Open a bundle into a new case file: authenticity, every hash and the case's verification are checked "
                                        "before anything is written."));
    p.addPositionalArgument(QStringLiteral("FILE.cbx"), Cli::tr("The bundle."));
    p.addOptions({{{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The case file to create."), QStringLiteral("CASE")},
                  {QStringLiteral("passphrase-file"), Cli::tr("The passphrase, the first line of this file."), QStringLiteral("F")},
                  {QStringLiteral("json"), Cli::tr("Print JSON.")}});
    if (const int done = parseArguments(p, args); done >= 0)
        return done;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("output")))
        return usage(p, Cli::tr("unbundle: FILE.cbx and -o CASE are required"));
    QString passphrase;
    if (p.isSet(QStringLiteral("passphrase-file")) && !readPassphrase(p.value(QStringLiteral("passphrase-file")), passphrase))
        return 1;
    const Result<SigningKey> me = SigningKey::loadOrCreate();
    const Result<sharing::Unbundled> done = sharing::readBundle(p.positionalArguments().first(), p.value(QStringLiteral("output")), passphrase,
                                                                me ? &me.value() : nullptr);
    if (!done)
        return refused(done.status());
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("case"), p.value(QStringLiteral("output"))}, {QStringLiteral("manifest"), done.value().manifest},
                              {QStringLiteral("signer"), QJsonObject{{QStringLiteral("name"), done.value().signer}, {QStringLiteral("fingerprint"), done.value().fingerprint}}}});
    } else {
        out() << Cli::tr("%1: unpacked and verified; bundled by %2 (%3), audit head %4")
                     .arg(p.value(QStringLiteral("output")), done.value().signer, done.value().fingerprint,
                          done.value().manifest[QStringLiteral("case")][QStringLiteral("audit_head")].toString())
              << u'\n';
    }
    return 0;
}

} // namespace cb::app
