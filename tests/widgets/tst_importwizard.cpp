// The import wizard as an analyst drives it: a bank export no profile knows, refused as it stands, its
// columns corrected in the mapping editor while the preview follows; the mapping saved as a named
// profile; the import made with the wizard's options; and the next file with the same header read with
// that profile without being asked. Screenshots beside the binary: tst_importwizard_{en,zh}.png.
#include "importpreview.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "mappingeditor.h"
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QComboBox>
#include <QSpinBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QAbstractButton>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace cb;
using widgets::ImportWizard;

namespace {

// A savings bank's export: day-first dates, decimal commas, amounts without a sign and an S/H column
// (Soll = debit, Haben = credit). The fifth data row names 32 March.
const char kExport[] = "Zeitpunkt;Wert;Text;Kz\n"
                       "01.03.2024 09:15;120,00;Kaffee am Bahnhof;S\n"
                       "01.03.2024 12:30;30,50;Mittagessen;S\n"
                       "02.03.2024 08:00;1500,00;Gehalt März;H\n"
                       "03.03.2024 19:45;49,50;Lebensmittel Markt;S\n"
                       "32.03.2024 10:00;10,00;Falsches Datum;S\n";

void choose(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(i);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text); // textEdited, as an analyst types (QTest types ASCII only)
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Profiles this suite saves stay in its own data folder, away from other suites running beside it.
        qputenv("XDG_DATA_HOME", QDir::temp().absoluteFilePath(QStringLiteral("tst_importwizard-%1").arg(QCoreApplication::applicationPid())).toUtf8());
    }
    void init()
    {
        QDir(importers::userProfileFolder()).removeRecursively();
    }
    void cleanupTestCase()
    {
        QDir(qEnvironmentVariable("XDG_DATA_HOME")).removeRecursively();
    }

    // A title block that repeats the header: read as found, the header is its first line and the title's
    // second line is taken for data (refused, line 2). Skipping two lines reads the real header (line 3):
    // two records, nothing refused, and the saved mapping keeps the skip.
    void titleBlockIsSkipped()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("titled.csv"),
                                             "time,account,amount,currency,description\n"
                                             "Exported 2024-03-31,,,,\n"
                                             "time,account,amount,currency,description\n"
                                             "2024-03-01 10:00:00,6228480000000001008,-12.00,CNY,tea\n"
                                             "2024-03-02 10:00:00,6228480000000001008,-13.00,CNY,coffee\n");
        ImportWizard w({QStringLiteral("Asia/Shanghai"), QStringLiteral("CN"), QStringLiteral("Det. Li")});
        w.addFiles({path});
        QTRY_VERIFY(!w.isBusy());
        w.show();
        QSignalSpy heads(&w, &ImportWizard::headRead);
        QSignalSpy previews(&w, &ImportWizard::previewShown);
        w.next();
        QTRY_VERIFY(previews.count() >= 1 && !w.isBusy());
        widgets::MappingEditor *ed = w.mapping();
        QCOMPARE(ed->head().headerLine, 0);
        QVERIFY2(w.preview()->problems()->text().contains(QStringLiteral("line 2")), qPrintable(w.preview()->problems()->text()));

        ed->skipBox()->setValue(2);
        QTRY_COMPARE(heads.count(), 2);
        QTRY_VERIFY(previews.count() >= 2 && !w.isBusy());
        QCOMPARE(ed->head().headerLine, 2);
        QCOMPARE(ed->skipBox()->value(), 2);
        QVERIFY(ed->isEdited());
        QCOMPARE(w.preview()->table()->rowCount(), 2);
        QVERIFY2(w.preview()->problems()->text().isEmpty(), qPrintable(w.preview()->problems()->text()));
        QCOMPARE(ed->profile().value(QStringLiteral("skip_lines")).toInt(), 2);
    }

    // Two columns the header names alike (the amount in the original currency, then in the account's):
    // the analyst's choice of the second is kept by position, in the preview and in the saved mapping.
    // Before, the field was saved by the header text, and the first "Amount" was read again.
    void columnsNamedAlikeAreMappedByPosition()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("twice.csv"),
                                             "Posted,Amount,Amount,Memo\n"
                                             "2024-03-01 10:00:00,12.00,-95.00,hotel\n"
                                             "2024-03-02 11:00:00,30.00,-237.50,flight\n");
        ImportWizard w({QStringLiteral("Asia/Shanghai"), QStringLiteral("CN"), QStringLiteral("Det. Li")});
        w.addFiles({path});
        QTRY_VERIFY(!w.isBusy());
        w.show();
        QSignalSpy previews(&w, &ImportWizard::previewShown);
        w.next();
        QTRY_VERIFY(previews.count() >= 1 && !w.isBusy());
        widgets::MappingEditor *ed = w.mapping();
        choose(ed->kindBox(), int(importers::RecordKind::Transactions));
        choose(ed->fieldBox(0), QStringLiteral("time"));
        choose(ed->fieldBox(1), QString());
        choose(ed->fieldBox(2), QStringLiteral("amount"));
        choose(ed->fieldBox(3), QStringLiteral("description"));
        type(ed->currencyEdit(), QStringLiteral("CNY"));
        const int before = int(previews.count());
        QTRY_VERIFY(previews.count() > before && !w.isBusy());
        QCOMPARE(ed->profile().value(QStringLiteral("fields")).toObject().value(QStringLiteral("amount")), QJsonValue(2));
        QCOMPARE(ed->profile().value(QStringLiteral("fields")).toObject().value(QStringLiteral("time")), QJsonValue(QStringLiteral("Posted")));
        QTableWidget *t = w.preview()->table();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("-95.00 CNY"));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("-237.50 CNY"));
    }

    // Next pressed while the files are still being recognised is not lost: the page says what it waits
    // for and goes on by itself; with no file it says what to do.
    void nextWaitsForRecognitionAndSaysSo()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("umsatz.csv"), kExport);
        ImportWizard w({QStringLiteral("Europe/Berlin"), QStringLiteral("DE"), QStringLiteral("KHK Weber")});
        w.show();
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FilesPage));
        QVERIFY(w.waitLabel()->isVisible());
        QVERIFY(w.waitLabel()->text().contains(QStringLiteral("Add the files")));
        w.addFiles({path}); // recognised on a thread: not yet, as the event loop has not run
        QVERIFY(w.isBusy());
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FilesPage));
        QVERIFY2(w.waitLabel()->text().startsWith(QStringLiteral("Still recognising 1 file")), qPrintable(w.waitLabel()->text()));
        QTRY_COMPARE(w.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(!w.waitLabel()->isVisible());
    }

    void editedMappingImportsAndIsSuggestedNextTime()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("umsatz.csv"), kExport);
        ImportWizard w({QStringLiteral("Europe/Berlin"), QStringLiteral("DE"), QStringLiteral("KHK Weber")});
        w.addFiles({path});
        QTRY_VERIFY(!w.isBusy()); // recognised on a thread
        w.show();
        QCOMPARE(w.fileList()->count(), 1);
        QVERIFY2(w.fileList()->item(0)->text().contains(QStringLiteral("Delimited text")), qPrintable(w.fileList()->item(0)->text()));
        QVERIFY(w.formatBox()->findData(QStringLiteral("delimited")) > 0);
        type(w.exhibitEdit(), QStringLiteral("BK-3")); // the file's exhibit label, imported with it

        QSignalSpy heads(&w, &ImportWizard::headRead);
        QSignalSpy previews(&w, &ImportWizard::previewShown);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        QTRY_COMPARE(heads.count(), 1);
        QTRY_VERIFY(previews.count() >= 1 && !w.isBusy());
        widgets::MappingEditor *ed = w.mapping();
        // No profile knows "Zeitpunkt;Wert;Text;Kz": read as it stands, the file would be refused.
        QVERIFY(!ed->head().known);
        QVERIFY2(!ed->head().problem.isEmpty(), qPrintable(ed->head().problem));
        QVERIFY2(ed->statusText().contains(QStringLiteral("would be refused")), qPrintable(ed->statusText()));
        QCOMPARE(ed->head().headers, (QStringList{QStringLiteral("Zeitpunkt"), QStringLiteral("Wert"), QStringLiteral("Text"), QStringLiteral("Kz")}));
        QCOMPARE(ed->columns()->rowCount(), 4);

        // The analyst says what each column is, and how this bank writes dates, decimals and the S/H mark.
        choose(ed->kindBox(), int(importers::RecordKind::Transactions));
        choose(ed->fieldBox(0), QStringLiteral("time"));
        choose(ed->fieldBox(1), QStringLiteral("amount"));
        choose(ed->fieldBox(2), QStringLiteral("description"));
        choose(ed->fieldBox(3), QStringLiteral("flag"));
        choose(ed->dateOrderBox(), QStringLiteral("DMY"));
        type(ed->currencyEdit(), QStringLiteral("EUR"));
        type(ed->creditEdit(), QStringLiteral("H"));
        type(ed->debitEdit(), QStringLiteral("S"));
        type(ed->nameEdit(), QStringLiteral("Sparkasse Umsatz"));
        QVERIFY(ed->isEdited());
        QVERIFY2(ed->statusText().startsWith(QStringLiteral("Your mapping: saved under the name below")), qPrintable(ed->statusText()));
        const int before = int(previews.count());
        QTRY_VERIFY(previews.count() > before && !w.isBusy());

        // The preview: four records, times in Berlin (UTC+01:00 in March before the 31st), S negative, H
        // positive; line 6 (32 March) rejected with its line.
        QTableWidget *t = w.preview()->table();
        QCOMPARE(t->rowCount(), 4);
        QVERIFY2(t->horizontalHeaderItem(0)->text().contains(QStringLiteral("Europe/Berlin")), qPrintable(t->horizontalHeaderItem(0)->text()));
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("2024-03-01 09:15:00 UTC+01:00"));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("-120.00 EUR"));
        QCOMPARE(t->item(2, 2)->text(), QStringLiteral("1500.00 EUR"));
        QCOMPARE(t->item(3, 5)->text(), QStringLiteral("Lebensmittel Markt"));
        QVERIFY2(w.preview()->problems()->text().contains(QStringLiteral("line 6")), qPrintable(w.preview()->problems()->text()));
        QVERIFY(w.preview()->summary()->text().contains(QStringLiteral("All 4 record")));
        w.resize(1000, 760);
        QTest::qWait(50);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_importwizard_en.png"))));

        // Back to the columns and on again: the edits are still there (and were not saved by passing).
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::DetailsPage));
        w.back();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        QTRY_VERIFY(!w.isBusy());
        QVERIFY(w.mapping()->isEdited());
        QCOMPARE(w.mapping()->fieldBox(3)->currentData().toString(), QStringLiteral("flag"));
        QCOMPARE(w.mapping()->nameEdit()->text(), QStringLiteral("Sparkasse Umsatz"));
        QCOMPARE(w.mapping()->creditEdit()->text(), QStringLiteral("H"));
        w.next();
        QVERIFY(QDir(importers::userProfileFolder()).entryList({QStringLiteral("*.json")}).isEmpty());

        // Import saves the mapping as the analyst's profile, named and signed with the header.
        w.legalBasisEdit()->setText(QStringLiteral("Beschluss AG Köln 12/2024"));
        w.button(QWizard::FinishButton)->click();
        QVERIFY(!w.isVisible());
        const QString saved = importers::userProfileFolder() + QStringLiteral("/sparkasse-umsatz.json");
        QFile f(saved);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(saved));
        const QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Sparkasse Umsatz"));
        QCOMPARE(profile.value(QStringLiteral("signature")).toArray().size(), 4);
        QCOMPARE(profile.value(QStringLiteral("date_order")).toString(), QStringLiteral("DMY"));

        const QList<widgets::QueuedImport> queue = w.queue();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0].options.profile, saved);
        QCOMPARE(queue[0].options.legalBasis, QStringLiteral("Beschluss AG Köln 12/2024"));
        QCOMPARE(queue[0].options.investigator, QStringLiteral("KHK Weber"));
        QCOMPARE(queue[0].options.region, QStringLiteral("DE"));
        QVERIFY(queue[0].options.timezone.isEmpty()); // the case's zone
        QCOMPARE(queue[0].options.exhibit, QStringLiteral("BK-3"));

        // The import with those options: 4 accepted, line 6 rejected, the legal basis on the source.
        std::unique_ptr<casefile::CaseFile> cf = test::newCase(dir, QStringLiteral("t.casebench"), QStringLiteral("Europe/Berlin"));
        importers::ImportOptions o = queue[0].options;
        const importers::FileReport r = test::import(*cf, path, o);
        QCOMPARE(int(r.outcome), int(importers::FileReport::Outcome::Imported));
        QCOMPARE(r.profile, QStringLiteral("sparkasse-umsatz"));
        QCOMPARE(r.certificate.value(QStringLiteral("rows_accepted")).toInteger(), 4);
        QCOMPARE(r.certificate.value(QStringLiteral("rows_rejected")).toInteger(), 1);
        casefile::sql::Statement st(cf->db(), "SELECT sum(amount_minor), min(currency) FROM transactions");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(-12000 - 3050 + 150000 - 4950)); // 1300.00 EUR net
        QCOMPARE(st.text(1), QStringLiteral("EUR"));
        casefile::sql::Statement src(cf->db(), "SELECT legal_basis, investigator, profile FROM sources");
        QVERIFY(src.step());
        QCOMPARE(src.text(0), QStringLiteral("Beschluss AG Köln 12/2024"));
        QCOMPARE(src.text(1), QStringLiteral("KHK Weber"));
        QCOMPARE(r.certificate.value(QStringLiteral("exhibit_label")).toString(), QStringLiteral("BK-3"));

        // April's export, same header: read with the saved profile, without naming it.
        const QString april = test::writeFile(dir, QStringLiteral("umsatz-april.csv"),
                                              "Zeitpunkt;Wert;Text;Kz\n02.04.2024 10:00;75,00;Miete Garage;S\n");
        importers::ImporterRegistry registry;
        QCOMPARE(registry.profiles().loadFolder(importers::userProfileFolder()), 1);
        QFile aprilFile(april);
        QVERIFY(aprilFile.open(QIODevice::ReadOnly));
        const Result<importers::TabularHead> head = importers::readTabularHead(aprilFile, registry.profiles(), QString());
        QVERIFY(head);
        QVERIFY(head.value().known);
        QCOMPARE(head.value().profile.id, QStringLiteral("sparkasse-umsatz"));
        const importers::FileReport r2 = importers::importPath(*cf, april, {}, registry).value(0);
        QCOMPARE(r2.profile, QStringLiteral("sparkasse-umsatz"));
        QCOMPARE(r2.certificate.value(QStringLiteral("rows_accepted")).toInteger(), 1);
    }

    void workbookColumns()
    {
        // The same export as a workbook: the Columns page reads its sheet, and the edited mapping reads
        // it as it read the text file (cells, not a delimiter).
        QTemporaryDir dir;
        QList<QStringList> rows;
        for (const QByteArray &line : QByteArray(kExport).split('\n'))
            if (!line.isEmpty())
                rows << QString::fromUtf8(line).split(u';');
        const QString path = dir.filePath(QStringLiteral("umsatz.xlsx"));
        QVERIFY(importers::synthetic::writeXlsx(path, rows, QStringLiteral("Umsätze")).ok());
        ImportWizard w({QStringLiteral("Europe/Berlin"), QStringLiteral("DE"), QString()});
        w.addFiles({path});
        QTRY_VERIFY(!w.isBusy()); // recognised on a thread
        w.show();
        QSignalSpy previews(&w, &ImportWizard::previewShown);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        QTRY_VERIFY(previews.count() >= 1 && !w.isBusy());
        widgets::MappingEditor *ed = w.mapping();
        QCOMPARE(ed->head().sheet, QStringLiteral("Umsätze"));
        QCOMPARE(ed->head().headers.size(), 4);
        QVERIFY2(ed->statusText().startsWith(QStringLiteral("Sheet “Umsätze”")), qPrintable(ed->statusText()));
        choose(ed->fieldBox(1), QStringLiteral("amount"));
        choose(ed->fieldBox(3), QStringLiteral("flag"));
        choose(ed->dateOrderBox(), QStringLiteral("DMY"));
        type(ed->currencyEdit(), QStringLiteral("EUR"));
        type(ed->creditEdit(), QStringLiteral("H"));
        type(ed->debitEdit(), QStringLiteral("S"));
        const int before = int(previews.count());
        QTRY_VERIFY(previews.count() > before && !w.isBusy());
        QTableWidget *t = w.preview()->table();
        QCOMPARE(t->rowCount(), 4);
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("-120.00 EUR"));
        QCOMPARE(t->item(2, 2)->text(), QStringLiteral("1500.00 EUR"));
        QVERIFY2(t->item(0, 6)->text().contains(QStringLiteral("Umsätze")), qPrintable(t->item(0, 6)->text())); // sheet and row
    }

    void knownWorkbookSample()
    {
        // A real bank's .xls (China Construction Bank, shared samples): the built-in profile knows it.
        const QString dir = test::testdataDir();
        if (dir.isEmpty())
            QSKIP("../shared/testdata not found (set CASEBENCH_TESTDATA)");
        QFile f(dir + QStringLiteral("/bank-xls/deb-sig_ccb_transactions.xls"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const importers::ProfileLibrary library;
        const Result<importers::TabularHead> head = importers::readTabularHead(f, library, QString());
        QVERIFY2(head, qPrintable(head.status().message()));
        QVERIFY(head.value().known);
        QCOMPARE(head.value().profile.id, QStringLiteral("cn-bank-statement"));
        QVERIFY(!head.value().sheet.isEmpty());
        QVERIFY(head.value().fields.size() >= 5);
        QVERIFY(std::any_of(head.value().fields.begin(), head.value().fields.end(), [](const QStringList &fs) { return fs.contains(QStringLiteral("balance")); }));
    }

    void hostileFilesGiveAReasonAndNothing()
    {
        // Bytes that are neither text nor a workbook, and a workbook cut short: the head and the preview
        // say why, and nothing is read as records.
        QTemporaryDir dir;
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) & 0xff);
        const QString junk = test::writeFile(dir, QStringLiteral("junk.csv"), binary);
        const importers::ProfileLibrary library;
        QFile f(junk);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Result<importers::TabularHead> head = importers::readTabularHead(f, library, QString());
        QVERIFY(!head);
        QVERIFY2(head.status().message().contains(QStringLiteral("not delimited text")), qPrintable(head.status().message()));

        QList<QStringList> rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
        const QString book = dir.filePath(QStringLiteral("cut.xlsx"));
        QVERIFY(importers::synthetic::writeXlsx(book, rows).ok());
        QFile whole(book);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = test::writeFile(dir, QStringLiteral("cut2.xlsx"), bytes.left(bytes.size() / 2));
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::ReadOnly));
        QVERIFY(!importers::readTabularHead(cutFile, library, QString()));
        importers::ImporterRegistry registry;
        importers::ImportOptions o;
        o.format = QStringLiteral("spreadsheet");
        const importers::FilePreview p = importers::previewFile(cut, o, QStringLiteral("UTC"), registry);
        QVERIFY(!p.status.ok());
        QCOMPARE(p.recordCount(), 0);
    }

    void mainWindowImportsThroughTheWizard()
    {
        // Files dropped on the window (or File › Import) open the wizard; a known layout needs no mapping
        // edits; what the details page says lands in the source's certificate.
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        test::newCase(dir, QStringLiteral("w.casebench"));
        const QString calls = dir.filePath(QStringLiteral("calls.csv"));
        QVERIFY(importers::synthetic::writeCallRecords(calls, 200, 3).ok());
        app::MainWindow w;
        QString error;
        QVERIFY2(w.openCase(c, &error), qPrintable(error));
        w.show();
        w.openImportWizard({calls});
        ImportWizard *wizard = w.importWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(!wizard->isBusy());
        QSignalSpy previews(wizard, &ImportWizard::previewShown);
        wizard->next();
        QTRY_VERIFY(previews.count() >= 1 && !wizard->isBusy());
        QVERIFY2(wizard->mapping()->statusText().contains(QStringLiteral("The header is known")), qPrintable(wizard->mapping()->statusText()));
        QCOMPARE(wizard->preview()->table()->rowCount(), 20);
        QVERIFY2(wizard->preview()->summary()->text().startsWith(QStringLiteral("The first 20 record")), // of 200: not "all"
                 qPrintable(wizard->preview()->summary()->text()));
        QVERIFY(wizard->preview()->table()->item(0, 0)->text().endsWith(QStringLiteral("UTC+08:00"))); // the case's zone, named
        wizard->next();
        wizard->legalBasisEdit()->setText(QStringLiteral("调取证据通知书 2024-017"));
        QSignalSpy done(&w, &app::MainWindow::importFinished);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(done.wait(120000));
        QVERIFY2(w.lastImportSummary().contains(QStringLiteral("calls.csv: imported, 200 rows accepted")), qPrintable(w.lastImportSummary()));
        QVERIFY(QDir(importers::userProfileFolder()).entryList({QStringLiteral("*.json")}).isEmpty()); // nothing edited, nothing saved
        QTRY_VERIFY(w.certificateView()->toPlainText().contains(QStringLiteral("调取证据通知书 2024-017")));
    }

    void chineseWizard()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("流水.csv"), kExport);
        ImportWizard w({QStringLiteral("Asia/Shanghai"), QStringLiteral("CN"), QStringLiteral("王警官")});
        w.addFiles({path});
        QTRY_VERIFY(!w.isBusy()); // recognised on a thread
        w.show();
        QSignalSpy previews(&w, &ImportWizard::previewShown);
        w.next();
        QTRY_VERIFY(previews.count() >= 1 && !w.isBusy());
        QCOMPARE(w.currentPage()->title(), QStringLiteral("列映射"));
        QCOMPARE(w.mapping()->columns()->horizontalHeaderItem(3)->text(), QStringLiteral("对应字段"));
        w.resize(1000, 760);
        QTest::qWait(50);
        QVERIFY(w.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_importwizard_zh.png"))));
        w.next();
        QCOMPARE(w.currentPage()->title(), QStringLiteral("来源信息"));
        QCoreApplication::removeTranslator(&zh);
    }
};

CB_TEST_MAIN_WITH(QApplication, TestImportWizard)
#include "tst_importwizard.moc"
