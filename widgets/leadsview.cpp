#include "leadsview.h"

#include "session/caseworker.h"

#include "timeutil.h"

#include <QComboBox>
#include <QDateTime>
#include <QTimeZone>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace cb::casefile;

namespace {
const QList<LeadStatus> kStatuses = {LeadStatus::New, LeadStatus::Assigned, LeadStatus::Verifying, LeadStatus::Confirmed, LeadStatus::Closed};
} // namespace

QString leadStatusTitle(LeadStatus s)
{
    switch (s) {
    case LeadStatus::New: return LeadsView::tr("new");
    case LeadStatus::Assigned: return LeadsView::tr("assigned");
    case LeadStatus::Verifying: return LeadsView::tr("verifying");
    case LeadStatus::Confirmed: return LeadsView::tr("confirmed");
    case LeadStatus::Closed: return LeadsView::tr("closed");
    }
    return {};
}

LeadsView::LeadsView(QWidget *parent)
    : QWidget(parent), m_filter(new QComboBox(this)), m_add(new QPushButton(this)), m_table(new QTableWidget(this)),
      m_history(new QTextBrowser(this)), m_summary(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_add);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split);
    layout->addWidget(m_summary);
    for (int i = 0; i <= kStatuses.size(); ++i)
        m_filter->addItem(QString());
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &LeadsView::refresh);
    connect(m_add, &QPushButton::clicked, this, &LeadsView::addRequested);
    connect(m_table, &QTableWidget::currentCellChanged, this, &LeadsView::showHistory);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LeadsView::showMenu);
    retranslate();
}

void LeadsView::setWorker(CaseWorker *worker)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    m_rows.clear();
    if (m_worker)
        connect(m_worker, &CaseWorker::changed, this, [this](const Change &c) {
            if (c.touches(ObjectKind::Leads) || c.touches(ObjectKind::Entities))
                refresh();
        });
    m_add->setEnabled(worker != nullptr);
    refresh();
}

void LeadsView::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_worker) {
        m_rows.clear();
        render();
        return;
    }
    std::optional<LeadStatus> only;
    if (m_filter->currentIndex() > 0)
        only = kStatuses.value(m_filter->currentIndex() - 1);
    m_loading = true;
    m_worker->read<QList<LeadRow>>([only](CaseFile &cf, const Progress &) { return leadsOf(cf, only); })
        .then(this, [this, generation](const QList<LeadRow> &leads) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_rows = leads;
            render();
        });
}

void LeadsView::render()
{
    const QString current = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0) ? m_table->item(m_table->currentRow(), 0)->text() : QString();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const LeadRow &l = m_rows.at(row);
        const QStringList cells{l.code, leadStatusTitle(l.status), l.summary, l.source, l.entityLabels.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
        if (l.code == current)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    showHistory();
    retranslate();
}

void LeadsView::showHistory()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_history->clear();
        return;
    }
    const LeadRow &l = m_rows.at(row);
    QString html = QStringLiteral("<b>%1</b> — %2<table cellspacing='0'>").arg(l.code.toHtmlEscaped(), l.summary.toHtmlEscaped());
    const QTimeZone zone(m_worker ? m_worker->info().settings.timezone.toUtf8() : QByteArray("UTC"));
    for (const LeadStep &s : l.history) {
        const QDateTime at = QDateTime::fromString(s.at, Qt::ISODateWithMs);
        const QString when = at.isValid() && zone.isValid() ? displayTime(at.toMSecsSinceEpoch(), zone) : s.at;
        html += QStringLiteral("<tr><td style='padding-right:10px; color:#555'>%1</td><td style='padding-right:10px'><b>%2</b></td><td>%3%4</td></tr>")
                    .arg(when.toHtmlEscaped(), leadStatusTitle(s.status).toHtmlEscaped(), s.actor.toHtmlEscaped(),
                         s.note.isEmpty() ? QString() : QStringLiteral(": ") + s.note.toHtmlEscaped());
    }
    m_history->setHtml(html + QStringLiteral("</table>"));
}

void LeadsView::showMenu(const QPoint &at)
{
    const int row = m_table->rowAt(at.y());
    if (row < 0 || row >= m_rows.size())
        return;
    const LeadRow &l = m_rows.at(row);
    QMenu menu(this);
    QMenu *move = menu.addMenu(tr("Move to"));
    for (LeadStatus s : kStatuses)
        if (s != l.status)
            move->addAction(leadStatusTitle(s), this, [this, code = l.code, s] { emit statusRequested(code, s); });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void LeadsView::retranslate()
{
    m_filter->setItemText(0, tr("All statuses"));
    for (int i = 0; i < kStatuses.size(); ++i)
        m_filter->setItemText(i + 1, leadStatusTitle(kStatuses.at(i)));
    m_add->setText(tr("Register a lead…"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Status"), tr("Summary"), tr("Source"), tr("Entities")});
    m_summary->setText(m_worker ? tr("%n lead(s); right-click a lead to move it", nullptr, int(m_rows.size())) : tr("No case open."));
}

void LeadsView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
