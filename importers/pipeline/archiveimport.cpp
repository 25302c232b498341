// A ZIP archive of source files (camt statements, CSV exports, call records): each member imports as its
// own source, one transaction each, with the archive's name and SHA-256 in its certificate. Archives an
// importer reads whole (a workbook, an extraction) are handed to that importer instead.
#include "hash.h"
#include "pipeline/pipeline.h"
#include "common/ziparchive.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace cb::importers {

using namespace cb::casefile;

namespace {
FileReport refused(const QString &path, const Message &why)
{
    FileReport r;
    r.path = path;
    r.outcome = FileReport::Outcome::Rejected;
    r.diagnostics.append({Severity::Fatal, {}, why});
    return r;
}
bool isCompanionName(const QString &name)
{
    return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) ||
           name.endsWith(QLatin1String("-journal"));
}

// A folder (an extraction copied off a phone, a delivery of statements): every file in it that an importer
// recognises, in path order; a database's -wal/-shm/-journal go with it; the rest is listed as skipped.
// Files of one folder come from one device unless --device says otherwise: its name labels the device.
QList<FileReport> importFolder(CaseFile &cf, const QString &path, const ImportOptions &opt, const ImporterRegistry &registry,
                               const Progress &progress)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    ImportOptions o = opt;
    if (o.device.isEmpty())
        o.device = QFileInfo(QDir::cleanPath(path)).fileName();
    QList<FileReport> reports;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &f = files.at(i);
        if (isCompanionName(f) && QFileInfo::exists(f.left(f.lastIndexOf(u'-'))))
            continue;
        QFile file(f);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.peek(64 * 1024) : QByteArray();
        file.close();
        if (o.format.isEmpty() && !registry.detect(head, QFileInfo(f).fileName()) && !ZipArchive::looksLikeZip(head.left(8))) {
            FileReport r;
            r.path = f;
            r.outcome = FileReport::Outcome::Skipped;
            r.diagnostics.append({Severity::Info, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "no importer recognises this file"))});
            reports.append(r);
            continue;
        }
        const double from = double(i) / double(files.size()), span = 1.0 / double(files.size());
        const QList<FileReport> done = importPath(cf, f, o, registry, progress.scaled(from, from + span));
        reports += done;
        if (!done.isEmpty() && done.last().outcome == FileReport::Outcome::Cancelled)
            break;
    }
    if (reports.isEmpty())
        reports.append(refused(path, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the folder holds no files"))));
    return reports;
}

} // namespace

QList<FileReport> importPath(CaseFile &cf, const QString &path, const ImportOptions &opt, const ImporterRegistry &registry,
                             const Progress &progress)
{
    if (QFileInfo(path).isDir())
        return importFolder(cf, path, opt, registry, progress);
    QFile file(path);
    if (!opt.format.isEmpty() || !file.open(QIODevice::ReadOnly) || !ZipArchive::looksLikeZip(file.peek(8)))
        return {importFile(cf, path, opt, registry, progress)};
    ZipArchive zip;
    if (Status s = zip.openFile(path); !s)
        return {refused(path, Message{s.message(), {}})};
    QStringList names;
    for (const ZipMember &m : zip.members())
        names << m.name;
    if (registry.detectArchive(names))
        return {importFile(cf, path, opt, registry, progress)};

    const QString sha = sha256Hex(file);
    const QString archiveName = QFileInfo(path).fileName();
    QList<FileReport> reports;
    const auto &members = zip.members();
    for (size_t i = 0; i < members.size(); ++i) {
        const ZipMember &m = members[i];
        if (m.directory)
            continue;
        const QString memberPath = path + u'/' + m.name;
        if (isCompanionName(m.name) && names.contains(m.name.left(m.name.lastIndexOf(u'-'))))
            continue; // goes with its database
        if (!m.unsafe.tmpl.isEmpty()) {
            reports.append(refused(memberPath, m.unsafe));
            continue;
        }
        if (const Message why = zip.refusal(m); !why.tmpl.isEmpty()) {
            reports.append(refused(memberPath, why));
            continue;
        }
        Result<QByteArray> bytes = zip.read(m);
        if (!bytes) {
            reports.append(refused(memberPath, Message{bytes.status().message(), {}}));
            continue;
        }
        QList<Companion> companions;
        QString badCompanion;
        if (bytes.value().startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            for (const ZipMember &c : members) {
                const QString role = c.name.mid(m.name.size() + 1);
                if (!c.name.startsWith(m.name + u'-') || !isCompanionName(c.name) || role.contains(u'-'))
                    continue;
                Result<QByteArray> cb = c.unsafe.tmpl.isEmpty() && zip.refusal(c).tmpl.isEmpty() ? zip.read(c)
                                                                                               : Result<QByteArray>(Status::error(QString()));
                if (cb)
                    companions.append({QFileInfo(c.name).fileName(), role, cb.value()});
                else
                    badCompanion = c.name;
            }
        }
        if (!badCompanion.isEmpty()) {
            reports.append(refused(memberPath, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the database's companion file %1 cannot be read or is larger than 1 GiB"),
                                                   {badCompanion})));
            continue;
        }
        QBuffer buffer(&bytes.value());
        buffer.open(QIODevice::ReadOnly);
        const double from = double(i) / double(members.size()), span = 1.0 / double(members.size());
        const FileReport r = importDevice(cf, buffer, memberPath, archiveName + u'/' + m.name, opt, registry,
                                          progress.scaled(from, from + span),
                                          {{QStringLiteral("container"), archiveName},
                                           {QStringLiteral("container_sha256"), sha},
                                           {QStringLiteral("container_member"), m.name}},
                                          companions);
        reports.append(r);
        if (r.outcome == FileReport::Outcome::Cancelled)
            break;
    }
    if (reports.isEmpty())
        reports.append(refused(path, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the archive holds no files"))));
    return reports;
}

} // namespace cb::importers
