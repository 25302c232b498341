#include "pipeline/pipeline.h"

#include "committer.h"
#include "hash.h"
#include "pipeline/queuedsink.h"
#include "common/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <thread>

namespace cb::importers {

using namespace cb::casefile;

QString FileReport::statusName() const
{
    switch (outcome) {
    case Outcome::Imported: return QStringLiteral("imported");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::Duplicate: return QStringLiteral("duplicate");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject FileReport::toJson() const
{
    QJsonArray diags;
    for (const Diagnostic &d : diagnostics)
        diags.append(QJsonObject{{QStringLiteral("severity"), severityName(d.severity)},
                                 {QStringLiteral("locator"), d.locator},
                                 {QStringLiteral("message"), d.message.text()}});
    QJsonObject counts = certificate.value(QStringLiteral("counts")).toObject();
    for (const char *k : {"transactions", "calls", "messages", "contacts", "locations", "accounts"})
        if (!counts.contains(QLatin1String(k)))
            counts.insert(QLatin1String(k), 0);
    QJsonObject o{{QStringLiteral("file"), path},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("encoding"), encoding},
                  {QStringLiteral("status"), statusName()},
                  {QStringLiteral("code"), QLatin1String(errorCodeName(code))},
                  {QStringLiteral("counts"), counts},
                  {QStringLiteral("diagnostics"), diags}};
    if (outcome == Outcome::Imported) {
        o.insert(QStringLiteral("written_out"), writtenOut);
        if (!writtenOut)
            o.insert(QStringLiteral("written_out_pending"), writeOutFailed ? QStringLiteral("disk") : QStringLiteral("readers"));
    }
    if (!bestGuess.isEmpty())
        o.insert(QStringLiteral("best_guess"), bestGuess);
    if (outcome == Outcome::Imported) {
        o.insert(QStringLiteral("source_id"), sourceId);
        o.insert(QStringLiteral("certificate"), certificate);
    }
    return o;
}

static FileReport fail(FileReport r, const QString &locator, const Message &m, ErrorCode code = ErrorCode::Failed)
{
    r.outcome = FileReport::Outcome::Rejected;
    r.code = code;
    r.diagnostics.prepend({Severity::Fatal, locator, m});
    return r;
}

FileReport importFile(CaseFile &cf, const QString &path, const ImportOptions &opt, const ImporterRegistry &registry,
                      const Progress &progress)
{
    FileReport r;
    r.path = path;
    QFile file(path);
    const QFileInfo fi(path);
    if (fi.isDir())
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "is a folder, not a file")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot open the file: %1"), {file.errorString()}));
    Message why;
    const QList<Companion> companions = sqliteCompanions(path, file.peek(16), &why);
    if (!why.tmpl.isEmpty())
        return fail(r, {}, why);
    return importDevice(cf, file, path, fi.fileName(), opt, registry, progress, {}, companions);
}

QList<Companion> sqliteCompanions(const QString &path, const QByteArray &head, Message *why)
{
    QList<Companion> out;
    if (!head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return out;
    constexpr qint64 MaxCompanion = qint64(1) << 30;
    for (const char *role : {"wal", "shm", "journal"}) {
        QFile f(path + u'-' + QLatin1String(role));
        if (!f.exists())
            continue;
        if (f.size() > MaxCompanion || !f.open(QIODevice::ReadOnly)) {
            if (why)
                *why = msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the database's companion file %1 cannot be read or is larger than 1 GiB"),
                           {QFileInfo(f).fileName()});
            return {};
        }
        out.append({QFileInfo(f).fileName(), QLatin1String(role), f.readAll()});
    }
    return out;
}

FileReport importDevice(CaseFile &cf, QIODevice &file, const QString &path, const QString &fileName, const ImportOptions &opt,
                        const ImporterRegistry &registry, const Progress &progress,
                        const QList<QPair<QString, QString>> &facts, const QList<Companion> &companions)
{
    FileReport r;
    r.path = path;
    const qint64 size = file.size();
    if (size == 0)
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file is empty")));
    auto phase = [&](double from, double span) {
        return [p = progress.scaled(from, from + span), size](qint64 done) { return p.report(done, size); };
    };
    auto cancelled = [&r] {
        r.outcome = FileReport::Outcome::Cancelled;
        r.code = ErrorCode::Cancelled;
        return r;
    };
    r.sha256 = sha256Hex(file, phase(0.0, 0.15));
    if (r.sha256.isEmpty()) {
        if (!progress.report(0.15))
            return cancelled();
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the file: %1"), {file.errorString()}));
    }
    if (cf.containsSha256(r.sha256) && !opt.force) {
        r.outcome = FileReport::Outcome::Duplicate;
        r.code = ErrorCode::Duplicate;
        r.diagnostics.append({Severity::Error, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "a file with the same SHA-256 is already in the case (use --force to import it again)"))});
        return r;
    }
    file.seek(0);
    const QByteArray head = file.peek(64 * 1024);
    const Importer *importer = opt.format.isEmpty() ? registry.detect(head, fileName) : registry.find(opt.format);
    if (!importer && opt.format.isEmpty() && detectEncoding(head).binary)
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file is binary and no importer recognises its content")),
                    ErrorCode::UnknownFormat);
    if (!importer)
        return fail(r, {}, opt.format.isEmpty() ? msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the format was not recognised (it is not text of a known layout)"))
                                                 : msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown format \"%1\""), {opt.format}),
                    ErrorCode::UnknownFormat);
    ImportContext ctx;
    ctx.fileName = fileName;
    ctx.zoneExplicit = !opt.timezone.isEmpty();
    ctx.zone = QTimeZone((opt.timezone.isEmpty() ? cf.settings().timezone : opt.timezone).toUtf8());
    if (!ctx.zone.isValid())
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown time zone \"%1\""), {opt.timezone}));
    ctx.owner = opt.owner;
    ctx.placeholderOwner = !opt.askOwner;
    ctx.currency = opt.currency.toUpper();
    ctx.password = opt.password;
    ctx.device = opt.device;
    ctx.companions = companions;
    if (!opt.profile.isEmpty()) {
        Result<const Profile *> p = registry.profiles().resolve(opt.profile);
        if (!p)
            return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1"), {p.status().message()}), ErrorCode::NotFound);
        ctx.profileId = p.value()->id;
    }

    SourceInfo info;
    info.fileName = fileName;
    info.sha256 = r.sha256;
    info.size = size;
    info.format = importer->id();
    info.importerId = importer->id();
    info.importerVersion = importer->version();
    info.investigator = opt.investigator;
    info.legalBasis = opt.legalBasis;
    info.exhibit = opt.exhibit.trimmed();
    info.timezone = QString::fromUtf8(ctx.zone.id());
    info.region = opt.region;
    info.forced = opt.force && cf.containsSha256(r.sha256);
    Committer committer(cf, info);
    file.seek(0);
    if (Status s = committer.begin(file, phase(0.15, 0.15)); !s) {
        if (s.is(ErrorCode::Cancelled))
            return cancelled();
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot write to the case: %1"), {s.message()}));
    }
    for (const Companion &c : companions)
        if (Status s = committer.addCompanion(c.name, c.role, c.bytes); !s) {
            committer.rollback();
            return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot write to the case: %1"), {s.message()}));
        }
    file.seek(0);
    ctx.progress = progress.scaled(0.3, 1.0);
    ctx.totalBytes = size;
    // Parse on a second thread while this one writes: the two halves of an import overlap.
    QueuedSink queue(8, committer.region());
    ParseOutcome parsed;
    std::thread parser([&] {
        parsed = importer->parse(file, ctx, queue);
        queue.close();
    });
    for (const auto &[key, value] : facts)
        committer.statedFact(key, value);
    queue.drainInto(committer, [&committer] { return !committer.writeError().ok(); });
    parser.join();
    r.format = parsed.format.isEmpty() ? importer->id() : parsed.format;
    r.profile = parsed.profile;
    r.encoding = parsed.encoding;
    if (parsed.status.is(ErrorCode::Cancelled) || progress.isCancelled()) {
        committer.rollback();
        return cancelled();
    }
    if (!parsed.status.ok()) {
        committer.rollback();
        r.bestGuess = parsed.mapping;
        r.diagnostics = committer.certificate().diagnostics().mid(0, 20);
        return fail(r, parsed.status.locator(), Message{parsed.status.messageTemplate(), parsed.status.messageArgs()}, parsed.status.code());
    }
    // Rows were read and none survived: nothing of this file is worth keeping. (A file with no rows at all,
    // such as an OFX statement of balances only, was judged by its importer.)
    if (committer.certificate().rowsAccepted() == 0 && committer.certificate().rowsReadCount() > 0) {
        committer.rollback();
        r.diagnostics = committer.certificate().diagnostics().mid(0, 20);
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "no row could be imported")));
    }
    committer.setFormat(r.format, r.profile);
    committer.setMapping(parsed.mapping);
    Result<qint64> id = committer.commit();
    if (!id) {
        committer.rollback();
        return fail(r, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot write to the case: %1"), {id.status().message()}));
    }
    r.sourceId = id.value();
    r.certificate = committer.certificate().toJson();
    if (!info.exhibit.isEmpty()) // as the source keeps it
        r.certificate.insert(QStringLiteral("exhibit_label"), info.exhibit);
    r.diagnostics = committer.certificate().diagnostics();
    r.outcome = FileReport::Outcome::Imported;
    // The case moves as one file: the import is done when the file holds it, not only its -wal.
    bool complete = true;
    if (Status s = cf.writeOut(&complete); !s) {
        r.writtenOut = false;
        r.writeOutFailed = true;
        r.diagnostics.prepend({Severity::Error, {},
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the import is committed, but the case file could not be written out (%1): until it is, the rows are only in %2-wal, which must stay beside the case; free space and open the case again"),
                                   {s.message(), QFileInfo(cf.path()).fileName()})});
    } else if (!complete) {
        r.writtenOut = false;
        r.diagnostics.prepend({Severity::Info, {},
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "another connection is reading the case: part of the import stays in %1-wal until it lets go, and is then written into the case file; copy the case only once it is closed everywhere"),
                                   {QFileInfo(cf.path()).fileName()})});
    }
    return r;
}

} // namespace cb::importers
