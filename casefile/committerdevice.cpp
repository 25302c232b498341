// Seized-device sources: the device entity and its owner, the database's companion files (-wal, -shm,
// -journal) preserved beside the source, and the full-text index of what this import brought in.
#include "committer.h"

#include "hash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::casefile {

namespace {

// An ICCID (SIM serial) is 18 to 22 digits ending in a Luhn check digit; some tools drop a trailing F.
Identifier iccidIdentifier(const QString &raw)
{
    QString digits;
    for (QChar c : raw)
        if (c.isDigit())
            digits += c;
    if (digits.size() < 18 || digits.size() > 22)
        return {};
    Identifier id{IdType::Iccid, digits, EntityKind::Device, false, {}};
    if (!luhnValid(digits))
        id.problem = QStringLiteral("the ICCID's check digit does not match");
    return id;
}

} // namespace

void Committer::addAccounts(std::span<const AccountRecord> batch)
{
    for (const AccountRecord &a : batch) {
        if (!m_writeError.ok())
            return;
        const Identifier id = m_norm.appAccount(a.service, a.username);
        if (id.isNull()) {
            m_cert.rejected(a.locator, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the account has no user name or number")));
            continue;
        }
        warnOnce(a.username, id, a.locator);
        const qint64 account = resolve(id, a.name, a.locator);
        const qint64 holder = a.holder.isEmpty() ? deviceParty() : entityFor(m_rawPhone, &Normaliser::phone, a.holder, {}, a.locator);
        const QString service = a.service.isEmpty() ? QStringLiteral("an account") : a.service + QStringLiteral(" account");
        link(QStringLiteral("uses_account"), holder, account, a.locator, service + QStringLiteral(" on the seized device"));
        // Numbers and addresses the account states for itself are linked, never merged into it: whether they
        // are the same person is the investigator's decision.
        for (const QString &raw : a.identifiers) {
            const Identifier other = m_norm.appAccount(a.service, raw);
            if (other.isNull() || other.type == IdType::AppAccount)
                continue;
            link(QStringLiteral("registered_with"), account, resolve(other, {}, a.locator), a.locator,
                 QStringLiteral("stated by the ") + service);
        }
        m_cert.acceptedOther(QStringLiteral("user_accounts"));
    }
}

void Committer::addArtifacts(std::span<const ArtifactRecord> batch)
{
    for (const ArtifactRecord &a : batch) {
        if (!m_writeError.ok())
            return;
        QJsonArray fields; // ordered [key, value] pairs: a key may repeat
        for (const auto &[key, value] : a.fields)
            fields.append(QJsonArray{key, value});
        sql::Statement &st = *m_insArtifact;
        bindUuid(st, 1);
        st.bind(2, m_sourceId).bind(3, a.locator);
        m_device ? st.bind(4, m_device) : st.bindNull(4);
        st.bind(5, a.type);
        a.time ? st.bind(6, a.time->utcMs).bind(7, qint64(a.time->offsetS)) : st.bindNull(6).bindNull(7);
        st.bind(8, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        if (!st.step() && !st.status().ok()) {
            fail(st);
            return;
        }
        st.reset();
        m_cert.acceptedOther(QStringLiteral("artifacts")); // their times (an app's install) are not the period of events
    }
}

void Committer::link(const QString &kind, qint64 from, qint64 to, const QString &locator, const QString &justification)
{
    if (!from || !to || from == to)
        return;
    sql::Statement st(m_case.db(), "INSERT INTO links(uuid, kind, from_id, to_id, source_id, locator, confidence, "
                                   "justification, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, 1.0, ?, ?, ?)");
    bindUuid(st, 1);
    st.bind(2, kind).bind(3, from).bind(4, to).bind(5, m_sourceId).bind(6, locator).bind(7, justification);
    st.bind(8, m_info.investigator).bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = st.exec(); !s && m_writeError.ok())
        m_writeError = s;
}

void Committer::device(const DeviceRecord &d)
{
    // What the extraction says is merged with what came before (the investigator's --device/--subscriber).
    auto keep = [this](const char *key, const QString &value) {
        if (!value.isEmpty() && !m_deviceJson.contains(QLatin1String(key)))
            m_deviceJson.insert(QLatin1String(key), value);
    };
    keep("imei", d.imei), keep("imsi", d.imsi), keep("iccid", d.iccid), keep("model", d.model);
    keep("owner_name", d.ownerName), keep("owner_number", d.ownerNumber), keep("extraction", d.extraction);
    keep("label", d.label);

    const QString imei = m_deviceJson.value(QStringLiteral("imei")).toString();
    const QString model = m_deviceJson.value(QStringLiteral("model")).toString();
    QString label = m_deviceJson.value(QStringLiteral("label")).toString();
    Identifier id = imei.isEmpty() ? Identifier{} : m_norm.imei(imei);
    if (!imei.isEmpty())
        warnOnce(imei, id, d.locator);
    if (id.isNull()) {
        // No IMEI: the investigator's exhibit label names the device, else this source does.
        if (label.isEmpty())
            label = m_info.fileName + QStringLiteral(" (") + m_info.sha256.left(12) + u')';
        id = {IdType::DeviceLabel, label, EntityKind::Device, false, {}};
    }
    const QString name = !model.isEmpty() ? model : label;
    const qint64 device = resolve(id, name, d.locator);
    if (m_device && device != m_device) // the extraction named the device after records were written
        link(QStringLiteral("same_device"), m_device, device, d.locator, QStringLiteral("the extraction identifies the device"));
    m_device = device;
    if (!label.isEmpty() && id.type != IdType::DeviceLabel)
        attachIdentifier(m_device, {IdType::DeviceLabel, label, EntityKind::Device, false, {}}, d.locator);
    if (!d.iccid.isEmpty()) {
        const Identifier iccid = iccidIdentifier(d.iccid);
        warnOnce(d.iccid, iccid, d.locator);
        attachIdentifier(m_device, iccid, d.locator);
    }
    const QString ownerNumber = m_deviceJson.value(QStringLiteral("owner_number")).toString();
    if (!ownerNumber.isEmpty() && !m_ownerPhone) {
        m_ownerPhone = entityFor(m_rawPhone, &Normaliser::phone, ownerNumber,
                                 m_deviceJson.value(QStringLiteral("owner_name")).toString(), d.locator);
        link(QStringLiteral("uses_device"), m_ownerPhone, m_device, d.locator,
             d.ownerNumber.isEmpty() ? QStringLiteral("given at import") : QStringLiteral("stated by the extraction"));
    }
    if (!d.imsi.isEmpty()) {
        const Identifier imsi = m_norm.imsi(d.imsi);
        warnOnce(d.imsi, imsi, d.locator);
        attachIdentifier(deviceParty(), imsi, d.locator);
    }
    sql::Statement upd(m_case.db(), "UPDATE sources SET device_id = ? WHERE id = ?");
    upd.bind(1, m_device).bind(2, m_sourceId).exec();
    QJsonObject cert = m_deviceJson;
    if (!cert.contains(QStringLiteral("label")) && !label.isEmpty())
        cert.insert(QStringLiteral("label"), label); // derived from the source: the name the case shows
    cert.insert(QStringLiteral("entity_id"), m_device);
    m_cert.device(cert);
}

qint64 Committer::placeholderAccount(const QString &locator, Identifier *own)
{
    const QString name = QStringLiteral("account holder of ") + m_info.fileName;
    *own = {IdType::AccountPlaceholder, name + QStringLiteral(" (") + m_info.sha256.left(12) + u')', EntityKind::BankAccount, false, {}};
    if (!m_placeholderAccount)
        m_placeholderAccount = resolve(*own, name, locator);
    return m_placeholderAccount;
}

Status Committer::addCompanion(const QString &name, const QString &role, const QByteArray &bytes)
{
    const QString sha = sha256Hex(bytes);
    sql::Statement st(m_case.db(), "INSERT INTO source_companions(source_id, name, role, size, sha256, bytes) "
                                   "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, m_sourceId).bind(2, name).bind(3, role).bind(4, qint64(bytes.size())).bind(5, sha);
    st.bindBlob(6, bytes.constData(), int(bytes.size()));
    if (Status s = st.exec(); !s)
        return s;
    m_cert.companion({{QStringLiteral("name"), name},
                      {QStringLiteral("role"), role},
                      {QStringLiteral("size"), qint64(bytes.size())},
                      {QStringLiteral("sha256"), sha}});
    return {};
}

Status Committer::indexSearch()
{
    return indexSourceForSearch(m_case.db(), m_sourceId, m_cert.accepted(QStringLiteral("messages")) > 0,
                                m_cert.accepted(QStringLiteral("artifacts")) > 0, m_cert.accepted(QStringLiteral("contacts")) > 0);
}

Status indexSourceForSearch(sql::Database &db, qint64 sourceId, bool messages, bool artifacts, bool contacts)
{
    // Message bodies and contact names of this source, in one pass each (an index insert per row would
    // be paid again on every message of a 500,000-message extraction).
    if (messages) {
        sql::Statement st(db, "INSERT INTO search(text, kind, row_id) SELECT body, 'message', id FROM messages "
                              "WHERE source_id = ? AND body IS NOT NULL AND body <> ''");
        if (Status s = st.bind(1, sourceId).exec(); !s)
            return s;
    }
    if (artifacts) {
        // Every value of the record, after its type: "InstalledApplication: WeChat · com.tencent.mm".
        sql::Statement st(db, "INSERT INTO search(text, kind, row_id) SELECT a.type || ': ' || "
                              "(SELECT group_concat(j.value ->> 1, ' · ') FROM json_each(a.fields) j), 'artifact', a.id "
                              "FROM artifacts a WHERE a.source_id = ?");
        if (Status s = st.bind(1, sourceId).exec(); !s)
            return s;
    }
    if (contacts) {
        sql::Statement st(db, "INSERT INTO search(text, kind, row_id) SELECT name, 'contact', id FROM contacts "
                              "WHERE source_id = ? AND name IS NOT NULL AND name <> ''");
        if (Status s = st.bind(1, sourceId).exec(); !s)
            return s;
    }
    return {};
}

} // namespace cb::casefile
