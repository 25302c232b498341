// Identity decisions: suggested matches with reasons (never applied), merges with confidence and
// justification that can be undone, owner marks on seized devices, all in the hash-chained audit log.
// Driven through the `casebench` command on the bundled demo case and through the library on small cases.
#include "casefile.h"
#include "entitylinks.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cb::casefile;
using cb::test::runCasebench;

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void demoSuggestMergeUndo()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(runCasebench({QStringLiteral("demo"), c}).code, 0);

        // The demo's caller group swaps two SIMs in one handset: that pair is suggested, with its reason.
        auto suggest = [&] { return QJsonDocument::fromJson(runCasebench({QStringLiteral("suggest"), c, QStringLiteral("--json")}).out).array(); };
        const QJsonArray before = suggest();
        QVERIFY(!before.isEmpty());
        const QJsonObject top = before.first().toObject();
        QStringList lines{top[QStringLiteral("a")][QStringLiteral("identifiers")][0].toString(), top[QStringLiteral("b")][QStringLiteral("identifiers")][0].toString()};
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("phone +8617100001111"), QStringLiteral("phone +8617100002222")}));
        QVERIFY(top[QStringLiteral("reasons")][0].toString().startsWith(QStringLiteral("both lines were used in the same handset")));
        // Suggesting changed nothing.
        QCOMPARE(runCasebench({QStringLiteral("links"), c, QStringLiteral("--json")}).out.trimmed(), QByteArray("[\n]"));

        // No justification, no merge; national and international forms name the same entity.
        QCOMPARE(runCasebench({QStringLiteral("merge"), c, QStringLiteral("17100001111"), QStringLiteral("+8617100002222")}).code, 1);
        const auto merged = runCasebench({QStringLiteral("merge"), c, QStringLiteral("17100001111"), QStringLiteral("+86 171 0000 2222"),
                                          QStringLiteral("--justification"), QStringLiteral("one handset, alternating days"), QStringLiteral("--confidence"), QStringLiteral("80")});
        QVERIFY2(merged.code == 0, merged.err.constData());
        QCOMPARE(runCasebench({QStringLiteral("merge"), c, QStringLiteral("17100002222"), QStringLiteral("17100001111"), QStringLiteral("--justification"), QStringLiteral("x")}).code, 1);
        QVERIFY(suggest().size() < before.size()); // a merged pair is no longer suggested
        QString mergeId; // the seized phone's import made links of its own before this one
        {
            auto cf = CaseFile::open(c);
            QVERIFY(cf.ok());
            const qint64 a = findEntity(*cf.value(), QStringLiteral("17100001111")).value(), b = findEntity(*cf.value(), QStringLiteral("17100002222")).value();
            QCOMPARE(canonicalEntity(*cf.value(), b), std::min(a, b));
            const QList<AnalystLink> links = analystLinks(*cf.value());
            QCOMPARE(links.size(), 1);
            QCOMPARE(links.first().confidence, 80);
            QCOMPARE(links.first().justification, QStringLiteral("one handset, alternating days"));
            mergeId = QString::number(links.first().id);
        }
        QCOMPARE(runCasebench({QStringLiteral("unlink"), c, QStringLiteral("1"), QStringLiteral("--justification"), QStringLiteral("an import's link")}).code, 1);
        QCOMPARE(runCasebench({QStringLiteral("unlink"), c, mergeId, QStringLiteral("--justification"), QStringLiteral("the second SIM is his brother's")}).code, 0);
        QCOMPARE(runCasebench({QStringLiteral("unlink"), c, mergeId, QStringLiteral("--justification"), QStringLiteral("twice")}).code, 1);
        QCOMPARE(suggest().size(), before.size());
        auto cf = CaseFile::open(c);
        QCOMPARE(cf.value()->db().scalar("SELECT count(*) FROM entity_groups").toInt(), 0);
        const QList<AnalystLink> links = analystLinks(*cf.value());
        QCOMPARE(links.size(), 1);
        QVERIFY(!links.first().undoneAt.isEmpty());
        // Both decisions are in the audit chain, with their justifications, and the chain is intact.
        QCOMPARE(cf.value()->db().scalar("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE action IN ('merge', 'unmerge') ORDER BY id)").toString(),
                 QStringLiteral("merge,unmerge"));
        QVERIFY(cf.value()->db().scalar("SELECT details FROM audit_log WHERE action = 'unmerge'").toString().contains(QStringLiteral("his brother's")));
        QVERIFY(cf.value()->verifyAuditChain().ok());
    }

    void ownerMarkAndSameNameAcrossKinds()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        // A carrier CDR whose calls carry an IMEI, an address book naming the mule, and the mule's bank
        // statement with the holder's name.
        cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("cdr.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-01T09:00:00+08:00,13800138000,13900139000,out,60,,860000000005008,\n"));
        cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("tx.csv"),
                                                  "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n"
                                                  "2024-03-01T10:00:00+08:00,6222020000000000018,6222020000000000026,王小明,-100.00,CNY,,,\n"));
        sql::Statement name(cf->db(), "UPDATE entities SET name = '王小明' WHERE id = (SELECT entity_id FROM identifiers WHERE value = '+8613900139000')");
        QVERIFY(name.exec().ok());

        const QList<MatchSuggestion> s = suggestMatches(*cf);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().reasons.first().text(), QStringLiteral("the same name \"王小明\""));
        QCOMPARE(QSet<QString>({s.first().a.kind, s.first().b.kind}), QSet<QString>({QStringLiteral("phone"), QStringLiteral("bank_card")}));

        const qint64 device = findEntity(*cf, QStringLiteral("860000000005008")).value();
        const qint64 phone = findEntity(*cf, QStringLiteral("+86 138 0013 8000")).value();
        QVERIFY(!markDeviceOwner(*cf, phone, device, 100, QStringLiteral("wrong way round")).ok());
        QVERIFY(!markDeviceOwner(*cf, device, phone, 100, QString()).ok());
        const cb::Result<qint64> mark = markDeviceOwner(*cf, device, phone, 90, QStringLiteral("handset seized from the subscriber"));
        QVERIFY(mark.ok());
        QCOMPARE(seizedDeviceOwners(*cf), QList<qint64>{phone});
        QVERIFY(undoLink(*cf, mark.value(), QStringLiteral("mistaken identity")).ok());
        QVERIFY(seizedDeviceOwners(*cf).isEmpty());
        QVERIFY(!findEntity(*cf, QStringLiteral("no such thing")).ok());
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
