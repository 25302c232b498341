#pragma once
// `verify PACKET.pdf [--case CASE]`: the signature over every byte, the manifest against the pages (page
// count, Bates numbers, every cited row's hash on its exhibit's pages, the fingerprint on the cover), and
// with a case: the audit head the packet recorded still in its history, every cited source's bytes and
// every cited row's values as the packet saw them.
#include "casefile.h"
#include "progress.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace cb::reports {

struct PacketFinding
{
    QString kind; // signature, manifest, pages, page_text, audit_head, source_changed, source_missing, row_changed, row_missing
    QString message;
};

struct PacketCheck
{
    QString packetId, signer, fingerprint, auditHead;
    int pages = 0, exhibits = 0, rowsCited = 0, sourcesCited = 0;
    bool signatureValid = false, caseChecked = false;
    QList<PacketFinding> problems;
    bool ok() const { return signatureValid && problems.isEmpty(); }
    QJsonObject toJson() const;
};

// Whether these bytes are a PDF (and so to be verified as a packet, not opened as a case).
bool looksLikePdf(const QByteArray &head);

// A failure of its own (not a PDF at all, no manifest, no signature) is a problem, not an error: the
// check says what is wrong. An error only when the PDF reader could not run.
Result<PacketCheck> verifyPacket(const QByteArray &pdf, casefile::CaseFile *cf, const Progress &progress = {});

} // namespace cb::reports
