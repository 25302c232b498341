// The case session's intent methods: each edit writes, audits and announces itself, and undo/redo take
// it back and forth through the same path (audited too); deleted notes leave tombstones.
#include "casefile.h"
#include "entitylinks.h"
#include "search.h"
#include "session/casesession.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>

using namespace cb::casefile;

namespace {

qint64 auditCount(CaseSession &s, const QString &action)
{
    return s.caseFile().db().scalar("SELECT count(*) FROM audit_log WHERE action = ?", {action}).toLongLong();
}

Change lastChange(const QSignalSpy &spy)
{
    return spy.last().at(0).value<Change>();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir; // a new case for each test
    std::unique_ptr<CaseSession> m_session;
    qint64 m_a = 0, m_b = 0; // two phones
    QString m_call;          // a call's UUID

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto cf = cb::test::newCase(*m_dir);
        const QString calls = cb::test::writeFile(*m_dir, QStringLiteral("c.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-01T10:00:30+08:00,13800138000,13900139000,out,75,,,\n");
        QCOMPARE(cb::test::import(*cf, calls).statusName(), QStringLiteral("imported"));
        m_session = std::make_unique<CaseSession>(std::move(cf));
        m_session->setActor(QStringLiteral("Det. Wang"));
        m_a = findEntity(m_session->caseFile(), QStringLiteral("13800138000")).value();
        m_b = findEntity(m_session->caseFile(), QStringLiteral("13900139000")).value();
        m_call = QUuid::fromRfc4122(m_session->caseFile().db().scalar("SELECT uuid FROM calls").toByteArray()).toString(QUuid::WithoutBraces);
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void roleRoundTrip()
    {
        QSignalSpy changed(m_session.get(), &CaseSession::changed);
        QSignalSpy undoState(m_session.get(), &CaseSession::undoStateChanged);
        QVERIFY(m_session->setRole(m_a, Role::Subject, QStringLiteral("the caller in every fraud call")).ok());
        QCOMPARE(changed.size(), 1);
        QVERIFY(lastChange(changed).touches(ObjectKind::Roles));
        QCOMPARE(lastChange(changed).ids, QList<qint64>{m_a});
        QCOMPARE(undoState.size(), 1);
        QCOMPARE(m_session->undoText(), QStringLiteral("Set role"));
        QCOMPARE(m_session->roles().size(), 1);
        QCOMPARE(m_session->roles().first().role, Role::Subject);
        QCOMPARE(m_session->roles().first().actor, QStringLiteral("Det. Wang"));
        QCOMPARE(m_session->roles().first().label, QStringLiteral("+8613800138000"));
        // The same role again is refused and changes nothing (no audit entry, no undo step).
        QVERIFY(!m_session->setRole(m_a, Role::Subject).ok());
        QCOMPARE(auditCount(*m_session, QStringLiteral("role")), 1);
        // A second edit, then undo both in reverse order.
        QVERIFY(m_session->setRole(m_a, Role::Associate, QStringLiteral("rethought")).ok());
        QVERIFY(m_session->undo().ok());
        QCOMPARE(m_session->roles().first().role, Role::Subject);
        QCOMPARE(m_session->roles().first().justification, QStringLiteral("the caller in every fraud call"));
        QVERIFY(m_session->undo().ok());
        QVERIFY(m_session->roles().isEmpty());
        QVERIFY(!m_session->canUndo());
        QVERIFY(!m_session->undo().ok());
        QVERIFY(m_session->redo().ok());
        QCOMPARE(m_session->roles().first().role, Role::Subject);
        QCOMPARE(m_session->redoText(), QStringLiteral("Set role"));
        QVERIFY(m_session->redo().ok());
        QCOMPARE(m_session->roles().first().role, Role::Associate);
        QVERIFY(!m_session->canRedo());
        // Every step is in the audit chain: 2 edits, 2 undos, 2 redos; the undos and redos say so.
        QCOMPARE(auditCount(*m_session, QStringLiteral("role")), 6);
        QCOMPARE(m_session->caseFile().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'role' AND details LIKE '%\"undo_redo\":true%'").toInt(), 4);
        QVERIFY(m_session->caseFile().verifyAuditChain().ok());
        // A new edit after an undo clears what could be redone.
        QVERIFY(m_session->undo().ok());
        QVERIFY(m_session->canRedo());
        QVERIFY(m_session->setRole(m_b, Role::Victim).ok());
        QVERIFY(!m_session->canRedo());
    }

    void notesKeepTheirUuidAndLeaveTombstones()
    {
        const auto target = m_session->resolveTarget(m_call);
        QVERIFY(target.ok());
        QCOMPARE(target.value().table, QStringLiteral("calls"));
        const auto uuid = m_session->addNote(target.value(), QStringLiteral("victim says the caller claimed to be police"));
        QVERIFY(uuid.ok());
        QVERIFY(!m_session->addNote(target.value(), QStringLiteral("   ")).ok());
        QCOMPARE(search(m_session->caseFile(), QStringLiteral("police")).value().size(), 1);
        QVERIFY(m_session->editNote(uuid.value(), QStringLiteral("victim says the caller claimed to be a prosecutor")).ok());
        QCOMPARE(m_session->notes().first().uuid, uuid.value()); // edits keep the UUID
        QVERIFY(!m_session->notes().first().editedAt.isEmpty());
        QCOMPARE(search(m_session->caseFile(), QStringLiteral("police")).value().size(), 0);
        QCOMPARE(search(m_session->caseFile(), QStringLiteral("prosecutor")).value().size(), 1);
        QVERIFY(m_session->deleteNote(uuid.value()).ok());
        QVERIFY(m_session->notes().isEmpty());
        QCOMPARE(m_session->notes(std::nullopt, true).size(), 1); // the tombstone
        QVERIFY(!m_session->notes(std::nullopt, true).first().deletedAt.isEmpty());
        QCOMPARE(search(m_session->caseFile(), QStringLiteral("prosecutor")).value().size(), 0);
        QVERIFY(!m_session->editNote(uuid.value(), QStringLiteral("x")).ok()); // a deleted note is not edited
        // Undo the delete, then the edit: the note is back with its first text, searchable again.
        QVERIFY(m_session->undo().ok());
        QCOMPARE(m_session->notes().size(), 1);
        QVERIFY(m_session->undo().ok());
        QCOMPARE(m_session->notes().first().text, QStringLiteral("victim says the caller claimed to be police"));
        QCOMPARE(search(m_session->caseFile(), QStringLiteral("police")).value().size(), 1);
        // Undo the add: a tombstone too, never a vanished row.
        QVERIFY(m_session->undo().ok());
        QVERIFY(m_session->notes().isEmpty());
        QCOMPARE(m_session->caseFile().db().scalar("SELECT count(*) FROM notes").toInt(), 1);
        QVERIFY(m_session->redo().ok());
        QCOMPARE(m_session->notes().size(), 1);
        // Notes on an entity, by identifier.
        const auto entity = m_session->resolveTarget(QStringLiteral("+86 139 0013 9000"));
        QVERIFY(entity.ok());
        QCOMPARE(entity.value().table, QStringLiteral("entities"));
        QVERIFY(m_session->addNote(entity.value(), QStringLiteral("the victim's line")).ok());
        QCOMPARE(m_session->notes(entity.value()).size(), 1);
        QCOMPARE(m_session->notes(entity.value()).first().targetLabel, QStringLiteral("+8613900139000"));
        QVERIFY(!m_session->resolveTarget(QStringLiteral("no such thing")).ok());
        QVERIFY(m_session->caseFile().verifyAuditChain().ok());
    }

    void tagsAddAndRemove()
    {
        const Target call = m_session->resolveTarget(m_call).value();
        QSignalSpy changed(m_session.get(), &CaseSession::changed);
        QVERIFY(m_session->tag(call, QStringLiteral("fraud call")).ok());
        QVERIFY(m_session->tag(call, QStringLiteral("exhibit")).ok());
        QVERIFY(!m_session->tag(call, QStringLiteral("exhibit")).ok()); // once
        QCOMPARE(m_session->tags(call), (QStringList{QStringLiteral("exhibit"), QStringLiteral("fraud call")}));
        QVERIFY(lastChange(changed).touches(ObjectKind::Tags));
        QVERIFY(m_session->untag(call, QStringLiteral("fraud call")).ok());
        QVERIFY(!m_session->untag(call, QStringLiteral("fraud call")).ok());
        QCOMPARE(m_session->tags(call), QStringList{QStringLiteral("exhibit")});
        QVERIFY(m_session->undo().ok()); // the untag
        QCOMPARE(m_session->tags(call).size(), 2);
        QVERIFY(!m_session->tag({QStringLiteral("sqlite_schema"), 1}, QStringLiteral("x")).ok()); // only entities and records
        QVERIFY(!m_session->tag({QStringLiteral("calls"), 999}, QStringLiteral("x")).ok());
    }

    void mergeUndoRedoThroughTheSession()
    {
        QSignalSpy changed(m_session.get(), &CaseSession::changed);
        const auto link = m_session->mergeEntities(m_a, m_b, 70, QStringLiteral("one handset"));
        QVERIFY(link.ok());
        QVERIFY(lastChange(changed).touches(ObjectKind::Links));
        QCOMPARE(canonicalEntity(m_session->caseFile(), m_b), qMin(m_a, m_b));
        QVERIFY(m_session->undo().ok());
        QCOMPARE(canonicalEntity(m_session->caseFile(), m_b), m_b);
        QVERIFY(m_session->redo().ok()); // a new link; the undone one stays on record
        QCOMPARE(canonicalEntity(m_session->caseFile(), m_b), qMin(m_a, m_b));
        const QList<AnalystLink> links = analystLinks(m_session->caseFile());
        QCOMPARE(links.size(), 2);
        QVERIFY(!links[0].undoneAt.isEmpty());
        QVERIFY(links[1].undoneAt.isEmpty());
        // Undoing the link by its number is itself undoable: it is merged again.
        QVERIFY(m_session->undoLink(links[1].id, QStringLiteral("different people after all")).ok());
        QCOMPARE(canonicalEntity(m_session->caseFile(), m_b), m_b);
        QVERIFY(m_session->undo().ok());
        QCOMPARE(canonicalEntity(m_session->caseFile(), m_b), qMin(m_a, m_b));
        QCOMPARE(auditCount(*m_session, QStringLiteral("merge")), 3);
        QCOMPARE(auditCount(*m_session, QStringLiteral("unmerge")), 2);
    }

    void leadsKeepTheirHistory()
    {
        QSignalSpy changed(m_session.get(), &CaseSession::changed);
        const auto code = m_session->addLead(QStringLiteral("platform warning: the victim's number called by a known fraud line"),
                                             QStringLiteral("platform warning"), {m_a, m_b});
        QVERIFY(code.ok());
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(code.value(), QStringLiteral("L-%1-000001").arg(year));
        QVERIFY(lastChange(changed).touches(ObjectKind::Leads));
        QCOMPARE(m_session->addLead(QStringLiteral("second"), {}, {}).value(), QStringLiteral("L-%1-000002").arg(year));
        QVERIFY(!m_session->addLead(QStringLiteral("  "), {}, {}).ok());
        QVERIFY(m_session->setLeadStatus(code.value(), LeadStatus::Assigned, QStringLiteral("to Det. Wang")).ok());
        QVERIFY(m_session->setLeadStatus(code.value(), LeadStatus::Verifying).ok());
        QVERIFY(!m_session->setLeadStatus(code.value(), LeadStatus::Verifying).ok()); // already
        QVERIFY(!m_session->setLeadStatus(QStringLiteral("L-1999-000001"), LeadStatus::Closed).ok());
        // Undo is a step back in the history, which keeps every step.
        QVERIFY(m_session->undo().ok());
        QList<LeadRow> leads = leadsOf(m_session->caseFile());
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads[0].status, LeadStatus::Assigned);
        QCOMPARE(leads[0].history.size(), 4); // registered, assigned, verifying, back to assigned
        QCOMPARE(leads[0].history[1].note, QStringLiteral("to Det. Wang"));
        QCOMPARE(leads[0].history[1].actor, QStringLiteral("Det. Wang"));
        QCOMPARE(leads[0].entityLabels, (QStringList{QStringLiteral("+8613800138000"), QStringLiteral("+8613900139000")}));
        QCOMPARE(leadsOf(m_session->caseFile(), LeadStatus::New).size(), 1);
        // Undoing the second lead's registration leaves a tombstone; its number is not reused.
        QVERIFY(m_session->undo().ok()); // assigned (first lead)
        QVERIFY(m_session->undo().ok()); // second lead added
        QCOMPARE(leadsOf(m_session->caseFile()).size(), 1);
        m_session->setLeadStatus(code.value(), LeadStatus::Closed); // clears redo
        QCOMPARE(m_session->addLead(QStringLiteral("third"), {}, {}).value(), QStringLiteral("L-%1-000003").arg(year));
    }

    void analystEventsAreMarkedAndUndone()
    {
        const Timestamp at{QDateTime(QDate(2024, 3, 1), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch(), 8 * 3600};
        const auto uuid = m_session->addEvent(at, QStringLiteral("the victim received a call from a man claiming to be police"), {m_b},
                                              QStringLiteral("victim statement"));
        QVERIFY(uuid.ok());
        QList<AnalystEvent> events = analystEventsOf(m_session->caseFile());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].toJson().value(QStringLiteral("time")).toString(), QStringLiteral("2024-03-01T10:30:00+08:00"));
        QVERIFY(events[0].toJson().value(QStringLiteral("analyst_entered")).toBool());
        QCOMPARE(events[0].actor, QStringLiteral("Det. Wang"));
        QCOMPARE(events[0].entityLabels, QStringList{QStringLiteral("+8613900139000")});
        QVERIFY(m_session->undo().ok());
        QVERIFY(analystEventsOf(m_session->caseFile()).isEmpty());
        QCOMPARE(m_session->caseFile().db().scalar("SELECT count(*) FROM analyst_events").toInt(), 1); // the tombstone
        QVERIFY(m_session->redo().ok());
        QCOMPARE(analystEventsOf(m_session->caseFile()).size(), 1);
        QVERIFY(!m_session->addEvent(at, QStringLiteral(" "), {}).ok());
        QVERIFY(m_session->caseFile().verifyAuditChain().ok());
    }

    void importsAnnounceThemselves()
    {
        QSignalSpy changed(m_session.get(), &CaseSession::changed);
        const QString more = cb::test::writeFile(*m_dir, QStringLiteral("d.csv"),
                                                 "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                 "2024-03-02T10:00:30+08:00,13800138000,13700137000,in,5,,,\n");
        const auto report = cb::test::import(m_session->caseFile(), more);
        QCOMPARE(report.statusName(), QStringLiteral("imported"));
        QCOMPARE(changed.size(), 1);
        const Change c = lastChange(changed);
        QVERIFY(c.touches(ObjectKind::Sources) && c.touches(ObjectKind::Records) && c.touches(ObjectKind::Entities));
        QCOMPARE(c.ids, QList<qint64>{report.sourceId});
        QCOMPARE(c.action, QStringLiteral("import"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
