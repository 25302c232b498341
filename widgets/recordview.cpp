#include "recordview.h"

#include "displayproxy.h"
#include "query/recordmodel.h"
#include "query/recordquery.h"
#include "session/caseworker.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimeZone>
#include <QPointer>
#include <QVBoxLayout>

namespace cb::widgets {

using casefile::RecordModel;

RecordView::RecordView(casefile::RecordKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_filter(new QLineEdit(this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_proxy(new DisplayProxy(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    layout->addWidget(m_count);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::returnPressed, this, &RecordView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            applyFilter(); // the clear button shows everything again
    });
    m_table->setModel(m_proxy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_selecting)
            emit recordSelected(m_kind, currentId());
    });
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // storage order until a header is clicked
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RecordView::showMenu);
    setUpColumns();
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(selectionAsText()); });
    m_table->addAction(copy);
    // The rows a scroll brings on screen are asked for at once, before the view paints them.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_model)
            m_model->prefetch(m_table->rowAt(0), m_table->rowAt(m_table->viewport()->height() - 1));
    });
    retranslate();
}

void RecordView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: words in any text column (press Enter)"));
    updateCount();
}

void RecordView::setWorker(casefile::CaseWorker *worker, const QTimeZone &zone)
{
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_worker = worker;
    // A bank's balance history may run newest first: its table reads in time order from the first query.
    const int initialSort = m_kind == casefile::RecordKind::Balances ? 0 : -1;
    m_model = worker ? new RecordModel(worker, m_kind, this, initialSort) : nullptr;
    {
        const QSignalBlocker quiet(m_table->horizontalHeader()); // the indicator only: the model is sorted already
        m_table->horizontalHeader()->setSortIndicator(initialSort, Qt::AscendingOrder);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setTimeZone(zone);
    m_sized = m_model && restoreColumns(); // as the analyst left them, else sized to the first rows
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &RecordView::updateCount);
        connect(m_model, &RecordModel::loadingFinished, this, [this] {
            updateCount();
            if (!m_sized && m_model->rowCount() > 0) { // sized to the first rows once, then left to the user
                m_restoring = true; // the program's sizing, not the analyst's: not kept
                m_table->resizeColumnsToContents();
                m_restoring = false;
                m_sized = true;
            }
        });
    }
    m_filter->setEnabled(worker != nullptr);
    updateCount();
}

void RecordView::selectRecord(qint64 id)
{
    if (!m_worker || !m_model)
        return;
    const casefile::RecordQuery q = m_model->query();
    QPointer<casefile::RecordModel> model = m_model;
    m_worker->read<Result<std::optional<qint64>>>([q, id](casefile::CaseFile &cf, const Progress &p) { return casefile::recordPosition(cf, q, id, p); })
        .then(this, [this, model](const Result<std::optional<qint64>> &pos) {
            if (model != m_model || !pos || !pos.value() || *pos.value() >= m_model->rowCount())
                return; // another case or filter since, or the filter leaves the record out
            const int row = int(*pos.value());
            m_model->prefetch(row, row + 40);
            m_selecting = true;
            m_table->selectRow(row);
            m_table->scrollTo(m_proxy->index(row, 0), QAbstractItemView::PositionAtCenter);
            m_selecting = false;
        });
}

qint64 RecordView::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(RecordModel::RowIdRole).toLongLong() : 0;
}

QList<qint64> RecordView::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows) {
        const qint64 id = m_proxy->index(r, 0).data(RecordModel::RowIdRole).toLongLong();
        if (id <= 0)
            return {};
        ids << id;
    }
    return ids;
}

QString RecordView::selectionAsText() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = shownColumns(); // what is shown, in the order shown
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int r : rows) {
        QStringList cells;
        for (int c : columns)
            cells << m_proxy->index(r, c).data().toString().replace(u'\t', u' ').replace(u'\n', u' ');
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void RecordView::showMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (!index.isValid() || !m_model)
        return;
    const qint64 id = index.data(RecordModel::RowIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Add a note…"), this, [this, id] { emit noteRequested(m_kind, id); });
    menu.addAction(tr("Tag…"), this, [this, id] { emit tagRequested(m_kind, id); });
    menu.addSeparator();
    menu.addAction(tr("Copy selected rows"), this, [this] { QGuiApplication::clipboard()->setText(selectionAsText()); });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void RecordView::applyFilter()
{
    if (!m_model)
        return;
    casefile::RecordFilter f = m_model->query().filter;
    f.text = m_filter->text();
    m_model->setFilter(f);
}

void RecordView::updateCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    m_count->setText(m_model->query().filter.isEmpty() ? tr("%n row(s)", nullptr, int(m_model->totalRows()))
                                                       : tr("%n row(s) match the filter", nullptr, int(m_model->totalRows())));
}

void RecordView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
