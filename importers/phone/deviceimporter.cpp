#include "phone/deviceimporter.h"

#include "phone/devicereaders.h"

#include <QCoreApplication>
#include <QIODevice>

namespace cb::importers {

using namespace cb::casefile;

QString DeviceDbImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "Phone databases: Android and iOS call logs, messages, contacts, WhatsApp");
}

QStringList DeviceDbImporter::filePatterns() const
{
    return {QStringLiteral("*.db"), QStringLiteral("*.sqlite"), QStringLiteral("*.sqlitedb"), QStringLiteral("*.storedata")};
}

int DeviceDbImporter::sniff(const QByteArray &head, const QString &) const
{
    return head.startsWith(QByteArrayLiteral("SQLite format 3\0")) ? 80 : 0;
}

namespace {
bool looksLikeImei(const QString &s)
{
    return (s.size() == 15 || s.size() == 14) && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

ParseOutcome DeviceDbImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = id();
    const qint64 size = device.size();
    DeviceDatabase db;
    bool cancelled = false;
    auto keepGoing = [&ctx, &cancelled] {
        if (!ctx.advance(0))
            cancelled = true;
        return !cancelled;
    };
    if (Status s = db.open(device, ctx.companions, keepGoing); !s) {
        if (cancelled) {
            out.status = Status::cancelled();
            return out;
        }
        sink.diagnostic({Severity::Error, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "SQLite: %1"), {s.message()})});
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the database cannot be read: it is damaged, encrypted or not a SQLite database")));
        return out;
    }
    std::vector<const DeviceArtifact *> present;
    for (const DeviceArtifact &a : deviceArtifacts())
        if (a.present(db))
            present.push_back(&a);
    if (present.empty()) {
        const QStringList tables = db.tableNames();
        sink.diagnostic({Severity::Info, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "tables in the database: %1"),
                                                 {tables.mid(0, 40).join(QStringLiteral(", "))})});
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the database holds none of the call-log, message or contact tables Casebench reads")));
        return out;
    }

    DeviceRecord d;
    d.locator = QStringLiteral("database");
    (looksLikeImei(ctx.device) ? d.imei : d.label) = ctx.device;
    d.ownerNumber = ctx.owner;
    sink.device(d);

    DeviceReadContext rc(db, ctx, sink);
    QStringList ids;
    for (size_t i = 0; i < present.size(); ++i) {
        const DeviceArtifact &a = *present[i];
        ids << QLatin1String(a.id);
        rc.progressBytes = size * qint64(i) / qint64(present.size());
        const Status s = a.read(rc);
        if (rc.cancelled() || cancelled) {
            out.status = Status::cancelled();
            return out;
        }
        if (!s) {
            sink.diagnostic({Severity::Error, QLatin1String(a.id), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "SQLite: %1"), {s.message()})});
            out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the database could not be read to the end (damaged or truncated)")),
                                       QLatin1String(a.id));
            return out;
        }
    }
    sink.statedFact(QStringLiteral("artifacts"), ids.join(QStringLiteral(", ")));
    if (db.walApplied()) {
        sink.statedFact(QStringLiteral("wal_only_rows"), QString::number(rc.walRows()));
        sink.diagnostic({Severity::Info, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the write-ahead log was read: %1 rows exist only there"),
                                                 {QString::number(rc.walRows())})});
    }
    return out;
}

} // namespace cb::importers
