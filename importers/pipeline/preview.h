#pragma once
// What a file would become, before anything is written: the importers that recognise it (best first,
// with their confidence), and the first records the chosen importer and options make of it, with the
// rows it would reject and why. The import wizard shows it and updates it as the mapping is edited.
// Parses only until it has the records it shows; never touches a case.
#include "pipeline/pipeline.h"

#include <QList>

namespace cb::importers {

struct FormatCandidate
{
    QString id;
    QString name;
    int confidence = 0; // percent
};

// Every importer that recognises the content, most confident first (ties keep the registry's order).
QList<FormatCandidate> rankFormats(const QByteArray &head, const QString &fileName, const ImporterRegistry &registry);

struct FilePreview
{
    Status status;                 // why the file would be refused (the records below may still show how far it got)
    QString format, profile, encoding;
    QJsonObject mapping;           // an inferred mapping, or the refused best guess
    QList<casefile::TransactionRecord> transactions;
    QList<casefile::CallRecord> calls;
    QList<casefile::CellSiteRecord> cellSites;
    QList<casefile::BalanceRecord> balances;
    qint64 others = 0;             // messages, contacts, locations...: counted, not shown
    QList<casefile::Diagnostic> problems; // rejected rows first, then the importer's diagnostics
    qint64 rowsRead = 0, rejected = 0;
    bool complete = false;         // the whole file was read (it holds no more than is shown)
    int recordCount() const { return int(transactions.size() + calls.size() + cellSites.size() + balances.size()); }
};

// caseZone: the case's zone, for times without an offset when options name none. The profile in options
// may be an id in the registry's library or a profile file (loaded into it).
// The parse stops soon after it has maxRecords (importers check between batches of rows), or when
// cancel is cancelled (a newer preview replaces this one).
FilePreview previewFile(const QString &path, const ImportOptions &options, const QString &caseZone, const ImporterRegistry &registry,
                        int maxRecords = 20, const Progress &cancel = {});

} // namespace cb::importers
