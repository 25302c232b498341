// Analyst edits from the workbench: each runs through the case session on the worker's writer thread and,
// once it has succeeded, goes onto the undo stack (Edit › Undo); a refusal is said in the status bar.
#include "mainwindow.h"

#include "entitylinks.h"

#include "casedetailsdialog.h"

#include "entityview.h"
#include "query/recordmodel.h"
#include "recordview.h"
#include "leadsview.h"
#include "sessioncommand.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QMessageBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonObject>
#include <QTabWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QStatusBar>
#include <QUndoStack>

namespace cb::app {

using namespace cb::casefile;

void MainWindow::applyEdit(std::function<Status(CaseSession &)> edit)
{
    if (!writable())
        return;
    CaseWorker *worker = m_case.get();
    worker
        ->write<std::pair<Status, QString>>([edit = std::move(edit)](CaseSession &s, const Progress &) {
            const Status st = edit(s);
            return std::pair<Status, QString>(st, st.ok() ? s.undoText() : QString());
        })
        .then(this, [this, worker](const std::pair<Status, QString> &done) {
            if (m_case.get() != worker)
                return;
            if (!done.first.ok()) {
                statusBar()->showMessage(tr("Not done: %1").arg(Message{done.first.message(), {}}.translated()), 10000);
                return;
            }
            m_undoStack->push(new widgets::SessionEditCommand(worker, done.second));
        });
}

void MainWindow::noteRecord(RecordKind kind, qint64 id, const QString &text)
{
    applyEdit([target = Target{recordKindName(kind), id}, text](CaseSession &s) {
        const Result<QString> uuid = s.addNote(target, text);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::noteEntity(qint64 entity, const QString &text)
{
    applyEdit([target = Target{QStringLiteral("entities"), entity}, text](CaseSession &s) {
        const Result<QString> uuid = s.addNote(target, text);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::tagRecord(RecordKind kind, qint64 id, const QString &tag)
{
    applyEdit([target = Target{recordKindName(kind), id}, tag](CaseSession &s) { return s.tag(target, tag); });
}

void MainWindow::setEntityRole(qint64 entity, Role role, const QString &justification)
{
    applyEdit([entity, role, justification](CaseSession &s) { return s.setRole(entity, role, justification); });
}

void MainWindow::askNote(RecordKind kind, qint64 id)
{
    askNoteOn({recordKindName(kind), id});
}

void MainWindow::askTag(RecordKind kind, qint64 id)
{
    askTagOn({recordKindName(kind), id});
}

void MainWindow::askNoteOn(const Target &target)
{
    if (!writable())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add a note"), tr("Note (kept with the record, audited):"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    applyEdit([target, text = text.trimmed()](CaseSession &s) {
        const Result<QString> uuid = s.addNote(target, text);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::askTagOn(const Target &target)
{
    if (!writable())
        return;
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Tag"), tr("Tag:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !tag.trimmed().isEmpty())
        applyEdit([target, tag = tag.trimmed()](CaseSession &s) { return s.tag(target, tag); });
}

void MainWindow::askRole(qint64 entity, Role role)
{
    if (!writable())
        return;
    bool ok = true;
    QString why;
    if (role != Role::None)
        why = QInputDialog::getText(this, tr("Set role"), tr("Why is this entity a %1? (recorded with the role, audited)").arg(widgets::roleTitle(role)),
                                    QLineEdit::Normal, QString(), &ok);
    if (ok)
        setEntityRole(entity, role, why.trimmed());
}

void MainWindow::registerLead(const QString &summary, const QString &source, const QList<qint64> &entities)
{
    applyEdit([summary, source, entities](CaseSession &s) {
        const Result<QString> code = s.addLead(summary, source, entities);
        return code ? Status() : code.status();
    });
}

void MainWindow::moveLead(const QString &code, LeadStatus status, const QString &note)
{
    applyEdit([code, status, note](CaseSession &s) { return s.setLeadStatus(code, status, note); });
}

void MainWindow::addAnalystEvent(const Timestamp &time, const QString &text, const QString &basis)
{
    applyEdit([time, text, basis](CaseSession &s) {
        const Result<QString> uuid = s.addEvent(time, text, {}, basis);
        return uuid ? Status() : uuid.status();
    });
}

void MainWindow::bookmarkRun(const QString &run, const QString &caption)
{
    applyEdit([run, caption](CaseSession &s) {
        const Result<QString> code = s.addExhibit(QStringLiteral("run"), {{QStringLiteral("run"), run}}, caption, {});
        return code ? Status() : code.status();
    });
}

void MainWindow::saveTimelineView(const QString &name, const QJsonObject &view)
{
    if (!writable())
        return;
    applyEdit([name, view](CaseSession &s) { return s.saveTimelineView(name, view); });
}

void MainWindow::saveChart(const QString &name, const QJsonObject &spec, bool asExhibit)
{
    if (!writable())
        return;
    // Two edits, each its own undo step: the saved chart, then the exhibit that copies it.
    applyEdit([name, spec](CaseSession &s) { return s.saveChart(name, spec); });
    if (asExhibit)
        applyEdit([name](CaseSession &s) {
            const Result<QString> code = s.addExhibit(QStringLiteral("chart"), {{QStringLiteral("chart"), name}}, name, {});
            return code ? Status() : code.status();
        });
}

void MainWindow::askAssertLink(qint64 from, qint64 to, const QString &kind)
{
    if (!writable())
        return;
    bool ok = qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS");
    QString why = tr("asserted on the link chart");
    if (!ok)
        why = QInputDialog::getText(this, tr("Assert a link"), tr("Why (what it rests on: a statement, a source, an exhibit)?"), QLineEdit::Normal, QString(), &ok);
    if (ok && !why.trimmed().isEmpty())
        applyEdit([from, to, kind, why](CaseSession &s) {
            const Result<qint64> id = s.assertLink(from, to, kind, LinkStatus::Alleged, why.trimmed(), why.trimmed());
            return id ? Status() : id.status();
        });
}

void MainWindow::askLinkStatus(qint64 linkId, const QString &status)
{
    if (!writable())
        return;
    bool ok = qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS");
    QString why = tr("status set on the link chart");
    if (!ok)
        why = QInputDialog::getText(this, tr("Link status"), tr("Why is the link now %1?").arg(status), QLineEdit::Normal, QString(), &ok);
    if (ok && !why.trimmed().isEmpty())
        applyEdit([linkId, status, why](CaseSession &s) { return s.setLinkStatus(linkId, status, why.trimmed(), why.trimmed()); });
}

void MainWindow::askBookmark(const QString &run)
{
    if (!writable())
        return;
    bool ok = false;
    const QString caption = QInputDialog::getText(this, tr("Bookmark as exhibit"), tr("Caption of the exhibit for run %1:").arg(run), QLineEdit::Normal,
                                                  QString(), &ok);
    if (ok)
        bookmarkRun(run, caption.trimmed());
}

void MainWindow::askLead()
{
    if (!writable())
        return;
    bool ok = false;
    const QString summary = QInputDialog::getMultiLineText(this, tr("Register a lead"), tr("What does the lead say?"), QString(), &ok);
    if (!ok || summary.trimmed().isEmpty())
        return;
    const QStringList sources{tr("informant report"), tr("bank alert"), tr("platform warning"), tr("victim report"), tr("carrier report")};
    const QString source = QInputDialog::getItem(this, tr("Register a lead"), tr("Where did it come from?"), sources, 0, true, &ok);
    if (ok)
        registerLead(summary.trimmed(), source.trimmed());
}

void MainWindow::askLeadStatus(const QString &code, LeadStatus status)
{
    if (!writable())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Move lead"), tr("%1 becomes %2. Note (kept in its history):").arg(code, widgets::leadStatusTitle(status)),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        moveLead(code, status, note.trimmed());
}

// A small form: when (in the case's zone), what happened, on what basis.
void MainWindow::askEvent()
{
    if (!writable())
        return;
    if (!m_case)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add an event no source holds"));
    const QTimeZone zone(m_case->info().settings.timezone.toUtf8());
    auto *when = new QDateTimeEdit(QDateTime::currentDateTime().toTimeZone(zone), &dialog);
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    when->setCalendarPopup(true);
    auto *text = new QPlainTextEdit(&dialog);
    auto *basis = new QLineEdit(&dialog);
    basis->setPlaceholderText(tr("victim statement, interview, report…"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("When (%1):").arg(m_case->info().settings.timezone), when);
    form->addRow(tr("What happened:"), text);
    form->addRow(tr("On what basis:"), basis);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    // The wall-clock time typed is read in the case's zone; the offset kept is the zone's at that moment.
    const QDateTime local(when->date(), when->time(), zone);
    addAnalystEvent({local.toMSecsSinceEpoch(), qint32(zone.offsetFromUtc(local))}, text->toPlainText().trimmed(), basis->text().trimmed());
}

void MainWindow::editCaseDetails()
{
    if (!writable())
        return;
    if (!m_case)
        return;
    CaseWorker *worker = m_case.get();
    worker->read<QMap<QString, QString>>([](CaseFile &cf, const Progress &) {
              cf.reloadSettings(); // the writer may have changed them
              const CaseSettings &s = cf.settings();
              return QMap<QString, QString>{{QStringLiteral("title"), s.title}, {QStringLiteral("case_number"), s.caseNumber},
                                            {QStringLiteral("agency"), s.agency}, {QStringLiteral("handling"), s.handling},
                                            {QStringLiteral("narrative"), s.narrative}};
          })
        .then(this, [this, worker](const QMap<QString, QString> &details) {
            if (m_case.get() != worker)
                return;
            auto *dialog = new widgets::CaseDetailsDialog(details, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] { setCaseDetails(dialog->changed()); });
            dialog->open();
        });
}

void MainWindow::setCaseDetails(const QMap<QString, QString> &changed)
{
    for (auto it = changed.begin(); it != changed.end(); ++it)
        applyEdit([key = it.key(), value = it.value()](CaseSession &s) { return s.setCaseDetail(key, value); });
}

void MainWindow::mergeEntities(qint64 a, qint64 b, int confidence, const QString &justification)
{
    applyEdit([a, b, confidence, justification](CaseSession &s) {
        const Result<qint64> link = s.mergeEntities(a, b, confidence, justification);
        return link ? Status() : link.status();
    });
}

void MainWindow::markOwner(qint64 device, qint64 phone, int confidence, const QString &justification)
{
    applyEdit([device, phone, confidence, justification](CaseSession &s) {
        const Result<qint64> link = s.markDeviceOwner(device, phone, confidence, justification);
        return link ? Status() : link.status();
    });
}

void MainWindow::askLink(qint64 a, qint64 b, bool owner)
{
    if (!writable())
        return;
    bool ok = false;
    const QString title = owner ? tr("Mark the device's owner") : tr("Merge entities");
    const QString why = QInputDialog::getText(this, title, owner ? tr("Why is this the owner's line? (recorded in the audit log)")
                                                                 : tr("Why are they one person? (recorded in the audit log)"),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok || why.trimmed().isEmpty())
        return;
    const int confidence = QInputDialog::getInt(this, title, tr("Confidence (%):"), 80, 1, 100, 5, &ok);
    if (!ok)
        return;
    if (owner)
        markOwner(a, b, confidence, why.trimmed());
    else
        mergeEntities(a, b, confidence, why.trimmed());
}

} // namespace cb::app
