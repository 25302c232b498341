#pragma once
// Android backup-app XML: SMS Backup & Restore (<calls><call/>, <smses><sms/><mms><parts/><addrs/></mms>)
// and Super Backup (<alllogs><log/>, <allsms><sms/>). Streamed; a DTD or entity is refused; emoji written
// as surrogate-half references (&#55357;&#56832;) are joined. The root's count is compared with what was read.
#include "common/importer.h"

namespace cb::importers {

class BackupXmlImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("android-backup-xml"); }
    QString displayName() const override;
    QString version() const override { return QStringLiteral("1.0"); }
    QStringList filePatterns() const override;
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ParseOutcome parse(QIODevice &device, ImportContext &ctx, casefile::RecordSink &sink) const override;
};

} // namespace cb::importers
