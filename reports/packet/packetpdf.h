#pragma once
// What Qt's PDF writer lacks, added with libqpdf: the outline (bookmarks) mirroring the contents, the
// manifest as an embedded file (PDF/A-3 style: /AF, AFRelationship Data), the XMP identification of PDF/A-3B,
// text extraction that gives the ideographs Chinese readers search for, and the Ed25519 signature.
//
// The signature sits in the document catalog as /CasebenchSignature (128 hex digits) and covers every
// byte of the file except those 128 digits, so changing any other byte — a page, the manifest, the
// outline — breaks it, and changing the digits does too.
#include "packetlayout.h"
#include "result.h"
#include "signingkey.h"

#include <QByteArray>
#include <QJsonObject>

namespace cb::reports {

Result<QByteArray> finishPacketPdf(const QByteArray &qtPdf, const QList<OutlineEntry> &outline, const QByteArray &manifest, const QString &title,
                                   const QString &language, const casefile::SigningKey &key);

// The signature's place in a finished packet: where its 128 hex digits start, or -1 when there is not
// exactly one.
qsizetype signatureOffset(const QByteArray &pdf);
inline constexpr int kSignatureHexLength = 128;
// The bytes a packet's signature covers: everything but the signature's digits.
QByteArray signedBytes(const QByteArray &pdf, qsizetype offset);

} // namespace cb::reports
