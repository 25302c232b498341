// ISO 20022 camt.052/053/054: the shared corpus (figures checked by reading each file), the generated
// benchmark file, and the details the format has: batches, five-decimal amounts, pending entries,
// summaries, duplicate indicators, and hostile XML.
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cb::importers;

namespace {
QByteArray document(const QByteArray &ns, const QByteArray &statements)
{
    return "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:" + ns + "\">\n<BkToCstmrStmt>\n"
           "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-03-01T10:00:00+01:00</CreDtTm></GrpHdr>\n" + statements +
           "</BkToCstmrStmt>\n</Document>\n";
}

QByteArray entry(const QByteArray &amount, const QByteArray &cd, const QByteArray &extra = {}, const QByteArray &details = {})
{
    return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + cd + "</CdtDbtInd>" + extra +
           "<BookgDt><Dt>2024-03-01+02:00</Dt></BookgDt><ValDt><Dt>2024-03-02</Dt></ValDt>" +
           (details.isEmpty() ? QByteArray() : "<NtryDtls>" + details + "</NtryDtls>") + "</Ntry>\n";
}

QByteArray detail(const QByteArray &amount, const QByteArray &name, const QByteArray &iban)
{
    return "<TxDtls><Refs><EndToEndId>E-" + name + "</EndToEndId></Refs><Amt Ccy=\"EUR\">" + amount +
           "</Amt><RltdPties><Dbtr><Pty><Nm>" + name + "</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>" + iban +
           "</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>from " + name + "</Ustrd></RmtInf></TxDtls>";
}

QByteArray statement(const QByteArray &opening, const QByteArray &closing, const QByteArray &entries, const QByteArray &extra = {})
{
    auto bal = [](const char *code, const QByteArray &amt) {
        return QByteArray("<Bal><Tp><CdOrPrtry><Cd>") + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amt +
               "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt></Bal>\n";
    };
    return "<Stmt><Id>S1</Id><ElctrncSeqNb>7</ElctrncSeqNb>" + extra +
           "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ownr><Nm>Mule One</Nm></Ownr></Acct>\n" + bal("OPBD", opening) +
           bal("CLBD", closing) + entries + "</Stmt>\n";
}
} // namespace

class TestCamt : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("transactions");
        QTest::addColumn<int>("statements");
        QTest::addColumn<int>("breaks");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("debit");
        QTest::newRow("052 report") << "genkgo_camt052.v2.xml" << "camt.052.001.02" << 1 << 1 << 0 << "SEK" << qint64(0) << qint64(20000000);
        // CLBD is in SEK while the statement is in EUR: not checkable, so no break either.
        QTest::newRow("053 minimal") << "genkgo_camt053.v2.minimal.xml" << "camt.053.001.02" << 1 << 1 << 0 << "EUR" << qint64(885) << qint64(0);
        // 18.15 + 8.85 = 27.00, then 27.00 - 7.00 = 20.00.
        QTest::newRow("053 two statements") << "genkgo_camt053.v2.multi.statement.xml" << "camt.053.001.02" << 2 << 2 << 0 << "EUR" << qint64(885) << qint64(700);
        QTest::newRow("053 v4") << "genkgo_camt053.v4.xml" << "camt.053.001.04" << 1 << 1 << 0 << "EUR" << qint64(885) << qint64(0);
        QTest::newRow("053 v8") << "genkgo_camt053.v8.xml" << "camt.053.001.08" << 1 << 1 << 0 << "EUR" << qint64(885) << qint64(0);
        QTest::newRow("054 notification") << "genkgo_camt054.v2.xml" << "camt.054.001.02" << 1 << 1 << 0 << "SEK" << qint64(0) << qint64(20000000);
        // 9433.31 + 368.00 - 4047.85 = 5753.46, as CLBD states.
        QTest::newRow("swiss v4") << "iso20022_davider80.xml" << "camt.053.001.04" << 16 << 1 << 0 << "CHF" << qint64(36800) << qint64(404785);
        // 0.00 + 13010.00 of credits, but CLBD says 10000.00 (and the statement is flagged DUPL).
        QTest::newRow("duplicate flag") << "iso20022_gcamp6.xml" << "camt.053.001.02" << 5 << 1 << 1 << "XXX" << qint64(1301000) << qint64(0);
        // A batch of two (564.05 + 100.00 = 664.05) becomes two rows; 15568.27 - 754.25 - 664.05 + 1405.31
        // = 15555.28, but CLBD says 15121.12.
        QTest::newRow("dutch batch") << "oca_test-camt053.xml" << "camt.053.001.02" << 4 << 1 << 1 << "EUR" << qint64(140531) << qint64(141830);
    }
    void corpus()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, transactions);
        QFETCH(int, statements);
        QFETCH(int, breaks);
        QFETCH(QString, currency);
        QFETCH(qint64, credit);
        QFETCH(qint64, debit);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const auto r = cb::test::import(*cf, dir + QStringLiteral("/camt/") + file);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.format, format);
        cb::test::compareStatementFigures(r.certificate, transactions, statements, currency, credit, debit, breaks);
    }

    void corpusDetails()
    {
        const QString dir = cb::test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        cb::test::import(*cf, dir + QStringLiteral("/camt/oca_test-camt053.xml"));
        // The batch's second detail: its own amount, creditor, reference and text, located by XML path.
        QCOMPARE(cf->db().scalar("SELECT amount_minor || '|' || counterparty_name || '|' || counterparty_account || '|' || reference "
                                 "|| '|' || channel FROM transactions WHERE locator LIKE '%Ntry[2]/TxDtls[2])'").toString(),
                 QStringLiteral("-10000|Test Customer|NL46ABNA0499998748|TESTBANK/NL/20141229/01206407|PMNT/IDDT/UPDD"));
        cf = nullptr;
        QTemporaryDir tmp2;
        cf = cb::test::newCase(tmp2);
        cb::test::import(*cf, dir + QStringLiteral("/camt/iso20022_davider80.xml"));
        // Booking dates carry their own offset ("2017-04-01+02:00").
        QCOMPARE(cf->db().scalar("SELECT time_utc || '|' || utc_offset FROM transactions ORDER BY id LIMIT 1").toString(),
                 QStringLiteral("1490997600000|7200"));
    }

    void semantics()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp, QStringLiteral("s.casebench"), QStringLiteral("Europe/Berlin"));
        const QByteArray entries =
            entry("30.00", "CRDT", "<Sts><Cd>BOOK</Cd></Sts>",
                  detail("10.00", "Victim A", "NL91ABNA0417164300") + detail("20.00", "Victim B", "DE44500105175407324931")) +
            entry("10.12345", "DBIT", "<Sts>BOOK</Sts>") +
            entry("99.00", "CRDT", "<Sts>PDNG</Sts>") +
            entry("5.00", "DBIT", "<RvslInd>true</RvslInd><Sts>BOOK</Sts>");
        // 100.00 + 30.00 - 10.12345 - 5.00 = 114.87655 → 114.88 (the pending 99.00 is not booked).
        const QByteArray xml = document("camt.053.001.13", statement("100.00", "114.88", entries, "<CpyDplctInd>DUPL</CpyDplctInd>"));
        const auto r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("s.xml"), xml));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.format, QStringLiteral("camt.053.001.13"));
        const QJsonObject c = r.certificate;
        QCOMPARE(c[QStringLiteral("rows_read")].toInt(), 5); // 2 batch details + 3 entries
        QCOMPARE(c[QStringLiteral("rows_accepted")].toInt(), 4);
        QCOMPARE(c[QStringLiteral("rows_skipped")].toInt(), 1);
        const QJsonObject st = c[QStringLiteral("statements")].toArray().first().toObject();
        QCOMPARE(st[QStringLiteral("continuous")].toBool(), true);
        QCOMPARE(st[QStringLiteral("closing_minor")].toInteger(), 11488);
        // The five-decimal amount is kept exactly beside its rounded minor units.
        QCOMPARE(cf->db().scalar("SELECT amount_minor || '|' || amount_exact FROM transactions WHERE amount_exact IS NOT NULL").toString(),
                 QStringLiteral("-1012|-10.12345"));
        QCOMPARE(cf->db().scalar("SELECT group_concat(counterparty_name || ':' || amount_minor, ',') FROM transactions "
                                 "WHERE counterparty_name IS NOT NULL").toString(),
                 QStringLiteral("Victim A:1000,Victim B:2000"));
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM transactions WHERE account_id = (SELECT entity_id FROM identifiers "
                                 "WHERE value = 'DE89370400440532013000')").toInt(), 4);
        const QString diags = QString::fromUtf8(QJsonDocument(c[QStringLiteral("diagnostics")].toArray()).toJson());
        QVERIFY(diags.contains(QStringLiteral("marked as a duplicate (DUPL)")));
        QVERIFY(diags.contains(QStringLiteral("reversal entry")));
        QVERIFY(diags.contains(QStringLiteral("Stmt[1]/Ntry[3]")));
    }

    void summaryMismatch()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QByteArray summary = "<TxsSummry><TtlNtries><NbOfNtries>3</NbOfNtries></TtlNtries><TtlCdtNtries><NbOfNtries>1"
                                   "</NbOfNtries><Sum>12.00</Sum></TtlCdtNtries></TxsSummry>";
        const QByteArray xml = document("camt.053.001.02", statement("0", "10.00", summary + entry("10.00", "CRDT")));
        const auto r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("m.xml"), xml));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        const QString diags = QString::fromUtf8(QJsonDocument(r.certificate[QStringLiteral("diagnostics")].toArray()).toJson());
        QVERIFY2(diags.contains(QStringLiteral("the statement states 3 entries; 1 were read")), qPrintable(diags));
        QVERIFY(diags.contains(QStringLiteral("the report states 1 entries totalling 12.00; 1 entries totalling 10.00 were read")));
    }

    void generatedFile()
    {
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString path = tmp.filePath(QStringLiteral("gen.xml"));
        QVERIFY(synthetic::writeCamt053(path, 1200).ok());
        const auto r = cb::test::import(*cf, path);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 1200);
        const QJsonArray sts = r.certificate[QStringLiteral("statements")].toArray();
        QCOMPARE(sts.size(), 3);
        for (const QJsonValue &v : sts)
            QCOMPARE(v[QStringLiteral("continuous")].toBool(), true);
        QCOMPARE(r.certificate[QStringLiteral("diagnostics")].toArray().size(), 0); // summaries agree
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = document("camt.053.001.02", statement("0", "10.00", entry("10.00", "CRDT")));
        QTest::newRow("truncated") << good.left(good.size() - 60);
        QTest::newRow("entity expansion") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>") +
                                                 good.mid(good.indexOf("<Document"));
        QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>") +
                                                QByteArray(good.mid(good.indexOf("<Document"))).replace("<Id>S1</Id>", "<Id>&x;</Id>");
        QTest::newRow("other message") << QByteArray(good).replace("camt.053.001.02", "camt.056.001.01");
        QTest::newRow("no statement") << document("camt.053.001.02", {});
        QTest::newRow("garbage inside") << QByteArray(good).replace("</Ntry>", "</Ntry><Ntry><Amt>");
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir tmp;
        auto cf = cb::test::newCase(tmp);
        const QString before = cb::test::fingerprint(*cf);
        ImportOptions opt;
        opt.format = QStringLiteral("camt");
        const auto r = cb::test::import(*cf, cb::test::writeFile(tmp, QStringLiteral("h.xml"), bytes), opt);
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY(r.diagnostics.first().locator.startsWith(QStringLiteral("line ")));
        QCOMPARE(cb::test::fingerprint(*cf), before);
    }
};

CB_TEST_GUILESS_MAIN(TestCamt)
#include "tst_camt.moc"
