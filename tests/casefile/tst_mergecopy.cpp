// Merging copies of a case: two copies of one base case diverge, each is merged into the other, and the
// result is worked out by hand below. Then random edit sequences on two copies, checked against a model of
// what each copy touched: no edit is lost, nothing deleted comes back, conflicts are listed in both.
#include "testsupport.h"

#include "entitylinks.h"
#include "integrity/verifier.h"
#include "session/casesession.h"
#include "sqlite.h"
#include "sharing/mergecopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <array>

using namespace cb;
using namespace cb::casefile;

namespace {

// Accounts: X (…0001) is a victim at the base, Y (…0002) is tagged "mule". F2 is imported by both copies
// (the same bytes), F3 by copy B only; F3 brings a new account Z (…0009).
const QByteArray f1 = test::bankCsv({{"2026-03-01 10:00:00", "6222000000000001", "6222000000000002", "-500.00", "9500.00", "to Y"},
                                     {"2026-03-01 11:00:00", "6222000000000001", "6222000000000003", "-100.00", "9400.00", "to W"}});
const QByteArray f2 = test::bankCsv({{"2026-03-02 09:00:00", "6222000000000004", "6222000000000002", "200.00", "1200.00", "from Y"},
                                     {"2026-03-02 09:30:00", "6222000000000004", "6222000000000003", "-50.00", "1150.00", "to W"}});
const QByteArray f3 = test::bankCsv({{"2026-03-03 08:00:00", "6222000000000005", "6222000000000001", "300.00", "300.00", "from X"},
                                     {"2026-03-03 08:10:00", "6222000000000005", "6222000000000009", "-300.00", "0.00", "to Z"}});
// X's next statement, which repeats F1's last row: the import links the repeat to F1's row (duplicate_of).
const QByteArray f4 = test::bankCsv({{"2026-03-01 11:00:00", "6222000000000001", "6222000000000003", "-100.00", "9400.00", "to W"},
                                     {"2026-03-04 09:00:00", "6222000000000001", "6222000000000003", "-400.00", "9000.00", "to W again"}});

std::unique_ptr<CaseSession> openSession(const QString &path)
{
    auto s = CaseSession::open(path);
    if (!s)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(s.status().message()));
    return std::move(s.value());
}

qint64 entity(CaseSession &s, const char *identifier)
{
    const Result<qint64> e = findEntity(s.caseFile(), QString::fromLatin1(identifier));
    return e ? e.value() : 0;
}

QStringList column(CaseFile &cf, const char *sql)
{
    QStringList out;
    sql::Statement st(cf.db(), sql);
    while (st.step())
        out << st.text(0);
    return out;
}

// What the analyst sees of a copy, by UUID (never by row id, which copies number differently).
QStringList notes(CaseFile &cf)
{
    return column(cf, "SELECT lower(hex(uuid)) || ' ' || text || ' ' || coalesce(deleted_at, '-') FROM notes ORDER BY 1");
}
QStringList roles(CaseFile &cf)
{
    return column(cf, "SELECT lower(hex(e.uuid)) || ' ' || r.role || ' ' || r.set_at FROM roles r JOIN entities e ON e.id = r.entity_id ORDER BY 1");
}
QStringList tags(CaseFile &cf)
{
    return column(cf, "SELECT lower(hex(e.uuid)) || ' ' || t.tag FROM tags t JOIN entities e ON e.id = t.target_id "
                      "WHERE t.target_table = 'entities' ORDER BY 1");
}
QStringList leads(CaseFile &cf)
{
    return column(cf, "SELECT lower(hex(uuid)) || ' ' || code || ' ' || status || ' ' || summary FROM leads ORDER BY 1");
}

qint64 count(CaseFile &cf, const char *sql)
{
    return cf.db().scalar(sql).toLongLong();
}

Result<sharing::MergeReport> merge(CaseSession &into, const QString &other)
{
    Result<sharing::MergeReport> r = sharing::mergeCopy(into.caseFile(), other, {});
    if (qEnvironmentVariableIsSet("MERGE_DEBUG") && r) {
        QJsonObject j = r.value().toJson();
        j.remove(QStringLiteral("their_entries"));
        qDebug().noquote() << into.caseFile().path() << "<-" << other << QJsonDocument(j).toJson(QJsonDocument::Compact);
    }
    return r;
}

bool verifies(CaseFile &cf)
{
    const Result<integrity::VerifyReport> r = integrity::verifyCase(cf);
    if (r && !r.value().ok())
        for (const integrity::Finding &f : r.value().findings)
            qWarning() << f.kind << f.message.text();
    return r && r.value().ok();
}

} // namespace

class TestMergeCopy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base;

    QString copyOfBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            qFatal("cannot copy the base case");
        return path;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toLocal8Bit());
        auto cf = test::newCase(m_dir, QStringLiteral("base.casebench"));
        QCOMPARE(test::import(*cf, test::writeFile(m_dir, QStringLiteral("f1.csv"), f1)).statusName(), QStringLiteral("imported"));
        m_base = cf->path();
        CaseSession s(std::move(cf));
        const qint64 x = entity(s, "6222000000000001"), y = entity(s, "6222000000000002");
        QVERIFY(s.setRole(x, Role::Victim, QStringLiteral("base")));
        QVERIFY(s.addNote({QStringLiteral("entities"), x}, QStringLiteral("base note")));
        QVERIFY(s.tag({QStringLiteral("entities"), y}, QStringLiteral("mule")));
        QVERIFY(s.addLead(QStringLiteral("base lead"), QStringLiteral("bank alert"), {x}));
        QVERIFY(s.mergeEntities(y, entity(s, "6222000000000003"), 80, QStringLiteral("base: same holder")));
        test::writeFile(m_dir, QStringLiteral("f2.csv"), f2);
        test::writeFile(m_dir, QStringLiteral("f3.csv"), f3);
        test::writeFile(m_dir, QStringLiteral("f4.csv"), f4);
    }

    // The divergence, hand-worked:
    // - note N1 edited in both copies differently → a conflict; A keeps its text, B keeps its own;
    // - A adds note NA, sets Y subject, untags Y's "mule", moves L-…-000001 to assigned, adds an event;
    //   B touched none of these, so B takes all of them (the untag as a deletion);
    // - B clears X's role (a deletion A did not touch: A loses the role too), imports F3 (a new source,
    //   2 records, the new account Z), merges Z with W, notes a row of F2;
    // - both import F2: it is one source in each, and B's note on its row lands on A's own row there;
    // - both add a lead numbered L-…-000002: the lower UUID keeps 000002, the other becomes 000003, the
    //   same in both copies.
    void divergedCopiesMergeBothWays()
    {
        const QString pathA = copyOfBase(QStringLiteral("a.casebench")), pathB = copyOfBase(QStringLiteral("b.casebench"));
        auto a = openSession(pathA);
        auto b = openSession(pathB);
        const qint64 xa = entity(*a, "6222000000000001"), ya = entity(*a, "6222000000000002"), xb = entity(*b, "6222000000000001");
        const QString n1 = notesOf(a->caseFile()).first().uuid;
        const QString year = QString::number(QDate::currentDate().year());
        const QString l1 = QStringLiteral("L-%1-000001").arg(year);

        QVERIFY(a->editNote(n1, QStringLiteral("A: confirmed by the bank")));
        QVERIFY(a->addNote({QStringLiteral("entities"), xa}, QStringLiteral("A: interviewed")));
        QVERIFY(a->setRole(ya, Role::Subject, QStringLiteral("A: organiser")));
        QVERIFY(a->untag({QStringLiteral("entities"), ya}, QStringLiteral("mule")));
        QVERIFY(a->setLeadStatus(l1, LeadStatus::Assigned, QStringLiteral("to A")));
        QVERIFY(a->addEvent({1772330400000, 8 * 3600}, QStringLiteral("A: victim called the police"), {xa}));
        QCOMPARE(test::import(a->caseFile(), m_dir.filePath(QStringLiteral("f2.csv"))).statusName(), QStringLiteral("imported"));
        QVERIFY(a->addLead(QStringLiteral("A lead"), QStringLiteral("informant"), {}));
        // A undoes the base's merge of Y and W, and makes the base lead exhibit E-1.
        const qint64 baseLink = a->caseFile().db().scalar("SELECT id FROM links WHERE kind = 'same_entity'").toLongLong();
        QVERIFY(a->undoLink(baseLink, QStringLiteral("A: two holders after all")));
        QVERIFY(a->addExhibit(QStringLiteral("lead"), {{QStringLiteral("lead"), l1}}, QStringLiteral("A: the bank alert"), {}));

        QVERIFY(b->editNote(n1, QStringLiteral("B: the victim retracted")));
        QVERIFY(b->setRole(xb, Role::None, QStringLiteral("B: not a victim after all")));
        QCOMPARE(test::import(b->caseFile(), m_dir.filePath(QStringLiteral("f2.csv"))).statusName(), QStringLiteral("imported"));
        QCOMPARE(test::import(b->caseFile(), m_dir.filePath(QStringLiteral("f3.csv"))).statusName(), QStringLiteral("imported"));
        QCOMPARE(test::import(b->caseFile(), m_dir.filePath(QStringLiteral("f4.csv"))).statusName(), QStringLiteral("imported"));
        QCOMPARE(count(b->caseFile(), "SELECT count(*) FROM transactions WHERE duplicate_of IS NOT NULL"), 1);
        QVERIFY(b->mergeEntities(entity(*b, "6222000000000009"), entity(*b, "6222000000000003"), 90, QStringLiteral("B: same holder")));
        const qint64 f2RowB = b->caseFile().db().scalar("SELECT t.id FROM transactions t JOIN sources s ON s.id = t.source_id "
                                                         "WHERE s.file_name = 'f2.csv' ORDER BY t.id DESC LIMIT 1").toLongLong();
        QVERIFY(b->addNote({QStringLiteral("transactions"), f2RowB}, QStringLiteral("B: on the shared row")));
        QVERIFY(b->addLead(QStringLiteral("B lead"), QStringLiteral("platform warning"), {}));
        // B asserts X uses Z's account and corroborates it, and makes the same lead exhibit E-1 too.
        const Result<qint64> uses = b->assertLink(xb, entity(*b, "6222000000000009"), QStringLiteral("uses"), QStringLiteral("alleged"),
                                                  QStringLiteral("F3"), QStringLiteral("B: paid Z from X"));
        QVERIFY2(uses, qPrintable(uses.status().message()));
        QVERIFY(b->setLinkStatus(uses.value(), QStringLiteral("corroborated"), QStringLiteral("F3 row 2"), QStringLiteral("B: the bank confirmed")));
        QVERIFY(b->addExhibit(QStringLiteral("lead"), {{QStringLiteral("lead"), l1}}, QStringLiteral("B: the alert, for the packet"), {}));

        // B into A.
        const QString leadA = a->caseFile().db().scalar("SELECT lower(hex(uuid)) FROM leads WHERE summary = 'A lead'").toString();
        const QString leadB = b->caseFile().db().scalar("SELECT lower(hex(uuid)) FROM leads WHERE summary = 'B lead'").toString();
        Result<sharing::MergeReport> r = merge(*a, pathB);
        QVERIFY2(r, qPrintable(r.status().message()));
        const QJsonObject j = r.value().toJson();
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("sources")).toInt(), 2); // F3, F4; F2 is shared
        QCOMPARE(j.value(QStringLiteral("sources_shared")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("records")).toInt(), 4);
        // F4's repeat of F1's row points at A's own F1 row (the same line of the same file, imported before the copies parted).
        QCOMPARE(count(a->caseFile(), "SELECT count(*) FROM transactions t JOIN transactions d ON d.id = t.duplicate_of "
                                      "JOIN sources s ON s.id = d.source_id WHERE s.file_name = 'f1.csv' AND d.description = 'to W'"), 1);
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("notes")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("leads")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("links")).toInt(), 2); // Z~W merged, X uses Z
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("link_statuses")).toInt(), 2); // alleged, corroborated
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("exhibits")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("deleted")).toObject().value(QStringLiteral("roles")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("conflicts")).toArray().size(), 1);
        QCOMPARE(j.value(QStringLiteral("conflicts")).toArray().first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("notes"));
        // One entry for the merge, and one before it when A's own lead or exhibit gave up its code (A's UUID the higher).
        const QString exA = a->caseFile().db().scalar("SELECT lower(hex(uuid)) FROM exhibits WHERE caption LIKE 'A:%'").toString();
        const QString exB = b->caseFile().db().scalar("SELECT lower(hex(uuid)) FROM exhibits WHERE caption LIKE 'B:%'").toString();
        QCOMPARE(j.value(QStringLiteral("audit_entries_appended")).toArray().size(), leadA > leadB || exA > exB ? 2 : 1);
        QCOMPARE(j.value(QStringLiteral("renumbered")).toArray().size(), 2); // a lead and an exhibit number
        CaseFile &ca = a->caseFile();
        QCOMPARE(count(ca, "SELECT count(*) FROM sources"), 4);
        QCOMPARE(ca.db().scalar("SELECT text FROM notes WHERE lower(hex(uuid)) = ?", {QString(n1).remove(u'-')}).toString(),
                 QStringLiteral("A: confirmed by the bank"));
        QCOMPARE(count(ca, "SELECT count(*) FROM roles r JOIN identifiers i ON i.entity_id = r.entity_id WHERE i.value = '6222000000000001'"), 0);
        QCOMPARE(count(ca, "SELECT count(*) FROM roles r JOIN identifiers i ON i.entity_id = r.entity_id WHERE i.value = '6222000000000002' "
                           "AND r.role = 'subject'"), 1);
        QCOMPARE(count(ca, "SELECT count(*) FROM tags"), 0);
        QCOMPARE(ca.db().scalar("SELECT status FROM leads WHERE code = ?", {l1}).toString(), QStringLiteral("assigned"));
        // B's note sits on A's own row of F2: the same line of the same file.
        QCOMPARE(count(ca, "SELECT count(*) FROM notes n JOIN transactions t ON t.id = n.target_id AND n.target_table = 'transactions' "
                           "JOIN sources s ON s.id = t.source_id WHERE s.file_name = 'f2.csv' AND n.text = 'B: on the shared row' "
                           "AND t.locator = (SELECT locator FROM transactions WHERE source_id = s.id ORDER BY id DESC LIMIT 1)"), 1);
        // Z came with F3 and is merged with W.
        QCOMPARE(count(ca, "SELECT count(*) FROM links l JOIN identifiers i ON i.entity_id IN (l.from_id, l.to_id) WHERE l.kind = 'same_entity' "
                           "AND i.value = '6222000000000009'"), 1);
        const QString lower = qMin(leadA, leadB), higher = qMax(leadA, leadB);
        QCOMPARE(ca.db().scalar("SELECT code FROM leads WHERE lower(hex(uuid)) = ?", {lower}).toString(), QStringLiteral("L-%1-000002").arg(year));
        QCOMPARE(ca.db().scalar("SELECT code FROM leads WHERE lower(hex(uuid)) = ?", {higher}).toString(), QStringLiteral("L-%1-000003").arg(year));
        QVERIFY(count(ca, "SELECT count(*) FROM links WHERE kind = 'same_entity' AND justification = 'base: same holder' AND undone_at IS NOT NULL") == 1);
        QCOMPARE(column(ca, "SELECT number FROM exhibits ORDER BY number"), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(ca.db().scalar("SELECT number FROM exhibits WHERE lower(hex(uuid)) = ?", {qMin(exA, exB)}).toInt(), 1);
        QCOMPARE(ca.db().scalar("SELECT s.status FROM link_statuses s JOIN links l ON l.id = s.link_id WHERE l.kind = 'uses' ORDER BY s.id DESC LIMIT 1")
                     .toString(), QStringLiteral("corroborated"));
        QVERIFY(verifies(ca));

        // Again: nothing changes, no entry is written.
        const qint64 entries = count(ca, "SELECT count(*) FROM audit_log");
        const QStringList notesA = notes(ca);
        r = merge(*a, pathB);
        QVERIFY(r);
        QVERIFY2(!r.value().changed(), QJsonDocument(r.value().toJson()).toJson().constData());
        QCOMPARE(count(ca, "SELECT count(*) FROM audit_log"), entries);
        QCOMPARE(notes(ca), notesA);

        // A into B: the same content, but for the note both edited (each keeps its own, both list it).
        r = merge(*b, pathA);
        QVERIFY2(r, qPrintable(r.status().message()));
        CaseFile &cb = b->caseFile();
        QVERIFY(verifies(cb));
        QCOMPARE(roles(cb), roles(ca));
        QCOMPARE(tags(cb), tags(ca));
        QCOMPARE(leads(cb), leads(ca));
        const auto withoutN1 = [&n1](QStringList l) {
            l.removeIf([&n1](const QString &s) { return s.startsWith(QString(n1).remove(u'-')); });
            return l;
        };
        QCOMPARE(withoutN1(notes(cb)), withoutN1(notes(ca)));
        QCOMPARE(notes(cb).size(), notes(ca).size());
        for (const char *sql : {"SELECT count(*) FROM transactions", "SELECT count(*) FROM analyst_events", "SELECT count(*) FROM lead_history",
                                "SELECT count(*) FROM links WHERE undone_at IS NULL", "SELECT count(DISTINCT sha256) FROM sources",
                                "SELECT count(*) FROM link_statuses", "SELECT count(*) FROM transactions WHERE duplicate_of IS NOT NULL"})
            QCOMPARE(count(cb, sql), count(ca, sql));
        const char *exhibits = "SELECT lower(hex(uuid)) || ' ' || number || ' ' || caption || ' ' || spec FROM exhibits ORDER BY 1";
        QCOMPARE(column(cb, exhibits), column(ca, exhibits));
        const char *links = "SELECT lower(hex(uuid)) || ' ' || kind || ' ' || coalesce(undone_at, '-') FROM links ORDER BY 1";
        QCOMPARE(column(cb, links), column(ca, links));
        QCOMPARE(cb.db().scalar("SELECT text FROM notes WHERE lower(hex(uuid)) = ?", {QString(n1).remove(u'-')}).toString(),
                 QStringLiteral("B: the victim retracted"));
        for (CaseFile *cf : {&ca, &cb}) {
            const Result<QList<sharing::Conflict>> open = sharing::conflicts(*cf, false);
            QVERIFY(open);
            QCOMPARE(open.value().size(), 1);
            QCOMPARE(open.value().first().table, QStringLiteral("notes"));
        }

        // A takes theirs: both copies now agree on N1; merging again settles B's conflict as agreed.
        const QString code = sharing::conflicts(ca, false).value().first().code;
        QVERIFY(sharing::resolveConflict(ca, code, true, QStringLiteral("A")));
        QCOMPARE(notes(ca), notes(cb));
        QVERIFY(sharing::resolveConflict(ca, code, true, QStringLiteral("A")).code() == ErrorCode::Invalid);
        r = merge(*b, pathA);
        QVERIFY(r);
        QCOMPARE(sharing::conflicts(cb, false).value().size(), 0);
        QVERIFY(verifies(ca));
        QVERIFY(verifies(cb));
    }

    // The command line: the JSON contract, a dry run that writes nothing, refusals with their exit codes.
    void commandLine()
    {
        const QString a = copyOfBase(QStringLiteral("cli-a.casebench")), b = copyOfBase(QStringLiteral("cli-b.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("note"), QStringLiteral("add"), b, QStringLiteral("6222000000000002"), QStringLiteral("B: seen at the ATM")}).code, 0);
        const auto json = [](const test::Run &r) { return QJsonDocument::fromJson(r.out).object(); };
        test::Run r = test::runCasebench({QStringLiteral("merge-copy"), a, b, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject j = json(r);
        QVERIFY(j.value(QStringLiteral("dry_run")).toBool());
        QCOMPARE(j.value(QStringLiteral("came_in")).toObject().value(QStringLiteral("notes")).toInt(), 1);
        for (const char *key : {"came_in", "updated", "deleted", "conflicts", "audit_entries_appended", "their_entries", "renumbered", "common_entries"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QVERIFY(!test::runCasebench({QStringLiteral("notes"), a}).out.contains("ATM"));
        r = test::runCasebench({QStringLiteral("merge-copy"), a, b, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).value(QStringLiteral("audit_entries_appended")).toArray().size(), 1);
        QVERIFY(test::runCasebench({QStringLiteral("notes"), a}).out.contains("ATM"));
        QCOMPARE(json(test::runCasebench({QStringLiteral("conflicts"), a, QStringLiteral("--json")})).value(QStringLiteral("conflicts")).toArray().size(), 0);
        r = test::runCasebench({QStringLiteral("merge-copy"), a, a});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("this case itself"));
        QCOMPARE(test::runCasebench({QStringLiteral("merge-copy"), a, m_dir.filePath(QStringLiteral("missing.casebench"))}).code, 1);
        r = test::runCasebench({QStringLiteral("resolve"), a, QStringLiteral("C-999999"), QStringLiteral("--take"), QStringLiteral("mine")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no conflict C-999999"));
        QCOMPARE(test::runCasebench({QStringLiteral("resolve"), a, QStringLiteral("C-000001"), QStringLiteral("--take"), QStringLiteral("both")}).code, 2);
        QCOMPARE(test::runCasebench({QStringLiteral("verify"), a}).code, 0);
    }

    // A record of theirs changed after its import, an entry of their history whose signature does not hold,
    // a note changed outside the case session (their own `verify` would say so): the whole merge is refused
    // and this copy stays as it was.
    void tamperedCopyIsRefused()
    {
        const QString pathA = copyOfBase(QStringLiteral("t-a.casebench")), pathB = copyOfBase(QStringLiteral("t-b.casebench"));
        {
            auto b = openSession(pathB);
            QCOMPARE(test::import(b->caseFile(), m_dir.filePath(QStringLiteral("f3.csv"))).statusName(), QStringLiteral("imported"));
            // Changed in place, the digest column rewritten to match: only the import's set digest shows it.
            QVERIFY(b->caseFile().db().exec("UPDATE transactions SET amount_minor = amount_minor + 1 WHERE description = 'from X'"));
            QVERIFY(b->caseFile().db().exec("UPDATE transactions SET digest = cb_row_digest('transactions', uuid, source_id, locator, account_id, "
                                            "counterparty_id, counterparty_account, counterparty_name, amount_minor, currency, balance_minor, time_utc, "
                                            "utc_offset, value_date, channel, reference, description, amount_exact) WHERE description = 'from X'"));
        }
        auto a = openSession(pathA);
        const QString before = test::fingerprint(a->caseFile());
        Result<sharing::MergeReport> r = merge(*a, pathB);
        QVERIFY(!r);
        QVERIFY2(r.status().message().contains(QStringLiteral("differ from what its import bound")), qPrintable(r.status().message()));
        QCOMPARE(test::fingerprint(a->caseFile()), before);
        // An entry of their history whose signature was replaced: the chain's hashes hold, the signature not.
        const QString pathC = copyOfBase(QStringLiteral("t-c.casebench"));
        {
            sql::Database db;
            QVERIFY(db.open(pathC, sql::Database::Mode::ReadWrite));
            QVERIFY(db.exec("DROP TRIGGER audit_log_no_update"));
            QVERIFY(db.exec("UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE id = 1) WHERE id = 2"));
        }
        r = merge(*a, pathC);
        QVERIFY(!r);
        QVERIFY2(r.status().message().contains(QStringLiteral("signature does not hold")), qPrintable(r.status().message()));
        QCOMPARE(test::fingerprint(a->caseFile()), before);
        // A note of theirs rewritten in place, outside the case session: its audit entry bound another text.
        const QString pathD = copyOfBase(QStringLiteral("t-d.casebench"));
        {
            sql::Database db;
            QVERIFY(db.open(pathD, sql::Database::Mode::ReadWrite));
            QVERIFY(db.exec("UPDATE notes SET text = 'planted'"));
        }
        r = merge(*a, pathD);
        QVERIFY(!r);
        QVERIFY2(r.status().message().contains(QStringLiteral("notes row 1 differs from what its audit entry bound")), qPrintable(r.status().message()));
        QVERIFY(!notes(a->caseFile()).join(u' ').contains(QStringLiteral("planted")));
    }

    // Both copies save run R-000001 (a trace of X each); B repeats its own (R-000002, a rerun of R-000001).
    // The lower UUID keeps R-000001; the other run becomes R-000003, and a rerun of it names R-000003 in
    // both copies, whichever run lost its code.
    void renumberedRunsKeepTheirReruns()
    {
        const QString pathA = copyOfBase(QStringLiteral("r-a.casebench")), pathB = copyOfBase(QStringLiteral("r-b.casebench"));
        const QStringList trace{QStringLiteral("trace"), QString(), QStringLiteral("--from"), QStringLiteral("6222000000000001"), QStringLiteral("--json")};
        for (const QString &path : {pathA, pathB})
            QCOMPARE(test::runCasebench(QStringList(trace).replaceInStrings(QRegularExpression(QStringLiteral("^$")), path)).code, 0);
        QCOMPARE(test::runCasebench({QStringLiteral("rerun"), pathB, QStringLiteral("R-000001")}).code, 0);
        auto a = openSession(pathA);
        auto b = openSession(pathB);
        const QString runA = a->caseFile().db().scalar("SELECT lower(hex(uuid)) FROM analysis_runs WHERE code = 'R-000001'").toString();
        const QString runB = b->caseFile().db().scalar("SELECT lower(hex(uuid)) FROM analysis_runs WHERE code = 'R-000001'").toString();
        QCOMPARE(b->caseFile().db().scalar("SELECT rerun_of FROM analysis_runs WHERE code = 'R-000002'").toString(), QStringLiteral("R-000001"));
        QVERIFY(merge(*a, pathB));
        QVERIFY(merge(*b, pathA));
        const char *runs = "SELECT lower(hex(uuid)) || ' ' || code || ' ' || coalesce(rerun_of, '-') FROM analysis_runs ORDER BY 1";
        QCOMPARE(column(a->caseFile(), runs), column(b->caseFile(), runs));
        const QString loser = qMax(runA, runB);
        QCOMPARE(a->caseFile().db().scalar("SELECT code FROM analysis_runs WHERE lower(hex(uuid)) = ?", {loser}).toString(), QStringLiteral("R-000003"));
        // B's rerun repeats B's run, under whatever code that run has now.
        const QString rerunOf = a->caseFile().db().scalar("SELECT rerun_of FROM analysis_runs WHERE code = 'R-000002'").toString();
        QCOMPARE(a->caseFile().db().scalar("SELECT lower(hex(uuid)) FROM analysis_runs WHERE code = ?", {rerunOf}).toString(), runB);
        QVERIFY(verifies(a->caseFile()));
        QVERIFY(verifies(b->caseFile()));
    }

    // A copy of another case is refused unless --unrelated; a dry run writes nothing.
    void unrelatedAndDryRun()
    {
        auto other = test::newCase(m_dir, QStringLiteral("other.casebench"));
        QCOMPARE(test::import(*other, m_dir.filePath(QStringLiteral("f3.csv"))).statusName(), QStringLiteral("imported"));
        const QString otherPath = other->path();
        other.reset();
        auto a = openSession(copyOfBase(QStringLiteral("u.casebench")));
        const QString before = test::fingerprint(a->caseFile());
        Result<sharing::MergeReport> r = merge(*a, otherPath);
        QVERIFY(!r);
        QCOMPARE(r.status().code(), ErrorCode::Invalid);
        sharing::MergeOptions dry;
        dry.unrelated = dry.dryRun = true;
        r = sharing::mergeCopy(a->caseFile(), otherPath, dry);
        QVERIFY(r);
        QCOMPARE(r.value().cameIn.value(QStringLiteral("sources")), 1);
        QCOMPARE(test::fingerprint(a->caseFile()), before);
        sharing::MergeOptions unrelated;
        unrelated.unrelated = true;
        r = sharing::mergeCopy(a->caseFile(), otherPath, unrelated);
        QVERIFY(r);
        QCOMPARE(count(a->caseFile(), "SELECT count(*) FROM sources"), 2);
        QCOMPARE(r.value().conflicts.size(), 0);
        QVERIFY(verifies(a->caseFile()));
        // Once merged, the other case's recorded head is where they last agreed: again, without the option,
        // nothing changes.
        r = merge(*a, otherPath);
        QVERIFY2(r, qPrintable(r.status().message()));
        QVERIFY(!r.value().changed());
    }

    // Random edits on two copies of the base, in three rounds, each ending with the copies merged both
    // ways (in turn which first): notes added, edited and deleted, tags added and removed, roles set and
    // cleared, the case's agency changed, leads registered and moved, events entered. The model, per object: what only one copy touched in a round ends as that copy left it, in
    // both; what both touched and left different, or what was already in conflict, stays as each copy has
    // it; and wherever the copies differ, both list an open conflict over it. Merging again changes nothing.
    void randomDivergence()
    {
        for (int seed = 1000; seed < 1012; ++seed) {
            QRandomGenerator rng{quint32(seed)};
            const QString pathA = copyOfBase(QStringLiteral("ra.casebench")), pathB = copyOfBase(QStringLiteral("rb.casebench"));
            auto a = openSession(pathA);
            auto b = openSession(pathB);
            QSet<QString> disputed;
            for (int round = 0; round < 3; ++round) {
                QHash<QString, int> touched; // identity → bit 1: A touched it, bit 2: B did
                for (int step = 0; step < 16; ++step) {
                    const bool onA = rng.bounded(2) == 0;
                    randomEdit(rng, onA ? *a : *b, onA ? 1 : 2, QStringLiteral("%1 %2/%3/%4").arg(QChar(onA ? u'A' : u'B')).arg(seed).arg(round).arg(step), touched);
                    if (QTest::currentTestFailed())
                        return;
                }
                const QHash<QString, QString> beforeA = view(a->caseFile()), beforeB = view(b->caseFile());
                QVERIFY(round % 2 ? merge(*b, pathA) && merge(*a, pathB) : merge(*a, pathB) && merge(*b, pathA));
                const QHash<QString, QString> afterA = view(a->caseFile()), afterB = view(b->caseFile());
                QSet<QString> identities;
                for (const auto *m : {&beforeA, &beforeB, &afterA, &afterB})
                    for (auto it = m->cbegin(); it != m->cend(); ++it)
                        identities.insert(it.key());
                const QSet<QString> openA = openConflicts(a->caseFile()), openB = openConflicts(b->caseFile());
                for (const QString &id : identities) {
                    const int t = touched.value(id);
                    const QString va = beforeA.value(id), vb = beforeB.value(id);
                    const QString ctx = QStringLiteral("seed %1 round %2, %3: A %4 → %5, B %6 → %7")
                                            .arg(seed).arg(round).arg(id, va, afterA.value(id), vb, afterB.value(id));
                    if (disputed.contains(id) || (t == 3 && va != vb)) {
                        QVERIFY2(afterA.value(id) == va && afterB.value(id) == vb, qPrintable(ctx));
                    } else {
                        const QString expected = t == 2 ? vb : va; // the copy that touched it; else both agree
                        QVERIFY2(afterA.value(id) == expected && afterB.value(id) == expected, qPrintable(ctx));
                    }
                    if (afterA.value(id) != afterB.value(id))
                        QVERIFY2(openA.contains(id) && openB.contains(id), qPrintable(QStringLiteral("not listed: ") + ctx));
                }
                disputed.clear();
                for (const QString &id : identities)
                    if (afterA.value(id) != afterB.value(id))
                        disputed.insert(id);
            }
            // Every lead has one code, the same in both copies.
            const char *codes = "SELECT lower(hex(uuid)) || ' ' || code FROM leads ORDER BY 1";
            QCOMPARE(column(a->caseFile(), codes), column(b->caseFile(), codes));
            QCOMPARE(count(a->caseFile(), "SELECT count(DISTINCT code) FROM leads"), count(a->caseFile(), "SELECT count(*) FROM leads"));
            for (auto [into, other] : {std::pair{a.get(), pathB}, std::pair{b.get(), pathA}}) {
                const Result<sharing::MergeReport> again = merge(*into, other);
                QVERIFY(again && !again.value().changed());
                QVERIFY(verifies(into->caseFile()));
            }
        }
    }

private:
    // One edit by copy `who` (1: A, 2: B), noted in `touched` by the identity view() gives it.
    static void randomEdit(QRandomGenerator &rng, CaseSession &s, int who, const QString &text, QHash<QString, int> &touched)
    {
        const qint64 e = entity(s, rng.bounded(2) ? "6222000000000001" : "6222000000000002");
        const QString eUuid = s.caseFile().db().scalar("SELECT lower(hex(uuid)) FROM entities WHERE id = ?", {e}).toString();
        const QList<NoteRow> live = notesOf(s.caseFile());
        switch (live.isEmpty() ? 0 : rng.bounded(8)) {
        case 0: {
            const Result<QString> n = s.addNote({QStringLiteral("entities"), e}, text);
            QVERIFY(n);
            touched[QString(n.value()).remove(u'-')] |= who;
            break;
        }
        case 1:
        case 2: {
            const NoteRow &n = live.at(int(rng.bounded(int(live.size()))));
            QVERIFY(rng.bounded(4) ? s.editNote(n.uuid, text) : s.deleteNote(n.uuid));
            touched[QString(n.uuid).remove(u'-')] |= who;
            break;
        }
        case 3: {
            const Target t{QStringLiteral("entities"), e};
            const bool has = tagsOf(s.caseFile(), t).contains(QStringLiteral("watch"));
            QVERIFY(has ? s.untag(t, QStringLiteral("watch")) : s.tag(t, QStringLiteral("watch")));
            touched[eUuid + QStringLiteral(" watch")] |= who;
            break;
        }
        case 5:
            QVERIFY(s.setCaseDetail(QStringLiteral("agency"), text));
            touched[QStringLiteral("meta agency")] |= who;
            break;
        case 6: {
            // A lead registered, or one of this copy's moved to another status.
            const QStringList leads = column(s.caseFile(), "SELECT lower(hex(uuid)) || ' ' || code || ' ' || status FROM leads ORDER BY id");
            if (leads.isEmpty() || rng.bounded(2)) {
                QVERIFY(s.addLead(text, QStringLiteral("informant"), {e}));
                touched[s.caseFile().db().scalar("SELECT lower(hex(uuid)) FROM leads ORDER BY id DESC LIMIT 1").toString()] |= who;
                break;
            }
            const QStringList lead = leads.at(int(rng.bounded(int(leads.size())))).split(u' ');
            const LeadStatus status = std::array{LeadStatus::Assigned, LeadStatus::Verifying, LeadStatus::Closed}[rng.bounded(3)];
            if (leadStatusName(status) == lead.at(2))
                break;
            QVERIFY(s.setLeadStatus(lead.at(1), status, text));
            touched[lead.at(0)] |= who;
            break;
        }
        case 7: {
            const Result<QString> ev = s.addEvent({1772330400000 + rng.bounded(1000) * 60000, 8 * 3600}, text, {e});
            QVERIFY(ev);
            touched[QString(ev.value()).remove(u'-')] |= who;
            break;
        }
        default: {
            const Role role = std::array{Role::None, Role::Subject, Role::Witness}[rng.bounded(3)];
            const QString had = s.caseFile().db().scalar("SELECT role FROM roles WHERE entity_id = ?", {e}).toString();
            if (roleName(role) == (had.isEmpty() ? QStringLiteral("none") : had))
                break; // already so: not an edit
            QVERIFY(s.setRole(e, role, text));
            touched[QStringLiteral("role ") + eUuid] |= who;
        }
        }
    }

    // A copy's notes, tags and roles by identity.
    static QHash<QString, QString> view(CaseFile &cf)
    {
        QHash<QString, QString> v;
        for (const QString &n : notes(cf))
            v.insert(n.left(32), n);
        for (const QString &t : tags(cf))
            v.insert(t, t);
        for (const QString &r : roles(cf))
            v.insert(QStringLiteral("role ") + r.left(32), r);
        v.insert(QStringLiteral("meta agency"), cf.db().scalar("SELECT value FROM meta WHERE key = 'agency'").toString());
        // Leads by status and summary (their codes are checked apart: a merge may renumber one).
        for (const QString &l : column(cf, "SELECT lower(hex(uuid)) || ' ' || status || ' ' || summary FROM leads"))
            v.insert(l.left(32), l);
        for (const QString &e : column(cf, "SELECT lower(hex(uuid)) || ' ' || text || ' ' || coalesce(deleted_at, '-') FROM analyst_events"))
            v.insert(e.left(32), e);
        return v;
    }

    // The open conflicts, named as view() names the objects.
    static QSet<QString> openConflicts(CaseFile &cf)
    {
        QSet<QString> out;
        const Result<QList<sharing::Conflict>> open = sharing::conflicts(cf, false);
        for (const sharing::Conflict &c : open.value())
            out.insert(c.table == QLatin1String("roles")  ? QStringLiteral("role ") + c.identity
                       : c.table == QLatin1String("meta") ? QStringLiteral("meta ") + c.identity
                                                          : QString(c.identity).replace(u'|', u' '));
        return out;
    }
};

QTEST_GUILESS_MAIN(TestMergeCopy)
#include "tst_mergecopy.moc"
