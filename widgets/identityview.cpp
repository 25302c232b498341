#include "identityview.h"

#include "session/caseworker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::widgets {

namespace {

QTableWidget *table(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

// The entity as a cell: its name and first identifier, every identifier in the tooltip.
QTableWidgetItem *entityItem(const casefile::EntityRef &e)
{
    auto *item = new QTableWidgetItem(e.display());
    item->setToolTip(QStringList{e.display(), e.identifiers.join(u'\n')}.join(u'\n'));
    return item;
}

} // namespace

IdentityView::IdentityView(QWidget *parent)
    : QWidget(parent), m_suggestTitle(new QLabel(this)), m_decisionTitle(new QLabel(this)), m_summary(new QLabel(this)),
      m_suggestions(table(this)), m_decisions(table(this)), m_merge(new QPushButton(this)), m_undo(new QPushButton(this)),
      m_refresh(new QPushButton(this))
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 4, 0, 0);
    auto *topBar = new QHBoxLayout;
    topBar->addWidget(m_suggestTitle, 1);
    topBar->addWidget(m_refresh);
    topBar->addWidget(m_merge);
    topLayout->addLayout(topBar);
    topLayout->addWidget(m_suggestions);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    auto *bottomBar = new QHBoxLayout;
    bottomBar->addWidget(m_decisionTitle, 1);
    bottomBar->addWidget(m_undo);
    bottomLayout->addLayout(bottomBar);
    bottomLayout->addWidget(m_decisions);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    layout->addWidget(m_summary);
    m_suggestions->setColumnCount(4);
    m_decisions->setColumnCount(7);
    connect(m_refresh, &QPushButton::clicked, this, &IdentityView::refresh);
    connect(m_merge, &QPushButton::clicked, this, &IdentityView::askMerge);
    connect(m_undo, &QPushButton::clicked, this, &IdentityView::askUndo);
    retranslate();
}

void IdentityView::setCase(casefile::CaseWorker *worker)
{
    ++m_generation; // suggestions for the previous case must not land in this one
    m_computing = false;
    m_case = worker;
    m_shown.clear();
    m_links.clear();
    m_suggestions->setRowCount(0);
    if (m_case)
        connect(m_case, &casefile::CaseWorker::changed, this, &IdentityView::onChanged);
    refresh();
}

void IdentityView::onChanged(const casefile::Change &change)
{
    // New data brings new candidate matches; a merge or its undoing changes both lists.
    if (change.touches(casefile::ObjectKind::Links) || change.touches(casefile::ObjectKind::Entities))
        refresh();
}

void IdentityView::refresh()
{
    if (!m_case) {
        loadDecisions();
        return;
    }
    m_refresh->setEnabled(false);
    m_merge->setEnabled(false);
    m_computing = true;
    m_summary->setText(tr("Looking for matches…"));
    const quint64 generation = ++m_generation;
    using Both = std::pair<QList<casefile::AnalystLink>, QList<casefile::MatchSuggestion>>;
    m_case->read<Both>([](casefile::CaseFile &cf, const Progress &) { return Both{casefile::analystLinks(cf), casefile::suggestMatches(cf)}; })
        .then(this, [this, generation](const Both &both) {
            if (generation != m_generation)
                return;
            m_links = both.first;
            loadDecisions();
            showSuggestions(both.second);
        });
}

void IdentityView::showSuggestions(const Result<QList<casefile::MatchSuggestion>> &result)
{
    m_computing = false;
    m_refresh->setEnabled(m_case != nullptr);
    m_merge->setEnabled(m_case != nullptr);
    if (!m_case)
        return;
    if (!result) {
        m_summary->setText(tr("Finding matches failed: %1").arg(result.status().message()));
        return;
    }
    m_shown = result.value();
    renderSuggestions();
}

void IdentityView::renderSuggestions()
{
    m_suggestions->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const casefile::MatchSuggestion &s = m_shown.at(row);
        QStringList reasons;
        for (const casefile::Message &m : s.reasons)
            reasons << m.translated();
        m_suggestions->setItem(row, 0, entityItem(s.a));
        m_suggestions->setItem(row, 1, entityItem(s.b));
        m_suggestions->setItem(row, 2, new QTableWidgetItem(QString::number(s.score)));
        m_suggestions->setItem(row, 3, new QTableWidgetItem(reasons.join(QStringLiteral("; "))));
        m_suggestions->item(row, 3)->setToolTip(reasons.join(u'\n'));
    }
    m_suggestions->resizeColumnsToContents();
    retranslate();
}

void IdentityView::loadDecisions()
{
    if (!m_case)
        m_links.clear();
    m_decisions->setRowCount(int(m_links.size()));
    for (int row = 0; row < m_links.size(); ++row) {
        const casefile::AnalystLink &l = m_links.at(row);
        const QString kind = l.kind == casefile::LinkKind::SameEntity ? tr("same person or organisation") : tr("owner's line of the device");
        const QString state = l.undoneAt.isEmpty() ? tr("in force") : tr("undone by %1 at %2").arg(l.undoneBy, l.undoneAt);
        const QStringList cells{kind, {}, {}, QStringLiteral("%1 %").arg(l.confidence), l.justification,
                                tr("%1, %2").arg(l.actor, l.createdAt), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = c == 1 ? entityItem(l.from) : c == 2 ? entityItem(l.to) : new QTableWidgetItem(cells.at(c));
            if (!l.undoneAt.isEmpty())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_decisions->setItem(row, c, item);
        }
    }
    m_decisions->resizeColumnsToContents();
    m_undo->setEnabled(!m_links.isEmpty());
    retranslate();
}

bool IdentityView::mergeSuggestion(int row, int confidence, const QString &justification)
{
    if (!m_case || row < 0 || row >= m_shown.size())
        return false;
    if (justification.trimmed().isEmpty()) {
        m_summary->setText(tr("Not merged: %1").arg(tr("a justification is required: say why")));
        return false;
    }
    if (m_case->info().readOnly) { // another Casebench writes this case
        m_summary->setText(tr("Not merged: %1").arg(tr("the case is open read-only here")));
        return false;
    }
    const qint64 a = m_shown.at(row).a.id, b = m_shown.at(row).b.id;
    m_case->write<Status>([a, b, confidence, justification](casefile::CaseSession &s, const Progress &) {
              const Result<qint64> r = s.mergeEntities(a, b, confidence, justification);
              return r ? Status() : r.status();
          })
        .then(this, [this](const Status &s) { written(s, QT_TR_NOOP("Not merged: %1")); });
    return true;
}

void IdentityView::written(const Status &s, const char *refusal)
{
    if (!s.ok()) {
        m_summary->setText(tr(refusal).arg(casefile::Message{s.message(), {}}.translated()));
        return;
    }
    emit edited(m_case ? m_case->undoText() : QString()); // the lists follow the change announcement
}

bool IdentityView::undoDecision(int row, const QString &justification)
{
    if (!m_case || row < 0 || row >= m_links.size())
        return false;
    if (justification.trimmed().isEmpty()) {
        m_summary->setText(tr("Not undone: %1").arg(tr("a justification is required: say why")));
        return false;
    }
    if (m_case->info().readOnly) {
        m_summary->setText(tr("Not undone: %1").arg(tr("the case is open read-only here")));
        return false;
    }
    const qint64 link = m_links.at(row).id;
    m_case->write<Status>([link, justification](casefile::CaseSession &s, const Progress &) { return s.undoLink(link, justification); })
        .then(this, [this](const Status &s) { written(s, QT_TR_NOOP("Not undone: %1")); });
    return true;
}

void IdentityView::askMerge()
{
    const int row = m_suggestions->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        m_summary->setText(tr("Select a suggested match first."));
        return;
    }
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Merge entities"),
                                              tr("Why are %1 and %2 the same? (recorded in the audit log)")
                                                  .arg(m_shown.at(row).a.display(), m_shown.at(row).b.display()),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const int confidence = QInputDialog::getInt(this, tr("Merge entities"), tr("Confidence (%):"), 80, 1, 100, 5, &ok);
    if (ok)
        mergeSuggestion(row, confidence, why);
}

void IdentityView::askUndo()
{
    const int row = m_decisions->currentRow();
    if (row < 0 || row >= m_links.size()) {
        m_summary->setText(tr("Select a decision first."));
        return;
    }
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Undo decision"), tr("Why is this decision withdrawn? (recorded in the audit log)"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        undoDecision(row, why);
}

void IdentityView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        renderSuggestions(); // the reasons and decision kinds are translated messages
        loadDecisions();
    }
    QWidget::changeEvent(e);
}

void IdentityView::retranslate()
{
    m_suggestTitle->setText(tr("<b>Suggested matches</b> — never applied until you merge them"));
    m_decisionTitle->setText(tr("<b>Decisions</b> — merges and owner marks, with who, when and why"));
    m_refresh->setText(tr("Refresh"));
    m_merge->setText(tr("Merge selected…"));
    m_undo->setText(tr("Undo selected…"));
    m_suggestions->setHorizontalHeaderLabels({tr("Entity"), tr("Entity"), tr("Score"), tr("Reasons")});
    m_decisions->setHorizontalHeaderLabels({tr("Decision"), tr("From"), tr("To"), tr("Confidence"), tr("Justification"), tr("By, at (UTC)"), tr("State")});
    if (!m_case)
        m_summary->setText(tr("No case open."));
    else if (!m_computing)
        m_summary->setText(tr("%n suggestion(s), ", nullptr, int(m_shown.size())) + tr("%n decision(s)", nullptr, int(m_links.size())));
}

} // namespace cb::widgets
