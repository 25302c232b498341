// File › Export Table… on the offscreen platform: a filtered, sorted Calls view written as CSV and as an
// Excel workbook exactly as shown, the selected rows only when asked, each export audited with its SHA-256.
#include "hash.h"
#include "mainwindow.h"
#include "query/recordmodel.h"
#include "recordview.h"
#include "sqlite.h"
#include "tabular/workbook.h"
#include "testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cb;

class TestTableExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit()); }

    // Three calls; the view filtered to one other party and sorted by duration, descending.
    void tablesExportAsCsvAsShown()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("x.casebench"));
        const QString calls = cb::test::writeFile(dir, QStringLiteral("calls.csv"),
                                                  "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                                  "2024-03-01T10:00:00+08:00,13800138000,13900139000,out,60,,,\n"
                                                  "2024-03-01T10:05:00+08:00,13800138000,13700137000,in,95,\"46000,9000\",,\n"
                                                  "2024-03-01T10:09:00+08:00,13800138000,13700137000,missed,0,,,\n");
        QCOMPARE(cb::test::import(*cf, calls).statusName(), QStringLiteral("imported"));
        cf.reset();
        app::MainWindow w;
        QVERIFY(w.openCase(dir.filePath(QStringLiteral("x.casebench"))));
        auto *view = w.view(casefile::RecordKind::Calls);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        // Filtered to the other party 13700137000 and sorted by duration, descending: what the table shows.
        view->filterEdit()->setText(QStringLiteral("13700137000"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        view->model()->sort(4, Qt::DescendingOrder);
        QSignalSpy done(&w, &app::MainWindow::exportFinished);
        const QString out = dir.filePath(QStringLiteral("calls-export.csv"));
        w.exportTable(casefile::RecordKind::Calls, out);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QVERIFY(lines.at(0).startsWith("Start,Subscriber,Direction,Other party,Duration,Cell,IMEI,IMSI,Source"));
        QVERIFY2(lines.at(1).startsWith("2024-03-01 10:05:00 UTC+08:00,+8613800138000,incoming,+8613700137000,0:01:35,\"46000,9000\","),
                 lines.at(1).constData());
        QVERIFY(lines.at(2).startsWith("2024-03-01 10:09:00 UTC+08:00,+8613800138000,missed,+8613700137000,0:00:00,"));
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty piece after the last line break
        // The export is in the audit log with its SHA-256.
        w.worker()->waitForIdle();
        const QString audited = w.worker()->read<QString>([](casefile::CaseFile &cf, const cb::Progress &) {
            return cf.db().scalar("SELECT details FROM audit_log WHERE action = 'export_table'").toString();
        }).result();
        QVERIFY2(audited.contains(QStringLiteral("\"rows\":2")) && audited.contains(casefile::sha256Hex(bytes)), qPrintable(audited));
        // The same view as an Excel workbook: its two rows, in the same order, and audited as xlsx.
        const QString book = dir.filePath(QStringLiteral("calls-export.xlsx"));
        w.exportTable(casefile::RecordKind::Calls, book);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QFile xf(book);
        QVERIFY(xf.open(QIODevice::ReadOnly));
        auto workbook = importers::openXlsx(xf.readAll());
        QVERIFY(workbook.ok());
        QList<QStringList> sheet;
        QVERIFY(workbook.value()->readSheet(0, [&](qint64, const QStringList &cells) { return sheet.append(cells), true; }).ok());
        QCOMPARE(sheet.size(), 3);
        QCOMPARE(sheet.at(1).mid(0, 5), (QStringList{QStringLiteral("2024-03-01 10:05:00 UTC+08:00"), QStringLiteral("+8613800138000"),
                                                      QStringLiteral("incoming"), QStringLiteral("+8613700137000"), QStringLiteral("0:01:35")}));
        w.worker()->waitForIdle();
        QVERIFY(w.worker()->read<bool>([](casefile::CaseFile &cf, const cb::Progress &) {
            return cf.db().scalar("SELECT count(*) FROM audit_log WHERE action = 'export_table' AND details LIKE '%\"format\":\"xlsx\"%'").toInt() == 1;
        }).result());
        // Only the selected row: the second shown (the missed call), still as the view formats it.
        view->table()->selectRow(1);
        const QList<qint64> selected = view->selectedIds();
        QCOMPARE(selected.size(), 1);
        const QString one = dir.filePath(QStringLiteral("calls-selected.csv"));
        w.exportTable(casefile::RecordKind::Calls, one, selected);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QFile sf(one);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QList<QByteArray> picked = sf.readAll().mid(3).split('\n');
        QCOMPARE(picked.size(), 3); // header, the one row, the empty piece
        QVERIFY2(picked.at(1).startsWith("2024-03-01 10:09:00 UTC+08:00,+8613800138000,missed,"), picked.at(1).constData());
        w.worker()->waitForIdle();
        QVERIFY(w.worker()->read<bool>([](casefile::CaseFile &cf, const cb::Progress &) {
            return cf.db().scalar("SELECT count(*) FROM audit_log WHERE action = 'export_table' AND details LIKE '%\"selected_only\":true%' "
                                  "AND details LIKE '%\"rows\":1%'").toInt() == 1;
        }).result());
    }
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
