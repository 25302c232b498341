// The columns of a record table as the analyst arranges them: hidden from the header's menu, moved by
// dragging, kept for the next time the case (or another) is opened, copied as shown, and reset.
#include "mainwindow.h"
#include "query/recordmodel.h"
#include "recordview.h"
#include "synthetic/synthetic.h"
#include "testsupport.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cb;

namespace {

int columnNamed(widgets::RecordView *view, const QString &name)
{
    for (int c = 0; c < view->table()->model()->columnCount(); ++c)
        if (view->table()->model()->headerData(c, Qt::Horizontal).toString() == name)
            return c;
    return -1;
}

} // namespace

class TestRecordColumns : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path()); // not the user's own
    }

    void arrangedColumnsAreKeptAndCopiedAsShown()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("w.casebench"));
        test::newCase(dir, QStringLiteral("w.casebench"));
        const QString calls = dir.filePath(QStringLiteral("calls.csv"));
        QVERIFY(importers::synthetic::writeCallRecords(calls, 300, 4).ok());
        int direction = -1, other = -1, columns = 0;
        {
            app::MainWindow w;
            QVERIFY(w.openCase(c));
            QSignalSpy done(&w, &app::MainWindow::importFinished);
            w.importFiles({calls});
            QVERIFY(done.wait(120000));
            widgets::RecordView *view = w.view(casefile::RecordKind::Calls);
            QTRY_COMPARE(view->model()->totalRows(), 300);
            QTest::qWait(600); // longer than the save delay: the program's own sizing is not kept
            QVERIFY(!QSettings().contains(QStringLiteral("columns/calls")));
            columns = view->table()->model()->columnCount();
            direction = columnNamed(view, QStringLiteral("Direction"));
            other = columnNamed(view, QStringLiteral("Other party"));
            QVERIFY(direction >= 0 && other >= 0 && other != 0);

            // The header's menu: one check per column, all shown.
            std::unique_ptr<QMenu> menu(view->columnMenu(nullptr));
            int checks = 0;
            for (QAction *a : menu->actions())
                checks += a->isCheckable() && a->isChecked() ? 1 : 0;
            QCOMPARE(checks, columns);
            // Hide the direction through the menu; drag the other party to the front.
            for (QAction *a : menu->actions())
                if (a->isCheckable() && a->data().toInt() == direction)
                    a->setChecked(false);
            QHeaderView *h = view->table()->horizontalHeader();
            QVERIFY(h->isSectionHidden(direction));
            h->moveSection(h->visualIndex(other), 0);
            QCOMPARE(view->shownColumns().size(), columns - 1);
            QCOMPARE(view->shownColumns().first(), other);

            // Copied as shown: no direction, the other party first.
            view->table()->selectRow(0);
            const QStringList copied = view->selectionAsText().split(u'\n');
            const QStringList header = copied.first().split(u'\t');
            QCOMPARE(header.size(), columns - 1);
            QCOMPARE(header.first(), QStringLiteral("Other party"));
            QVERIFY(!header.contains(QStringLiteral("Direction")));
            QCOMPARE(copied.value(1).split(u'\t').size(), columns - 1);
            QVERIFY(QSettings().contains(QStringLiteral("columns/calls")));
            w.worker()->waitForIdle(); // the window closes with no read in flight; the drag is written as it closes
        }
        {
            // Opened again: as the analyst left it.
            app::MainWindow w;
            QVERIFY(w.openCase(c));
            widgets::RecordView *view = w.view(casefile::RecordKind::Calls);
            QTRY_COMPARE(view->model()->totalRows(), 300);
            QHeaderView *h = view->table()->horizontalHeader();
            QVERIFY(h->isSectionHidden(direction));
            QCOMPARE(h->visualIndex(other), 0);
            QCOMPARE(h->sortIndicatorSection(), -1); // the arrangement, not a sort the rows do not have

            // The last column shown cannot be hidden.
            for (int l = 0; l < columns; ++l)
                if (l != other)
                    view->showColumn(l, false);
            std::unique_ptr<QMenu> menu(view->columnMenu(nullptr));
            for (QAction *a : menu->actions())
                if (a->isCheckable() && a->data().toInt() == other)
                    QVERIFY(!a->isEnabled());

            view->resetColumns();
            QTest::qWait(600); // Reset's own sizing writes nothing back
            QCOMPARE(view->shownColumns().size(), columns);
            QCOMPARE(view->shownColumns().first(), 0);
            QVERIFY(!QSettings().contains(QStringLiteral("columns/calls")));
            w.worker()->waitForIdle();
        }
    }
};

CB_TEST_MAIN_WITH(QApplication, TestRecordColumns)
#include "tst_recordcolumns.moc"
