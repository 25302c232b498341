#include "phone/ufedreport.h"

#include <QDateTime>

namespace cb::importers {

using namespace cb::casefile;

namespace {

constexpr int MaxDepth = 64; // models nest a few levels; a deeper document is crafted

} // namespace

const UfedModel *UfedModel::child(const QString &field) const
{
    const auto it = children.constFind(field);
    return it == children.constEnd() || it->empty() ? nullptr : &it->front();
}

UfedReportReader::UfedReportReader(ImportContext &ctx, RecordSink &sink, QString member)
    : m_ctx(ctx), m_sink(sink), m_member(std::move(member))
{
}

UfedReportReader::~UfedReportReader() = default;

QString UfedReportReader::locator(const UfedModel &m) const
{
    QString l = m_member + QStringLiteral(" line ") + QString::number(m.line) + QStringLiteral(" (") + m.type;
    if (!m.id.isEmpty())
        l += u' ' + m.id;
    if (!m.deleted.isEmpty() && m.deleted != u"Intact")
        l += QStringLiteral(", ") + m.deleted.toLower();
    return l + u')';
}

bool UfedReportReader::begin(const UfedModel &m, QString &locator, Timestamp &at, bool call)
{
    m_sink.rowsRead(1);
    locator = this->locator(m);
    const QString raw = m.value(QStringLiteral("TimeStamp"));
    if (parseIsoTimestamp(raw, m_ctx.zone, at))
        return true;
    m_sink.rowRejected(locator, implausibleTime(call, raw));
    return false;
}

bool UfedReportReader::consume(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return true; // more data needed
        if (xml.hasError()) {
            m_sink.diagnostic({Severity::Error, m_member + QStringLiteral(" line ") + QString::number(xml.lineNumber()),
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "XML error: %1"), {xml.errorString()})});
            m_status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report's XML is not well-formed")),
                                     m_member + QStringLiteral(" line ") + QString::number(xml.lineNumber()));
            return false;
        }
        switch (token) {
        case QXmlStreamReader::EndDocument:
            m_ended = true;
            return false;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            m_status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report declares a DTD or uses an entity; UFED reports never do, so it is refused")),
                                     m_member + QStringLiteral(" line ") + QString::number(xml.lineNumber()));
            return false;
        case QXmlStreamReader::StartElement:
            if (++m_depth > MaxDepth + 8) {
                m_status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report nests elements deeper than any UFED report does")),
                                         m_member + QStringLiteral(" line ") + QString::number(xml.lineNumber()));
                return false;
            }
            startElement(xml);
            break;
        case QXmlStreamReader::EndElement:
            endElement(xml);
            --m_depth;
            break;
        case QXmlStreamReader::Characters:
            if (m_inValue || !m_item.isEmpty())
                m_text += xml.text();
            break;
        default:
            break;
        }
        if (!m_status.ok())
            return false;
    }
    return false;
}

void UfedReportReader::startElement(QXmlStreamReader &xml)
{
    const QStringView name = xml.name();
    const QXmlStreamAttributes a = xml.attributes();
    if (m_depth == 1) {
        m_project = name == u"project";
        if (!m_project)
            m_status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "not a UFED report (the root element is not <project>)")));
        else
            m_sink.statedFact(QStringLiteral("report_version"), a.value(QLatin1String("reportVersion")).toString());
        return;
    }
    if (!m_inDecoded) {
        if (name == u"decodedData") {
            m_inDecoded = true;
            m_decodedDepth = m_depth;
            emitDevice();
        } else if (name == u"metadata") {
            m_section = a.value(QLatin1String("section")).toString();
        } else if (name == u"item" || (name == u"field" && a.hasAttribute(QLatin1String("fieldType")))) {
            m_item = name == u"item" ? a.value(QLatin1String("name")).toString() : QStringLiteral("case:") + a.value(QLatin1String("fieldType")).toString();
            m_text.clear();
        }
        return;
    }
    if (name == u"model") {
        if (m_stack.size() >= size_t(MaxDepth)) {
            m_status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report nests models deeper than any UFED report does")));
            return;
        }
        UfedModel m;
        m.type = a.value(QLatin1String("type")).toString();
        m.id = a.value(QLatin1String("id")).toString();
        m.deleted = a.value(QLatin1String("deleted_state")).toString();
        m.line = xml.lineNumber();
        m_stack.push_back(std::move(m));
        m_containers.push_back(m_field);
        m_field.clear();
    } else if (name == u"field" || name == u"multiField" || name == u"modelField" || name == u"multiModelField") {
        m_field = a.value(QLatin1String("name")).toString();
    } else if (name == u"value" && !m_stack.empty()) {
        m_inValue = true;
        m_text.clear();
    }
}

void UfedReportReader::endElement(QXmlStreamReader &xml)
{
    const QStringView name = xml.name();
    if (!m_inDecoded) {
        if (!m_item.isEmpty() && (name == u"item" || name == u"field")) {
            const QString value = m_text.trimmed();
            if (m_item.startsWith(QLatin1String("case:")))
                m_sink.statedFact(QStringLiteral("case_information.") + m_item.mid(5), value);
            else if (m_section == u"Device Info" || m_section == u"Extraction Data")
                m_meta.insert(m_item, value);
            m_item.clear();
        }
        return;
    }
    if (m_depth == m_decodedDepth && name == u"decodedData") {
        m_inDecoded = false;
        return;
    }
    if (name == u"value" && m_inValue) {
        m_inValue = false;
        if (!m_stack.empty() && !m_field.isEmpty())
            m_stack.back().fields[m_field].append(m_text.trimmed());
    } else if (name == u"field" || name == u"multiField" || name == u"modelField" || name == u"multiModelField") {
        m_field.clear();
    } else if (name == u"model" && !m_stack.empty()) {
        UfedModel m = std::move(m_stack.back());
        m_stack.pop_back();
        m_field = m_containers.back(); // back inside the parent's modelField, if any
        m_containers.pop_back();
        if (m_stack.empty() || (m.type == u"InstantMessage" && m_stack.back().type == u"Chat")) {
            modelDone(m);
        } else {
            m_stack.back().children[m_field].push_back(std::move(m));
        }
    }
}

void UfedReportReader::emitDevice()
{
    if (m_deviceSent)
        return;
    m_deviceSent = true;
    DeviceRecord d;
    d.locator = m_member + QStringLiteral(" metadata");
    d.label = m_ctx.device;
    d.ownerNumber = m_ctx.owner;
    auto find = [this](std::initializer_list<const char *> keys) {
        for (const char *k : keys)
            for (auto it = m_meta.constBegin(); it != m_meta.constEnd(); ++it)
                if (it.key().contains(QLatin1String(k), Qt::CaseInsensitive) && !it.value().isEmpty())
                    return it.value();
        return QString();
    };
    d.imei = find({"IMEI"});
    d.imsi = find({"IMSI"});
    d.iccid = find({"ICCID"});
    d.model = find({"DetectedPhoneModel", "SelectedModel", "DeviceName"});
    d.ownerName = find({"OwnerName"});
    if (d.ownerNumber.isEmpty())
        d.ownerNumber = find({"MSISDN", "PhoneNumber"});
    const QString type = find({"ExtractionType"}), started = find({"ExtractionStartDateTime"});
    d.extraction = type.isEmpty() || started.isEmpty() ? type + started : type + QStringLiteral(", ") + started;
    m_sink.device(d);
}

void UfedReportReader::modelDone(UfedModel &m)
{
    ++m_models;
    const QString &t = m.type;
    if (t == u"Chat")
        return; // its messages were sent on one by one
    if (t == u"Call")
        call(m);
    else if (t == u"SMS" || t == u"MMS")
        sms(m);
    else if (t == u"InstantMessage")
        instantMessage(m, m_stack.empty() ? nullptr : &m_stack.back());
    else if (t == u"Contact")
        contact(m);
    else if (t == u"Location")
        location(m);
    else if (t == u"CellTower")
        cellTower(m);
    else if (t == u"UserAccount")
        userAccount(m);
    else
        artifact(m); // kept as key/value pairs: nothing in the report is dropped
}

void UfedReportReader::flush()
{
    m_batch.flush();
}

void UfedReportReader::finish()
{
    emitDevice();
    flush();
}

} // namespace cb::importers
