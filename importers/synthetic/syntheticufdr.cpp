// A synthetic Cellebrite UFDR in the structure documented in ../shared/testdata/FORMATS.md §3.3: a ZIP
// (members stored, as UFDRs usually are) with report.xml at its root and an extracted file beside it.
// No public UFDR exists, so tests and benchmarks use this; the shapes follow the documented grammar.
#include "synthetic/synthetic.h"

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

// report.xml from the content, model type by model type, in the nesting FORMATS.md §3.3 documents.
Status writeReport(QIODevice &out, const PhoneExtraction &p)
{
    Report r(&out);
    QXmlStreamWriter &w = r.w;
    qint64 id = 0;
    auto field = [&w](const char *element, const char *name) {
        w.writeStartElement(QLatin1String(element));
        w.writeAttribute(QStringLiteral("name"), QLatin1String(name));
    };
    auto modelType = [&w](const char *type) {
        w.writeStartElement(QStringLiteral("modelType"));
        w.writeAttribute(QStringLiteral("type"), QLatin1String(type));
    };
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
    w.writeCharacters(p.caseNumber);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeAttribute(QStringLiteral("section"), QStringLiteral("Extraction Data"));
    r.item("ExtractionType", QStringLiteral("FileSystem"));
    r.item("DeviceInfoExtractionStartDateTime",
           QDateTime::fromMSecsSinceEpoch(p.extractedMs, QTimeZone(8 * 3600)).toString(QStringLiteral("MM/dd/yyyy HH:mm:ss")));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeAttribute(QStringLiteral("section"), QStringLiteral("Device Info"));
    r.item("DeviceInfoDetectedPhoneModel", p.model);
    r.item("IMEI", p.imei);
    r.item("IMSI", p.imsi);
    r.item("ICCID", p.iccid);
    r.item("MSISDN", p.owner);
    if (!p.ownerName.isEmpty())
        r.item("DeviceInfoOwnerName", p.ownerName);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("decodedData"));
    modelType("Call");
    for (const PhoneExtraction::Call &c : p.calls) {
        const bool out = c.direction == u"Outgoing";
        r.startModel("Call", ++id, c.deleted ? "Deleted" : "Intact");
        r.value("Source", "String", c.source);
        r.value("Direction", "ModelDirections", c.direction);
        r.value("TimeStamp", "TimeStamp", stamp(c.ms));
        r.value("Duration", "TimeSpan", span(c.durationS));
        field("multiModelField", "Parties");
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("Party"));
        r.party(id, p.owner, out ? "From" : "To", true);
        r.party(id, c.other, out ? "To" : "From", false);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    modelType("Contact");
    for (const PhoneExtraction::Contact &c : p.contacts) {
        r.startModel("Contact", ++id);
        r.value("Name", "String", c.name);
        field("multiModelField", "Entries");
        for (const QString &n : c.numbers) {
            r.startModel("PhoneNumber", ++id);
            r.value("Value", "String", n);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    modelType("Chat");
    for (const PhoneExtraction::Chat &chat : p.chats) {
        r.startModel("Chat", ++id);
        r.value("Source", "String", chat.source);
        field("multiModelField", "Participants");
        r.party(id, p.owner, "Participant", true);
        r.party(id, chat.peer, "Participant", false, chat.peerName);
        w.writeEndElement();
        field("multiModelField", "Messages");
        for (const PhoneExtraction::Message &m : chat.messages) {
            r.startModel("InstantMessage", ++id);
            r.value("Body", "String", m.body);
            r.value("TimeStamp", "TimeStamp", stamp(m.ms));
            field("modelField", "From");
            r.party(id, m.out ? p.owner : chat.peer, "From", m.out);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    modelType("Location");
    for (const PhoneExtraction::Place &l : p.places) {
        r.startModel("Location", ++id);
        r.value("TimeStamp", "TimeStamp", stamp(l.ms));
        r.value("Name", "String", l.name);
        field("modelField", "Position");
        r.startModel("Coordinate", ++id);
        r.value("Latitude", "Double", QString::number(l.lat, 'f', 6));
        r.value("Longitude", "Double", QString::number(l.lon, 'f', 6));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    modelType("UserAccount");
    for (const PhoneExtraction::Account &a : p.accounts) {
        r.startModel("UserAccount", ++id);
        r.value("Name", "String", a.name);
        r.value("ServiceType", "String", a.service);
        r.value("Username", "String", a.username);
        field("multiModelField", "Entries");
        for (const QString &e : a.entries) {
            r.startModel(e.contains(u'@') ? "EmailAddress" : "PhoneNumber", ++id);
            r.value("Value", "String", e);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    modelType("InstalledApplication");
    for (const PhoneExtraction::App &a : p.apps) {
        r.startModel("InstalledApplication", ++id);
        r.value("Name", "String", a.name);
        r.value("Identifier", "String", a.identifier);
        r.value("PurchaseDate", "TimeStamp", stamp(a.installedMs));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement(); // decodedData
    w.writeEndElement(); // project
    w.writeEndDocument();
    return w.hasError() ? Status::error(QStringLiteral("cannot write report.xml")) : Status();
}

} // namespace

Status writeUfdr(const QString &path, qint64 messages, int calls, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const qint64 t0 = 1709251200000; // 2024-03-01 00:00 UTC
    PhoneExtraction p;
    p.caseNumber = QStringLiteral("SYN-2024-001");
    p.model = QStringLiteral("Synthetic Phone X");
    p.imei = imei(1);
    p.imsi = QStringLiteral("460001234567890");
    const QString iccid = QStringLiteral("8986001234567890123");
    p.iccid = iccid + QString::number(cb::casefile::luhnCheckDigit(iccid));
    p.owner = Owner;
    p.extractedMs = 1710034200000; // 2024-03-10 09:30 +08:00
    static const char *const directions[] = {"Outgoing", "Incoming", "Missed"};
    for (int i = 0; i < calls; ++i)
        p.calls.push_back({t0 + i * 600000, contactNumber(i % 7), QLatin1String(directions[i % 3]), i % 3 == 2 ? 0 : 30 + i,
                           i % 4 == 3 ? QStringLiteral("WhatsApp") : QString(), i == calls - 1});
    for (int i = 0; i < 7; ++i)
        p.contacts.push_back({QStringLiteral("联系人 %1").arg(i), {contactNumber(i)}});
    static const char *const bodies[] = {"转账到安全账户", "ok, sent", "明天见", "Where is the cash?", "验证码 4821"};
    for (qint64 done = 0, chat = 0; done < messages; ++chat) {
        p.chats.push_back({QStringLiteral("WhatsApp"), contactNumber(chat % 7), {}, {}});
        for (qint64 k = 0; k < 1000 && done < messages; ++k, ++done)
            p.chats.back().messages.push_back(
                {t0 + done * 15000, rng() % 2 == 1, QString::fromUtf8(bodies[done % 5]) + QStringLiteral(" #") + QString::number(done)});
    }
    p.places.push_back({t0 + 3600000, 22.6097, 114.0292, QStringLiteral("Shenzhen North Station")});
    // The owner's accounts: a WeChat id whose stated number is a contact's (a second SIM?), and a mailbox.
    p.accounts.push_back({QStringLiteral("WeChat"), QStringLiteral("wxid_synthetic01"), QStringLiteral("阿明"), {contactNumber(6)}});
    p.accounts.push_back({QStringLiteral("Mail"), QStringLiteral("Owner.Synthetic@example.com"), {}, {}});
    p.apps.push_back({QStringLiteral("WhatsApp"), QStringLiteral("com.whatsapp"), t0 - 86400000});
    return writeUfdr(path, p);
}

Status writeUfdr(const QString &path, const PhoneExtraction &phone)
{
    const QString xmlPath = path + QStringLiteral(".report.xml");
    {
        QFile f(xmlPath);
        if (!f.open(QIODevice::WriteOnly))
            return Status::error(f.errorString());
        if (Status s = writeReport(f, phone); !s)
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
