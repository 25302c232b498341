#include "caseucoexport.h"

#include "casefile.h"
#include "identifiers.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>
#include <map>

namespace cb::casefile {

namespace {

const char *const Header = R"({"@context": {
 "kb": "urn:uuid:",
 "casebench": "https://casebench.org/ns/provenance#",
 "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
 "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
 "uco-location": "https://ontology.unifiedcyberontology.org/uco/location/",
 "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
 "case-investigation": "https://ontology.caseontology.org/case/investigation/",
 "xsd": "http://www.w3.org/2001/XMLSchema#"
},
"@graph": [)";

// Facets and helper objects get name-based UUIDs derived from their owner's, so an export is repeatable.
const QUuid Namespace = QUuid::fromString(QStringLiteral("{5b0c6a3e-2f1d-4c8e-9a57-0e6f3c9d4b21}"));

QString kb(const QByteArray &uuidBlob)
{
    return QStringLiteral("kb:") + QUuid::fromRfc4122(uuidBlob).toString(QUuid::WithoutBraces);
}

QString derived(const QString &owner, const char *what)
{
    return QStringLiteral("kb:") + QUuid::createUuidV5(Namespace, owner + u'/' + QLatin1String(what)).toString(QUuid::WithoutBraces);
}

QJsonObject ref(const QString &id)
{
    return {{QStringLiteral("@id"), id}};
}

QJsonObject typed(const char *type, const QString &value)
{
    return {{QStringLiteral("@type"), QLatin1String(type)}, {QStringLiteral("@value"), value}};
}

QJsonObject dateTime(qint64 utcMs, int offsetS)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(offsetS));
    return typed("xsd:dateTime", t.toString(utcMs % 1000 ? Qt::ISODateWithMs : Qt::ISODate));
}

QJsonObject facet(const QString &owner, const char *type, QJsonObject body)
{
    body.insert(QStringLiteral("@id"), derived(owner, type));
    body.insert(QStringLiteral("@type"), QStringLiteral("uco-observable:") + QLatin1String(type));
    return body;
}

class Exporter
{
public:
    Exporter(CaseFile &cf, QIODevice &out) : m_cf(cf), m_out(out), m_norm(cf.settings().region) {}

    Status run()
    {
        write(QByteArray(Header));
        files();
        calls();
        messages();
        contacts();
        cellSites();
        locations();
        entities();
        write("\n]}\n");
        return m_status;
    }
    CaseUcoExportStats stats;

private:
    void write(const QByteArray &b)
    {
        if (m_status.ok() && m_out.write(b) != b.size())
            m_status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the export could not be written: %1")).arg(m_out.errorString()));
    }

    void put(const QJsonObject &o)
    {
        write((m_first ? QByteArray("\n") : QByteArray(",\n")) + QJsonDocument(o).toJson(QJsonDocument::Compact));
        m_first = false;
    }

    void provenance(QJsonObject &o, qint64 source, const QString &locator)
    {
        o.insert(QStringLiteral("casebench:source"), ref(m_files.value(source)));
        o.insert(QStringLiteral("casebench:locator"), locator);
    }

    QString entity(qint64 id)
    {
        if (id <= 0)
            return {};
        QString &iri = m_entities[id];
        if (iri.isEmpty())
            iri = kb(m_cf.db().scalar("SELECT uuid FROM entities WHERE id = ?", {id}).toByteArray());
        return iri;
    }

    // A message recipient is stored as written; its entity is found through the same normalisation.
    qint64 entityOfRaw(const QString &raw, const QString &app)
    {
        const Identifier id = m_norm.party(raw, app);
        if (id.isNull())
            return 0;
        return m_cf.db().scalar("SELECT entity_id FROM identifiers WHERE type = ? AND value = ?", {id.type, id.value}).toLongLong();
    }

    void files()
    {
        sql::Statement st(m_cf.db(), "SELECT id, uuid, file_name, size, sha256 FROM sources ORDER BY id");
        while (st.step()) {
            const QString id = kb(st.blob(1));
            m_files.insert(st.int64(0), id);
            const QJsonObject hash{{QStringLiteral("@id"), derived(id, "hash")}, {QStringLiteral("@type"), QStringLiteral("uco-types:Hash")},
                                   {QStringLiteral("uco-types:hashMethod"), QStringLiteral("SHA256")},
                                   {QStringLiteral("uco-types:hashValue"), typed("xsd:hexBinary", st.text(4).toUpper())}};
            put({{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("uco-observable:File")},
                 {QStringLiteral("uco-core:hasFacet"),
                  QJsonArray{facet(id, "FileFacet", {{QStringLiteral("uco-observable:fileName"), st.text(2)}, {QStringLiteral("uco-observable:sizeInBytes"), st.int64(3)}}),
                             facet(id, "ContentDataFacet", {{QStringLiteral("uco-observable:hash"), QJsonArray{hash}}})}}});
            ++stats.files;
        }
    }

    void calls()
    {
        sql::Statement st(m_cf.db(), "SELECT uuid, source_id, locator, subscriber_id, other_id, direction, start_utc, utc_offset, duration_s, status, "
                                     "cell_site_id FROM calls ORDER BY id");
        while (st.step() && m_status.ok()) {
            const QString id = kb(st.blob(0)), dir = st.text(5);
            const QString subscriber = entity(st.int64(3)), other = entity(st.isNull(4) ? 0 : st.int64(4));
            QJsonObject f{{QStringLiteral("uco-observable:callType"), dir == u"out" ? QStringLiteral("outgoing") : dir == u"in" ? QStringLiteral("incoming") : dir},
                          {QStringLiteral("uco-observable:startTime"), dateTime(st.int64(6), int(st.int64(7)))}};
            if (!st.isNull(8))
                f.insert(QStringLiteral("uco-observable:duration"), st.int64(8));
            if (dir == u"out" || dir == u"unknown") {
                f.insert(QStringLiteral("uco-observable:from"), ref(subscriber));
                if (!other.isEmpty())
                    f.insert(QStringLiteral("uco-observable:to"), QJsonArray{ref(other)});
            } else {
                if (!other.isEmpty())
                    f.insert(QStringLiteral("uco-observable:from"), ref(other));
                f.insert(QStringLiteral("uco-observable:to"), QJsonArray{ref(subscriber)});
            }
            QJsonObject o{{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("uco-observable:Call")},
                          {QStringLiteral("uco-core:hasFacet"), QJsonArray{facet(id, "CallFacet", f)}}};
            if (!st.text(9).isEmpty())
                o.insert(QStringLiteral("uco-core:description"), st.text(9));
            provenance(o, st.int64(1), st.text(2));
            put(o);
            if (!st.isNull(10)) // the subscriber's serving cell
                relationship(id, "Connected_To", cellSite(st.int64(10)));
            ++stats.calls;
        }
    }

    // A cell is exported as the cell-site table row that places it, when there is one (else as the entity).
    // Either way it is named by its full CGI when any source gave one.
    QString cellSite(qint64 entityId)
    {
        QString &iri = m_cells[entityId];
        if (iri.isEmpty()) {
            const QByteArray row = m_cf.db().scalar("SELECT uuid FROM cell_sites WHERE entity_id = ? ORDER BY id LIMIT 1", {entityId}).toByteArray();
            iri = row.isEmpty() ? entity(entityId) : kb(row);
        }
        return iri;
    }

    QString application(const QString &name)
    {
        if (name.isEmpty())
            return {};
        QString &id = m_apps[name];
        if (id.isEmpty()) {
            id = QStringLiteral("kb:") + QUuid::createUuidV5(Namespace, QStringLiteral("application/") + name).toString(QUuid::WithoutBraces);
            put({{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("uco-observable:Application")}, {QStringLiteral("uco-core:name"), name},
                 {QStringLiteral("uco-core:hasFacet"), QJsonArray{facet(id, "ApplicationFacet", {{QStringLiteral("uco-observable:applicationIdentifier"), name}})}}});
        }
        return id;
    }

    void messages()
    {
        sql::Statement st(m_cf.db(), "SELECT uuid, source_id, locator, sender_id, recipients, time_utc, utc_offset, app, body FROM messages ORDER BY id");
        while (st.step() && m_status.ok()) {
            const QString id = kb(st.blob(0));
            QJsonObject f{{QStringLiteral("uco-observable:sentTime"), dateTime(st.int64(5), int(st.int64(6)))}};
            if (!st.isNull(3))
                f.insert(QStringLiteral("uco-observable:from"), ref(entity(st.int64(3))));
            QJsonArray to;
            for (const QString &r : st.text(4).split(u';', Qt::SkipEmptyParts))
                if (const QString e = entity(entityOfRaw(r, st.text(7))); !e.isEmpty())
                    to.append(ref(e));
            if (!to.isEmpty())
                f.insert(QStringLiteral("uco-observable:to"), to);
            if (const QString app = application(st.text(7)); !app.isEmpty())
                f.insert(QStringLiteral("uco-observable:application"), ref(app));
            if (!st.text(8).isEmpty())
                f.insert(QStringLiteral("uco-observable:messageText"), st.text(8));
            QJsonObject o{{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("uco-observable:Message")},
                          {QStringLiteral("uco-core:hasFacet"), QJsonArray{facet(id, "MessageFacet", f)}}};
            provenance(o, st.int64(1), st.text(2));
            put(o);
            ++stats.messages;
        }
    }

    void contacts()
    {
        sql::Statement st(m_cf.db(), "SELECT c.uuid, c.source_id, c.locator, c.contact_id, c.name, e.kind FROM contacts c "
                                     "LEFT JOIN entities e ON e.id = c.contact_id ORDER BY c.id");
        while (st.step() && m_status.ok()) {
            const QString id = kb(st.blob(0)), kind = st.text(5);
            QJsonObject f;
            if (!st.text(4).isEmpty())
                f.insert(QStringLiteral("uco-observable:displayName"), st.text(4));
            if (!st.isNull(3)) {
                const char *property = kind == EntityKind::Phone ? "uco-observable:phoneNumber" : kind == EntityKind::Email ? "uco-observable:emailAddress" : "uco-observable:screenName";
                f.insert(QLatin1String(property), QJsonArray{ref(entity(st.int64(3)))});
            }
            QJsonObject o{{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("uco-observable:Contact")},
                          {QStringLiteral("uco-core:hasFacet"), QJsonArray{facet(id, "ContactFacet", f)}}};
            provenance(o, st.int64(1), st.text(2));
            put(o);
            ++stats.contacts;
        }
    }

    void cellSites()
    {
        sql::Statement st(m_cf.db(), "SELECT s.uuid, s.source_id, s.locator, coalesce((SELECT value FROM identifiers WHERE entity_id = s.entity_id AND type = 'cell' "
                                     "AND value LIKE '%-%-%-%' LIMIT 1), s.cell_id), s.lat, s.lon, s.azimuth, s.address FROM cell_sites s ORDER BY s.id");
        while (st.step() && m_status.ok()) {
            const QString id = kb(st.blob(0));
            QJsonArray facets{facet(id, "CellSiteFacet", cellSiteFacet(st.text(3)))};
            if (!st.isNull(6))
                facets.append(facet(id, "AntennaFacet", {{QStringLiteral("uco-observable:azimuth"), typed("xsd:decimal", QString::number(st.int64(6)))}}));
            QJsonObject o{{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("uco-observable:CellSite")}, {QStringLiteral("uco-core:hasFacet"), facets}};
            provenance(o, st.int64(1), st.text(2));
            put(o);
            if (!st.isNull(4) && !st.isNull(5)) {
                const QString place = derived(id, "location");
                QJsonObject loc = location(place, st.real(4), st.real(5), st.text(7));
                put(loc);
                relationship(id, "Located_At", place);
            }
            ++stats.cellSites;
        }
    }

    // Where someone (the seized phone's user, usually) was: a Location, and a timed Located_At from them.
    void locations()
    {
        sql::Statement st(m_cf.db(), "SELECT uuid, source_id, locator, entity_id, time_utc, utc_offset, lat, lon, label FROM locations ORDER BY id");
        while (st.step() && m_status.ok()) {
            const QString id = kb(st.blob(0));
            QJsonObject loc = location(id, st.real(6), st.real(7), st.text(8));
            provenance(loc, st.int64(1), st.text(2));
            put(loc);
            if (!st.isNull(3))
                relationship(entity(st.int64(3)), "Located_At", id, dateTime(st.int64(4), int(st.int64(5))));
            ++stats.locations;
        }
    }

    QJsonObject location(const QString &id, double lat, double lon, const QString &description)
    {
        QJsonObject ll{{QStringLiteral("@id"), derived(id, "latlong")}, {QStringLiteral("@type"), QStringLiteral("uco-location:LatLongCoordinatesFacet")},
                       {QStringLiteral("uco-location:latitude"), typed("xsd:decimal", QString::number(lat, 'f', 6))},
                       {QStringLiteral("uco-location:longitude"), typed("xsd:decimal", QString::number(lon, 'f', 6))}};
        QJsonObject loc{{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("uco-location:Location")}, {QStringLiteral("uco-core:hasFacet"), QJsonArray{ll}}};
        if (!description.isEmpty())
            loc.insert(QStringLiteral("uco-core:description"), description);
        return loc;
    }

    void relationship(const QString &from, const char *kind, const QString &to, const QJsonObject &start = {})
    {
        QJsonObject r{{QStringLiteral("@id"), derived(from + u'>' + to, kind)}, {QStringLiteral("@type"), QStringLiteral("uco-core:Relationship")},
                      {QStringLiteral("uco-core:kindOfRelationship"), QLatin1String(kind)}, {QStringLiteral("uco-core:isDirectional"), true},
                      {QStringLiteral("uco-core:source"), ref(from)}, {QStringLiteral("uco-core:target"), QJsonArray{ref(to)}}};
        if (!start.isEmpty())
            r.insert(QStringLiteral("uco-core:startTime"), start);
        put(r);
    }

    // MCC-MNC-LAC-CI and LAC-CI go into UCO's own properties; any other form is the identifier as given.
    static QJsonObject cellSiteFacet(const QString &cell)
    {
        const QStringList p = cell.split(u'-');
        if (p.size() == 4)
            return {{QStringLiteral("uco-observable:cellSiteCountryCode"), p[0]}, {QStringLiteral("uco-observable:cellSiteNetworkCode"), p[1]},
                    {QStringLiteral("uco-observable:cellSiteLocationAreaCode"), p[2]}, {QStringLiteral("uco-observable:cellSiteIdentifier"), p[3]}};
        if (p.size() == 2)
            return {{QStringLiteral("uco-observable:cellSiteLocationAreaCode"), p[0]}, {QStringLiteral("uco-observable:cellSiteIdentifier"), p[1]}};
        return {{QStringLiteral("uco-observable:cellSiteIdentifier"), cell}};
    }

    // Every entity a record referred to, plus the seized devices sources came from.
    void entities()
    {
        sql::Statement devices(m_cf.db(), "SELECT DISTINCT device_id FROM sources WHERE device_id IS NOT NULL");
        while (devices.step())
            entity(devices.int64(0));
        const std::map<qint64, QString> all(m_entities.constKeyValueBegin(), m_entities.constKeyValueEnd());
        sql::Statement ent(m_cf.db(), "SELECT kind, name FROM entities WHERE id = ?");
        sql::Statement ids(m_cf.db(), "SELECT type, value FROM identifiers WHERE entity_id = ? ORDER BY id");
        for (const auto &[rowId, iri] : all) {
            if (!m_status.ok())
                return;
            ent.bind(1, rowId);
            if (!ent.step()) {
                ent.reset();
                continue;
            }
            const QString kind = ent.text(0), name = ent.text(1);
            ent.reset();
            QMultiHash<QString, QString> idents;
            ids.bind(1, rowId);
            while (ids.step())
                idents.insert(ids.text(0), ids.text(1));
            ids.reset();
            put(entityObject(iri, kind, name, idents));
        }
    }

    QJsonObject entityObject(const QString &iri, const QString &kind, const QString &name, const QMultiHash<QString, QString> &idents)
    {
        QJsonObject o{{QStringLiteral("@id"), iri}};
        QJsonArray facets;
        auto first = [&](const QString &type) { return idents.values(type).isEmpty() ? QString() : idents.values(type).constLast(); };
        if (kind == EntityKind::Device) {
            ++stats.devices;
            o.insert(QStringLiteral("@type"), QStringLiteral("uco-observable:MobileDevice"));
            if (!first(IdType::Imei).isEmpty())
                facets.append(facet(iri, "MobileDeviceFacet", {{QStringLiteral("uco-observable:IMEI"), first(IdType::Imei)}}));
            if (!name.isEmpty())
                facets.append(facet(iri, "DeviceFacet", {{QStringLiteral("uco-observable:model"), name}}));
            if (!first(IdType::Iccid).isEmpty())
                facets.append(facet(iri, "SIMCardFacet", {{QStringLiteral("uco-observable:ICCID"), first(IdType::Iccid)}}));
        } else if (kind == EntityKind::CellSite) {
            o.insert(QStringLiteral("@type"), QStringLiteral("uco-observable:CellSite"));
            QString cell = first(IdType::CellId);
            for (const QString &v : idents.values(IdType::CellId))
                cell = v.count(u'-') > cell.count(u'-') ? v : cell; // the full CGI when the cell has one
            facets.append(facet(iri, "CellSiteFacet", cellSiteFacet(cell)));
        } else {
            ++stats.accounts;
            QString phone = first(IdType::Phone);
            for (const QString &t : {IdType::ShortNumber, IdType::PhoneMasked})
                phone = phone.isEmpty() ? first(t) : phone;
            const QString email = first(IdType::Email);
            if (!phone.isEmpty()) {
                o.insert(QStringLiteral("@type"), QStringLiteral("uco-observable:PhoneAccount"));
                facets.append(facet(iri, "PhoneAccountFacet", {{QStringLiteral("uco-observable:phoneNumber"), phone}}));
            } else if (!email.isEmpty()) {
                o.insert(QStringLiteral("@type"), QStringLiteral("uco-observable:EmailAccount"));
                const QString address = derived(iri, "address");
                const QJsonObject addr{{QStringLiteral("@id"), address}, {QStringLiteral("@type"), QStringLiteral("uco-observable:EmailAddress")},
                                       {QStringLiteral("uco-core:hasFacet"), QJsonArray{facet(address, "EmailAddressFacet", {{QStringLiteral("uco-observable:addressValue"), email}})}}};
                facets.append(facet(iri, "EmailAccountFacet", {{QStringLiteral("uco-observable:emailAddress"), addr}}));
            } else {
                o.insert(QStringLiteral("@type"), QStringLiteral("uco-observable:DigitalAccount"));
                const QString value = idents.isEmpty() ? QString() : idents.constBegin().value();
                facets.append(facet(iri, "AccountFacet", {{QStringLiteral("uco-observable:accountIdentifier"), value}}));
            }
        }
        if (!name.isEmpty())
            o.insert(QStringLiteral("uco-core:name"), name);
        o.insert(QStringLiteral("uco-core:hasFacet"), facets);
        return o;
    }

    CaseFile &m_cf;
    QIODevice &m_out;
    Normaliser m_norm;
    Status m_status;
    bool m_first = true;
    QHash<qint64, QString> m_files, m_entities, m_cells;
    QHash<QString, QString> m_apps;
};

} // namespace

Result<CaseUcoExportStats> exportCaseUco(CaseFile &cf, QIODevice &out)
{
    Exporter e(cf, out);
    if (Status s = e.run(); !s.ok())
        return s;
    return e.stats;
}

} // namespace cb::casefile
