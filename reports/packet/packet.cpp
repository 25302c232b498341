#include "packet.h"

#include "hash.h"
#include "packetcontent.h"
#include "packetlayout.h"
#include "packetpdf.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>

namespace cb::reports {

using namespace casefile;

namespace {

QPdfWriter *newWriter(QBuffer &buffer, const PacketModel &model)
{
    auto *w = new QPdfWriter(&buffer);
    w->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // fonts embedded, an sRGB output intent, XMP metadata
    w->setPageSize(QPageSize(QPageSize::A4));
    w->setPageMargins(QMarginsF(0, 0, 0, 0));
    w->setResolution(720);
    w->setTitle(model.caseTitle);
    w->setCreator(QStringLiteral("Casebench"));
    return w;
}

// The manifest completed with what only the layout knows: pages, Bates numbers, each exhibit's pages.
QJsonObject completeManifest(QJsonObject manifest, const LaidOutPacket &laid)
{
    manifest.insert(QStringLiteral("pages"), laid.pageCount());
    manifest.insert(QStringLiteral("bates"), QJsonObject{{QStringLiteral("prefix"), laid.prefix},
                                                         {QStringLiteral("first"), laid.bates(0)},
                                                         {QStringLiteral("last"), laid.bates(laid.pageCount() - 1)}});
    QJsonArray exhibits;
    for (const QJsonValue &v : manifest.value(QStringLiteral("exhibits")).toArray()) {
        QJsonObject e = v.toObject();
        const auto pages = laid.exhibitPages.value(e.value(QStringLiteral("id")).toString());
        e.insert(QStringLiteral("pages"), QJsonArray{pages.first, pages.second});
        exhibits.append(e);
    }
    manifest.insert(QStringLiteral("exhibits"), exhibits);
    return manifest;
}

} // namespace

Result<Packet> makePacket(CaseFile &cf, const PacketOptions &given, const SigningKey &key, const Progress &progress)
{
    PacketOptions options = given;
    options.investigator = key.name();
    options.publicKeyBase64 = QString::fromLatin1(key.publicKey().toBase64());
    options.fingerprint = key.fingerprint();
    Result<PacketModel> model = buildPacketModel(cf, options, progress);
    if (!model)
        return model.status();
    const PacketText text(options.language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<QPdfWriter> writer(newWriter(buffer, model.value()));
    PacketLayout layout(model.value(), text, writer.get());
    const LaidOutPacket laid = layout.layout();
    Packet packet;
    packet.manifest = completeManifest(model.value().manifest, laid);
    const QByteArray manifestJson = QJsonDocument(packet.manifest).toJson(QJsonDocument::Indented);
    packet.manifestSha256 = sha256Hex(manifestJson);
    packet.pages = laid.pageCount();
    for (const QJsonValue &e : packet.manifest.value(QStringLiteral("exhibits")).toArray())
        packet.rowsCited += int(e.toObject().value(QStringLiteral("rows")).toArray().size());
    if (progress.isCancelled())
        return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    {
        QPainter painter(writer.get());
        layout.paint(painter, writer.get(), laid, packet.manifestSha256);
    }
    writer.reset();
    progress.report(0.95);
    Result<QByteArray> finished = finishPacketPdf(buffer.data(), laid.outline, manifestJson, model.value().caseTitle, options.language, key);
    if (!finished)
        return finished.status();
    packet.pdf = finished.value();
    progress.report(1.0);
    return packet;
}

} // namespace cb::reports
