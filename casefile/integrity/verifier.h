#pragma once
// `verify`: recomputes everything the audit chain binds and names what differs — the source, the table
// and row, the audit entry that bound it. Streams each table once; memory grows with 16 bytes per row.
#include "casefile.h"
#include "progress.h"
#include "records.h"

#include <QJsonObject>
#include <QMap>

namespace cb::casefile::integrity {

struct Finding
{
    QString kind; // source_content, source_changed, source_missing, source_unbound, row_changed, row_unbound,
                  // row_deleted, rows_differ, rows_orphaned, audit_chain, rebound
    Message message;
    QString table, row, locator, source;
    qint64 auditEntry = 0;
    QJsonObject toJson() const;
};

struct SourceCheck
{
    QString file, sha256;
    bool intact = true;
};

struct VerifyReport
{
    qint64 auditEntries = -1; // -1: the chain is broken
    QList<SourceCheck> sources;
    QList<Finding> findings;
    qint64 rowsChecked = 0;
    QList<qint64> upgradeEntries; // entries that bound facts on upgrade, not at import
    qint64 signedEntries = 0, unsignedEntries = 0; // unsigned: made before this version signed them
    QMap<QString, qint64> signers;                 // key fingerprint → entries it signed
    bool ok() const { return findings.isEmpty(); }
};

Result<VerifyReport> verifyCase(CaseFile &cf, const Progress &progress = {});

} // namespace cb::casefile::integrity
