// File › Merge a Colleague's Copy… and Edit › Merge Conflicts… on the offscreen platform: two copies of the
// demo diverge through the command line (a note both edit, a note and a lead only B adds), the dialog shows
// the dry run — computed on the case worker, nothing written — then merges; the conflicts dialog lists the
// note both edited with both texts and takes theirs. Screens are saved in English and Chinese.
#include "conflictsdialog.h"
#include "mergecopydialog.h"
#include "session/caseworker.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace cb;

namespace {

QString itemText(QTreeWidget *tree, const QString &startsWith)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(startsWith))
            return tree->topLevelItem(i)->text(1);
    return {};
}

} // namespace

class TestMergeCopyDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_a, m_b;

    test::Run cli(const QStringList &args) { return test::runCasebench(args); }

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        m_a = m_dir.filePath(QStringLiteral("a.casebench"));
        m_b = m_dir.filePath(QStringLiteral("b.casebench"));
        QCOMPARE(cli({QStringLiteral("demo"), m_a}).code, 0);
        // A note on the first victim's card is in both copies (B copied after it was made); each edits it.
        const QString victim = QStringLiteral("6228480000000001008");
        const QJsonObject added = QJsonDocument::fromJson(cli({QStringLiteral("note"), QStringLiteral("add"), m_a, victim,
                                                                QStringLiteral("base"), QStringLiteral("--json")}).out).object();
        const QString note = added.value(QStringLiteral("uuid")).toString();
        QVERIFY(!note.isEmpty());
        QFile::remove(m_b);
        QVERIFY(QFile::copy(m_a, m_b));
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("edit"), m_a, note, QStringLiteral("A: the victim confirmed the transfer")}).code, 0);
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("edit"), m_b, note, QStringLiteral("B: the victim denies it")}).code, 0);
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("add"), m_b, victim, QStringLiteral("B: called back on 3 March")}).code, 0);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("add"), m_b, QStringLiteral("--summary"), QStringLiteral("B: bank alert on a mule card")}).code, 0);
    }

    void dryRunThenMergeThenSettle()
    {
        casefile::CaseWorker worker;
        QVERIFY(worker.open(m_a).result());
        const quint64 before = casefile::sql::statementsOnThisThread();
        widgets::MergeCopyDialog dialog(&worker, m_b);
        QSignalSpy finished(&dialog, &widgets::MergeCopyDialog::finished);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(finished.first().at(0).toBool()); // the dry run
        QCOMPARE(casefile::sql::statementsOnThisThread(), before);
        // Comes in: the note and the lead with its first status; the edited note is a conflict.
        QCOMPARE(itemText(dialog.summary(), QStringLiteral("Comes in")), QStringLiteral("3"));
        QCOMPARE(itemText(dialog.summary(), QStringLiteral("Conflicts")), QStringLiteral("1"));
        QVERIFY(dialog.mergeButton()->isEnabled());
        worker.waitForIdle();
        QCOMPARE(test::runCasebench({QStringLiteral("conflicts"), m_a, QStringLiteral("--json")}).out.count("\"code\""), 0); // nothing written yet
        dialog.resize(900, 620);
        QVERIFY(dialog.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mergecopydialog.png"))));

        dialog.merge();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(finished.last().at(1).toBool());
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(dialog.report().value(QStringLiteral("changed")).toBool());
        QCOMPARE(dialog.report().value(QStringLiteral("audit_entries_appended")).toArray().size(), 1);

        widgets::ConflictsDialog conflicts(&worker);
        QSignalSpy loaded(&conflicts, &widgets::ConflictsDialog::loaded);
        conflicts.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(conflicts.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = conflicts.list()->topLevelItem(0);
        QVERIFY(row->text(3).contains(QStringLiteral("A: the victim confirmed the transfer")));
        QVERIFY(row->text(4).contains(QStringLiteral("B: the victim denies it")));
        QVERIFY(!row->text(3).contains(QStringLiteral("created_at"))); // only the fields that differ
        QCOMPARE(row->text(1), QStringLiteral("Notes: 6228480000000001008")); // what the note is on
        conflicts.resize(1200, 360);
        QVERIFY(conflicts.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_conflictsdialog.png"))));
        conflicts.list()->setCurrentItem(row);
        QSignalSpy settled(&conflicts, &widgets::ConflictsDialog::settled);
        conflicts.settle(true);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 30000);
        QVERIFY2(settled.first().at(0).toBool(), qPrintable(settled.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 30000);
        QCOMPARE(conflicts.list()->topLevelItemCount(), 0); // settled ones are hidden unless asked for
        worker.waitForIdle();
        const QByteArray notes = cli({QStringLiteral("notes"), m_a}).out;
        QVERIFY(notes.contains("B: the victim denies it"));
        QVERIFY(!notes.contains("A: the victim confirmed"));
        QCOMPARE(cli({QStringLiteral("verify"), m_a}).code, 0);
    }

    // The same dialog in Chinese, on a fresh pair (the dry run of B into a copy of the merged A).
    void chinese()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/casebench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        casefile::CaseWorker worker;
        QVERIFY(worker.open(m_b).result());
        widgets::MergeCopyDialog dialog(&worker, m_a);
        QSignalSpy finished(&dialog, &widgets::MergeCopyDialog::finished);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(dialog.windowTitle() != QStringLiteral("Merge a Colleague's Copy"));
        dialog.resize(900, 620);
        QVERIFY(dialog.grab().save(QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("tst_mergecopydialog_zh.png"))));
        QCoreApplication::removeTranslator(&zh);
    }
};

QTEST_MAIN(TestMergeCopyDialog)
#include "tst_mergecopydialog.moc"
