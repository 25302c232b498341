// Sealed bundles: a round trip gives the same case, table by table; a wrong passphrase, a bundle sealed to
// someone else, a truncated, bit-flipped or extended file, and a case that does not verify are refused with
// exit 1 and nothing written.
#include "testsupport.h"

#include "hash.h"
#include "sqlite.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cb;

namespace {

// SHA-256 over every row of every table (schema included), in rowid order: equal when the content is.
QString contentFingerprint(const QString &path)
{
    casefile::sql::Database db;
    if (!db.open(path, casefile::sql::Database::Mode::ReadOnly))
        return {};
    QStringList tables;
    casefile::sql::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search%' ORDER BY name");
    while (list.step())
        tables << list.text(0);
    casefile::Sha256 sha;
    for (const QString &t : tables) {
        sha.add(t.toUtf8());
        casefile::sql::Statement rows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(t).toUtf8().constData());
        while (rows.step())
            for (int c = 0; c < rows.columnCount(); ++c)
                sha.add(rows.value(c).toByteArray() + '\x1f');
    }
    return sha.hexDigest();
}

void removeCase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

QStringList leftovers(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("out*"), QStringLiteral(".out*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_case, m_pass;

    void asInvestigator(const char *who) { qputenv("XDG_DATA_HOME", m_dir.filePath(QLatin1String(who)).toLocal8Bit()); }
    test::Run unbundle(const QString &bundle, const QString &pass = {})
    {
        QStringList args{QStringLiteral("unbundle"), bundle, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("out.casebench"))};
        if (!pass.isEmpty())
            args << QStringLiteral("--passphrase-file") << pass;
        return test::runCasebench(args);
    }

private slots:
    void initTestCase()
    {
        asInvestigator("alice");
        m_case = m_dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_case}).code, 0);
        m_pass = test::writeFile(m_dir, QStringLiteral("pass.txt"), "correct horse battery staple\n");
    }

    // The key carries the investigator's name; renaming keeps the key pair (and so its fingerprint).
    void keyIsNamedAndKept()
    {
        asInvestigator("carol");
        const QJsonObject before = QJsonDocument::fromJson(test::runCasebench({QStringLiteral("key"), QStringLiteral("--json")}).out).object();
        QCOMPARE(test::runCasebench({QStringLiteral("key"), QStringLiteral("--name"), QStringLiteral("Det. Wang Li")}).out.trimmed(),
                 QStringLiteral("Det. Wang Li  %1").arg(before.value(QStringLiteral("fingerprint")).toString()).toUtf8());
        const QJsonObject after = QJsonDocument::fromJson(test::runCasebench({QStringLiteral("key"), QStringLiteral("--json")}).out).object();
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Det. Wang Li"));
        QCOMPARE(after.value(QStringLiteral("public_key")), before.value(QStringLiteral("public_key")));
        QCOMPARE(QFile(after.value(QStringLiteral("path")).toString()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        asInvestigator("alice");
    }

    void roundTripGivesTheSameCase()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("a.cbx"));
        QCOMPARE(test::runCasebench({QStringLiteral("bundle"), m_case, QStringLiteral("-o"), bundle, QStringLiteral("--passphrase-file"), m_pass}).code, 0);
        // The bundle is encrypted: none of the case's text is in it.
        QFile f(bundle);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("SQLite format 3") && !bytes.contains("17100001111"));
        const test::Run run = unbundle(bundle, m_pass);
        QCOMPARE(run.code, 0);
        const QString out = m_dir.filePath(QStringLiteral("out.casebench"));
        QCOMPARE(contentFingerprint(out), contentFingerprint(m_case));
        QVERIFY(!contentFingerprint(out).isEmpty());
        QCOMPARE(test::runCasebench({QStringLiteral("verify"), out}).code, 0);
        const QJsonObject alice = QJsonDocument::fromJson(test::runCasebench({QStringLiteral("key"), QStringLiteral("--json")}).out).object();
        QVERIFY(run.out.contains(alice.value(QStringLiteral("fingerprint")).toString().toUtf8())); // who bundled it
        removeCase(out);
    }

    void refusesAndWritesNothing()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("b.cbx"));
        QCOMPARE(test::runCasebench({QStringLiteral("bundle"), m_case, QStringLiteral("-o"), bundle, QStringLiteral("--passphrase-file"), m_pass}).code, 0);
        QFile f(bundle);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString wrong = test::writeFile(m_dir, QStringLiteral("wrong.txt"), "correct horse battery stapler\n");
        test::Run r = unbundle(bundle, wrong);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("wrong passphrase"));
        QCOMPARE(unbundle(bundle).code, 1); // no passphrase given
        QVERIFY2(leftovers(m_dir).isEmpty(), qPrintable(leftovers(m_dir).join(u' ')));
        // Damaged copies: cut in half, one bit flipped in the content, in the header's salt, a byte appended.
        QByteArray flipped = bytes, salt = bytes;
        flipped[bytes.size() / 2] = char(flipped.at(bytes.size() / 2) ^ 0x10);
        salt[12] = char(salt.at(12) ^ 0x01);
        const QList<QPair<QByteArray, const char *>> damaged{{bytes.left(bytes.size() / 2), "truncated"},
                                                             {flipped, "damaged"},
                                                             {salt, "cannot be opened"},
                                                             {bytes + 'x', "damaged"}};
        for (const auto &[content, why] : damaged) {
            const QString path = test::writeFile(m_dir, QStringLiteral("damaged.cbx"), content);
            r = unbundle(path, m_pass);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(why) || r.err.contains("altered"), r.err.constData());
            QVERIFY2(leftovers(m_dir).isEmpty(), qPrintable(leftovers(m_dir).join(u' ')));
        }
    }

    void sealedToAColleague()
    {
        asInvestigator("bob");
        const QJsonObject bob = QJsonDocument::fromJson(test::runCasebench({QStringLiteral("key"), QStringLiteral("--json")}).out).object();
        asInvestigator("alice");
        const QString bundle = m_dir.filePath(QStringLiteral("for-bob.cbx"));
        QCOMPARE(test::runCasebench({QStringLiteral("bundle"), m_case, QStringLiteral("-o"), bundle, QStringLiteral("--recipient"),
                                     bob.value(QStringLiteral("public_key")).toString()}).code, 0);
        test::Run r = unbundle(bundle); // Alice cannot open what she sealed to Bob
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(bob.value(QStringLiteral("fingerprint")).toString().toUtf8()));
        QVERIFY2(leftovers(m_dir).isEmpty(), qPrintable(leftovers(m_dir).join(u' ')));
        asInvestigator("bob");
        r = unbundle(bundle);
        QCOMPARE(r.code, 0);
        QCOMPARE(contentFingerprint(m_dir.filePath(QStringLiteral("out.casebench"))), contentFingerprint(m_case));
        removeCase(m_dir.filePath(QStringLiteral("out.casebench")));
        asInvestigator("alice");
    }

    void caseThatDoesNotVerifyIsRefused()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered.casebench"));
        QVERIFY(QFile::copy(m_case, copy));
        {
            casefile::sql::Database db;
            QVERIFY(db.open(copy, casefile::sql::Database::Mode::ReadWrite));
            QVERIFY(db.exec("UPDATE calls SET duration_s = duration_s + 1 WHERE id = 1"));
        }
        const QString bundle = m_dir.filePath(QStringLiteral("t.cbx"));
        QCOMPARE(test::runCasebench({QStringLiteral("bundle"), copy, QStringLiteral("-o"), bundle, QStringLiteral("--passphrase-file"), m_pass}).code, 0);
        const test::Run r = unbundle(bundle, m_pass);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not verify"), r.err.constData());
        QVERIFY2(leftovers(m_dir).isEmpty(), qPrintable(leftovers(m_dir).join(u' ')));
    }
};

CB_TEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
