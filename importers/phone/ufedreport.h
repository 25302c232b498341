#pragma once
// Cellebrite UFED report.xml (inside a .ufdr, or exported alone), read as a stream: a report can be
// gigabytes, so only the model being read is held in memory, and messages of a chat are sent on as each one
// ends. Device and extraction metadata describe the seized device; decoded models Call, SMS, InstantMessage
// (in Chat), Contact, Location, CellTower and UserAccount become records; every other model type is kept as
// a typed key/value artifact. The structure follows ../shared/testdata/FORMATS.md §3.3 (no public sample exists).
#include "common/importer.h"
#include "common/recordbatcher.h"
#include "common/values.h"

#include <QHash>
#include <QXmlStreamReader>
#include <vector>

namespace cb::importers {

struct UfedModel
{
    QString type, id, deleted;
    qint64 line = 0;
    QHash<QString, QStringList> fields;                 // field / multiField values
    QHash<QString, std::vector<UfedModel>> children;    // modelField / multiModelField
    QString value(const QString &field) const { return fields.value(field).value(0); }
    const UfedModel *child(const QString &field) const;
};

class UfedReportReader
{
public:
    UfedReportReader(ImportContext &ctx, casefile::RecordSink &sink, QString member);
    ~UfedReportReader();
    // Processes every token available; false on a fatal problem (see status()) or the end of the report.
    bool consume(QXmlStreamReader &xml);
    void finish();
    const Status &status() const { return m_status; }
    bool sawProject() const { return m_project; }
    bool ended() const { return m_ended; } // the document's end was reached (not truncated)
    qint64 models() const { return m_models; }

private:
    void startElement(QXmlStreamReader &xml);
    void endElement(QXmlStreamReader &xml);
    void modelDone(UfedModel &m);
    void emitDevice();
    QString locator(const UfedModel &m) const;
    // A call or message model starts: counted as read; rejected (and false) when its TimeStamp is unusable.
    bool begin(const UfedModel &m, QString &locator, casefile::Timestamp &at, bool call);
    void call(const UfedModel &m);
    void sms(const UfedModel &m);
    void instantMessage(const UfedModel &m, const UfedModel *chat);
    void contact(const UfedModel &m);
    void location(const UfedModel &m);
    void cellTower(const UfedModel &m);
    void userAccount(const UfedModel &m);
    void artifact(const UfedModel &m);
    void flush();

    ImportContext &m_ctx;
    casefile::RecordSink &m_sink;
    QString m_member;
    Status m_status;
    bool m_project = false, m_inDecoded = false, m_deviceSent = false, m_ended = false;
    QString m_section, m_item, m_field, m_text;
    bool m_inValue = false;
    QHash<QString, QString> m_meta; // item name -> value, from Device Info / Extraction Data
    std::vector<UfedModel> m_stack;
    std::vector<QString> m_containers; // the modelField/multiModelField each stacked model sits in
    int m_depth = 0, m_decodedDepth = 0;
    qint64 m_models = 0;
    RecordBatcher m_batch{m_sink};
};

} // namespace cb::importers
