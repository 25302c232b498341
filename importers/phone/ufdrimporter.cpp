#include "phone/ufdrimporter.h"

#include "phone/ufedreport.h"
#include "common/ziparchive.h"

#include <QCoreApplication>
#include <QFile>

namespace cb::importers {

using namespace cb::casefile;

QString UfdrImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "Cellebrite UFDR and UFED XML reports (calls, messages, chats, contacts, locations)");
}

QStringList UfdrImporter::filePatterns() const
{
    return {QStringLiteral("*.ufdr"), QStringLiteral("*.xml")};
}

int UfdrImporter::sniff(const QByteArray &head, const QString &) const
{
    const QByteArray start = head.left(8192);
    return start.contains("<project") && start.contains("pa.cellebrite.com/report") ? 95 : 0;
}

int UfdrImporter::sniffArchive(const QStringList &memberNames) const
{
    return memberNames.contains(QStringLiteral("report.xml")) ? 95 : 0;
}

ParseOutcome UfdrImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = id();
    out.encoding = QStringLiteral("UTF-8");
    QXmlStreamReader xml;
    const qint64 size = qMax<qint64>(device.size(), 1);
    bool cancelled = false;

    if (!ZipArchive::looksLikeZip(device.peek(8))) {
        out.format = QStringLiteral("ufed-xml");
        UfedReportReader report(ctx, sink, QStringLiteral("report"));
        while (!device.atEnd()) {
            xml.addData(device.read(1 << 20));
            if (!report.consume(xml))
                break;
            if (!ctx.advance(device.pos())) {
                out.status = Status::cancelled();
                return out;
            }
        }
        report.finish();
        if (!report.status().ok())
            out.status = report.status();
        else if (!report.ended())
            out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report ends early: the file is truncated")));
        return out;
    }

    // Only report.xml is read, so the limits that matter are its own size and compression ratio; the
    // extracted files beside it (photos, databases) may be far larger than any single-file limit.
    ZipLimits limits;
    limits.maxMember = qint64(64) << 30;
    limits.maxTotal = qint64(1) << 42;
    ZipArchive zip;
    auto *file = qobject_cast<QFile *>(&device);
    const Status opened = file ? zip.openFile(file->fileName(), limits) : zip.openBuffer(device.readAll(), limits);
    if (!opened.ok()) {
        out.status = opened;
        return out;
    }
    const ZipMember *member = zip.find(QStringLiteral("report.xml"));
    if (!member) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the archive holds no report.xml: not a UFDR")));
        return out;
    }
    qint64 members = 0;
    for (const ZipMember &m : zip.members())
        members += m.directory ? 0 : 1;
    sink.statedFact(QStringLiteral("ufdr_members"), QString::number(members));
    UfedReportReader report(ctx, sink, QStringLiteral("report.xml"));
    qint64 done = 0;
    const Status streamed = zip.stream(*member, [&](const QByteArray &chunk) {
        xml.addData(chunk);
        done += chunk.size();
        if (!report.consume(xml) && !report.status().ok())
            return false;
        if (!ctx.advance(size * done / qMax<qint64>(member->size, 1))) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (cancelled) {
        out.status = Status::cancelled();
        return out;
    }
    report.finish();
    if (!report.status().ok())
        out.status = report.status();
    else if (!streamed.ok())
        out.status = Status::error(streamed.code(), streamed.message(), QStringLiteral("report.xml"));
    else if (!report.ended())
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report ends early: report.xml is truncated")));
    return out;
}

} // namespace cb::importers
