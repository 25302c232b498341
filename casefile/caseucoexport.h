#pragma once
// Exports a case's telephony (calls, messages, contacts, cell sites, seized devices and the accounts they
// involve) as CASE/UCO JSON-LD, for other forensic tools. Every object keeps Casebench's UUID as its @id
// (urn:uuid:…) and points at the source file it came from (a File object with its SHA-256) and the
// locator inside it, so provenance survives the exchange. Written as a stream: a case of any size.
#include "result.h"

#include <QString>

class QIODevice;

namespace cb::casefile {

class CaseFile;

struct CaseUcoExportStats
{
    qint64 calls = 0, messages = 0, contacts = 0, cellSites = 0, locations = 0, accounts = 0, devices = 0, files = 0;
};

Result<CaseUcoExportStats> exportCaseUco(CaseFile &cf, QIODevice &out);

} // namespace cb::casefile
