#pragma once
// Entities for the Entities panel and the global search box: found by any written form of an identifier
// (a phone number as dialled, an account with spaces, an IMEI), by label or name, filtered by kind and role;
// and everything about one entity: all its identifiers with the source and row each came from, its merges
// and owner marks, its role, notes and tags, and how many records of each kind name it.
#include "entitylinks.h"
#include "recordkind.h"
#include "session/casesession.h"

namespace cb::casefile {

struct EntityRow
{
    qint64 id = 0;
    QString uuid, kind, label, name;
    Role role = Role::None;
    QStringList identifiers; // "phone +8613800138000", in first-seen order
};

struct EntityFilter
{
    QString text;       // empty: all
    QStringList kinds;  // entity kinds ("phone", "bank_account"...); empty: all
    std::optional<Role> role; // Role::None: entities without a role
    int limit = 2000;
};

Result<QList<EntityRow>> findEntities(CaseFile &cf, const EntityFilter &filter, const Progress &progress = {});

struct IdentifierOrigin
{
    QString type, value;
    bool partial = false;
    QString sourceFile, locator; // where it was first seen
};

struct EntityDetail
{
    EntityRow entity;
    QList<IdentifierOrigin> identifiers;
    QList<AnalystLink> links;      // merges and owner marks that involve it, undone ones included
    QString roleJustification, roleActor, roleSetAt;
    QStringList tags;
    QList<NoteRow> notes;
    QList<QPair<RecordKind, qint64>> records; // how many records of each kind name it (merged twins included)
};

Result<EntityDetail> entityDetail(CaseFile &cf, qint64 id);

} // namespace cb::casefile
