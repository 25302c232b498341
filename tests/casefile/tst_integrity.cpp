// verify against tampering: every fact the audit chain binds — a source's bytes and hash, each record,
// what each intent method wrote — is recomputed, and each kind of edit made behind Casebench's back is
// named (the source, the table and row, the audit entry). The case is the bundled demo with a note, a
// tag and an undone merge added through the session; each test edits a copy with plain SQL, as anyone
// holding the file could.
#include "casefile.h"
#include "schema.h"
#include "hash.h"
#include "integrity/boundtables.h"
#include "integrity/verifier.h"
#include "session/casesession.h"
#include "signingkey.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace cb::casefile;
using cb::Status;
using integrity::Finding;

namespace {

QStringList kinds(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.kind;
    return out;
}

QString describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.kind + QStringLiteral(": ") + f.message.text();
    return out.join(u'\n');
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base;       // the intact case
    QString m_noteTarget; // the call the note is attached to (id)
    int m_copies = 0;

    QString copy()
    {
        const QString to = m_dir.filePath(QStringLiteral("copy%1.case").arg(++m_copies));
        QFile::copy(m_base, to);
        return to;
    }

    // Plain SQL on a copy, as anyone holding the file can: no triggers in the way, our digest function at
    // hand (the code is public), checks off.
    static void tamper(const QString &path, const QByteArray &sql)
    {
        sql::Database db;
        QVERIFY(db.open(path, sql::Database::Mode::ReadWrite).ok());
        QVERIFY(integrity::registerRowDigest(db.handle(), nullptr).ok());
        QVERIFY(db.exec("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;"
                        "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;")
                    .ok());
        const Status s = db.exec(sql.constData());
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    static QList<Finding> findings(const QString &path)
    {
        auto cf = CaseFile::open(path);
        if (!cf)
            qFatal("%s", qPrintable(cf.status().message()));
        const auto report = integrity::verifyCase(*cf.value());
        if (!report)
            qFatal("%s", qPrintable(report.status().message()));
        return report.value().findings;
    }

    static QVariant scalar(const QString &path, const char *sql)
    {
        sql::Database db;
        db.open(path, sql::Database::Mode::ReadOnly);
        return db.scalar(sql);
    }

private slots:
    void initTestCase()
    {
        m_base = m_dir.filePath(QStringLiteral("demo.case"));
        const auto run = cb::test::runCasebench({QStringLiteral("demo"), m_base});
        QVERIFY2(run.code == 0, run.err.constData());
        auto cf = CaseFile::open(m_base);
        QVERIFY(cf.ok());
        CaseSession session(std::move(cf.value()));
        session.setActor(QStringLiteral("Det. Li"));
        sql::Database &db = session.caseFile().db();
        const qint64 call = db.scalar("SELECT min(id) FROM calls").toLongLong();
        m_noteTarget = QString::number(call);
        QVERIFY(session.addNote({QStringLiteral("calls"), call}, QStringLiteral("the first fraud call")).ok());
        const qint64 a = db.scalar("SELECT min(id) FROM entities WHERE kind = 'phone'").toLongLong();
        const qint64 b = db.scalar("SELECT max(id) FROM entities WHERE kind = 'phone'").toLongLong();
        QVERIFY(session.tag({QStringLiteral("entities"), a}, QStringLiteral("burner")).ok());
        const auto merge = session.mergeEntities(a, b, 80, QStringLiteral("same subscriber in the carrier's reply"));
        QVERIFY(merge.ok());
        QVERIFY(session.undoLink(merge.value(), QStringLiteral("the carrier corrected its reply")).ok());
    }

    void intactCaseVerifies()
    {
        auto cf = CaseFile::open(copy());
        const auto report = integrity::verifyCase(*cf.value());
        QVERIFY(report.ok());
        QVERIFY2(report.value().ok(), qPrintable(describe(report.value().findings)));
        QVERIFY(report.value().rowsChecked > 400);
        QVERIFY(report.value().upgradeEntries.isEmpty());
        // Every import entry binds its source, and the session's entries bind what they wrote.
        QCOMPARE(cf.value()->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                         "json_array_length(details, '$.bound.sources') = 1").toLongLong(),
                 cf.value()->db().scalar("SELECT count(*) FROM sources").toLongLong());
        QCOMPARE(cf.value()->db().scalar("SELECT json_extract(details, '$.bound.rows[0][0]') FROM audit_log WHERE action = 'unmerge'").toString(),
                 QStringLiteral("links"));
    }

    // Work committed while verify runs is seen whole or not at all. Verify reads the audit chain and the
    // sources first (then reports 20%), the tables after; a note saved through another connection right
    // at that report would be a row no audit entry binds, had verify not read from one snapshot.
    void workCommittedDuringVerifyIsNotAProblem()
    {
        const QString path = copy();
        auto reader = CaseFile::open(path);
        auto writer = CaseFile::open(path);
        QVERIFY(reader.ok() && writer.ok());
        CaseSession session(std::move(writer.value()));
        session.setActor(QStringLiteral("Det. Zhao"));
        bool wrote = false;
        const cb::Progress progress([&](double f) {
            if (f >= 0.2 && !wrote)
                wrote = session.addNote({QStringLiteral("calls"), m_noteTarget.toLongLong()}, QStringLiteral("written during verify")).ok();
            return true;
        });
        const auto report = integrity::verifyCase(*reader.value(), progress);
        QVERIFY(wrote);
        QVERIFY(report.ok());
        QVERIFY2(report.value().ok(), qPrintable(describe(report.value().findings)));
        const auto after = integrity::verifyCase(*reader.value()); // and the next verify sees the note, bound
        QVERIFY2(after.value().ok(), qPrintable(describe(after.value().findings)));
        QCOMPARE(reader.value()->db().scalar("SELECT count(*) FROM notes WHERE text = 'written during verify'").toInt(), 1);
    }

    // Every importer's rows, from files nobody here wrote, digest the same when verify reads them back as
    // when the import bound them (a value SQLite stored differently from how it was bound would show here).
    void everySampleImportedVerifies()
    {
        if (cb::test::testdataDir().isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        const QString c = m_dir.filePath(QStringLiteral("samples.case"));
        QCOMPARE(cb::test::runCasebench({QStringLiteral("new"), c}).code, 0);
        cb::test::runCasebench({QStringLiteral("import"), c, cb::test::testdataDir()}); // some need an account: refused
        const auto run = cb::test::runCasebench({QStringLiteral("verify"), c, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(report[QStringLiteral("sources")].toArray().size() >= 60);
        QVERIFY(report[QStringLiteral("rows_checked")].toInteger() >= 1000);
        QCOMPARE(report[QStringLiteral("problems")].toArray().size(), 0);
    }

    // The four tamperings.
    void sourceBytesChangedWithTheirHash()
    {
        const QString path = copy();
        const QByteArray bytes = scalar(path, "SELECT bytes FROM source_content WHERE source_id = 1").toByteArray() + "x";
        const QByteArray sha = sha256Hex(bytes).toLatin1();
        tamper(path, "UPDATE source_content SET bytes = bytes || 'x' WHERE source_id = 1; UPDATE sources SET sha256 = '" + sha +
                         "', size = size + 1 WHERE id = 1");
        const QList<Finding> f = findings(path);
        QVERIFY2(kinds(f).contains(QStringLiteral("source_content")), qPrintable(describe(f)));
        QVERIFY(kinds(f).contains(QStringLiteral("source_changed")));
        const QString file = scalar(path, "SELECT file_name FROM sources WHERE id = 1").toString();
        QVERIFY(f.first().message.text().startsWith(file + u':'));
        QCOMPARE(f.first().auditEntry, scalar(path, "SELECT min(id) FROM audit_log WHERE action = 'import'").toLongLong());
    }

    void wholeSourceDeletedWithItsCalls()
    {
        const QString path = copy();
        const QString file = scalar(path, "SELECT file_name FROM sources WHERE id = (SELECT min(source_id) FROM calls)").toString();
        tamper(path, "CREATE TEMP TABLE gone AS SELECT min(source_id) AS id FROM calls;"
                     "DELETE FROM calls WHERE source_id IN (SELECT id FROM gone);"
                     "DELETE FROM source_content WHERE source_id IN (SELECT id FROM gone);"
                     "DELETE FROM sources WHERE id IN (SELECT id FROM gone);");
        const QList<Finding> f = findings(path);
        const auto missing = std::find_if(f.begin(), f.end(), [](const Finding &x) { return x.kind == u"source_missing"; });
        QVERIFY2(missing != f.end(), qPrintable(describe(f)));
        QCOMPARE(missing->source, file);
        QVERIFY(missing->auditEntry > 0);
    }

    void oneCallDurationEdited()
    {
        const QString path = copy();
        tamper(path, "UPDATE calls SET duration_s = coalesce(duration_s, 0) + 1 WHERE id = (SELECT max(id) FROM calls)");
        const QList<Finding> f = findings(path);
        QCOMPARE(kinds(f), QStringList{QStringLiteral("row_changed")});
        const QString uuid = QUuid::fromRfc4122(scalar(path, "SELECT uuid FROM calls WHERE id = (SELECT max(id) FROM calls)").toByteArray())
                                 .toString(QUuid::WithoutBraces);
        QCOMPARE(f.first().table, QStringLiteral("calls"));
        QCOMPARE(f.first().row, uuid);
        QCOMPARE(f.first().locator, scalar(path, "SELECT locator FROM calls WHERE id = (SELECT max(id) FROM calls)").toString());
        QVERIFY(f.first().message.text().contains(uuid));
    }

    void lastAuditEntryDeletedWithTheHeadAnchored()
    {
        const QString path = copy();
        QString head;
        {
            auto cf = CaseFile::open(path);
            head = cf.value()->auditHead();
        }
        tamper(path, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
        auto cf = CaseFile::open(path);
        // The shorter chain is consistent on its own; the anchor kept outside the file shows the cut.
        QVERIFY(cf.value()->verifyAuditChain().ok());
        const Status s = cf.value()->verifyAuditHead(head);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("were removed")), qPrintable(s.message()));
    }

    // A record changed together with its stored digest: the set its import bound shows it.
    void recordChangedWithItsDigestRewritten()
    {
        const QString path = copy();
        const auto *calls = integrity::sourceOwnedTable(QStringLiteral("calls"));
        tamper(path, "UPDATE calls SET duration_s = coalesce(duration_s, 0) + 1 WHERE id = 1;"
                     "UPDATE calls SET digest = " + integrity::digestExpression("calls", calls->columns) + " WHERE id = 1");
        const QList<Finding> f = findings(path);
        QCOMPARE(kinds(f), QStringList{QStringLiteral("rows_differ")});
        QCOMPARE(f.first().table, QStringLiteral("calls"));
        QVERIFY(f.first().message.text().contains(QStringLiteral("digest rewritten")));
    }

    void callAddedBehindTheImportsBack()
    {
        const QString path = copy();
        tamper(path, "INSERT INTO calls(uuid, source_id, locator, subscriber_id, direction, start_utc, utc_offset) "
                     "SELECT randomblob(16), source_id, 'line 999', subscriber_id, 'out', start_utc + 60, utc_offset FROM calls WHERE id = 1");
        const QStringList k = kinds(findings(path));
        QVERIFY(k.contains(QStringLiteral("row_unbound")));
        QVERIFY(k.contains(QStringLiteral("rows_differ")));
    }

    // What the session wrote: changed, inserted or deleted behind its back.
    void sessionRowsEditedBehindItsBack()
    {
        const QList<QPair<QByteArray, QString>> edits = {
            {"UPDATE roles SET justification = 'none' WHERE entity_id = (SELECT min(entity_id) FROM roles)", QStringLiteral("row_changed")},
            {"UPDATE notes SET text = 'an innocent call'", QStringLiteral("row_changed")},
            {"DELETE FROM tags", QStringLiteral("row_deleted")},
            {"UPDATE leads SET status = 'closed'", QStringLiteral("row_changed")},
            {"DELETE FROM lead_history WHERE id = (SELECT max(id) FROM lead_history)", QStringLiteral("row_deleted")},
            {"UPDATE analyst_events SET time_utc = time_utc - 3600000", QStringLiteral("row_changed")},
            {"UPDATE links SET undone_at = NULL, undone_by = NULL WHERE source_id IS NULL", QStringLiteral("row_changed")},
            {"INSERT INTO roles(entity_id, role, actor, set_at) SELECT max(id), 'subject', 'nobody', '2024-01-01' FROM entities",
             QStringLiteral("row_unbound")},
            {"UPDATE meta SET value = 'Asia/Tokyo' WHERE key = 'timezone'", QStringLiteral("row_changed")},
        };
        for (const auto &[sql, kind] : edits) {
            const QString path = copy();
            tamper(path, sql);
            const QList<Finding> f = findings(path);
            QVERIFY2(kinds(f).contains(kind), qPrintable(QString::fromUtf8(sql) + u'\n' + describe(f)));
        }
    }

    // A renumbered record takes its notes with it: the note now points to another row, and its binding
    // (which holds the UUID it was attached to) shows that.
    void renumberedRecordMovesItsNote()
    {
        const QString path = copy();
        tamper(path, "UPDATE calls SET id = 1000000 WHERE id = " + m_noteTarget.toLatin1() + ";"
                     "UPDATE calls SET id = " + m_noteTarget.toLatin1() + " WHERE id = (SELECT max(id) FROM calls WHERE id < 1000000)");
        const QList<Finding> f = findings(path);
        QVERIFY2(kinds(f).contains(QStringLiteral("row_changed")), qPrintable(describe(f)));
        QCOMPARE(f.first().table, QStringLiteral("notes"));
    }

    // A case written before facts were bound (schema 9, audit entries without "bound") gets its digests on
    // first open, in one entry that says so; from then on tampering is caught as in a new case. Deleting
    // the marker to have it re-bound later does not launder an edit: an earlier binding keeps counting,
    // and the second upgrade entry is itself reported.
    // Every entry names this installation's key in its details (so the chain covers it) and carries the
    // signature of its hash: a forged signature, a removed one, and an unsigned entry appended after signed
    // ones are each named.
    void auditEntriesAreSigned()
    {
        const QString path = copy();
        {
            auto cf = CaseFile::open(path);
            QVERIFY(cf.ok());
            const auto report = integrity::verifyCase(*cf.value());
            QVERIFY(report.value().ok());
            QCOMPARE(report.value().unsignedEntries, 0);
            QCOMPARE(report.value().signedEntries, cf.value()->verifyAuditChain().value());
            // The demo's entries signed by the command line's key, the session's edits here by this process's.
            QVERIFY(report.value().signers.contains(SigningKey::installation()->fingerprint()));
        }
        const QList<QPair<QByteArray, QString>> cases{
            // another signature of the same length, from a key that is not the one named
            {"UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE id = 1) WHERE id = 2", QStringLiteral("signature does not match")},
            {"UPDATE audit_log SET signature = NULL WHERE id = 3", QStringLiteral("signature does not match")},
        };
        for (const auto &[sql, expected] : cases) {
            const QString tampered = copy();
            tamper(tampered, sql);
            const QList<Finding> f = findings(tampered);
            QCOMPARE(kinds(f), QStringList{QStringLiteral("audit_signature")});
            QVERIFY2(f.first().message.text().contains(expected), qPrintable(f.first().message.text()));
        }
        // An entry appended by hand, its hash right but unsigned (its details name no key).
        const QString appended = copy();
        const QString prev = scalar(appended, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").toString();
        const QString at = QStringLiteral("2026-01-01T00:00:00.000Z"), body = QStringLiteral("{}");
        tamper(appended, QStringLiteral("INSERT INTO audit_log(at, actor, action, details, prev_hash, hash) VALUES ('%1', 'x', 'note_add', '%2', '%3', '%4')")
                         .arg(at, body, prev, auditEntryHash(prev, at, QStringLiteral("x"), QStringLiteral("note_add"), body)).toUtf8());
        const QList<Finding> f = findings(appended);
        QCOMPARE(kinds(f), QStringList{QStringLiteral("audit_signature")});
        QVERIFY(f.first().message.text().contains(QStringLiteral("is not signed")));
    }

    void legacyCaseIsBoundOnUpgrade()
    {
        const QString path = copy();
        makeLegacy(path);
        qint64 upgradeEntry = 0;
        {
            auto cf = CaseFile::open(path);
            QVERIFY(cf.ok());
            QCOMPARE(cf.value()->schemaVersion(), schema::latestVersion());
            const auto report = integrity::verifyCase(*cf.value());
            QVERIFY2(report.value().ok(), qPrintable(describe(report.value().findings)));
            QCOMPARE(report.value().upgradeEntries.size(), 1);
            upgradeEntry = report.value().upgradeEntries.first();
            QCOMPARE(cf.value()->db().scalar("SELECT json_extract(details, '$.note') FROM audit_log WHERE id = ?", {upgradeEntry}).toString(),
                     QStringLiteral("digests added on upgrade: facts before this entry were not bound at import"));
        }
        QCOMPARE(scalar(path, "SELECT count(*) FROM audit_log WHERE action = 'digests_added'").toLongLong(), 1); // once only
        tamper(path, "UPDATE calls SET duration_s = coalesce(duration_s, 0) + 7 WHERE id = 2; DELETE FROM meta WHERE key = 'integrity'");
        const QList<Finding> f = findings(path); // opening binds again: a second upgrade entry
        QCOMPARE(scalar(path, "SELECT count(*) FROM audit_log WHERE action = 'digests_added'").toLongLong(), 2);
        QCOMPARE(kinds(f), (QStringList{QStringLiteral("rebound"), QStringLiteral("row_changed")}));
        QCOMPARE(f.at(1).auditEntry, upgradeEntry);
    }

    // Random single edits, each one anywhere a fact lives: a byte of a preserved source, a field of a
    // random row of each bound table, a deleted row, the audit log's tail cut with its head anchored.
    // Not edited, with the reason: a record's row id (what refers to a record binds its UUID; see
    // renumberedRecordMovesItsNote), transactions.duplicate_of and entities.name (a later import writes
    // them into rows an earlier one bound).
    void randomSingleEditsAreAllDetected()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        QStringList tables;
        for (const auto &t : integrity::sourceOwnedTables())
            tables << QLatin1String(t.name);
        for (const auto &t : integrity::rowBoundTables())
            tables << QLatin1String(t.name);
        tables.removeDuplicates();
        int edits = 0;
        for (int round = 0; round < 60; ++round) {
            const QString path = copy();
            const int kind = round % 4;
            QString what;
            QString head;
            if (kind == 3) {
                head = CaseFile::open(path).value()->auditHead();
                const int cut = 1 + int(rng.bounded(3));
                tamper(path, "DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - " + QByteArray::number(cut));
                what = QStringLiteral("cut %1 audit entries").arg(cut);
            } else if (kind == 0) {
                what = flipSourceByte(path, rng);
            } else {
                what = editRandomRow(path, tables.at(int(rng.bounded(tables.size()))), kind == 2, rng);
            }
            if (what.isEmpty())
                continue;
            ++edits;
            const QList<Finding> f = findings(path);
            const bool headFails = !head.isEmpty() && !CaseFile::open(path).value()->verifyAuditHead(head).ok();
            QVERIFY2(!f.isEmpty() || headFails, qPrintable(QStringLiteral("undetected (seed %1): %2").arg(seed).arg(what)));
        }
        QVERIFY(edits >= 50);
    }

private:
    static QString flipSourceByte(const QString &path, QRandomGenerator &rng)
    {
        sql::Database db;
        db.open(path, sql::Database::Mode::ReadWrite);
        const qint64 source = db.scalar("SELECT source_id FROM source_content ORDER BY random() LIMIT 1").toLongLong();
        QByteArray bytes = db.scalar("SELECT bytes FROM source_content WHERE source_id = ?", {source}).toByteArray();
        const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
        bytes[at] = char(bytes[at] ^ (1 << rng.bounded(8)));
        sql::Statement st(db, "UPDATE source_content SET bytes = ? WHERE source_id = ?");
        st.bindBlob(1, bytes.constData(), int(bytes.size())).bind(2, source);
        return st.exec().ok() ? QStringLiteral("source %1 byte %2").arg(source).arg(at) : QString();
    }

    // Changes one field of a random row of `table` (or deletes the row); empty when the table has no
    // rows or the edit broke a constraint (another round tries something else).
    static QString editRandomRow(const QString &path, const QString &table, bool remove, QRandomGenerator &rng)
    {
        sql::Database db;
        db.open(path, sql::Database::Mode::ReadWrite);
        db.exec("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;");
        const QByteArray t = table.toLatin1();
        const qint64 rows = db.scalar(("SELECT count(*) FROM " + t).constData()).toLongLong();
        if (rows == 0)
            return {};
        QStringList key, columns;
        sql::Statement info(db, ("PRAGMA table_info(" + t + ")").constData());
        const bool record = integrity::sourceOwnedTable(table) && integrity::sourceOwnedTable(table)->storesDigest;
        while (info.step()) {
            const QString c = info.text(1);
            if (info.int64(5) > 0)
                key << c;
            const bool excluded = (record && c == u"id") || (table == u"transactions" && c == u"duplicate_of") ||
                                  (table == u"entities" && c == u"name");
            if (!excluded)
                columns << c;
        }
        const QString where = key.join(QStringLiteral(" || '/' || "));
        const QString keyValue = db.scalar(QStringLiteral("SELECT %1 FROM %2 LIMIT 1 OFFSET %3").arg(where, table).arg(rng.bounded(rows)).toUtf8().constData()).toString();
        const QString match = QStringLiteral(" WHERE %1 = '%2'").arg(where, keyValue);
        if (remove)
            return db.exec((QStringLiteral("DELETE FROM ") + table + match).toUtf8().constData()).ok() ? QStringLiteral("deleted %1 %2").arg(table, keyValue) : QString();
        const QString c = columns.at(int(rng.bounded(columns.size())));
        const QString sql = QStringLiteral("UPDATE %1 SET %2 = CASE typeof(%2) WHEN 'integer' THEN %2 + 1 WHEN 'real' THEN %2 + 0.5 "
                                           "WHEN 'text' THEN %2 || 'x' WHEN 'blob' THEN x'00' || %2 ELSE 1 END")
                                .arg(table, c) + match;
        return db.exec(sql.toUtf8().constData()).ok() ? QStringLiteral("%1 %2 column %3").arg(table, keyValue, c) : QString();
    }

    // Rewrites a copy as Casebench before schema 10 left it: no digest columns, no integrity marker, audit
    // entries without "bound" (their chain recomputed as it was).
    static void makeLegacy(const QString &path)
    {
        QByteArray sql;
        for (const auto &t : integrity::sourceOwnedTables())
            if (t.storesDigest)
                sql += QByteArray("ALTER TABLE ") + t.name + " DROP COLUMN digest;";
        tamper(path, sql + "DROP TABLE analysis_runs; DROP TABLE exhibits; DROP TABLE timeline_counts; DROP TABLE link_statuses; DROP TABLE merge_conflicts; ALTER TABLE audit_log DROP COLUMN signature; "
                           "DELETE FROM meta WHERE key = 'integrity'; PRAGMA user_version = 9;");
        sql::Database db;
        db.open(path, sql::Database::Mode::ReadWrite);
        db.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
        sql::Statement read(db, "SELECT id, at, actor, action, details FROM audit_log ORDER BY id");
        QString prev(64, QLatin1Char('0'));
        QList<QVariantList> rows;
        while (read.step()) {
            QJsonObject details = QJsonDocument::fromJson(read.text(4).toUtf8()).object();
            details.remove(QStringLiteral("bound"));
            details.remove(QStringLiteral("signed_by")); // entries were not signed then
            const QString body = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
            const QString hash = auditEntryHash(prev, read.text(1), read.text(2), read.text(3), body);
            rows.append({read.int64(0), body, prev, hash});
            prev = hash;
        }
        for (const QVariantList &r : std::as_const(rows)) {
            sql::Statement up(db, "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?");
            QVERIFY(up.bind(1, r[1].toString()).bind(2, r[2].toString()).bind(3, r[3].toString()).bind(4, r[0].toLongLong()).exec().ok());
        }
    }
};

CB_TEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
