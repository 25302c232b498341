#include "recordview.h"

#include "displayproxy.h"
#include "query/recordmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimeZone>
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
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // storage order until a header is clicked
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
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
    m_model = worker ? new RecordModel(worker, m_kind, this) : nullptr;
    m_proxy->setSourceModel(m_model);
    m_proxy->setTimeZone(zone);
    m_sized = false;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &RecordView::updateCount);
        connect(m_model, &RecordModel::loadingFinished, this, [this] {
            updateCount();
            if (!m_sized && m_model->rowCount() > 0) { // sized to the first rows once, then left to the user
                m_table->resizeColumnsToContents();
                m_sized = true;
            }
        });
    }
    m_filter->setEnabled(worker != nullptr);
    updateCount();
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
