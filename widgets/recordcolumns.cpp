// The columns of a record table as the analyst arranges them: shown or hidden from the header's menu,
// moved by dragging, sized by hand; kept per record kind in the user's settings, and what is copied
// follows what is shown.
#include "displayproxy.h"
#include "recordview.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <memory>

namespace cb::widgets {

static QString settingsKey(casefile::RecordKind kind)
{
    return QStringLiteral("columns/") + casefile::recordKindName(kind);
}

RecordView::~RecordView()
{
    if (m_saveColumns.isActive()) // a move or resize not yet written
        saveColumns();
}

void RecordView::setUpColumns()
{
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionsMovable(true);
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QWidget::customContextMenuRequested, this, [this, h](const QPoint &at) {
        std::unique_ptr<QMenu> menu(columnMenu(this));
        menu->exec(h->mapToGlobal(at));
    });
    m_saveColumns.setSingleShot(true);
    m_saveColumns.setInterval(400); // a drag resizes many times: written once it rests
    connect(&m_saveColumns, &QTimer::timeout, this, &RecordView::saveColumns);
    connect(h, &QHeaderView::sectionMoved, &m_saveColumns, qOverload<>(&QTimer::start));
    connect(h, &QHeaderView::sectionResized, this, [this, h](int logical) {
        // The last column stretches with the window: that is the layout, not an arrangement to keep.
        int last = -1;
        for (int v = h->count() - 1; v >= 0 && last < 0; --v)
            if (!h->isSectionHidden(h->logicalIndex(v)))
                last = h->logicalIndex(v);
        if (!m_restoring && !(h->stretchLastSection() && logical == last))
            m_saveColumns.start();
    });
}

QMenu *RecordView::columnMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QHeaderView *h = m_table->horizontalHeader();
    int visible = 0;
    for (int v = 0; v < h->count(); ++v)
        visible += h->isSectionHidden(h->logicalIndex(v)) ? 0 : 1;
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        QAction *a = menu->addAction(m_proxy->headerData(logical, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!h->isSectionHidden(logical));
        a->setEnabled(h->isSectionHidden(logical) || visible > 1); // never the last column shown
        a->setData(logical);
        connect(a, &QAction::toggled, this, [this, logical](bool on) { showColumn(logical, on); });
    }
    menu->addSeparator();
    menu->addAction(tr("Fit Columns to Contents"), this, [this] {
        m_table->resizeColumnsToContents();
        saveColumns();
    });
    menu->addAction(tr("Reset Columns"), this, &RecordView::resetColumns);
    return menu;
}

void RecordView::showColumn(int logical, bool shown)
{
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionHidden(logical, !shown);
    if (shown && h->sectionSize(logical) < 20)
        m_table->resizeColumnToContents(logical);
    saveColumns();
}

void RecordView::resetColumns()
{
    QHeaderView *h = m_table->horizontalHeader();
    for (int l = 0; l < h->count(); ++l) {
        h->setSectionHidden(l, false);
        h->moveSection(h->visualIndex(l), l);
    }
    m_restoring = true; // sized by the program, not an arrangement to keep
    m_table->resizeColumnsToContents();
    m_restoring = false;
    m_saveColumns.stop();
    QSettings().remove(settingsKey(m_kind));
    QSettings().remove(settingsKey(m_kind) + QStringLiteral("-count"));
}

void RecordView::saveColumns()
{
    if (m_proxy->columnCount() == 0)
        return;
    // The state is by position: the count says which table it was made for (a later version may differ).
    QSettings().setValue(settingsKey(m_kind), m_table->horizontalHeader()->saveState());
    QSettings().setValue(settingsKey(m_kind) + QStringLiteral("-count"), m_proxy->columnCount());
}

bool RecordView::restoreColumns()
{
    const QByteArray state = QSettings().value(settingsKey(m_kind)).toByteArray();
    if (state.isEmpty() || QSettings().value(settingsKey(m_kind) + QStringLiteral("-count")).toInt() != m_proxy->columnCount())
        return false; // none, or made for other columns (another version)
    QHeaderView *h = m_table->horizontalHeader();
    const int sortColumn = h->sortIndicatorSection();
    const Qt::SortOrder order = h->sortIndicatorOrder();
    m_restoring = true;
    bool restored = false;
    {
        // The layout only: the saved state carries a sort indicator, and announcing it would sort the rows.
        const QSignalBlocker quiet(h);
        restored = h->restoreState(state);
        h->setSortIndicator(sortColumn, order);
    }
    h->viewport()->update();
    m_restoring = false;
    return restored;
}

QList<int> RecordView::shownColumns() const
{
    const QHeaderView *h = m_table->horizontalHeader();
    QList<int> out;
    for (int v = 0; v < h->count(); ++v)
        if (!h->isSectionHidden(h->logicalIndex(v)))
            out << h->logicalIndex(v);
    return out;
}

} // namespace cb::widgets
