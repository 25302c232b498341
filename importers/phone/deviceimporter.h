#pragma once
// Phone databases (SQLite) from seized devices: Android call log, SMS/MMS and contacts, iOS call history,
// Messages, address book and voicemail, WhatsApp on both. The database is read on a private copy with its
// -wal (see DeviceDatabase); every reader whose tables are present runs. Locators are "table rowid N",
// marked "(WAL)" for rows that exist only in the write-ahead log.
#include "common/importer.h"

namespace cb::importers {

class DeviceDbImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("device-db"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
