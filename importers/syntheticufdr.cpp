// A synthetic Cellebrite UFDR in the structure documented in ../shared/testdata/FORMATS.md §3.3: a ZIP
// (members stored, as UFDRs usually are) with report.xml at its root and an extracted file beside it.
// No public UFDR exists, so tests and benchmarks use this; the shapes follow the documented grammar.
#include "synthetic.h"

#include "identifiers.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QXmlStreamWriter>
#include <random>
#include <zip.h>

namespace cb::importers::synthetic {

namespace {

const QString Owner = QStringLiteral("+8613900139000");

class Report
{
public:
    explicit Report(QIODevice *out) : w(out) { w.setAutoFormatting(true); }
    QXmlStreamWriter w;

    void value(const char *name, const char *type, const QString &v)
    {
        w.writeStartElement(QStringLiteral("field"));
        w.writeAttribute(QStringLiteral("name"), QLatin1String(name));
        w.writeAttribute(QStringLiteral("type"), QLatin1String(type));
        if (v.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("empty"));
        } else {
            w.writeStartElement(QStringLiteral("value"));
            w.writeAttribute(QStringLiteral("type"), QLatin1String(type));
            w.writeCDATA(v);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    void startModel(const char *type, qint64 id, const char *deleted = "Intact")
    {
        w.writeStartElement(QStringLiteral("model"));
        w.writeAttribute(QStringLiteral("type"), QLatin1String(type));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-%1").arg(id, 12, 10, QLatin1Char('0')));
        w.writeAttribute(QStringLiteral("deleted_state"), QLatin1String(deleted));
        w.writeAttribute(QStringLiteral("decoding_confidence"), QStringLiteral("High"));
        w.writeAttribute(QStringLiteral("isrelated"), QStringLiteral("False"));
        w.writeAttribute(QStringLiteral("extractionId"), QStringLiteral("0"));
        value("UserMapping", "Boolean", QStringLiteral("False"));
    }
    void party(qint64 &id, const QString &number, const char *role, bool owner, const QString &name = {})
    {
        startModel("Party", ++id);
        value("Identifier", "String", number);
        value("Role", "PartyRole", QLatin1String(role));
        value("Name", "String", name);
        value("IsPhoneOwner", "Boolean", owner ? QStringLiteral("True") : QStringLiteral("False"));
        w.writeEndElement();
    }
    void item(const char *name, const QString &v)
    {
        w.writeStartElement(QStringLiteral("item"));
        w.writeAttribute(QStringLiteral("name"), QLatin1String(name));
        w.writeCDATA(v);
        w.writeEndElement();
    }
};

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODateWithMs);
}

QString span(qint64 s)
{
    return QStringLiteral("%1:%2:%3").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString contactNumber(qint64 i)
{
    return QStringLiteral("+86138%1").arg(10000000 + i % 90000000, 8, 10, QLatin1Char('0'));
}

Status writeReport(QIODevice &out, qint64 messages, int calls, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Report r(&out);
    QXmlStreamWriter &w = r.w;
    qint64 id = 0;
    const qint64 t0 = 1709251200000; // 2024-03-01 00:00 UTC
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("http://pa.cellebrite.com/report/2.0"));
    w.writeStartElement(QStringLiteral("project"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("5a1e0000-0000-4000-8000-000000000001"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Synthetic extraction"));
    w.writeAttribute(QStringLiteral("reportVersion"), QStringLiteral("7.60.0.0"));
    w.writeAttribute(QStringLiteral("extractionType"), QStringLiteral("FileSystem"));
    w.writeStartElement(QStringLiteral("caseInformation"));
    w.writeStartElement(QStringLiteral("field"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Fall-Nummer"));
    w.writeAttribute(QStringLiteral("fieldType"), QStringLiteral("CaseNumber"));
    w.writeCharacters(QStringLiteral("SYN-2024-001"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeAttribute(QStringLiteral("section"), QStringLiteral("Extraction Data"));
    r.item("ExtractionType", QStringLiteral("FileSystem"));
    r.item("DeviceInfoExtractionStartDateTime", QStringLiteral("03/10/2024 09:30:00"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeAttribute(QStringLiteral("section"), QStringLiteral("Device Info"));
    r.item("DeviceInfoDetectedPhoneModel", QStringLiteral("Synthetic Phone X"));
    r.item("IMEI", imei(1));
    r.item("IMSI", QStringLiteral("460001234567890"));
    const QString iccid = QStringLiteral("8986001234567890123");
    r.item("ICCID", iccid + QString::number(cb::casefile::luhnCheckDigit(iccid)));
    r.item("MSISDN", Owner);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("decodedData"));
    w.writeStartElement(QStringLiteral("modelType"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Call"));
    for (int i = 0; i < calls; ++i) {
        const int kind = i % 3; // outgoing, incoming, missed
        r.startModel("Call", ++id, i == calls - 1 ? "Deleted" : "Intact");
        r.value("Source", "String", i % 4 == 3 ? QStringLiteral("WhatsApp") : QString());
        r.value("Direction", "ModelDirections", kind == 0 ? QStringLiteral("Outgoing") : kind == 1 ? QStringLiteral("Incoming") : QStringLiteral("Missed"));
        r.value("TimeStamp", "TimeStamp", stamp(t0 + i * 600000));
        r.value("Duration", "TimeSpan", span(kind == 2 ? 0 : 30 + i));
        w.writeStartElement(QStringLiteral("multiModelField"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Parties"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("Party"));
        r.party(id, Owner, kind == 0 ? "From" : "To", true);
        r.party(id, contactNumber(i % 7), kind == 0 ? "To" : "From", false);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("modelType"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Contact"));
    for (int i = 0; i < 7; ++i) {
        r.startModel("Contact", ++id);
        r.value("Name", "String", QStringLiteral("联系人 %1").arg(i));
        w.writeStartElement(QStringLiteral("multiModelField"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Entries"));
        r.startModel("PhoneNumber", ++id);
        r.value("Value", "String", contactNumber(i));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("modelType"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Chat"));
    static const char *const bodies[] = {"转账到安全账户", "ok, sent", "明天见", "Where is the cash?", "验证码 4821"};
    const qint64 perChat = 1000;
    for (qint64 done = 0, chat = 0; done < messages; ++chat) {
        const QString peer = contactNumber(chat % 7);
        r.startModel("Chat", ++id);
        r.value("Source", "String", QStringLiteral("WhatsApp"));
        w.writeStartElement(QStringLiteral("multiModelField"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Participants"));
        r.party(id, Owner, "Participant", true);
        r.party(id, peer, "Participant", false);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("multiModelField"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Messages"));
        for (qint64 k = 0; k < perChat && done < messages; ++k, ++done) {
            const bool out = rng() % 2;
            r.startModel("InstantMessage", ++id);
            r.value("Body", "String", QString::fromUtf8(bodies[done % 5]) + QStringLiteral(" #") + QString::number(done));
            r.value("TimeStamp", "TimeStamp", stamp(t0 + done * 15000));
            w.writeStartElement(QStringLiteral("modelField"));
            w.writeAttribute(QStringLiteral("name"), QStringLiteral("From"));
            r.party(id, out ? Owner : peer, "From", out);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("modelType"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Location"));
    r.startModel("Location", ++id);
    r.value("TimeStamp", "TimeStamp", stamp(t0 + 3600000));
    r.value("Name", "String", QStringLiteral("Shenzhen North Station"));
    w.writeStartElement(QStringLiteral("modelField"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Position"));
    r.startModel("Coordinate", ++id);
    r.value("Latitude", "Double", QStringLiteral("22.6097"));
    r.value("Longitude", "Double", QStringLiteral("114.0292"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("modelType"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("InstalledApplication"));
    r.startModel("InstalledApplication", ++id);
    r.value("Name", "String", QStringLiteral("WhatsApp"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // decodedData
    w.writeEndElement(); // project
    w.writeEndDocument();
    return w.hasError() ? Status::error(QStringLiteral("cannot write report.xml")) : Status();
}

} // namespace

Status writeUfdr(const QString &path, qint64 messages, int calls, quint64 seed)
{
    const QString xmlPath = path + QStringLiteral(".report.xml");
    {
        QFile f(xmlPath);
        if (!f.open(QIODevice::WriteOnly))
            return Status::error(f.errorString());
        if (Status s = writeReport(f, messages, calls, seed); !s)
            return s;
    }
    QFile::remove(path);
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return Status::error(QStringLiteral("cannot create %1").arg(path));
    static const char photo[] = "\xFF\xD8\xFF\xE0 synthetic JPEG";
    zip_source_t *xml = zip_source_file(z, QFile::encodeName(xmlPath).constData(), 0, -1);
    zip_source_t *img = zip_source_buffer(z, photo, sizeof photo - 1, 0);
    const zip_int64_t a = xml ? zip_file_add(z, "report.xml", xml, ZIP_FL_ENC_UTF_8) : -1;
    const zip_int64_t b = img ? zip_file_add(z, "files/Image/IMG_0001.jpg", img, ZIP_FL_ENC_UTF_8) : -1;
    if (a < 0 || b < 0) {
        zip_discard(z);
        QFile::remove(xmlPath);
        return Status::error(QStringLiteral("cannot add to %1").arg(path));
    }
    zip_set_file_compression(z, zip_uint64_t(a), ZIP_CM_STORE, 0);
    zip_set_file_compression(z, zip_uint64_t(b), ZIP_CM_STORE, 0);
    const bool ok = zip_close(z) == 0;
    QFile::remove(xmlPath);
    return ok ? Status() : Status::error(QStringLiteral("cannot write %1").arg(path));
}

} // namespace cb::importers::synthetic
