#pragma once
// The whole packet as content: reads the case (on the calling thread's connection: a worker's), applies
// the redaction, and returns the model the layout paints and the manifest it embeds.
#include "casefile.h"
#include "packetmodel.h"
#include "progress.h"
#include "result.h"

namespace cb::reports {

Result<PacketModel> buildPacketModel(casefile::CaseFile &cf, const PacketOptions &options, const cb::Progress &progress = {});

// "PREFIX" of the Bates numbers: the case number's capital letters and digits (at most 12), else "CB".
QString batesPrefix(const QString &caseNumber);

} // namespace cb::reports
