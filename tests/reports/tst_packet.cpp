// The evidence packet read back as a reader would: Poppler's text of every page, its outline and its
// embedded manifest; masked values absent from the text, the manifest and every decoded stream; verify
// passing on a fresh packet and failing on one changed byte, a changed signature, a changed cited row and a
// changed cited source.
#include "packet/narrative.h"
#include "packet/redactor.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <poppler-qt6.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

using namespace cb;

namespace {

struct Read
{
    QStringList pages;      // Poppler's text per page
    QStringList squeezed;   // the same without white space (table cells wrap)
    QJsonObject manifest;
    QStringList outline;    // "Title" and, for children, "  Title"
};

Read readPacket(const QString &path)
{
    Read r;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return r;
    for (int i = 0; i < doc->numPages(); ++i) {
        const QString text = doc->page(i)->text(QRectF());
        r.pages << text;
        r.squeezed << QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    }
    for (const Poppler::OutlineItem &item : doc->outline()) {
        r.outline << item.name();
        for (const Poppler::OutlineItem &child : item.children())
            r.outline << QStringLiteral("  ") + child.name();
    }
    for (Poppler::EmbeddedFile *file : doc->embeddedFiles())
        if (file->name() == u"manifest.json")
            r.manifest = QJsonDocument::fromJson(file->data()).object();
    return r;
}

// Every stream of the file, decoded (content, fonts' maps, metadata, the manifest).
QByteArray decodedStreams(const QString &path)
{
    QByteArray all;
    QPDF pdf;
    pdf.processFile(path.toLocal8Bit().constData());
    for (QPDFObjectHandle &obj : pdf.getAllObjects())
        if (obj.isStream()) {
            const std::shared_ptr<Buffer> data = obj.getStreamData();
            all.append(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        }
    return all;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestPacket : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_case;

    QString report(const QString &name, QStringList extra)
    {
        const QString out = m_dir.filePath(name);
        extra.prepend(out), extra.prepend(QStringLiteral("-o")), extra.prepend(m_case), extra.prepend(QStringLiteral("report"));
        const test::Run run = test::runCasebench(extra);
        if (run.code != 0)
            qWarning() << run.err;
        return run.code == 0 ? out : QString();
    }

private slots:
    void initTestCase()
    {
        // The signing key goes to a folder of this run, not the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        m_case = m_dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), m_case}).code, 0);
        // Two more exhibits that name bystanders (entities with no role, tied to none that has one): the
        // seized phone's contacts (周某 (卡), +8613600001234) and the card 6217000000000000772 of the
        // company 某某科技有限公司 that two victims paid.
        QCOMPARE(test::runCasebench({QStringLiteral("exhibit"), QStringLiteral("add"), m_case, QStringLiteral("table"), QStringLiteral("--kind"),
                                     QStringLiteral("contacts"), QStringLiteral("--caption"), QStringLiteral("Contacts on the seized phone")}).out.trimmed(),
                 QByteArray("E-8"));
        QCOMPARE(test::runCasebench({QStringLiteral("exhibit"), QStringLiteral("add"), m_case, QStringLiteral("table"), QStringLiteral("--kind"),
                                     QStringLiteral("transactions"), QStringLiteral("--entity"), QStringLiteral("6217000000000000772"),
                                     QStringLiteral("--caption"), QStringLiteral("Payments to the company")}).out.trimmed(),
                 QByteArray("E-9"));
    }

    void masksFollowTheRule()
    {
        // Worked by hand from the rule: phones keep the first three and last four digits of the national
        // number (the country code stays in front), numbers their last four, names their first character.
        QCOMPARE(reports::Redactor::maskPhone(QStringLiteral("8613600001234"), 2), QStringLiteral("86136****1234"));
        QCOMPARE(reports::Redactor::maskPhone(QStringLiteral("13700000003"), 0), QStringLiteral("137****0003"));
        QCOMPARE(reports::Redactor::maskNumber(QStringLiteral("6217000000000000772")), QStringLiteral("***************0772"));
        QCOMPARE(reports::Redactor::maskNumber(QStringLiteral("860000000005024")), QStringLiteral("***********5024"));
        QCOMPARE(reports::Redactor::maskName(QStringLiteral("张三")), QStringLiteral("张*"));
        QCOMPARE(reports::Redactor::maskName(QStringLiteral("某某科技有限公司")), QStringLiteral("某*******"));
    }

    void narrativeKeepsItsStructure()
    {
        // "Between 1 and 11 March 2024 " is 28 characters: the bold span starts there and runs 12 ("eight people").
        const QList<reports::Block> blocks = reports::narrativeBlocks(
            QStringLiteral("# Summary\n\nBetween 1 and 11 March 2024 **eight people** reported it.\n\n- first *point*\n- second\n\n1. one\n2. two\n"), {});
        QCOMPARE(blocks.size(), 6);
        QCOMPARE(blocks.at(0).kind, reports::Block::Heading);
        QCOMPARE(blocks.at(1).spans.size(), 1);
        QCOMPARE(blocks.at(1).spans.first().start, 28);
        QCOMPARE(blocks.at(1).spans.first().length, 12);
        QVERIFY(blocks.at(1).spans.first().bold);
        QCOMPARE(blocks.at(2).text, QStringLiteral("• first point"));
        QCOMPARE(blocks.at(2).indent, 1);
        QVERIFY(blocks.at(2).spans.first().italic && blocks.at(2).spans.first().start == 8); // after "• first "
        QCOMPARE(blocks.at(5).text, QStringLiteral("2. two"));
    }

    void pagesCarryEveryRowWithItsProvenance()
    {
        const QString path = report(QStringLiteral("plain.pdf"), {QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY(!path.isEmpty());
        const Read r = readPacket(path);
        QVERIFY(r.pages.size() >= 8);
        QCOMPARE(r.manifest.value(QStringLiteral("format")).toString(), QStringLiteral("casebench-packet/1"));
        QCOMPARE(r.manifest.value(QStringLiteral("pages")).toInt(), int(r.pages.size()));
        // Bates numbers: the case number SZ-2024-0317 gives the prefix SZ20240317; every page counted.
        const QString prefix = r.manifest.value(QStringLiteral("bates")).toObject().value(QStringLiteral("prefix")).toString();
        QCOMPARE(prefix, QStringLiteral("SZ20240317"));
        for (int i = 0; i < r.pages.size(); ++i) {
            QVERIFY2(r.pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(r.pages.size())), qPrintable(QString::number(i + 1)));
            QVERIFY(r.pages.at(i).contains(QStringLiteral("SZ20240317-%1").arg(i + 1, 6, 10, QLatin1Char('0'))));
        }
        QCOMPARE(r.outline, (QStringList{QStringLiteral("Contents"), QStringLiteral("Case summary"), QStringLiteral("Exhibits"),
                                          QStringLiteral("  E-1  Calls of the first caller line"), QStringLiteral("  E-2  Its first call"),
                                          QStringLiteral("  E-3  Where the first victim's money went (FIFO)"), QStringLiteral("  E-4  The lead the case started from"),
                                          QStringLiteral("  E-5  The seized phone's WeChat chat reporting each payment"),
                                          QStringLiteral("  E-6  The fraud on one time axis: the ring's lines and the victims' cards"),
                                          QStringLiteral("  E-7  The victims' money through the mule accounts (link chart)"),
                                          QStringLiteral("  E-8  Contacts on the seized phone"), QStringLiteral("  E-9  Payments to the company"),
                                          QStringLiteral("Method"), QStringLiteral("Sources")}));
        // Every cited row: its locator, its source's short hash and its row hash on its exhibit's pages.
        int rows = 0;
        for (const QJsonValue &v : r.manifest.value(QStringLiteral("exhibits")).toArray()) {
            const QJsonObject e = v.toObject();
            QString text;
            for (int p = e[QStringLiteral("pages")][0].toInt(); p <= e[QStringLiteral("pages")][1].toInt(); ++p)
                text += r.squeezed.at(p - 1);
            for (const QJsonValue &row : e.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject o = row.toObject();
                QVERIFY2(text.contains(o.value(QStringLiteral("digest")).toString().left(16)), qPrintable(o.value(QStringLiteral("uuid")).toString()));
                QVERIFY(text.contains(o.value(QStringLiteral("source_sha256")).toString().left(12)));
                QVERIFY(text.contains(QString(o.value(QStringLiteral("locator")).toString()).remove(u' ')));
                ++rows;
            }
        }
        QVERIFY(rows > 60);
        // E-2, the demo's first call, as the generator wrote line 2 of 03_cdr_17100001111.csv: the caller line
        // rang the first victim at 01:00 Shanghai time on 4 March 2024 for 12 minutes 51 seconds.
        const QJsonObject e2 = r.manifest.value(QStringLiteral("exhibits")).toArray().at(1).toObject();
        const QString page = r.pages.at(e2[QStringLiteral("pages")][0].toInt() - 1);
        for (const char *expected : {"2024-03-04 01:00:00 UTC+08:00", "+8613912340000", "0:12:51", "03_cdr_17100001111.csv", "line 2"})
            QVERIFY2(page.contains(QLatin1String(expected)), expected);
        // E-5, the chat: the handler answers the caller line's report of each payment with the same words.
        // E-6, the timeline: the saved view drawn by the workbench's painter, its text searchable in the PDF,
        // and its period and counts in the manifest. Its lanes are the subjects and victims, so it counts the
        // events they take part in: the three caller lines' 73 calls, the 56 movements of the victims' cards,
        // the seized phone's 24 messages and 3 locations, and the first victim's statement = 157 (of the
        // case's 267; a query over the roles, their merged twins and each table gives the same).
        const QJsonObject e6 = r.manifest.value(QStringLiteral("exhibits")).toArray().at(5).toObject();
        QCOMPARE(e6.value(QStringLiteral("kind")).toString(), QStringLiteral("timeline"));
        QCOMPARE(e6.value(QStringLiteral("timeline")).toObject().value(QStringLiteral("events")).toInt(), 157);
        QCOMPARE(e6.value(QStringLiteral("timeline")).toObject().value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Shanghai"));
        QVERIFY(r.pages.at(e6[QStringLiteral("pages")][0].toInt() - 1).contains(QStringLiteral("Timeline · SZ-2024-0317")));
        // E-7, the link chart of the victims' money, two hops from the subjects and victims, money only: the
        // 8 victims' cards, the employer's card that paid their salaries, the 4 mule accounts they paid and the
        // 2 the mules passed it on to = 15 entities; links: salary to each victim (8), each victim to its mule
        // (8), each of the 4 mules to both of the second layer (8) = 24. The 11 phones of the subjects and
        // victims have no money link and are not drawn.
        const QJsonObject e7 = r.manifest.value(QStringLiteral("exhibits")).toArray().at(6).toObject();
        QCOMPARE(e7.value(QStringLiteral("kind")).toString(), QStringLiteral("chart"));
        QCOMPARE(e7.value(QStringLiteral("chart")).toObject().value(QStringLiteral("entities")).toInt(), 15);
        QCOMPARE(e7.value(QStringLiteral("chart")).toObject().value(QStringLiteral("links")).toInt(), 24);
        const QString e7page = r.pages.at(e7[QStringLiteral("pages")][0].toInt() - 1);
        QVERIFY(e7page.contains(QStringLiteral("link chart “The victims' money”")));
        QVERIFY(e7page.contains(QStringLiteral("11 starting entities without such links not drawn")));
        QVERIFY(e7page.contains(QStringLiteral("CNY 169,000.00")));
        const QJsonObject e5 = r.manifest.value(QStringLiteral("exhibits")).toArray().at(4).toObject();
        QCOMPARE(e5.value(QStringLiteral("kind")).toString(), QStringLiteral("thread"));
        QVERIFY(e5.value(QStringLiteral("rows")).toArray().size() >= 2);
        QVERIFY(r.pages.at(e5[QStringLiteral("pages")][0].toInt() - 1).contains(QStringLiteral("收到，马上分两路走")));
        // The narrative, its emphasis and its list laid out on the summary page.
        QVERIFY(r.pages.at(2).contains(QStringLiteral("eight people")) && r.pages.at(2).contains(QStringLiteral("• leaving as cash at ATMs.")));
        // Without redaction the bystanders appear as they are.
        QVERIFY(r.squeezed.join(QString()).contains(QStringLiteral("6217000000000000772")));
        QVERIFY(r.squeezed.join(QString()).contains(QStringLiteral("860000000005024")));
    }

    void redactionRemovesMaskedValues()
    {
        const QString path = report(QStringLiteral("redacted.pdf"), {QStringLiteral("--redact"), QStringLiteral("unmarked"), QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY(!path.isEmpty());
        const Read r = readPacket(path);
        const QString text = r.squeezed.join(QString());
        const QByteArray manifest = QJsonDocument(r.manifest).toJson();
        const QByteArray streams = decodedStreams(path), file = readAll(path);
        for (const QString &secret : {QStringLiteral("6217000000000000772"), QStringLiteral("860000000005024"), QStringLiteral("13600001234"),
                                      QStringLiteral("某某科技有限公司"), QStringLiteral("周某(卡)")}) {
            QVERIFY2(!text.contains(secret), qPrintable(secret));
            QVERIFY2(!manifest.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!streams.contains(secret.toUtf8()) && !file.contains(secret.toUtf8()), qPrintable(secret));
        }
        for (const QString &mask : {QStringLiteral("***************0772"), QStringLiteral("***********5024"), QStringLiteral("+86136****1234"),
                                    QStringLiteral("某*******")})
            QVERIFY2(text.contains(mask), qPrintable(mask));
        // Those with a role stay readable: the caller lines and the victims.
        QVERIFY(text.contains(QStringLiteral("+8617100001111")) && text.contains(QStringLiteral("+8613912340000")));
        QVERIFY(r.pages.first().contains(QStringLiteral("Redaction: identifiers and names of entities without a role in the case are masked.")));
    }

    void chinesePacketCopiesAsIdeographs()
    {
        const QString path = report(QStringLiteral("zh.pdf"), {QStringLiteral("--language"), QStringLiteral("zh_CN")});
        QVERIFY(!path.isEmpty());
        const Read r = readPacket(path);
        QVERIFY(r.pages.first().contains(QStringLiteral("证据材料")));
        QVERIFY(r.pages.at(1).contains(QStringLiteral("第 2 页，共 %1 页").arg(r.pages.size())));
        QVERIFY(r.outline.contains(QStringLiteral("案情摘要")));
        const QString all = r.pages.join(QString());
        QVERIFY(all.contains(QStringLiteral("金额"))); // 金 shares its glyph with the Kangxi radical ⾦ (U+2FA6)
        for (QChar c : all)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("radical U+%1").arg(c.unicode(), 4, 16)));
    }

    void verifyCatchesEveryChange()
    {
        const QString path = report(QStringLiteral("v.pdf"), {});
        QVERIFY(!path.isEmpty());
        const test::Run ok = test::runCasebench({QStringLiteral("verify"), path, QStringLiteral("--case"), m_case, QStringLiteral("--json")});
        QCOMPARE(ok.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(ok.out).object();
        QVERIFY(j.value(QStringLiteral("ok")).toBool() && j.value(QStringLiteral("case_checked")).toBool());
        const QJsonObject key = QJsonDocument::fromJson(test::runCasebench({QStringLiteral("key"), QStringLiteral("--json")}).out).object();
        QCOMPARE(j[QStringLiteral("signer")][QStringLiteral("fingerprint")].toString(), key.value(QStringLiteral("fingerprint")).toString());

        const QByteArray bytes = readAll(path);
        const auto kinds = [](const test::Run &run) {
            QStringList out;
            for (const QJsonValue &p : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("problems")).toArray())
                out << p[QStringLiteral("kind")].toString();
            return out;
        };
        // One byte of the first page's stream region, and one digit of the signature itself.
        QByteArray changed = bytes;
        changed[bytes.size() / 3] = char(changed.at(bytes.size() / 3) ^ 0x01);
        writeAll(m_dir.filePath(QStringLiteral("byte.pdf")), changed);
        test::Run bad = test::runCasebench({QStringLiteral("verify"), m_dir.filePath(QStringLiteral("byte.pdf")), QStringLiteral("--json")});
        QCOMPARE(bad.code, 1);
        QVERIFY(kinds(bad).contains(QStringLiteral("signature")) || kinds(bad).contains(QStringLiteral("manifest")));
        const qsizetype sig = bytes.indexOf("/CasebenchSignature (") + 21;
        changed = bytes;
        changed[sig] = changed.at(sig) == '0' ? '1' : '0';
        writeAll(m_dir.filePath(QStringLiteral("sig.pdf")), changed);
        bad = test::runCasebench({QStringLiteral("verify"), m_dir.filePath(QStringLiteral("sig.pdf")), QStringLiteral("--json")});
        QCOMPARE(bad.code, 1);
        QCOMPARE(kinds(bad), QStringList{QStringLiteral("signature")});

        // The case changes under the packet: a cited call's duration, then a cited source's bytes.
        const QString copy = m_dir.filePath(QStringLiteral("tampered.casebench"));
        QVERIFY(QFile::copy(m_case, copy));
        {
            casefile::sql::Database db;
            QVERIFY(db.open(copy, casefile::sql::Database::Mode::ReadWrite));
            QVERIFY(db.exec("UPDATE calls SET duration_s = duration_s + 60 WHERE id = (SELECT min(id) FROM calls)"));
        }
        bad = test::runCasebench({QStringLiteral("verify"), path, QStringLiteral("--case"), copy, QStringLiteral("--json")});
        QCOMPARE(bad.code, 1);
        QVERIFY(kinds(bad).contains(QStringLiteral("row_changed")));
        {
            casefile::sql::Database db;
            QVERIFY(db.open(copy, casefile::sql::Database::Mode::ReadWrite));
            QVERIFY(db.exec("UPDATE calls SET duration_s = duration_s - 60 WHERE id = (SELECT min(id) FROM calls);"
                            "UPDATE source_content SET bytes = bytes || 'x' WHERE source_id = (SELECT source_id FROM calls ORDER BY id LIMIT 1)"));
        }
        bad = test::runCasebench({QStringLiteral("verify"), path, QStringLiteral("--case"), copy, QStringLiteral("--json")});
        QCOMPARE(bad.code, 1);
        QCOMPARE(kinds(bad), QStringList{QStringLiteral("source_changed")});
        // A packet is not made from a case whose cited source fails verification.
        bad = test::runCasebench({QStringLiteral("report"), copy, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("never.pdf"))});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("fails verification"), bad.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
        // A PDF that is not a packet.
        writeAll(m_dir.filePath(QStringLiteral("other.pdf")), QByteArray("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
        QCOMPARE(test::runCasebench({QStringLiteral("verify"), m_dir.filePath(QStringLiteral("other.pdf"))}).code, 1);
    }
};

CB_TEST_MAIN_WITH(QGuiApplication, TestPacket)
#include "tst_packet.moc"
