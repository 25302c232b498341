#pragma once
// Readers for the tables of phone databases (Android call log, SMS/MMS, contacts, WhatsApp; iOS call history,
// Messages, address book, voicemail, WhatsApp). A database can hold several artifacts (contacts2.db holds
// the old call log and the contacts): every reader whose tables are present runs.
#include "common/recordbatcher.h"
#include "phone/devicedb.h"
#include "records.h"

#include <QTimeZone>
#include <vector>

namespace cb::importers {

// Shared by the readers of one database: batching, provenance, times and row accounting.
class DeviceReadContext
{
public:
    DeviceReadContext(DeviceDatabase &db, ImportContext &ctx, casefile::RecordSink &sink);
    ~DeviceReadContext();

    DeviceDatabase &db;
    ImportContext &ctx;
    casefile::RecordSink &sink;

    // "calls rowid 714", marked " (WAL)" when the row exists only in the write-ahead log.
    QString locator(const char *table, qint64 rowid);
    // A UTC instant with the offset of the source's time zone at that instant.
    casefile::Timestamp at(qint64 utcMs);
    // Seconds since 1970 / since 2001-01-01 (Apple); false when outside 1990..2100 (corrupt or unset).
    bool unixMs(qint64 ms, casefile::Timestamp &out);
    bool appleTime(double value, casefile::Timestamp &out);

    void call(casefile::CallRecord c);
    void message(casefile::MessageRecord m);
    void contact(casefile::ContactRecord c);
    void rejected(const QString &locator, const casefile::Message &why);
    // `usable` is the outcome of unixMs()/appleTime(); when false the row is rejected (and counted) with
    // the raw value in the message. Returns `usable`.
    bool timeOk(bool usable, const QString &locator, const QString &raw, bool call);
    void flush();
    // The end of a reader's query: sends what is batched and says whether the query ran to its end.
    Status finish(const casefile::sql::Statement &st)
    {
        flush();
        return st.status();
    }
    bool cancelled() const { return m_cancelled; }
    void checkCancel();
    qint64 rows() const { return m_rows; }
    qint64 walRows() const { return m_walRows; }
    qint64 progressBytes = 0; // reported to ctx.progress: the importer advances it per artifact

private:
    template <class R> void keep(R r); // counted as read, batched, and a cancel checkpoint per batch
    RecordBatcher m_batch{sink};
    QHash<qint64, qint32> m_offsets; // per UTC hour
    qint64 m_rows = 0, m_walRows = 0;
    bool m_cancelled = false;
};

struct DeviceArtifact
{
    const char *id;        // "android-calllog"
    bool (*present)(const DeviceDatabase &db);
    Status (*read)(DeviceReadContext &rc);
};

// All readers, in the order they run.
const std::vector<DeviceArtifact> &deviceArtifacts();

// A WhatsApp JID ("4915123456789@s.whatsapp.net") as the number it stands for (+4915123456789); group
// and other JIDs are returned unchanged.
QString numberFromJid(const QString &jid);

// Per-platform tables (androiddb.cpp, iosdb.cpp, whatsappdb.cpp).
void androidArtifacts(std::vector<DeviceArtifact> &out);
void iosArtifacts(std::vector<DeviceArtifact> &out);
void whatsappArtifacts(std::vector<DeviceArtifact> &out);

} // namespace cb::importers
