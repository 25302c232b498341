// File › Export Evidence Packet… on the offscreen platform: the demo's exhibits listed and ticked, the
// packet built on the case worker (the GUI thread runs no SQL), its pages previewed through Poppler, saved,
// and the saved file verified by the command line; a Chinese, redacted build with only two exhibits.
#include "packetdialog.h"
#include "session/caseworker.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace cb;

class TestPacketDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit()); }

    void buildsPreviewsAndSaves()
    {
        const QString c = m_dir.filePath(QStringLiteral("demo.casebench"));
        QCOMPARE(test::runCasebench({QStringLiteral("demo"), c}).code, 0);
        casefile::CaseWorker worker;
        QVERIFY(worker.open(c).result());
        widgets::PacketDialog dialog(&worker, QStringLiteral("en"));
        dialog.show();
        auto *exhibits = dialog.findChildren<QListWidget *>().first();
        QTRY_COMPARE(exhibits->count(), 7); // E-1 to E-7, every kind the demo keeps
        QCOMPARE(dialog.options().exhibits,
                 (QStringList{QStringLiteral("E-1"), QStringLiteral("E-2"), QStringLiteral("E-3"), QStringLiteral("E-4"), QStringLiteral("E-5"),
                              QStringLiteral("E-6"), QStringLiteral("E-7")}));
        QSignalSpy built(&dialog, &widgets::PacketDialog::built);
        const quint64 before = casefile::sql::statementsOnThisThread();
        dialog.build();
        QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, 60000);
        QCOMPARE(casefile::sql::statementsOnThisThread(), before); // built on the worker
        QVERIFY2(built.first().at(0).toBool(), qPrintable(built.first().at(1).toString()));
        QVERIFY(dialog.packet().startsWith("%PDF-"));
        QVERIFY(dialog.previewPages() >= 10);
        dialog.resize(1200, 760);
        QVERIFY(dialog.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_packetdialog.png"))));
        const QString pdf = m_dir.filePath(QStringLiteral("packet.pdf"));
        QVERIFY(dialog.saveTo(pdf));
        worker.waitForIdle();
        QCOMPARE(test::runCasebench({QStringLiteral("verify"), pdf, QStringLiteral("--case"), c}).code, 0);

        // Chinese, redacted, five exhibits (the timeline and the chart drawn on the worker thread): fewer pages than before, still a packet that verifies.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        widgets::PacketDialog chinese(&worker, QStringLiteral("zh_CN"));
        chinese.show();
        auto *list = chinese.findChildren<QListWidget *>().first();
        QTRY_COMPARE(list->count(), 7);
        list->item(0)->setCheckState(Qt::Unchecked);
        list->item(1)->setCheckState(Qt::Unchecked);
        const auto combos = chinese.findChildren<QComboBox *>();
        combos.at(0)->setCurrentIndex(1); // mask entities without a role
        QCOMPARE(chinese.options().language, QStringLiteral("zh_CN"));
        QVERIFY(chinese.options().redactUnmarked);
        QSignalSpy builtZh(&chinese, &widgets::PacketDialog::built);
        chinese.build();
        QTRY_COMPARE_WITH_TIMEOUT(builtZh.count(), 1, 60000);
        QVERIFY(builtZh.first().at(0).toBool());
        QVERIFY(chinese.previewPages() < dialog.previewPages());
        chinese.resize(1200, 760);
        QVERIFY(chinese.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_packetdialog_zh.png"))));
        QCoreApplication::removeTranslator(&zh);
    }

    void closedWhileBuilding()
    {
        // The dialog deletes itself on close; closed mid-build, the build's continuation must not find it
        // gone (Qt aborts on a destroyed context in debug builds). The worker goes on serving reads.
        const QString c = m_dir.filePath(QStringLiteral("demo.casebench"));
        if (!QFile::exists(c))
            QCOMPARE(test::runCasebench({QStringLiteral("demo"), c}).code, 0);
        casefile::CaseWorker worker;
        QVERIFY(worker.open(c).result());
        QPointer<widgets::PacketDialog> dialog = new widgets::PacketDialog(&worker, QStringLiteral("en"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        auto *exhibits = dialog->findChildren<QListWidget *>().first();
        QTRY_COMPARE(exhibits->count(), 7);
        dialog->build();
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(worker.read<int>([](casefile::CaseFile &, const Progress &) { return 7; }).result() == 7);
    }
};

CB_TEST_MAIN(TestPacketDialog)
#include "tst_packetdialog.moc"
