// A ZIP archive of source files (camt statements, CSV exports, call records): each member imports as its
// own source, one transaction each, with the archive's name and SHA-256 in its certificate. Archives an
// importer reads whole (a workbook, an extraction) are handed to that importer instead.
#include "hash.h"
#include "pipeline.h"
#include "ziparchive.h"

#include <QBuffer>
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
} // namespace

QList<FileReport> importPath(CaseFile &cf, const QString &path, const ImportOptions &opt, const ImporterRegistry &registry,
                             ProfileLibrary &profiles, const std::function<bool(double)> &progress)
{
    QFile file(path);
    if (!opt.format.isEmpty() || !file.open(QIODevice::ReadOnly) || !ZipArchive::looksLikeZip(file.peek(8)))
        return {importFile(cf, path, opt, registry, profiles, progress)};
    ZipArchive zip;
    if (Status s = zip.openFile(path); !s)
        return {refused(path, Message{s.message(), {}})};
    QStringList names;
    for (const ZipMember &m : zip.members())
        names << m.name;
    if (registry.detectArchive(names))
        return {importFile(cf, path, opt, registry, profiles, progress)};

    const QString sha = sha256Hex(file);
    const QString archiveName = QFileInfo(path).fileName();
    QList<FileReport> reports;
    const auto &members = zip.members();
    for (size_t i = 0; i < members.size(); ++i) {
        const ZipMember &m = members[i];
        if (m.directory)
            continue;
        const QString memberPath = path + u'/' + m.name;
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
        QBuffer buffer(&bytes.value());
        buffer.open(QIODevice::ReadOnly);
        const double from = double(i) / double(members.size()), span = 1.0 / double(members.size());
        const FileReport r = importDevice(cf, buffer, memberPath, archiveName + u'/' + m.name, opt, registry, profiles,
                                          [&progress, from, span](double f) { return !progress || progress(from + span * f); },
                                          {{QStringLiteral("container"), archiveName},
                                           {QStringLiteral("container_sha256"), sha},
                                           {QStringLiteral("container_member"), m.name}});
        reports.append(r);
        if (r.outcome == FileReport::Outcome::Cancelled)
            break;
    }
    if (reports.isEmpty())
        reports.append(refused(path, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the archive holds no files"))));
    return reports;
}

} // namespace cb::importers
