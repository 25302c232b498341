#include "mergecopydialog.h"

#include "session/caseworker.h"
#include "sharing/mergecopy.h"
#include "whilealive.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace casefile;

struct MergeJob
{
    Progress progress;
};

QString mergeKindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Source files")},
        {QStringLiteral("records"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Records")},
        {QStringLiteral("entities"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Entities")},
        {QStringLiteral("identifiers"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Identifiers")},
        {QStringLiteral("meta"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Case details")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Roles")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Notes")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Tags")},
        {QStringLiteral("leads"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Leads")},
        {QStringLiteral("lead_history"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Lead status changes")},
        {QStringLiteral("lead_entities"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Entities linked to leads")},
        {QStringLiteral("analyst_events"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Analyst events")},
        {QStringLiteral("analyst_event_entities"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Entities linked to events")},
        {QStringLiteral("exhibits"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Exhibits")},
        {QStringLiteral("links"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Merges and asserted links")},
        {QStringLiteral("link_statuses"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Link status changes")},
        {QStringLiteral("import_links"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Links imports made (undone or not)")},
        {QStringLiteral("analysis_runs"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "Analysis runs")},
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("cb::widgets::MergeCopyDialog", name) : kind;
}

// What an audit entry did, in words (the entry's action name when it has none here).
QString auditActionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "imported a file")},
        {QStringLiteral("note_add"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "added a note")},
        {QStringLiteral("note_edit"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "edited a note")},
        {QStringLiteral("note_delete"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "deleted a note")},
        {QStringLiteral("note_restore"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "restored a note")},
        {QStringLiteral("tag"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "tagged")},
        {QStringLiteral("untag"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "removed a tag")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "set a role")},
        {QStringLiteral("lead_add"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "registered a lead")},
        {QStringLiteral("lead_status"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "moved a lead")},
        {QStringLiteral("event_add"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "entered an event")},
        {QStringLiteral("exhibit_add"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "marked an exhibit")},
        {QStringLiteral("analysis_run"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "saved an analysis run")},
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "merged two entities")},
        {QStringLiteral("unlink"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "undid a merge or link")},
        {QStringLiteral("link_status"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "changed a link's status")},
        {QStringLiteral("case_detail"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "changed the case details")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "exported")},
        {QStringLiteral("merge_copy"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "merged a copy")},
        {QStringLiteral("merge_renumber"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "renumbered before a merge")},
        {QStringLiteral("resolve_conflict"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "settled a conflict")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate("cb::widgets::MergeCopyDialog", name) : action;
}

QString mergeReasonText(const QString &reason)
{
    static const QHash<QString, const char *> reasons = {
        {QStringLiteral("changed in both copies"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "changed in both copies")},
        {QStringLiteral("deleted in this copy, changed in theirs"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "deleted in this copy, changed in theirs")},
        {QStringLiteral("changed in this copy, deleted in theirs"), QT_TRANSLATE_NOOP("cb::widgets::MergeCopyDialog", "changed in this copy, deleted in theirs")},
    };
    const char *text = reasons.value(reason);
    return text ? QCoreApplication::translate("cb::widgets::MergeCopyDialog", text) : reason;
}

MergeCopyDialog::MergeCopyDialog(CaseWorker *worker, const QString &otherPath, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_other(otherPath)
{
    setWindowTitle(tr("Merge a Colleague's Copy"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("Their copy: <b>%1</b><br>Only read; this case is written only when you press Merge.")
                                .arg(QFileInfo(otherPath).fileName().toHtmlEscaped()));
    what->setToolTip(QFileInfo(otherPath).absoluteFilePath());
    layout->addWidget(what);
    m_summary = new QTreeWidget;
    m_summary->setColumnCount(2);
    m_summary->setHeaderLabels({tr("What"), tr("How many / which")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary->setAlternatingRowColors(true);
    layout->addWidget(m_summary, 1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setEnabled(false);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancel->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_merge, &QPushButton::clicked, this, &MergeCopyDialog::merge);
    connect(m_cancel, &QPushButton::clicked, this, &MergeCopyDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
    run(true);
}

MergeCopyDialog::~MergeCopyDialog()
{
    cancel();
}

void MergeCopyDialog::merge()
{
    run(false);
}

void MergeCopyDialog::cancel()
{
    if (m_job)
        m_job->progress.cancel();
}

void MergeCopyDialog::run(bool dryRun)
{
    cancel();
    m_job = std::make_shared<MergeJob>();
    QPointer<QProgressBar> bar(m_progress);
    m_job->progress = Progress([bar](double f) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [bar, f] { if (bar) bar->setValue(int(f * 100)); }, Qt::QueuedConnection);
        return true;
    });
    m_merge->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(dryRun ? tr("Comparing the copies…") : tr("Merging…"));
    sharing::MergeOptions options;
    options.dryRun = dryRun;
    const QString other = m_other;
    auto running = m_worker->write<Result<QJsonObject>>([other, options](CaseSession &s, const Progress &p) -> Result<QJsonObject> {
        sharing::MergeOptions o = options;
        o.actor = s.actor();
        Result<sharing::MergeReport> r = sharing::mergeCopy(s.caseFile(), other, o, p);
        if (!r)
            return r.status();
        if (!o.dryRun)
            s.caseFile().writeOut();
        return r.value().toJson();
    }, m_job->progress);
    running.then(QCoreApplication::instance(), whileAlive<const Result<QJsonObject> &>(this, [this, dryRun](const Result<QJsonObject> &done) {
        m_cancel->setEnabled(false);
        if (!done) {
            const QString message = done.status().is(ErrorCode::Cancelled)
                                        ? tr("Cancelled: nothing was merged.")
                                        : tr("The copies cannot be merged: %1").arg(Message{done.status().message(), {}}.translated());
            m_status->setText(message);
            emit finished(dryRun, false, message);
            return;
        }
        m_report = done.value();
        m_progress->setValue(100);
        showReport(m_report);
        const bool changed = m_report.value(QStringLiteral("changed")).toBool();
        const qint64 conflicts = m_report.value(QStringLiteral("conflicts")).toArray().size();
        QString message;
        if (!changed)
            message = tr("Nothing to merge: this case already holds everything of that copy.");
        else if (dryRun)
            message = tr("This is what merging would do. Nothing is written until you press Merge.");
        else
            message = conflicts ? tr("Merged. %n conflict(s) kept both versions: Edit › Merge Conflicts… settles them.", nullptr, int(conflicts))
                                : tr("Merged, without conflicts.");
        m_status->setText(message);
        m_merge->setEnabled(dryRun && changed);
        if (!dryRun)
            m_merge->setVisible(false);
        emit finished(dryRun, true, message);
    }));
}

QTreeWidgetItem *MergeCopyDialog::section(const QString &title, const QString &value)
{
    auto *item = new QTreeWidgetItem(m_summary, {title, value});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void MergeCopyDialog::showReport(const QJsonObject &r)
{
    m_summary->clear();
    section(tr("History both copies share"), tr("%n audit entries", nullptr, r.value(QStringLiteral("common_entries")).toInt()));
    const QJsonArray theirs = r.value(QStringLiteral("their_entries")).toArray();
    QTreeWidgetItem *work = section(tr("Their work since this copy last saw it"), tr("%n audit entries", nullptr, int(theirs.size())));
    work->setExpanded(theirs.size() <= 20);
    for (const QJsonValue &v : theirs) {
        const QJsonObject e = v.toObject();
        new QTreeWidgetItem(work, {e.value(QStringLiteral("at")).toString().left(19).replace(u'T', u' ') + QStringLiteral(" UTC"),
                                   tr("%1, by %2").arg(auditActionName(e.value(QStringLiteral("action")).toString()), e.value(QStringLiteral("actor")).toString())});
    }
    const auto counts = [this, &r](const char *key, const QString &title) {
        const QJsonObject o = r.value(QLatin1String(key)).toObject();
        qint64 total = 0;
        for (const QJsonValue &v : o)
            total += v.toInteger();
        QTreeWidgetItem *s = section(title, QString::number(total));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().toInteger() > 0)
                new QTreeWidgetItem(s, {mergeKindName(it.key()), QString::number(it.value().toInteger())});
        s->setExpanded(true);
    };
    counts("came_in", tr("Comes in"));
    counts("updated", tr("Taken from theirs (they changed it, this copy did not)"));
    counts("deleted", tr("Deleted (they deleted it, this copy did not change it)"));
    section(tr("Files both copies imported (counted once)"), QString::number(r.value(QStringLiteral("sources_shared")).toInt()));
    const QJsonArray renumbered = r.value(QStringLiteral("renumbered")).toArray();
    QTreeWidgetItem *codes = section(tr("Codes both copies gave to different objects"), QString::number(renumbered.size()));
    for (const QJsonValue &v : renumbered) {
        const QJsonObject o = v.toObject();
        new QTreeWidgetItem(codes, {mergeKindName(o.value(QStringLiteral("kind")).toString()),
                                    tr("%1 → %2 (%3)").arg(o.value(QStringLiteral("from")).toVariant().toString(), o.value(QStringLiteral("to")).toVariant().toString(),
                                                           o.value(QStringLiteral("copy")).toString() == QLatin1String("this") ? tr("this copy's") : tr("theirs"))});
    }
    codes->setExpanded(true);
    const QJsonArray conflicts = r.value(QStringLiteral("conflicts")).toArray();
    QTreeWidgetItem *c = section(tr("Conflicts (this copy's version stays, theirs is kept beside it)"), QString::number(conflicts.size()));
    for (const QJsonValue &v : conflicts) {
        const QJsonObject o = v.toObject();
        new QTreeWidgetItem(c, {o.value(QStringLiteral("code")).toString() + QStringLiteral("  ") + mergeKindName(o.value(QStringLiteral("kind")).toString()),
                                mergeReasonText(o.value(QStringLiteral("reason")).toString())});
    }
    c->setExpanded(true);
    const QJsonArray skipped = r.value(QStringLiteral("skipped")).toArray();
    if (!skipped.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Not merged: what they refer to is not in this case"), QString::number(skipped.size()));
        for (const QJsonValue &v : skipped)
            new QTreeWidgetItem(s, {mergeKindName(v.toObject().value(QStringLiteral("kind")).toString()), v.toObject().value(QStringLiteral("missing")).toString()});
    }
}

} // namespace cb::widgets
