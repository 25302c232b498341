// The committer's writing of new entities and identifiers in multi-row chunks, with their ids given out
// ahead and their row digests taken as they are made: what a file with a new identifier on every row goes
// through. A wrong path shows as a duplicate identifier (the import fails on the UNIQUE constraint), a
// record pointing to the wrong entity, a lost name, or a digest that verify does not find again.
#include "casefile.h"
#include "hash.h"
#include "integrity/boundtables.h"
#include "integrity/digestset.h"
#include "integrity/verifier.h"
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cb::casefile;
using cb::importers::synthetic::imei;

class TestBulkEntities : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString verifyFindings(CaseFile &cf)
    {
        const auto report = integrity::verifyCase(cf);
        if (!report)
            return report.status().message();
        QStringList out;
        for (const integrity::Finding &f : report.value().findings)
            out << f.kind + QStringLiteral(": ") + f.message.text();
        return out.join(u'\n');
    }

    static QString firstDiagnostic(const cb::importers::FileReport &r)
    {
        return r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().message.text();
    }

private slots:
    // Runs spilled to temporary files and merged give the digest of the whole set sorted in memory.
    void digestSetSpillsAndMergesToTheSameDigest()
    {
        QRandomGenerator rng(42);
        std::vector<integrity::RowDigest> all;
        integrity::DigestSet spilled(7), inMemory;
        for (int i = 0; i < 1000; ++i) {
            integrity::RowDigest d;
            for (auto &b : d)
                b = uchar(rng.bounded(256));
            if (i % 10 == 3)
                d = all[size_t(rng.bounded(i))]; // a set of digests can repeat one (two equal rows)
            all.push_back(d);
            spilled.add(d);
            inMemory.add(d);
        }
        QCOMPARE(spilled.size(), 1000);
        const QString expected = integrity::setDigest(all);
        const auto a = spilled.digest();
        const auto b = inMemory.digest();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value(), expected);
        QCOMPARE(b.value(), expected);
        QCOMPARE(spilled.size(), 0);
        // The empty set: SHA-256 of nothing.
        QCOMPARE(spilled.digest().value(), sha256Hex(QByteArray()));
    }

    // 40,000 calls each with a new handset and SIM, more than the committer remembers (32,768 identifiers),
    // each followed by a call on the previous row's handset written with the spare 0 carriers send instead
    // of the check digit, so that no raw-text memory knows it: one device entity per handset, every call on
    // its handset's entity, every digest found again by verify. The 18 lines are in the case already (an
    // earlier file), so the committer's memory fills 18 entries before a multiple of its 64-row chunks:
    // when it forgets, the previous handset is still waiting in the buffer and must be written before it
    // is looked up (without that flush, it is made twice and the second IMEI row is lost).
    // Then 100 calls from a second file: 50 on SIMs the case holds (they stay with their first line) and
    // 50 new ones, attached through the case.
    void repeatedHandsetsBeyondTheCachesJoinTheirEntity()
    {
        const QByteArray header = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";
        auto row = [](QByteArray &csv, int i, int line, const QString &handset, const QString &sim) {
            csv += QStringLiteral("2024-03-01T%1:%2:%3+08:00,13800%4,13900%5,out,60,,%6,%7\n")
                       .arg(i / 3600 % 24, 2, 10, QLatin1Char('0'))
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(100000 + line, 6, 10, QLatin1Char('0'))
                       .arg(100000 + i % 11, 6, 10, QLatin1Char('0'))
                       .arg(handset, sim)
                       .toLatin1();
        };
        auto sim = [](int i) { return QStringLiteral("46002%1").arg(i, 10, 10, QLatin1Char('0')); };
        const int fresh = 40000;
        QByteArray first = header;
        for (int i = 0; i < fresh; ++i) {
            row(first, i, i % 7, imei(quint64(i)), sim(i));
            if (i > 0)
                row(first, i, (i - 1) % 7, imei(quint64(i - 1)).left(14) + u'0', QString());
        }
        auto cf = cb::test::newCase(m_dir, QStringLiteral("handsets.casebench"));
        QByteArray lines = header;
        for (int k = 0; k < 11; ++k) // the 7 subscribers and the 11 parties they call, without handsets
            row(lines, k, k % 7, QString(), QString());
        auto report = cb::test::import(*cf, cb::test::writeFile(m_dir, QStringLiteral("lines.csv"), lines));
        QVERIFY2(report.outcome == cb::importers::FileReport::Outcome::Imported, qPrintable(firstDiagnostic(report)));
        report = cb::test::import(*cf, cb::test::writeFile(m_dir, QStringLiteral("handsets.csv"), first));
        QVERIFY2(report.outcome == cb::importers::FileReport::Outcome::Imported, qPrintable(firstDiagnostic(report)));
        sql::Database &db = cf->db();
        QCOMPARE(db.scalar("SELECT count(*) FROM calls").toLongLong(), qint64(2 * fresh - 1 + 11));
        QCOMPARE(db.scalar("SELECT count(*) FROM entities WHERE kind = 'device'").toLongLong(), qint64(fresh));
        QCOMPARE(db.scalar("SELECT count(*) FROM identifiers WHERE type = 'imei'").toLongLong(), qint64(fresh));
        // Every call points to the entity its IMEI's identifier names.
        QCOMPARE(db.scalar("SELECT count(*) FROM calls c WHERE c.source_id = (SELECT max(id) FROM sources) AND NOT EXISTS (SELECT 1 FROM identifiers i WHERE "
                           "i.entity_id = c.device_id AND i.type = 'imei' AND substr(i.value, 1, 14) = substr(c.imei, 1, 14))")
                     .toLongLong(),
                 qint64(0));
        // Each SIM is an identifier of the line it was first seen on (line i % 7 for SIM i).
        const char *simOnItsLine = "SELECT count(*) FROM identifiers s JOIN identifiers p ON p.entity_id = s.entity_id AND "
                                   "p.type = 'phone' WHERE s.type = 'imsi' AND p.value = '+8613800' || "
                                   "printf('%06d', 100000 + CAST(substr(s.value, 6) AS INTEGER) % 7)";
        QCOMPARE(db.scalar("SELECT count(*) FROM identifiers WHERE type = 'imsi'").toLongLong(), qint64(fresh));
        QCOMPARE(db.scalar(simOnItsLine).toLongLong(), qint64(fresh));

        QByteArray second = header;
        for (int k = 0; k < 100; ++k) // SIMs 0-49 are held; 40000-40049 are new; all on line 100099
            row(second, k, 99, imei(quint64(k)), sim(k < 50 ? k : fresh + k - 50));
        report = cb::test::import(*cf, cb::test::writeFile(m_dir, QStringLiteral("second.csv"), second));
        QVERIFY2(report.outcome == cb::importers::FileReport::Outcome::Imported, qPrintable(firstDiagnostic(report)));
        QCOMPARE(db.scalar("SELECT count(*) FROM identifiers WHERE type = 'imsi'").toLongLong(), qint64(fresh + 50));
        QCOMPARE(db.scalar(simOnItsLine).toLongLong(), qint64(fresh)); // the held ones did not move
        QCOMPARE(db.scalar("SELECT count(*) FROM identifiers s JOIN identifiers p ON p.entity_id = s.entity_id AND "
                           "p.type = 'phone' AND p.value = '+8613800100099' WHERE s.type = 'imsi'")
                     .toLongLong(),
                 qint64(50));
        QCOMPARE(db.scalar("SELECT count(*) FROM entities WHERE kind = 'device'").toLongLong(), qint64(fresh));
        QCOMPARE(db.scalar("SELECT count(*) FROM pragma_foreign_key_check").toLongLong(), qint64(0));
        QCOMPARE(verifyFindings(*cf), QString());
    }

    // A counterparty first seen without a name and named on a later row gets the name: 王五 while its
    // entity still waits in the chunk buffer (the next row), 赵六 after it was written (300 new
    // counterparties, several chunks, later).
    void nameOnALaterRowFillsTheEntity()
    {
        QByteArray csv = "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n";
        auto row = [&csv](int minute, const QByteArray &cp, const QByteArray &name) {
            csv += "2024-03-01T" + QByteArray::number(10 + minute / 60) + ':' +
                   QByteArray::number(minute % 60).rightJustified(2, '0') + ":00+08:00,6222000000000001," + cp + ',' + name +
                   ",-1.00,CNY,,,pay\n";
        };
        row(0, "6217000000000009", "");
        row(1, "6217000000000009", "王五");
        row(2, "6217000000000010", "");
        for (int i = 0; i < 300; ++i)
            row(3 + i, "6217" + QByteArray::number(100000000000 + i), "");
        row(303, "6217000000000010", "赵六");
        const QString path = cb::test::writeFile(m_dir, QStringLiteral("names.csv"), csv);
        auto cf = cb::test::newCase(m_dir, QStringLiteral("names.casebench"));
        const auto report = cb::test::import(*cf, path);
        QVERIFY2(report.outcome == cb::importers::FileReport::Outcome::Imported, qPrintable(firstDiagnostic(report)));
        sql::Database &db = cf->db();
        auto nameOf = [&db](const char *account) {
            sql::Statement st(db, "SELECT e.name FROM identifiers i JOIN entities e ON e.id = i.entity_id "
                                  "WHERE i.type = 'account' AND i.value = ?");
            st.bind(1, QString::fromLatin1(account));
            return st.step() ? st.text(0) : QStringLiteral("<no entity>");
        };
        QCOMPARE(nameOf("6217000000000009"), QStringLiteral("王五"));
        QCOMPARE(nameOf("6217000000000010"), QStringLiteral("赵六"));
        QCOMPARE(db.scalar("SELECT count(*) FROM entities").toLongLong(), qint64(1 + 2 + 300));
        QCOMPARE(verifyFindings(*cf), QString());
    }
};

CB_TEST_GUILESS_MAIN(TestBulkEntities)
#include "tst_bulkentities.moc"
