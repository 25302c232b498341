#pragma once
// Analyst decisions about identity: "these two entities are one person" (a merge) and "this phone is the
// owner's line of that seized device". Each is a link with a confidence, a justification, who and when;
// each is audited, and each can be undone (the link is kept, marked undone, and the undo is audited too).
// Suggested matches are computed from the data with their reasons and are never applied by themselves.
#include "records.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cb::casefile {

class CaseFile;

struct EntityRef
{
    qint64 id = 0;
    QString uuid, kind, name;
    QString label;           // as every table shows the entity (the entity_labels view)
    QStringList identifiers; // "phone +8613800138000", "imei 356420075722843"
    QString display() const; // name and first identifier, or "#id"
    QJsonObject toJson() const;
};

namespace LinkKind {
inline const QString SameEntity = QStringLiteral("same_entity"); // analyst merge
inline const QString OwnsDevice = QStringLiteral("owns_device"); // analyst: the seized device's owner line
// Asserted on the link chart, each with a status: a person owns or uses a phone, an account, a device;
// is a member of an organisation; two names are aliases of one another.
inline const QString Owns = QStringLiteral("owns");
inline const QString Uses = QStringLiteral("uses");
inline const QString MemberOf = QStringLiteral("member_of");
inline const QString AliasOf = QStringLiteral("alias_of");
const QStringList &asserted();
} // namespace LinkKind

namespace LinkStatus {
inline const QString Alleged = QStringLiteral("alleged");
inline const QString Corroborated = QStringLiteral("corroborated");
inline const QString Refuted = QStringLiteral("refuted");
const QStringList &all();
} // namespace LinkStatus

struct AnalystLink
{
    qint64 id = 0;
    QString uuid, kind;
    EntityRef from, to;
    int confidence = 100; // percent
    QString justification, actor, createdAt, undoneAt, undoneBy;
    QString status, basis; // asserted links: the latest status and what it rests on
    QJsonObject toJson() const;
};

struct MatchSuggestion
{
    EntityRef a, b;
    int score = 0; // 0..100, for ordering: the reasons are what the analyst weighs
    QList<Message> reasons;
    QJsonObject toJson() const;
};

// An entity named by "#12", its UUID, or any identifier value as it would be normalised on import
// (a phone number in any form, an IBAN, an IMEI, an e-mail address, a device's exhibit label...).
Result<qint64> findEntity(CaseFile &cf, const QString &text);
EntityRef describeEntity(CaseFile &cf, qint64 id);
// The merge group's canonical entity (itself when it is in no merge).
qint64 canonicalEntity(CaseFile &cf, qint64 id);

Result<qint64> mergeEntities(CaseFile &cf, qint64 a, qint64 b, int confidence, const QString &justification, const QString &actor = {});
Result<qint64> markDeviceOwner(CaseFile &cf, qint64 device, qint64 phone, int confidence, const QString &justification, const QString &actor = {});
Status undoLink(CaseFile &cf, qint64 linkId, const QString &justification, const QString &actor = {});
// A link the analyst asserts (LinkKind::asserted()) with its status and the sources it rests on (file
// names, exhibits, statements: free text).
Result<qint64> assertLink(CaseFile &cf, qint64 from, qint64 to, const QString &kind, const QString &status, const QString &basis,
                          const QString &justification, const QString &actor = {});
// A new status for an asserted link; the earlier ones stay in its history.
Status setLinkStatus(CaseFile &cf, qint64 linkId, const QString &status, const QString &basis, const QString &justification, const QString &actor = {});
QList<AnalystLink> analystLinks(CaseFile &cf, bool includeUndone = true);
// The lines marked as owners of seized devices (active owns_device links), and the owner numbers the
// extractions themselves stated (uses_device links from import): where charts start.
QList<qint64> seizedDeviceOwners(CaseFile &cf);

QList<MatchSuggestion> suggestMatches(CaseFile &cf, int limit = 200);

} // namespace cb::casefile
