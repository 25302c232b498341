#include "conflictsdialog.h"

#include "mergecopydialog.h"
#include "session/caseworker.h"
#include "sharing/mergecopy.h"
#include "whilealive.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace casefile;

namespace {

enum Column { Code, Kind, Reason, Mine, Theirs, State, Columns };

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    const QString text = v.isString() ? v.toString() : v.toVariant().toString();
    // An edit's time as the other times of the workbench show UTC: to the minute, zone named.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d:\\d\\d)(\\.\\d+)?Z$"));
    const QRegularExpressionMatch m = iso.match(text);
    return m.hasMatch() ? m.captured(1) + u' ' + m.captured(2) + QStringLiteral(" UTC") : text;
}

// A field of a merged object by the name an investigator knows it by.
QString fieldName(const QString &column)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Text")},
        {QStringLiteral("edited_at"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Edited")},
        {QStringLiteral("deleted_at"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Deleted")},
        {QStringLiteral("removed_at"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Removed")},
        {QStringLiteral("undone_at"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Undone")},
        {QStringLiteral("undone_by"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Undone by")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Role")},
        {QStringLiteral("justification"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Justification")},
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "By")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "By")},
        {QStringLiteral("set_at"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Set")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Status")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Summary")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Source")},
        {QStringLiteral("caption"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Caption")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Note")},
        {QStringLiteral("basis"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Basis")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Value")},
        {QStringLiteral("time_utc"), QT_TRANSLATE_NOOP("cb::widgets::ConflictsDialog", "Time")},
    };
    const char *name = names.value(column);
    return name ? QCoreApplication::translate("cb::widgets::ConflictsDialog", name) : column;
}

// The fields the two versions differ in, "name: value" per line; a deleted version says so.
QString differing(const QJsonValue &side, const QJsonValue &other)
{
    if (!side.isObject())
        return QCoreApplication::translate("cb::widgets::ConflictsDialog", "(deleted)");
    const QJsonObject o = side.toObject(), p = other.toObject();
    QStringList lines;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!other.isObject() || p.value(it.key()) != it.value())
            lines << QStringLiteral("%1: %2").arg(fieldName(it.key()), valueText(it.value()));
    return lines.join(u'\n');
}

} // namespace

ConflictsDialog::ConflictsDialog(CaseWorker *worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
{
    setWindowTitle(tr("Merge Conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Objects both copies changed differently. This copy's version is the one in use until you take theirs."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget;
    m_list->setColumnCount(Columns);
    m_list->setHeaderLabels({tr("Conflict"), tr("About"), tr("Why"), tr("This copy"), tr("Theirs"), tr("Settled")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->resizeSection(Code, 90);
    m_list->header()->resizeSection(Kind, 230);
    m_list->header()->resizeSection(Reason, 170);
    m_list->header()->resizeSection(Mine, 250);
    m_list->header()->resizeSection(Theirs, 250);
    layout->addWidget(m_list, 1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    m_showSettled = new QCheckBox(tr("Show settled"));
    m_mine = new QPushButton(tr("Keep Mine"));
    m_theirs = new QPushButton(tr("Take Theirs"));
    row->addWidget(m_showSettled);
    row->addStretch();
    row->addWidget(m_mine);
    row->addWidget(m_theirs);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showSettled, &QCheckBox::toggled, this, &ConflictsDialog::reload);
    connect(m_mine, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    resize(1200, 520);
    updateButtons();
    reload();
}

void ConflictsDialog::reload()
{
    const bool all = m_showSettled->isChecked();
    auto loading = m_worker->read<Result<QList<sharing::Conflict>>>([all](CaseFile &cf, const Progress &) { return sharing::conflicts(cf, all); });
    loading.then(QCoreApplication::instance(), whileAlive<const Result<QList<sharing::Conflict>> &>(this, [this](const Result<QList<sharing::Conflict>> &r) {
        m_list->clear();
        if (!r) {
            m_status->setText(tr("The conflicts cannot be read: %1").arg(r.status().message()));
            emit loaded();
            return;
        }
        int open = 0;
        for (const sharing::Conflict &c : r.value()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(Code, c.code);
            item->setText(Kind, c.subject.isEmpty() ? mergeKindName(c.table) : tr("%1: %2").arg(mergeKindName(c.table), c.subject));
            item->setToolTip(Kind, item->text(Kind));
            item->setText(Reason, mergeReasonText(c.reason));
            item->setText(Mine, differing(c.mine, c.theirs));
            item->setText(Theirs, differing(c.theirs, c.mine));
            item->setToolTip(Mine, item->text(Mine));
            item->setToolTip(Theirs, item->text(Theirs));
            const QString took = c.resolution == QLatin1String("theirs") ? tr("took theirs")
                                 : c.resolution == QLatin1String("mine") ? tr("kept mine")
                                                                           : tr("agreed in both copies");
            item->setText(State, c.resolution.isEmpty() ? QString() : tr("%1 (%2, %3)").arg(took, c.resolvedBy, c.resolvedAt.left(16).replace(u'T', u' ')));
            item->setToolTip(Code, tr("From %1, found %2").arg(c.peer, c.detectedAt));
            item->setData(Code, Qt::UserRole, c.resolution.isEmpty());
            open += c.resolution.isEmpty();
        }
        m_status->setText(open ? tr("%n conflict(s) open.", nullptr, open) : tr("No open conflicts."));
        updateButtons();
        emit loaded();
    }));
}

void ConflictsDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool open = item && item->isSelected() && item->data(Code, Qt::UserRole).toBool();
    m_mine->setEnabled(open);
    m_theirs->setEnabled(open);
}

void ConflictsDialog::settle(bool takeTheirs)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(Code, Qt::UserRole).toBool())
        return;
    const QString code = item->text(Code);
    m_mine->setEnabled(false);
    m_theirs->setEnabled(false);
    auto settling = m_worker->write<Status>([code, takeTheirs](CaseSession &s, const Progress &) {
        const Status st = sharing::resolveConflict(s.caseFile(), code, takeTheirs, s.actor());
        if (st)
            s.caseFile().writeOut();
        return st;
    });
    settling.then(QCoreApplication::instance(), whileAlive<const Status &>(this, [this, code, takeTheirs](const Status &s) {
        const QString message = s ? (takeTheirs ? tr("%1: took theirs.").arg(code) : tr("%1: kept this copy's version.").arg(code))
                                  : tr("%1 could not be settled: %2").arg(code, Message{s.message(), {}}.translated());
        m_status->setText(message);
        emit settled(bool(s), message);
        reload();
    }));
}

} // namespace cb::widgets
