#pragma once
// What a write to a case changed, announced by the CaseFile that made it and relayed by the case session
// to every view: the kinds of object touched and, for the main one, which ids. Views refresh what they show
// of those kinds; none reloads by hand.
#include <QList>
#include <QMetaType>
#include <QString>

namespace cb::casefile {

enum class ObjectKind : unsigned {
    Sources = 1u << 0,  // an import (a new source and its certificate)
    Records = 1u << 1,  // transactions, calls, messages... (imported)
    Entities = 1u << 2, // new entities or identifiers
    Links = 1u << 3,    // merges and owner marks, and their undoing
    Roles = 1u << 4,
    Notes = 1u << 5,
    Tags = 1u << 6,
    Settings = 1u << 7,
    Leads = 1u << 8,    // the leads register
    Events = 1u << 9,   // analyst-entered events
    Runs = 1u << 10,    // saved analysis runs
    Exhibits = 1u << 11, // exhibits for the evidence packet
};

struct Change
{
    unsigned kinds = 0;  // ObjectKind bits
    QList<qint64> ids;   // ids of the main object changed (the source, the entities, the note...), when known
    QString action;      // the audit action that made it ("import", "merge", "role", "note_edit"...)

    Change() = default;
    Change(std::initializer_list<ObjectKind> k, QList<qint64> changed = {}, QString act = {}) : ids(std::move(changed)), action(std::move(act))
    {
        for (ObjectKind o : k)
            kinds |= unsigned(o);
    }
    bool touches(ObjectKind k) const { return (kinds & unsigned(k)) != 0; }
};

} // namespace cb::casefile

Q_DECLARE_METATYPE(cb::casefile::Change)
