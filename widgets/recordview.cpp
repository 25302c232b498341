#include "recordview.h"

#include "displayproxy.h"
#include "recordmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::widgets {

using casefile::RecordModel;

RecordView::RecordView(int kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_table(new QTableView(this)), m_count(new QLabel(this)), m_proxy(new DisplayProxy(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_count);
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void RecordView::setCase(casefile::CaseFile *cf)
{
    delete m_model;
    m_model = cf ? new RecordModel(cf, RecordModel::Kind(m_kind), this) : nullptr;
    m_proxy->setSourceModel(m_model);
    if (cf)
        m_proxy->setTimeZone(cf->timeZone());
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordView::updateCount);
        connect(m_model, &QAbstractItemModel::modelReset, this, &RecordView::updateCount);
        m_table->resizeColumnsToContents();
    }
    updateCount();
}

void RecordView::reload()
{
    if (m_model)
        m_model->reload();
    m_table->resizeColumnsToContents();
}

void RecordView::updateCount()
{
    m_count->setText(m_model ? tr("%1 of %2 rows loaded").arg(m_model->rowCount()).arg(m_model->totalRows()) : QString());
}

void RecordView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        updateCount();
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
