#pragma once
// The case session (after Tiled's and Okular's Document): one object per open case that owns its write
// connection and performs every analyst edit through an intent method. Each intent method validates, writes
// its change and its audit entry in one transaction, records how to undo it, and announces what changed
// (changed()). Undo and redo replay the inverse edit through the same path, so they are audited too; a
// deletion leaves a tombstone (copies of a case merged later must not bring it back).
//
// Thread: a session is used from one thread at a time (the command line's, or the workbench's writer
// thread behind CaseWorker). Its signals are emitted on that thread.
#include "casefile.h"
#include "entitylinks.h"
#include "session/leads.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cb::casefile {

enum class Role { None, Subject, Victim, Witness, Associate };
QString roleName(Role role); // "subject"..., "none"
std::optional<Role> roleFromName(QStringView name);

// What a note or a tag is attached to: an entity, or a record of one of the record tables.
struct Target
{
    QString table; // "entities", "transactions", "calls"...
    qint64 id = 0;
    bool operator==(const Target &o) const { return table == o.table && id == o.id; }
};

struct NoteRow
{
    qint64 id = 0;
    QString uuid;
    Target target;
    QString targetUuid, targetLabel;
    QString text, author, createdAt, editedAt, deletedAt;
    QJsonObject toJson() const;
};

struct RoleRow
{
    qint64 entity = 0;
    QString entityUuid, label;
    Role role = Role::None;
    QString justification, actor, setAt;
    QJsonObject toJson() const;
};

// Reading analyst work needs no session: any connection (the worker's reader) can.
QList<NoteRow> notesOf(CaseFile &cf, const std::optional<Target> &target = std::nullopt, bool includeDeleted = false);
QStringList tagsOf(CaseFile &cf, const Target &target);
QList<RoleRow> rolesOf(CaseFile &cf);
// Saved timeline views: one by name (NotFound when there is none), and every name.
Result<QJsonObject> timelineView(CaseFile &cf, const QString &name);
QStringList timelineViews(CaseFile &cf);
// Any saved view by its meta key prefix ("timeline_view", "chart"), and the names saved under one.
Result<QJsonObject> savedView(CaseFile &cf, const QString &prefix, const QString &name);
QStringList savedViews(CaseFile &cf, const QString &prefix);

class CaseSession : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<CaseSession>> open(const QString &path, CaseFile::Access access = CaseFile::Access::ReadWrite);
    bool isReadOnly() const { return m_case->isReadOnly(); }
    static Result<std::unique_ptr<CaseSession>> create(const QString &path, const CaseSettings &settings);
    explicit CaseSession(std::unique_ptr<CaseFile> cf, QObject *parent = nullptr);
    ~CaseSession() override;

    CaseFile &caseFile() { return *m_case; }
    // Who makes the edits (recorded with each); the case's investigator unless set.
    QString actor() const;
    void setActor(const QString &actor) { m_actor = actor; }

    // A record's UUID, else an entity ("#12", its UUID, or any identifier as imports normalise them).
    Result<Target> resolveTarget(const QString &text);

    // Identity decisions (entitylinks.h): merges and owner marks, and undoing them.
    Result<qint64> mergeEntities(qint64 a, qint64 b, int confidence, const QString &justification);
    Result<qint64> markDeviceOwner(qint64 device, qint64 phone, int confidence, const QString &justification);
    Status undoLink(qint64 linkId, const QString &justification);
    // A link asserted on the link chart (owns, uses, member_of, alias_of) with its status and basis; a new
    // status for it (its history is kept). Both undoable.
    Result<qint64> assertLink(qint64 from, qint64 to, const QString &kind, const QString &status, const QString &basis, const QString &justification);
    Status setLinkStatus(qint64 linkId, const QString &status, const QString &basis, const QString &justification);

    // An entity's role in the case (Role::None removes it). Charts, timelines and redaction use roles.
    Status setRole(qint64 entity, Role role, const QString &justification = {});
    // Notes on any entity or record; edits keep the note's UUID, deletes leave a tombstone.
    Result<QString> addNote(const Target &target, const QString &text);
    Status editNote(const QString &uuid, const QString &text);
    Status deleteNote(const QString &uuid);
    // Tags on any entity or record.
    Status tag(const Target &target, const QString &tag);
    Status untag(const Target &target, const QString &tag);

    // The leads register: a new lead gets the next code L-YYYY-NNNNNN and status new; every status change
    // is a step of its history (who, when, note).
    Result<QString> addLead(const QString &summary, const QString &source, const QList<qint64> &entities);
    Status setLeadStatus(const QString &code, LeadStatus status, const QString &note = {});
    // An event no source holds, marked as entered by this analyst, on what basis; returns its UUID.
    Result<QString> addEvent(const Timestamp &time, const QString &text, const QList<qint64> &entities, const QString &basis = {});

    // What the packet's cover and summary say: "title", "case_number", "agency", "handling" (the packet's
    // handling line) or "narrative" (the analyst's account, in Markdown). Undoable.
    Status setCaseDetail(const QString &key, const QString &value);
    // A timeline view (timeline/timelinescene.h ViewSpec as JSON) kept under a name; saving the same name again replaces it.
    Status saveTimelineView(const QString &name, const QJsonObject &view);
    // A link chart (chart/chart.h ChartSpec as JSON: what it shows, positions, pins, groups) kept under a name.
    Status saveChart(const QString &name, const QJsonObject &spec);

    // Records in the audit log that something left the case (a table exported: its file, rows and SHA-256).
    Status recordExport(const QString &what, const QJsonObject &details);
    // A picture or data file written from the case (timeline, chart...): its path, SHA-256 (read back from
    // the file) and the view it shows, in the audit log.
    Status recordFileExport(const QString &what, const QString &path, const QJsonObject &view);
    // A finished analysis, saved with its parameters, its result and the rows it read (sorted UUIDs, and
    // the SHA-256 over them and their digests); returns its code, R-NNNNNN. Not undoable: a run is a
    // record of what was done.
    // An exhibit for the evidence packet: kind "table" (spec: kind, entities, from, to, text), "record"
    // (spec: uuid), "thread" (spec: uuid of one of its messages), "run" (spec: run) or "lead" (spec: lead); checked against the case, numbered E-N (numbers
    // are never reused) and undoable. Removing one marks it removed.
    Result<QString> addExhibit(const QString &kind, const QJsonObject &spec, const QString &caption, const QString &note);
    Status removeExhibit(const QString &code);
    Result<QString> recordRun(const QString &kind, const QJsonObject &parameters, const QJsonObject &result,
                              const QString &dataSha256, const QList<QByteArray> &rowsRead, const QString &rerunOf = {});

    QList<NoteRow> notes(const std::optional<Target> &target = std::nullopt, bool includeDeleted = false);
    QList<RoleRow> roles();
    QStringList tags(const Target &target);

    // This session's edits, in order. Undo performs the inverse edit (audited); a new edit clears redo.
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    QString undoText() const; // translated description of what undo() would undo
    QString redoText() const;
    Status undo();
    Status redo();

signals:
    void changed(const cb::casefile::Change &change);
    void undoStateChanged();

private:
    struct Edit
    {
        const char *text; // QT_TRANSLATE_NOOP("cb::casefile::CaseSession", ...)
        std::function<Status()> undo, redo;
    };
    void record(const char *text, std::function<Status()> undo, std::function<Status()> redo);
    Status validTarget(const Target &target);
    QString targetUuid(const Target &target);
    Status writeRole(qint64 entity, Role role, const QString &justification, bool undoing);
    Status writeNoteText(const QString &uuid, const QString &text, bool undoing);
    Status writeNoteDeleted(const QString &uuid, bool deleted, bool undoing);
    Status writeTag(const Target &target, const QString &tag, bool add, bool undoing);
    Status writeCaseDetail(const QString &key, const QString &value, bool undoing);
    // An undone link asserted again is a new row: old id -> new id, for the edits recorded with the old one.
    qint64 currentLink(qint64 id) const;
    QHash<qint64, qint64> m_linkRenames;
    Status writeSavedView(const QString &prefix, const QString &name, const QString &json, bool undoing); // json empty: removes it
    Status saveView(const QString &prefix, const char *undoText, const QString &name, const QJsonObject &view);
    Status writeExhibitRemoved(const QString &code, bool removed, bool undoing);
    Result<QJsonObject> checkedExhibit(const QString &kind, const QJsonObject &spec);
    Status writeLeadStatus(const QString &code, LeadStatus status, const QString &note, bool undoing);

    std::unique_ptr<CaseFile> m_case;
    QString m_actor;
    std::vector<Edit> m_undo, m_redo;
};

} // namespace cb::casefile
