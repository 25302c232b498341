#include "phone/caseucoimporter.h"

#include "phone/devicereaders.h"
#include "phone/jsonld.h"
#include "common/recordbatcher.h"
#include "common/values.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <set>

namespace cb::importers {

using namespace cb::casefile;
using jsonld::Node;

QString CaseUcoImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "CASE/UCO JSON-LD: calls, messages, contacts, cell sites, device and SIM");
}

QStringList CaseUcoImporter::filePatterns() const
{
    return {QStringLiteral("*.json"), QStringLiteral("*.jsonld")};
}

int CaseUcoImporter::sniff(const QByteArray &head, const QString &) const
{
    const QByteArray h = head.left(65536);
    if (!h.trimmed().startsWith('{') && !h.trimmed().startsWith('['))
        return 0;
    const bool ld = h.contains("\"@context\"") || h.contains("\"@graph\"") || h.contains("\"@type\"");
    const bool uco = h.contains("unifiedcyberontology.org") || h.contains("caseontology.org");
    return ld && uco ? 92 : 0;
}

namespace {

const QString Obs = QStringLiteral("observable:");

QString o(const char *local)
{
    return Obs + QLatin1String(local);
}

struct Party
{
    QString value; // number, e-mail or app account id
    QString name;
};

struct Reader
{
    ImportContext &ctx;
    RecordSink &sink;
    const jsonld::Document &doc;
    QMap<QString, int> described; // object types read only as descriptions of others
    QHash<const Node *, const Node *> locatedAt; // cell site -> its Location
    QHash<const Node *, const Node *> connectedTo; // call -> the cell site serving its subscriber
    QSet<const Node *> servingCells;
    std::vector<const Node *> timedLocatedAt;     // someone Located_At a place at a time
    QString owner;
    RecordBatcher batch{sink};

    bool time(const QString &iso, Timestamp &out) const { return parseIsoTimestamp(iso, ctx.zone, out); }

    static QString nameOf(const Node *n)
    {
        if (!n)
            return {};
        if (const Node *f = n->facet(o("ApplicationFacet")); f && !f->text(o("applicationIdentifier")).isEmpty())
            return f->text(o("applicationIdentifier"));
        return n->text(QStringLiteral("core:name"));
    }

    // The identifier a party node stands for: a phone number, an MSISDN, an e-mail address or an app id.
    static Party party(const Node *n)
    {
        Party p;
        if (!n)
            return p;
        if (const Node *f = n->facet(o("PhoneAccountFacet")))
            p.value = f->text(o("phoneNumber"));
        if (const Node *f = n->facet(o("MobileAccountFacet")); f && p.value.isEmpty())
            p.value = f->text(o("MSISDN"));
        if (const Node *f = n->facet(o("EmailAccountFacet")); f && p.value.isEmpty()) {
            p.value = f->text(o("emailAddress"));
            for (const Node *a : f->refs(o("emailAddress")))
                if (const Node *af = a->facet(o("EmailAddressFacet")))
                    p.value = af->text(o("addressValue"));
        }
        if (const Node *f = n->facet(o("EmailAddressFacet")); f && p.value.isEmpty())
            p.value = f->text(o("addressValue"));
        if (const Node *f = n->facet(o("AccountFacet")); f && p.value.isEmpty())
            p.value = numberFromJid(f->text(o("accountIdentifier")));
        if (const Node *f = n->facet(o("DigitalAccountFacet")))
            p.name = f->text(o("displayName"));
        if (p.name.isEmpty())
            p.name = n->text(QStringLiteral("core:name"));
        return p;
    }

    void flush()
    {
        batch.flush();
    }

    static QString cellIdOf(const Node *f)
    {
        if (!f)
            return {};
        const QString mcc = f->text(o("cellSiteCountryCode")), mnc = f->text(o("cellSiteNetworkCode")),
                      lac = f->text(o("cellSiteLocationAreaCode")), ci = f->text(o("cellSiteIdentifier"));
        if (ci.isEmpty())
            return {}; // rejected by the committer: "the cell id is missing"
        if (mcc.isEmpty() || mnc.isEmpty())
            return lac.isEmpty() ? ci : lac + u'-' + ci;
        return QStringList{mcc, mnc, lac, ci}.join(u'-');
    }

    static bool latLong(const Node *place, double &lat, double &lon)
    {
        const Node *ll = place ? place->facet(QStringLiteral("location:LatLongCoordinatesFacet")) : nullptr;
        bool okLat = false, okLon = false;
        if (ll) {
            lat = ll->text(QStringLiteral("location:latitude")).toDouble(&okLat);
            lon = ll->text(QStringLiteral("location:longitude")).toDouble(&okLon);
        }
        return okLat && okLon;
    }

    void reject(const QString &loc, const Message &why)
    {
        sink.rowsRead(1);
        sink.rowRejected(loc, why);
    }

    void device(const Node *n, DeviceRecord &d)
    {
        const Node *mobile = n->facet(o("MobileDeviceFacet"));
        const Node *dev = n->facet(o("DeviceFacet"));
        if (d.imei.isEmpty() && mobile)
            d.imei = mobile->text(o("IMEI"));
        if (d.model.isEmpty() && dev) {
            QString maker = dev->text(o("manufacturer"));
            for (const Node *m : dev->refs(o("manufacturer")))
                maker = nameOf(m);
            QStringList parts{maker, dev->text(o("model"))};
            if (!dev->text(o("serialNumber")).isEmpty())
                parts << QStringLiteral("(serial %1)").arg(dev->text(o("serialNumber")));
            parts.removeAll(QString());
            d.model = parts.join(u' ');
        }
    }

    void call(const Node *n, const Node *f)
    {
        Timestamp start;
        if (!time(f->text(o("startTime")), start)) {
            reject(n->locator, implausibleTime(true, f->text(o("startTime"))));
            return;
        }
        std::optional<qint64> duration;
        const QString d = f->text(o("duration"));
        static const QRegularExpression iso(QStringLiteral("^P(?:(\\d+)D)?T?(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:\\.\\d+)?S)?$"));
        bool numeric = false;
        const qint64 secs = d.toLongLong(&numeric);
        if (numeric && secs >= 0) {
            duration = secs;
        } else if (const QRegularExpressionMatch m = iso.match(d); m.hasMatch() && d.size() > 2) {
            duration = m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
        } else if (Timestamp end; time(f->text(o("endTime")), end) && end.utcMs >= start.utcMs) {
            duration = (end.utcMs - start.utcMs + 500) / 1000;
        }
        const QString type = f->text(o("callType")).toLower();
        const std::vector<const Node *> from = f->refs(o("from")), to = f->refs(o("to"));
        QStringList status{type == u"outgoing" || type == u"incoming" ? QString() : type, nameOf(f->refs(o("application")).empty() ? nullptr : f->refs(o("application")).front()),
                           f->text(o("allocationStatus"))};
        std::vector<std::pair<Party, Party>> legs; // (subscriber, other party)
        CallDirection dir = CallDirection::Out;
        if (!from.empty()) {
            const Party caller = party(from.front());
            if (type.contains(u"missed") || type == u"incoming")
                dir = type == u"incoming" ? CallDirection::In : CallDirection::Missed;
            for (const Node *t : to)
                legs.emplace_back(dir == CallDirection::Out ? caller : party(t), dir == CallDirection::Out ? party(t) : caller);
            if (to.empty()) // a caller with no callee stated: the record still places the caller's line
                legs.emplace_back(caller, Party{});
        } else if (to.size() == 1 && (type == u"incoming" || type.contains(u"missed"))) {
            // An incoming call from a withheld number: the callee's line is known, the caller is not.
            dir = type == u"incoming" ? CallDirection::In : CallDirection::Missed;
            legs.emplace_back(party(to.front()), Party{});
        } else if (to.size() >= 2) {
            // No caller stated (a conference bridge): the first participant's line with each of the others.
            dir = CallDirection::Unknown;
            status.prepend(QStringLiteral("no caller stated"));
            for (size_t i = 1; i < to.size(); ++i)
                legs.emplace_back(party(to.front()), party(to[i]));
        }
        if (legs.empty()) {
            reject(n->locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the call names no caller and fewer than two participants")));
            return;
        }
        status.removeAll(QString());
        for (size_t i = 0; i < legs.size(); ++i) {
            sink.rowsRead(1); // each caller-callee leg of a call is one row
            CallRecord c;
            c.locator = legs.size() > 1 ? n->locator + QStringLiteral(" leg %1").arg(i + 1) : n->locator;
            c.subscriber = legs[i].first.value;
            c.otherParty = legs[i].second.value;
            c.direction = dir;
            c.start = start;
            c.durationS = duration;
            c.status = status.join(QStringLiteral(", "));
            if (const Node *cell = connectedTo.value(n))
                c.cellId = cellIdOf(cell->facet(o("CellSiteFacet")));
            if (c.subscriber.isEmpty()) {
                sink.rowRejected(c.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the call's %1 is not a phone or app account with a number"), {QStringLiteral("from")}));
                continue;
            }
            batch.add(std::move(c));
        }
    }

    void message(const Node *n, const Node *f)
    {
        MessageRecord m;
        m.locator = n->locator;
        const QString when = f->text(o("sentTime"));
        if (!time(when, m.time)) {
            reject(m.locator, implausibleTime(false, when));
            return;
        }
        sink.rowsRead(1);
        const std::vector<const Node *> from = f->refs(o("from")), apps = f->refs(o("application"));
        m.sender = from.empty() ? QString() : party(from.front()).value;
        for (const Node *t : f->refs(o("to")))
            if (const Party p = party(t); !p.value.isEmpty())
                m.recipients << p.value;
        m.app = apps.empty() ? QString() : nameOf(apps.front());
        if (m.app.isEmpty() && n->is(o("SMSMessage")))
            m.app = QStringLiteral("SMS");
        m.body = f->text(o("messageText"));
        m.direction = !owner.isEmpty() && m.sender == owner ? QStringLiteral("out") : !owner.isEmpty() && m.recipients.contains(owner) ? QStringLiteral("in") : QString();
        batch.add(std::move(m));
    }

    void contact(const Node *n, const Node *f)
    {
        QString name = f->text(o("displayName"));
        if (name.isEmpty())
            name = QStringList{f->text(o("firstName")), f->text(o("lastName"))}.join(u' ').trimmed();
        if (name.isEmpty())
            name = f->text(o("nickname"));
        std::vector<const Node *> accounts;
        for (const char *p : {"phoneNumber", "emailAddress", "screenName"})
            for (const Node *a : f->refs(o(p)))
                accounts.push_back(a);
        for (const char *p : {"contactPhone", "contactEmail", "contactMessaging", "contactProfile"}) // UCO 1.x
            for (const Node *c : f->refs(o(p)))
                for (const char *q : {"contactPhoneNumber", "emailAddress", "messagingAddress", "profile"})
                    for (const Node *a : c->refs(o(q)))
                        accounts.push_back(a);
        int values = 0;
        for (const Node *a : accounts) {
            const Party p = party(a);
            if (p.value.isEmpty())
                continue;
            sink.rowsRead(1);
            ++values;
            batch.add(ContactRecord{accounts.size() > 1 ? n->locator + QStringLiteral(" value %1").arg(values) : n->locator, QString(), name, p.value});
        }
        if (values == 0) {
            sink.rowsRead(1);
            batch.add(ContactRecord{n->locator, QString(), name, QString()});
        }
    }

    void cellSite(const Node *n, const Node *f)
    {
        sink.rowsRead(1);
        CellSiteRecord c;
        c.locator = n->locator;
        c.cellId = cellIdOf(f);
        if (const Node *a = n->facet(o("AntennaFacet"))) {
            bool ok = false;
            const double az = a->text(o("azimuth")).toDouble(&ok);
            if (ok && az >= 0 && az <= 360)
                c.azimuth = int(az + 0.5) % 360;
        }
        if (const Node *loc = locatedAt.value(n)) {
            if (double lat = 0, lon = 0; latLong(loc, lat, lon))
                c.lat = lat, c.lon = lon;
            c.address = loc->text(QStringLiteral("core:description"));
        }
        batch.add(std::move(c));
    }

    void relationships()
    {
        for (const Node *n : doc.top()) {
            if (!n->is(QStringLiteral("core:Relationship")) && !n->is(o("ObservableRelationship")))
                continue;
            const QString kind = n->text(QStringLiteral("core:kindOfRelationship"));
            const bool located = kind.compare(QLatin1String("Located_At"), Qt::CaseInsensitive) == 0;
            if (located && !n->text(QStringLiteral("core:startTime")).isEmpty()) {
                timedLocatedAt.push_back(n);
                continue;
            }
            for (const Node *s : n->refs(QStringLiteral("core:source")))
                for (const Node *t : n->refs(QStringLiteral("core:target"))) {
                    if (located)
                        locatedAt.insert(s, t);
                    else if (kind.compare(QLatin1String("Connected_To"), Qt::CaseInsensitive) == 0 && s->facet(o("CallFacet")) && t->facet(o("CellSiteFacet")))
                        connectedTo.insert(s, t), servingCells.insert(t);
                }
        }
    }

    // "X was at place P at time T": a location row for X (a phone account, or the seized device itself).
    void timedLocations()
    {
        for (const Node *n : timedLocatedAt) {
            sink.rowsRead(1);
            LocationRecord l;
            l.locator = n->locator;
            const std::vector<const Node *> from = n->refs(QStringLiteral("core:source")), to = n->refs(QStringLiteral("core:target"));
            const QString when = n->text(QStringLiteral("core:startTime"));
            if (to.empty() || !latLong(to.front(), l.lat, l.lon) || !time(when, l.time)) {
                sink.rowRejected(l.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the location has no usable time or coordinates")));
                continue;
            }
            if (!from.empty() && !from.front()->facet(o("MobileDeviceFacet")) && !from.front()->facet(o("DeviceFacet")))
                l.subject = party(from.front()).value;
            l.label = to.front()->text(QStringLiteral("core:description"));
            batch.add(std::move(l));
        }
    }
};

} // namespace

ParseOutcome CaseUcoImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = id();
    out.encoding = QStringLiteral("UTF-8");
    if (device.size() > MaxBytes) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the JSON-LD file is larger than 512 MiB, the most Casebench reads in one piece")));
        return out;
    }
    auto parsed = jsonld::Document::read(device.readAll());
    if (!parsed) {
        out.status = parsed.status();
        return out;
    }
    const jsonld::Document &doc = *parsed.value();
    Reader r{ctx, sink, doc, {}, {}, {}, {}, {}, {}};

    DeviceRecord d;
    d.locator = QStringLiteral("file");
    d.label = ctx.device;
    d.ownerNumber = ctx.owner;
    std::set<QString> msisdns;
    std::vector<const Node *> devices;
    for (const Node *n : doc.top()) {
        if (n->facet(o("MobileDeviceFacet")) || n->facet(o("DeviceFacet")))
            devices.push_back(n);
        if (const Node *sim = n->facet(o("SIMCardFacet"))) {
            d.iccid = d.iccid.isEmpty() ? sim->text(o("ICCID")) : d.iccid;
            d.imsi = d.imsi.isEmpty() ? sim->text(o("IMSI")) : d.imsi;
        }
        if (const Node *m = n->facet(o("MobileAccountFacet")); m && !m->text(o("MSISDN")).isEmpty())
            msisdns.insert(m->text(o("MSISDN")));
    }
    // One described device is the phone this bundle was extracted from; a bundle describing several (a
    // whole case's export) attributes its records to none of them.
    if (devices.size() == 1) {
        d.locator = devices.front()->locator;
        r.device(devices.front(), d);
    } else if (devices.size() > 1) {
        sink.diagnostic({Severity::Info, devices.front()->locator,
                         msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file describes %1 devices, so its records are not attributed to a seized device"), {QString::number(devices.size())})});
        d.iccid.clear(), d.imsi.clear(), msisdns.clear();
    }
    if (d.ownerNumber.isEmpty() && msisdns.size() == 1)
        d.ownerNumber = *msisdns.begin(); // the seized phone's own line: its SIM's subscriber number
    r.owner = d.ownerNumber;
    // A CASE bundle need not come from one phone (a carrier's cell-site list, an analyst's export): only
    // a described device, SIM or line (or the investigator's --device/--subscriber) makes it a device source.
    if (!d.imei.isEmpty() || !d.model.isEmpty() || !d.iccid.isEmpty() || !d.imsi.isEmpty() || !d.ownerNumber.isEmpty() || !d.label.isEmpty())
        sink.device(d);
    r.relationships();

    qint64 done = 0;
    for (const Node *n : doc.top()) {
        if (const Node *f = n->facet(o("CallFacet")))
            r.call(n, f);
        else if (const Node *f = n->facet(o("MessageFacet")))
            r.message(n, f);
        else if (const Node *f = n->facet(o("ContactFacet")))
            r.contact(n, f);
        else if (const Node *f = n->facet(o("CellSiteFacet")); f && (!r.servingCells.contains(n) || r.locatedAt.contains(n) || n->facet(o("AntennaFacet"))))
            r.cellSite(n, f); // a bare cell named only as a call's serving cell is that call's cell id, not a table row
        else if (f)
            ++r.described[n->types.join(u'/')];
        else
            ++r.described[n->types.isEmpty() ? QStringLiteral("(untyped)") : n->types.join(u'/')];
        if ((++done & 1023) == 0) {
            r.flush();
            if (!ctx.advance(device.size() * done / qint64(doc.top().size()))) {
                out.status = Status::cancelled();
                return out;
            }
        }
    }
    r.timedLocations();
    r.flush();
    if (!r.described.isEmpty()) {
        QStringList kinds;
        for (auto it = r.described.constBegin(); it != r.described.constEnd(); ++it)
            kinds << QStringLiteral("%1 × %2").arg(it.key()).arg(it.value());
        sink.diagnostic({Severity::Info, QStringLiteral("@graph"),
                         msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "objects read only where others refer to them (accounts, applications, devices, places): %1"), {kinds.join(QStringLiteral(", "))})});
    }
    return out;
}

} // namespace cb::importers
