// ZIP archives of source files: every member is its own source with the archive named in its
// certificate; zip bombs, climbing names and damaged archives are refused without touching the case.
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <zip.h>

using namespace cb::importers;

namespace {
// Written with libzip itself (deflate), so the fixtures need no tool beyond what Casebench links.
bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &members)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return false;
    QList<QByteArray> keep = {};
    for (const auto &[name, bytes] : members) {
        keep.append(bytes);
        zip_source_t *src = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        const zip_int64_t idx = zip_file_add(z, name.constData(), src, ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
        zip_set_file_compression(z, zip_uint64_t(idx), ZIP_CM_DEFLATE, 9);
    }
    return zip_close(z) == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

class TestArchive : public QObject
{
    Q_OBJECT
private slots:
    void membersImportAsSources()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        QVERIFY(synthetic::writeCamt053(tmp.filePath(QStringLiteral("a.xml")), 30, 1).ok());
        QVERIFY(synthetic::writeCamt053(tmp.filePath(QStringLiteral("b.xml")), 20, 2).ok());
        const QString zip = tmp.filePath(QStringLiteral("statements.zip"));
        QVERIFY(writeZip(zip, {{"2024/a.xml", readAll(tmp.filePath(QStringLiteral("a.xml")))},
                               {"2024/b.xml", readAll(tmp.filePath(QStringLiteral("b.xml")))},
                               {"../escape.xml", readAll(tmp.filePath(QStringLiteral("a.xml")))},
                               {"notes.txt", "not a statement\n"}}));
        ImporterRegistry registry;
        const QList<FileReport> rs = importPath(*cf, zip, {}, registry);
        QCOMPARE(rs.size(), 4);
        QCOMPARE(rs[0].statusName(), QStringLiteral("imported"));
        QCOMPARE(rs[0].path, zip + QStringLiteral("/2024/a.xml"));
        QCOMPARE(rs[1].statusName(), QStringLiteral("imported"));
        QCOMPARE(rs[2].statusName(), QStringLiteral("rejected")); // "../" is a crafted name
        QVERIFY(rs[2].diagnostics.first().message.text().contains(QStringLiteral("climbs out")));
        QCOMPARE(rs[3].statusName(), QStringLiteral("rejected"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM transactions").toInt(), 50);
        QCOMPARE(cf->db().scalar("SELECT group_concat(file_name, ',') FROM sources").toString(),
                 QStringLiteral("statements.zip/2024/a.xml,statements.zip/2024/b.xml"));
        const QJsonObject facts = rs[0].certificate[QStringLiteral("stated")].toObject();
        QCOMPARE(facts[QStringLiteral("container")].toString(), QStringLiteral("statements.zip"));
        QCOMPARE(facts[QStringLiteral("container_member")].toString(), QStringLiteral("2024/a.xml"));
        QCOMPARE(facts[QStringLiteral("container_sha256")].toString().size(), 64);
        // Each member's own bytes are preserved and verifiable, like any file.
        for (const FileReport &r : rs.mid(0, 2)) {
            const auto ok = cf->verifySourceContent(r.sourceId);
            QVERIFY(ok.ok() && ok.value());
        }
    }

    void hostileArchives_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("zip bomb") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("empty archive") << 2;
    }
    void hostileArchives()
    {
        QFETCH(int, kind);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString before = cb::test::fingerprint(*cf);
        const QString zip = tmp.filePath(QStringLiteral("h.zip"));
        if (kind == 0) {
            QVERIFY(writeZip(zip, {{"bomb.csv", QByteArray(64 << 20, '0')}}));
        } else if (kind == 1) {
            QVERIFY(writeZip(zip, {{"a.csv", "time,account\n"}}));
            QByteArray b = readAll(zip);
            QFile f(zip);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(b.left(b.size() - 30)); // cut into the central directory
        } else {
            QVERIFY(writeZip(zip, {}));
            QFile f(zip);
            if (!f.exists()) { // libzip writes nothing for an empty archive: write the empty end record by hand
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));
            }
        }
        ImporterRegistry registry;
        const QList<FileReport> rs = importPath(*cf, zip, {}, registry);
        QCOMPARE(rs.size(), 1);
        QCOMPARE(rs[0].statusName(), QStringLiteral("rejected"));
        QVERIFY(!rs[0].diagnostics.isEmpty());
        if (kind == 0)
            QVERIFY2(rs[0].diagnostics.first().message.text().contains(QStringLiteral("zip bomb")),
                     qPrintable(rs[0].diagnostics.first().message.text()));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
