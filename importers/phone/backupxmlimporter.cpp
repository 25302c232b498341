#include "phone/backupxmlimporter.h"
#include "common/recordbatcher.h"

#include "phone/androidtelephony.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <optional>

namespace cb::importers {

using namespace cb::casefile;

QString BackupXmlImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "Android backup-app XML (SMS Backup & Restore, Super Backup): calls, SMS, MMS");
}

QStringList BackupXmlImporter::filePatterns() const
{
    return {QStringLiteral("*.xml"), QStringLiteral("*.txt")};
}

int BackupXmlImporter::sniff(const QByteArray &head, const QString &) const
{
    static const QRegularExpression root(QStringLiteral("^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(calls|smses|allsms|alllogs)[\\s>]"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QByteArray start = head.startsWith("\xEF\xBB\xBF") ? head.mid(3, 4096) : head.left(4096);
    return root.match(QString::fromUtf8(start)).hasMatch() ? 90 : 0;
}

namespace {

// Backup apps write emoji as two numeric references to UTF-16 surrogate halves (&#55357;&#56832;), which
// XML forbids. Pairs become one reference to the code point; a lone half becomes U+FFFD (and is counted).
qint64 fixSurrogateReferences(QByteArray &chunk)
{
    static const QRegularExpression ref(QStringLiteral("&#(5[5-7]\\d{3});(?:&#(5[6-7]\\d{3});)?"));
    if (!chunk.contains("&#5"))
        return 0;
    QString text = QString::fromUtf8(chunk);
    qint64 lone = 0;
    QString out;
    qsizetype last = 0;
    auto it = ref.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const uint hi = m.captured(1).toUInt(), lo = m.captured(2).toUInt();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (hi >= 0xD800 && hi <= 0xDBFF && lo >= 0xDC00 && lo <= 0xDFFF) {
            out += QStringLiteral("&#%1;").arg(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
        } else if (hi >= 0xD800 && hi <= 0xDFFF) {
            ++lone;
            out += QStringLiteral("&#65533;");
            if (!m.captured(2).isEmpty())
                out += QStringLiteral("&#%1;").arg(lo >= 0xD800 && lo <= 0xDFFF ? 65533 : lo);
        } else {
            out += m.captured(0); // an ordinary character reference in that range
        }
    }
    out += QStringView(text).mid(last);
    chunk = out.toUtf8();
    return lone;
}

struct Reader
{
    ImportContext &ctx;
    RecordSink &sink;
    qint64 read = 0;
    QString stated; // the root's count attribute
    QString root;
    // An <mms> being read: its parts and addresses are child elements.
    std::optional<MessageRecord> mms;
    RecordBatcher batch{sink};

    void flush()
    {
        batch.flush();
    }

    // A record starts: counted as read; rejected (and false) when its time is not plausible.
    bool begin(const QXmlStreamAttributes &a, const QString &loc, Timestamp &t, bool call)
    {
        ++read, sink.rowsRead(1);
        if (time(a, t))
            return true;
        const QString raw = a.value(QLatin1String("date")).toString();
        sink.rowRejected(loc, implausibleTime(call, raw));
        return false;
    }

    bool time(const QXmlStreamAttributes &a, Timestamp &t)
    {
        bool ok = false;
        const qint64 ms = a.value(QLatin1String("date")).toLongLong(&ok);
        if (!ok || ms < 631152000000LL || ms > 4102444800000LL)
            return false;
        t = {ms, ctx.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))};
        return true;
    }

    void call(const QXmlStreamAttributes &a, const QString &loc)
    {
        CallRecord c;
        c.locator = loc;
        if (!begin(a, loc, c.start, true))
            return;
        c.subscriber = ctx.owner;
        c.otherParty = a.value(QLatin1String("number")).toString().trimmed();
        if (android::isWithheld(c.otherParty, a.value(QLatin1String("presentation")).toInt()))
            c.otherParty.clear(), c.status = QStringLiteral("number withheld");
        const QStringView dur = a.hasAttribute(QLatin1String("duration")) ? a.value(QLatin1String("duration")) : a.value(QLatin1String("dur"));
        bool ok = false;
        const qint64 d = dur.toLongLong(&ok);
        if (ok && d >= 0)
            c.durationS = d;
        else if (!dur.isEmpty())
            sink.diagnostic({Severity::Warning, loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the duration \"%1\": left empty"), {dur.left(40).toString()})});
        android::applyCallType(a.value(QLatin1String("type")).toInt(), c);
        batch.add(std::move(c));
    }

    void sms(const QXmlStreamAttributes &a, const QString &loc)
    {
        MessageRecord m;
        m.locator = loc;
        if (!begin(a, loc, m.time, false))
            return;
        m.body = a.value(QLatin1String("body")).toString();
        android::addressSms(m, a.value(QLatin1String("type")).toInt(), a.value(QLatin1String("address")).toString().trimmed(), ctx.owner);
        batch.add(std::move(m));
    }

    void mmsStart(const QXmlStreamAttributes &a, const QString &loc)
    {
        MessageRecord m;
        m.locator = loc;
        if (!begin(a, loc, m.time, false))
            return;
        m.direction = android::mmsDirection(a.value(QLatin1String("msg_box")).toInt());
        mms = std::move(m);
    }

    void mmsChild(const QStringView name, const QXmlStreamAttributes &a)
    {
        if (name == u"part")
            android::addMmsPart(*mms, a.value(QLatin1String("ct")).toString(), a.value(QLatin1String("text")).toString(),
                                a.value(QLatin1String("cl")).toString());
        else if (name == u"addr")
            android::addMmsAddress(*mms, a.value(QLatin1String("address")).toString().trimmed(), a.value(QLatin1String("type")).toInt());
    }

    void mmsEnd()
    {
        android::finishMms(*mms, ctx.owner);
        batch.add(std::move(*mms));
        mms.reset();
    }
};

} // namespace

ParseOutcome BackupXmlImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = id();
    out.encoding = QStringLiteral("UTF-8");
    Reader r{ctx, sink, 0, {}, {}, {}};
    DeviceRecord d;
    d.locator = QStringLiteral("file");
    d.label = ctx.device;
    d.ownerNumber = ctx.owner;
    sink.device(d);

    QXmlStreamReader xml;
    QByteArray carry;
    qint64 lone = 0;
    bool atEnd = false;
    auto feed = [&] {
        QByteArray chunk = carry + device.read(1 << 20);
        carry.clear();
        atEnd = device.atEnd();
        // Cut after the last '>': a reference pair or a UTF-8 sequence is never split between two chunks.
        if (!atEnd) {
            const qsizetype gt = chunk.lastIndexOf('>');
            if (gt < 0 && chunk.size() < (64 << 20)) {
                carry = chunk;
                return;
            }
            if (gt >= 0)
                carry = chunk.mid(gt + 1), chunk.truncate(gt + 1);
        }
        lone += fixSurrogateReferences(chunk);
        xml.addData(chunk);
    };
    feed();
    int depth = 0;
    qint64 tokens = 0;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !atEnd) {
            feed();
            continue;
        }
        if (xml.hasError()) {
            sink.diagnostic({Severity::Error, lineLocator(xml.lineNumber()), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "XML error: %1"), {xml.errorString()})});
            out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the XML is not well-formed")), lineLocator(xml.lineNumber()));
            return out;
        }
        if ((++tokens & 0x3FFF) == 0) {
            r.flush();
            if (!ctx.advance(device.pos())) {
                out.status = Status::cancelled();
                return out;
            }
        }
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file declares a DTD or uses an entity; backup files never do, so it is refused")),
                                       lineLocator(xml.lineNumber()));
            return out;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && xml.name() == u"mms" && r.mms)
                r.mmsEnd();
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        const QString loc = lineLocator(xml.lineNumber());
        if (depth == 1) {
            r.root = name.toString();
            r.stated = a.value(QLatin1String("count")).toString();
        } else if (depth == 2 && (name == u"call" || name == u"log")) {
            r.call(a, loc);
        } else if (depth == 2 && name == u"sms") {
            r.sms(a, loc);
        } else if (depth == 2 && name == u"mms") {
            r.mmsStart(a, loc);
        } else if (depth > 2 && r.mms) {
            r.mmsChild(name, a);
        }
    }
    r.flush();
    if (lone > 0)
        sink.diagnostic({Severity::Warning, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 unpaired UTF-16 surrogate references were replaced by U+FFFD"),
                                                    {QString::number(lone)})});
    if (!r.stated.isEmpty()) {
        sink.statedFact(QStringLiteral("stated_count"), r.stated);
        if (r.stated != QString::number(r.read))
            sink.diagnostic({Severity::Warning, {}, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file says it holds %1 records, but %2 were read"),
                                                        {r.stated, QString::number(r.read)})});
    }
    return out;
}

} // namespace cb::importers
