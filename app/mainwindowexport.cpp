// What leaves the workbench: a record table as CSV or XLSX (the rows the view shows, or those selected)
// and the evidence packet. Each export is entered in the case's audit log with its SHA-256.
#include "mainwindow.h"

#include "displayproxy.h"
#include "packetdialog.h"
#include "query/recordexport.h"
#include "query/recordmodel.h"
#include "recordview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeZone>

namespace cb::app {

using namespace cb::casefile;

void MainWindow::chooseExport()
{
    auto *view = qobject_cast<widgets::RecordView *>(m_tabs->currentWidget());
    if (!view) {
        statusBar()->showMessage(tr("Choose a record table (Transactions, Calls…) to export."), 8000);
        return;
    }
    // Some rows selected: the analyst may mean those.
    QList<qint64> only = view->selectedIds();
    const int shown = view->model() ? view->model()->rowCount() : 0;
    if (!only.isEmpty() && only.size() < shown) {
        QMessageBox ask(QMessageBox::Question, tr("Export Table"), tr("Export only the %n selected row(s), or all %1 rows shown?", nullptr, int(only.size())).arg(shown),
                        QMessageBox::Cancel, this);
        QPushButton *selected = ask.addButton(tr("Selected Rows"), QMessageBox::AcceptRole);
        QPushButton *all = ask.addButton(tr("All Rows"), QMessageBox::AcceptRole);
        ask.setDefaultButton(selected);
        ask.exec();
        if (ask.clickedButton() == all)
            only.clear();
        else if (ask.clickedButton() != selected)
            return;
    } else {
        only.clear();
    }
    const QString csv = tr("CSV files (*.csv)"), xlsx = tr("Excel workbooks (*.xlsx)");
    QString chosen = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Table"), QString(), csv + QStringLiteral(";;") + xlsx, &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    exportTable(view->kind(), path, only);
}

void MainWindow::choosePacket()
{
    if (!m_case)
        return;
    auto *dialog = new widgets::PacketDialog(m_case.get(), QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportTable(RecordKind kind, const QString &path, const QList<qint64> &onlyIds)
{
    widgets::RecordView *view = this->view(kind);
    if (!m_case || !view || !view->model())
        return;
    RecordQuery query = view->model()->query();
    if (!onlyIds.isEmpty())
        query.filter.ids = onlyIds; // within the view's own filter and order
    QStringList header;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        header << view->model()->headerData(c, Qt::Horizontal).toString();
    const QTimeZone zone(m_case->info().settings.timezone.toUtf8());
    const CellFormatter format = [zone](int, ColumnKind k, const QVariant &raw, const QString &currency) {
        return widgets::DisplayProxy::format(k, raw, currency, zone).toString();
    };
    CaseWorker *worker = m_case.get();
    statusBar()->showMessage(tr("Exporting…"));
    const bool xlsx = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    worker->read<Result<ExportResult>>([query, header, format, path, xlsx](CaseFile &cf, const Progress &p) {
              return xlsx ? exportXlsx(cf, query, header, format, path, p) : exportCsv(cf, query, header, format, path, p);
          })
        .then(this, [this, worker, kind, path, xlsx, onlyIds, filtered = !query.filter.isEmpty()](const Result<ExportResult> &done) {
            if (m_case.get() != worker)
                return;
            if (!done) {
                const QString message = tr("Export failed: %1").arg(Message{done.status().messageTemplate(), done.status().messageArgs()}.translated());
                statusBar()->showMessage(message, 10000);
                emit exportFinished(false, message);
                return;
            }
            const QJsonObject details{{QStringLiteral("kind"), recordKindName(kind)}, {QStringLiteral("file"), path},
                                      {QStringLiteral("rows"), done.value().rows}, {QStringLiteral("sha256"), done.value().sha256},
                                      {QStringLiteral("filtered"), filtered}, {QStringLiteral("format"), xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")},
                                      {QStringLiteral("selected_only"), !onlyIds.isEmpty()}};
            const bool readOnly = worker->info().readOnly; // another Casebench writes the case's history
            if (!readOnly)
                worker->write<Status>([details](CaseSession &s, const Progress &) { return s.recordExport(QStringLiteral("export_table"), details); });
            QString message = tr("Exported %1 rows to %2 (SHA-256 %3)").arg(done.value().rows).arg(path, done.value().sha256);
            if (readOnly)
                message += u' ' + tr("Not entered in the case's audit log: the case is open read-only here.");
            statusBar()->showMessage(message, 15000);
            emit exportFinished(true, message);
        });
}

} // namespace cb::app
