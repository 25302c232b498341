// The question the workbench puts when a file's columns could only be guessed: every mapped column in the
// analyst's words with its confidence, "No" by default, in English and in Chinese (screenshots beside the
// test binary: tst_mappingguess_en.png, tst_mappingguess_zh.png).
#include "mappingguess.h"
#include "tabular/inference.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QPushButton>
#include <QMessageBox>
#include <QTest>
#include <QTranslator>

using namespace cb;

class TestMappingGuess : public QObject
{
    Q_OBJECT
private slots:
    void questionShowsEveryColumn()
    {
        // Dates and plain numbers with a word column: the numbers alone are 60%, the weakest field a row
        // needs, so the mapping is 60% and only a guess.
        const QStringList lines = {QStringLiteral("2024-03-01 09:15:00;-120,00;Kaffee am Bahnhof"),
                                   QStringLiteral("2024-03-01 12:30:00;-30,50;Mittagessen mit Kunde"),
                                   QStringLiteral("2024-03-02 08:00:00;1500,00;Gehalt März"),
                                   QStringLiteral("2024-03-03 19:45:00;-49,50;Lebensmittel Markt")};
        const importers::Inference guess = importers::inferLayout(lines, false);
        QVERIFY(!guess.usable());
        const QJsonObject json = guess.toJson();
        std::unique_ptr<QMessageBox> box(widgets::mappingQuestion(nullptr, QStringLiteral("umsatz.csv"), json));
        QCOMPARE(static_cast<QAbstractButton *>(box->defaultButton()), box->button(QMessageBox::No));
        QVERIFY(box->text().contains(QStringLiteral("umsatz.csv")));
        QVERIFY2(box->informativeText().contains(QStringLiteral("column 1: Date and time (90%)\ncolumn 2: Amount (60%)\ncolumn 3: Description (55%)")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QStringLiteral("confidence 60%, below the 70% needed")));
        box->show();
        QTest::qWait(50);
        QVERIFY(box->grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mappingguess_en.png"))));

        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        std::unique_ptr<QMessageBox> zhBox(widgets::mappingQuestion(nullptr, QStringLiteral("流水.csv"), json));
        QVERIFY2(zhBox->informativeText().contains(QStringLiteral("第 2 列：金额（60%）")), qPrintable(zhBox->informativeText()));
        zhBox->show();
        QTest::qWait(50);
        QVERIFY(zhBox->grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mappingguess_zh.png"))));
        QCoreApplication::removeTranslator(&zh);
    }
};

CB_TEST_MAIN_WITH(QApplication, TestMappingGuess)
#include "tst_mappingguess.moc"
