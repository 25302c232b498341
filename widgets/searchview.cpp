#include "searchview.h"

#include "search.h"
#include "session/caseworker.h"
#include "timeutil.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::widgets {

SearchView::SearchView(QWidget *parent) : QWidget(parent), m_query(new QLineEdit(this)), m_results(new QTableWidget(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    layout->addWidget(m_summary);
    m_query->setClearButtonEnabled(true);
    m_results->setColumnCount(6);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setAlternatingRowColors(true);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { openHit(row); });
    retranslate();
}

void SearchView::setCase(casefile::CaseWorker *worker, const QTimeZone &zone)
{
    m_running.cancel();
    ++m_generation; // hits of the previous case must not land in this one
    m_searching = false;
    m_case = worker;
    m_zone = zone;
    m_results->setRowCount(0);
    m_hits = -1;
    m_query->setEnabled(worker != nullptr);
    retranslate();
}

void SearchView::search(const QString &query)
{
    m_query->setText(query);
    m_results->setRowCount(0);
    if (!m_case || query.trimmed().isEmpty())
        return;
    m_running.cancel();
    m_running = Progress();
    m_searching = true;
    m_summary->setText(tr("Searching…"));
    const quint64 generation = ++m_generation;
    m_case->read<Result<QList<casefile::SearchHit>>>([query](casefile::CaseFile &cf, const Progress &p) { return casefile::search(cf, query, 1000, p); },
                                                     m_running)
        .then(this, [this, generation](const Result<QList<casefile::SearchHit>> &hits) {
            if (generation == m_generation)
                showHits(hits);
        });
}

void SearchView::showHits(const Result<QList<casefile::SearchHit>> &hits)
{
    m_searching = false;
    if (!m_case)
        return;
    if (!hits) {
        m_hits = -1;
        m_summary->setText(tr("Search failed: %1").arg(hits.status().message()));
        return;
    }
    const QTimeZone zone = m_zone;
    m_results->setRowCount(int(hits.value().size()));
    int row = 0;
    for (const casefile::SearchHit &h : hits.value()) {
        const QString kind = h.kind == u"message" ? tr("message") : h.kind == u"contact" ? tr("contact") : h.kind == u"note" ? tr("note")
                             : h.kind == u"artifact"                                                                  ? tr("phone artifact")
                             : h.kind == u"entity"                                                                    ? tr("entity")
                             : h.kind == u"transaction"                                                               ? tr("transaction")
                                                                                                                      : h.kind;
        const QStringList cells{kind, h.hasTime ? casefile::displayTime(h.timeUtcMs, zone) : QString(), h.app, h.party, h.snippet,
                                tr("%1 : %2 (SHA-256 %3)").arg(h.sourceFile, h.locator, h.sourceSha256.left(16) + QStringLiteral("…"))};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_results->item(row, 5)->setToolTip(h.sourceSha256);
        m_results->item(row, 0)->setData(Qt::UserRole, h.kind);
        m_results->item(row, 0)->setData(Qt::UserRole + 1, h.rowId);
        ++row;
    }
    m_hits = int(hits.value().size());
    m_results->resizeColumnsToContents();
    retranslate();
}

void SearchView::openHit(int row)
{
    const QTableWidgetItem *item = row >= 0 ? m_results->item(row, 0) : nullptr;
    if (!item)
        return;
    const QString kind = item->data(Qt::UserRole).toString();
    const qint64 id = item->data(Qt::UserRole + 1).toLongLong();
    using casefile::RecordKind;
    if (kind == u"entity")
        emit entitySelected(id);
    else if (kind == u"transaction" || kind == u"message" || kind == u"contact" || kind == u"artifact")
        emit recordSelected(kind == u"transaction" ? RecordKind::Transactions
                            : kind == u"message"   ? RecordKind::Messages
                            : kind == u"contact"   ? RecordKind::Contacts
                                                   : RecordKind::Artifacts,
                            id);
}

void SearchView::retranslate()
{
    m_query->setPlaceholderText(tr("Search numbers, accounts, messages, contacts, transactions, phone artifacts and notes "
                                   "(any script; every word must occur) and press Enter"));
    m_results->setHorizontalHeaderLabels({tr("Kind"), tr("Time"), tr("App or type"), tr("Parties"), tr("Text"), tr("Source")});
    m_summary->setText(m_hits < 0 ? QString() : tr("%n hit(s)", nullptr, m_hits));
}

void SearchView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
