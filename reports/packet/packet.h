#pragma once
// The evidence packet, made: content from the case (packetcontent.h), laid out and painted with Qt's PDF
// writer (packetlayout.h), finished and signed with libqpdf and libsodium (packetpdf.h). Needs a
// QGuiApplication (fonts); run it on a worker with its own connection to the case.
#include "casefile.h"
#include "packetmodel.h"
#include "progress.h"
#include "result.h"
#include "signingkey.h"

#include <QJsonObject>

namespace cb::reports {

struct Packet
{
    QByteArray pdf;
    QJsonObject manifest;
    QString manifestSha256;
    int pages = 0;
    int rowsCited = 0;
};

Result<Packet> makePacket(casefile::CaseFile &cf, const PacketOptions &options, const casefile::SigningKey &key, const cb::Progress &progress = {});

} // namespace cb::reports
