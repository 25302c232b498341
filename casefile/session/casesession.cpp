#include "session/casesession.h"

#include "recordkind.h"

#include <QCoreApplication>
#include <QUuid>
#include <memory>

namespace cb::casefile {

namespace {
// Written into the audit entry of an edit that undoes or redoes an earlier one.
const QString kUndoJustification = QStringLiteral("undo of the previous edit");
const QString kRedoJustification = QStringLiteral("redo of an undone edit");
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::None: return QStringLiteral("none");
    case Role::Subject: return QStringLiteral("subject");
    case Role::Victim: return QStringLiteral("victim");
    case Role::Witness: return QStringLiteral("witness");
    case Role::Associate: return QStringLiteral("associate");
    }
    return QStringLiteral("none");
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role r : {Role::None, Role::Subject, Role::Victim, Role::Witness, Role::Associate})
        if (name.compare(roleName(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

Result<std::unique_ptr<CaseSession>> CaseSession::open(const QString &path, CaseFile::Access access)
{
    Result<std::unique_ptr<CaseFile>> cf = CaseFile::open(path, access);
    if (!cf)
        return cf.status();
    return std::make_unique<CaseSession>(std::move(cf.value()));
}

Result<std::unique_ptr<CaseSession>> CaseSession::create(const QString &path, const CaseSettings &settings)
{
    Result<std::unique_ptr<CaseFile>> cf = CaseFile::create(path, settings);
    if (!cf)
        return cf.status();
    return std::make_unique<CaseSession>(std::move(cf.value()));
}

CaseSession::CaseSession(std::unique_ptr<CaseFile> cf, QObject *parent) : QObject(parent), m_case(std::move(cf))
{
    // Every write on this connection (an intent method here, an import through the pipeline) is relayed.
    connect(m_case.get(), &CaseFile::changed, this, &CaseSession::changed);
}

CaseSession::~CaseSession() = default;

QString CaseSession::actor() const
{
    return m_actor.isEmpty() ? m_case->defaultActor() : m_actor;
}

Result<Target> CaseSession::resolveTarget(const QString &text)
{
    const QString t = text.trimmed();
    if (const QUuid u = QUuid::fromString(t); !u.isNull()) {
        const QByteArray blob = u.toRfc4122();
        for (RecordKind k : allRecordKinds) {
            const QByteArray sql = QByteArray("SELECT id FROM ") + recordTable(k) + " WHERE uuid = ?";
            if (const QVariant id = m_case->db().scalar(sql.constData(), {blob}); id.isValid())
                return Target{recordKindName(k), id.toLongLong()};
        }
    }
    const Result<qint64> entity = findEntity(*m_case, t);
    if (!entity)
        return Status::error(ErrorCode::NotFound, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no record or entity is \"%1\"")).arg(t));
    return Target{QStringLiteral("entities"), entity.value()};
}

void CaseSession::record(const char *text, std::function<Status()> undo, std::function<Status()> redo)
{
    m_undo.push_back({text, std::move(undo), std::move(redo)});
    m_redo.clear();
    emit undoStateChanged();
}

QString CaseSession::undoText() const
{
    return m_undo.empty() ? QString() : QCoreApplication::translate("cb::casefile::CaseSession", m_undo.back().text);
}

QString CaseSession::redoText() const
{
    return m_redo.empty() ? QString() : QCoreApplication::translate("cb::casefile::CaseSession", m_redo.back().text);
}

Status CaseSession::undo()
{
    if (m_undo.empty())
        return Status::error(ErrorCode::Invalid, QStringLiteral("nothing to undo"));
    Edit e = std::move(m_undo.back());
    m_undo.pop_back();
    const Status s = e.undo();
    if (s.ok())
        m_redo.push_back(std::move(e));
    else
        m_undo.push_back(std::move(e)); // the case is as it was: the edit can still be undone later
    emit undoStateChanged();
    return s;
}

Status CaseSession::redo()
{
    if (m_redo.empty())
        return Status::error(ErrorCode::Invalid, QStringLiteral("nothing to redo"));
    Edit e = std::move(m_redo.back());
    m_redo.pop_back();
    const Status s = e.redo();
    if (s.ok())
        m_undo.push_back(std::move(e));
    else
        m_redo.push_back(std::move(e));
    emit undoStateChanged();
    return s;
}

// Identity decisions. A redone merge is a new link (the undone one stays on record as undone), so the
// closures share the id of the link currently in force.
Result<qint64> CaseSession::mergeEntities(qint64 a, qint64 b, int confidence, const QString &justification)
{
    const Result<qint64> id = casefile::mergeEntities(*m_case, a, b, confidence, justification, actor());
    if (!id)
        return id;
    auto current = std::make_shared<qint64>(id.value());
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Merge entities"),
           [this, current] { return casefile::undoLink(*m_case, *current, kUndoJustification, actor()); },
           [this, current, a, b, confidence, justification] {
               const Result<qint64> again = casefile::mergeEntities(*m_case, a, b, confidence, justification, actor());
               if (again)
                   *current = again.value();
               return again ? Status() : again.status();
           });
    return id;
}

Result<qint64> CaseSession::markDeviceOwner(qint64 device, qint64 phone, int confidence, const QString &justification)
{
    const Result<qint64> id = casefile::markDeviceOwner(*m_case, device, phone, confidence, justification, actor());
    if (!id)
        return id;
    auto current = std::make_shared<qint64>(id.value());
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Mark the device's owner"),
           [this, current] { return casefile::undoLink(*m_case, *current, kUndoJustification, actor()); },
           [this, current, device, phone, confidence, justification] {
               const Result<qint64> again = casefile::markDeviceOwner(*m_case, device, phone, confidence, justification, actor());
               if (again)
                   *current = again.value();
               return again ? Status() : again.status();
           });
    return id;
}

Result<qint64> CaseSession::assertLink(qint64 from, qint64 to, const QString &kind, const QString &status, const QString &basis,
                                       const QString &justification)
{
    const Result<qint64> id = casefile::assertLink(*m_case, from, to, kind, status, basis, justification, actor());
    if (!id)
        return id;
    auto current = std::make_shared<qint64>(id.value());
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Assert a link"),
           [this, current] { return casefile::undoLink(*m_case, *current, kUndoJustification, actor()); },
           [this, current, from, to, kind, status, basis, justification] {
               const Result<qint64> again = casefile::assertLink(*m_case, from, to, kind, status, basis, justification, actor());
               if (again)
                   m_linkRenames.insert(*current, again.value()), *current = again.value();
               return again ? Status() : again.status();
           });
    return id;
}

qint64 CaseSession::currentLink(qint64 id) const
{
    for (int guard = 0; m_linkRenames.contains(id) && guard < 10000; ++guard)
        id = m_linkRenames.value(id);
    return id;
}

Status CaseSession::setLinkStatus(qint64 linkId, const QString &status, const QString &basis, const QString &justification)
{
    const QList<AnalystLink> links = analystLinks(*m_case);
    const auto it = std::find_if(links.begin(), links.end(), [&](const AnalystLink &l) { return l.id == linkId; });
    const QString before = it == links.end() ? QString() : it->status, beforeBasis = it == links.end() ? QString() : it->basis;
    if (Status s = casefile::setLinkStatus(*m_case, linkId, status, basis, justification, actor()); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Set a link's status"),
           // The link may have been undone and asserted again (a new row) since: follow it.
           [this, linkId, before, beforeBasis] {
               return casefile::setLinkStatus(*m_case, currentLink(linkId), before, beforeBasis, kUndoJustification, actor());
           },
           [this, linkId, status, basis, justification] {
               return casefile::setLinkStatus(*m_case, currentLink(linkId), status, basis, justification, actor());
           });
    return {};
}

Status CaseSession::undoLink(qint64 linkId, const QString &justification)
{
    const QList<AnalystLink> links = analystLinks(*m_case);
    const auto it = std::find_if(links.begin(), links.end(), [&](const AnalystLink &l) { return l.id == linkId; });
    if (Status s = casefile::undoLink(*m_case, linkId, justification, actor()); !s)
        return s;
    const AnalystLink was = *it; // undoLink found it, so it exists
    auto current = std::make_shared<qint64>(linkId);
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Undo a merge or owner mark"),
           [this, current, was] {
               const Result<qint64> again =
                   was.kind == LinkKind::SameEntity ? casefile::mergeEntities(*m_case, was.from.id, was.to.id, was.confidence, was.justification, actor())
                   : was.kind == LinkKind::OwnsDevice
                       ? casefile::markDeviceOwner(*m_case, was.to.id, was.from.id, was.confidence, was.justification, actor())
                       : casefile::assertLink(*m_case, was.from.id, was.to.id, was.kind, was.status, was.basis, was.justification, actor());
               if (again)
                   m_linkRenames.insert(*current, again.value()), *current = again.value();
               return again ? Status() : again.status();
           },
           [this, current, justification] { return casefile::undoLink(*m_case, *current, justification, actor()); });
    return {};
}

} // namespace cb::casefile
