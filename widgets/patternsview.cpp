#include "patternsview.h"

#include "analysissupport.h"

#include "analysis/tracerun.h"
#include "money.h"
#include "session/caseworker.h"
#include "timeutil.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QUuid>
#include <QVBoxLayout>
#include <tuple>

namespace cb::widgets {

using namespace cb::casefile;
using namespace cb::casefile::analysis;

namespace {

// The figures a row shows, in this order where present (amounts are formatted in the row's currency).
const char *const kFigures[] = {"degree", "betweenness", "closeness", "eigenvector", "role", "matches", "counterparties", "calls", "shared_by", "in_minor", "out_minor", "total_minor",
                                "received_minor", "passed_minor", "kept_minor", "originated_minor", "cash_out_minor", "duration_s",
                                "payers", "loops", "shortest_hops", "returned_minor", "together", "cells", "new_number", "shared_contacts",
                                "similarity", "last_call", "first_call", "from", "to", "with"};

} // namespace

PatternsView::PatternsView(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_graph(new QComboBox(this)), m_entities(new QLineEdit(this)), m_window(new QLineEdit(this)), m_min(new QSpinBox(this)),
      m_run(new QPushButton(this)), m_cancel(new QPushButton(this)), m_bookmark(new QPushButton(this)), m_kindLabel(new QLabel(this)), m_entitiesLabel(new QLabel(this)),
      m_windowLabel(new QLabel(this)), m_minLabel(new QLabel(this)), m_graphLabel(new QLabel(this)), m_summary(new QLabel(this)), m_evidenceTitle(new QLabel(this)),
      m_results(makeResultTable(this)), m_evidence(makeResultTable(this))
{
    for (const QString &k : patternKinds())
        m_kind->addItem(QString(), k);
    m_graph->addItem(QString(), QStringLiteral("calls"));
    m_graph->addItem(QString(), QStringLiteral("money"));
    m_min->setRange(2, 1000);
    m_min->setValue(5);
    m_window->setText(QStringLiteral("24h"));
    m_window->setMaximumWidth(80);
    m_entities->setClearButtonEnabled(true);
    m_entities->setMinimumWidth(m_entities->fontMetrics().horizontalAdvance(QStringLiteral("6212260000000009001, 62122")));
    QVBoxLayout *bar = twoRowControls({{m_kindLabel, m_kind}, {m_entitiesLabel, m_entities}},
                                      {{m_windowLabel, m_window}, {m_minLabel, m_min}, {m_graphLabel, m_graph}}, {m_run, m_cancel, m_bookmark}, m_entities);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_evidenceTitle);
    lowerLayout->addWidget(m_evidence);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_results);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    m_summary->setWordWrap(true);
    m_evidence->setColumnCount(6);
    connect(m_run, &QPushButton::clicked, this, &PatternsView::run);
    connect(m_bookmark, &QPushButton::clicked, this, [this] {
        const QString run = m_result.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString();
        if (!run.isEmpty())
            emit bookmarkRequested(run);
    });
    connect(m_cancel, &QPushButton::clicked, this, &PatternsView::cancel);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { showEvidence(row); });
    connect(m_evidence, &QTableWidget::currentCellChanged, this, [this](int row) { openEvidence(row); });
    setBusy(false);
    retranslate();
}

void PatternsView::setWorker(CaseWorker *worker)
{
    m_worker = worker;
    m_result = {};
    m_error.clear();
    setBusy(false);
    showResult();
}

void PatternsView::run()
{
    if (!m_worker || m_busy)
        return;
    QStringList entities;
    for (const QString &e : m_entities->text().split(u',', Qt::SkipEmptyParts))
        if (!e.trimmed().isEmpty())
            entities << e.trimmed();
    QJsonObject o{{QStringLiteral("kind"), m_kind->currentData().toString()},
                  {QStringLiteral("entities"), QJsonArray::fromStringList(entities)},
                  {QStringLiteral("min_counterparties"), m_min->value()},
                  {QStringLiteral("graph"), m_graph->currentData().toString()}};
    const QString window = m_window->text().trimmed().toLower();
    const qint64 unit = window.endsWith(u'd') ? 86400 : window.endsWith(u'h') ? 3600 : window.endsWith(u'm') ? 60 : 1;
    bool ok = false;
    const qint64 n = (unit == 1 ? window : window.chopped(1)).toLongLong(&ok);
    if (!ok || n <= 0) {
        m_error = tr("The window is a duration such as 24h, 90m or 3d.");
        retranslate();
        return;
    }
    o.insert(QStringLiteral("window_s"), n * unit);
    const Result<PatternParams> params = patternParamsFromJson(o);
    if (!params) {
        m_error = params.status().message();
        retranslate();
        return;
    }
    m_token = Progress();
    m_error.clear();
    setBusy(true);
    runSavedAnalysis(
        m_worker, this, [p = params.value(), token = m_token](CaseSession &session) { return patternAndRecord(session, p, token); },
        [this](const Result<TraceRun> &r) {
            setBusy(false);
            if (!r) {
                m_error = r.status().is(ErrorCode::Cancelled) ? tr("The analysis was cancelled; nothing was saved.") : r.status().message();
                retranslate();
                return;
            }
            m_result = r.value().json;
            showResult();
        });
}

void PatternsView::cancel()
{
    m_token.cancel();
}

void PatternsView::setBusy(bool busy)
{
    m_busy = busy;
    m_run->setEnabled(!busy && m_worker);
    m_cancel->setEnabled(busy);
    retranslate();
}

void PatternsView::showResult()
{
    const QJsonArray rows = m_result.value(QStringLiteral("rows")).toArray();
    const bool path = m_result.value(QStringLiteral("kind")).toString() == u"path";
    QStringList keys;
    for (const char *k : kFigures)
        for (const QJsonValue &r : rows)
            if (r.toObject().contains(QLatin1String(k)) && !keys.contains(QLatin1String(k))) {
                keys << QLatin1String(k);
                break;
            }
    if (path)
        keys = {QStringLiteral("hop"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("via"), QStringLiteral("time")};
    const int current = m_results->currentRow(), currentEvidence = m_evidence->currentRow();
    m_results->clear();
    m_results->setColumnCount(int(keys.size()) + (path ? 0 : 2));
    m_results->setRowCount(int(rows.size()));
    const QHash<QString, QString> titles = {
        {QStringLiteral("role"), tr("Role")}, {QStringLiteral("matches"), tr("Matches")}, {QStringLiteral("counterparties"), tr("Counterparties")},
        {QStringLiteral("calls"), tr("Calls")}, {QStringLiteral("shared_by"), tr("Shared by")}, {QStringLiteral("in_minor"), tr("In")},
        {QStringLiteral("out_minor"), tr("Out")}, {QStringLiteral("total_minor"), tr("Total")}, {QStringLiteral("received_minor"), tr("Received")},
        {QStringLiteral("passed_minor"), tr("Passed on")}, {QStringLiteral("kept_minor"), tr("Kept")}, {QStringLiteral("originated_minor"), tr("Own money out")},
        {QStringLiteral("cash_out_minor"), tr("Cash out")}, {QStringLiteral("duration_s"), tr("Duration (s)")}, {QStringLiteral("payers"), tr("Payers")},
        {QStringLiteral("from"), tr("From")}, {QStringLiteral("to"), tr("To")}, {QStringLiteral("with"), tr("With")}, {QStringLiteral("hop"), tr("Hop")},
        {QStringLiteral("via"), tr("Via")}, {QStringLiteral("time"), tr("Time")}, {QStringLiteral("loops"), tr("Loops")},
        {QStringLiteral("shortest_hops"), tr("Shortest (hops)")}, {QStringLiteral("returned_minor"), tr("Came back")},
        {QStringLiteral("together"), tr("Times together")}, {QStringLiteral("cells"), tr("Cells")}, {QStringLiteral("new_number"), tr("New number")},
        {QStringLiteral("shared_contacts"), tr("Shared contacts")}, {QStringLiteral("similarity"), tr("Similarity")},
        {QStringLiteral("degree"), tr("Partners")}, {QStringLiteral("betweenness"), tr("Betweenness")},
        {QStringLiteral("closeness"), tr("Closeness")}, {QStringLiteral("eigenvector"), tr("Eigenvector")},
        {QStringLiteral("last_call"), tr("Last call")}, {QStringLiteral("first_call"), tr("First call of the new number")}};
    QStringList headers = path ? QStringList() : QStringList{tr("Entity")};
    for (const QString &k : keys)
        headers << titles.value(k, k);
    if (!path)
        headers << tr("Records cited");
    m_results->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows.at(i).toObject();
        const QString currency = r.value(QStringLiteral("currency")).toString();
        int c = 0;
        auto put = [&](const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(i, c++, item);
        };
        if (!path)
            put(r.value(QStringLiteral("entity")).toString(), false);
        for (const QString &k : std::as_const(keys)) {
            const QJsonValue v = r.value(k);
            put(k.endsWith(QStringLiteral("_minor")) ? formatMinor(v.toInteger(), currency)
                : v.isArray()                         ? v.toVariant().toStringList().join(QStringLiteral(", "))
                                                      : v.toVariant().toString(),
                v.isDouble());
        }
        if (!path)
            put(QString::number(r.value(QStringLiteral("evidence")).toArray().size()), true);
    }
    m_results->resizeColumnsToContents();
    m_evidence->setRowCount(0);
    if (current >= 0 && current < rows.size()) { // a retranslation keeps what was selected
        const QSignalBlocker block(m_evidence);
        m_results->setCurrentCell(current, 0);
        showEvidence(current);
        m_evidence->setCurrentCell(currentEvidence, 0);
    }
    retranslate();
}

void PatternsView::showEvidence(int row)
{
    const QJsonArray rows = m_result.value(QStringLiteral("rows")).toArray();
    const QJsonObject r = rows.at(row).toObject();
    // A path's step is its own evidence; other rows list theirs.
    const QJsonArray evidence = r.contains(QStringLiteral("evidence")) ? r.value(QStringLiteral("evidence")).toArray() : QJsonArray{r};
    const QTimeZone zone(m_worker ? m_worker->info().settings.timezone.toUtf8() : QByteArray("UTC"));
    m_evidence->setRowCount(int(evidence.size()));
    for (int i = 0; i < evidence.size(); ++i) {
        const QJsonObject e = evidence.at(i).toObject();
        const QDateTime at = QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODate);
        const bool call = e.contains(QStringLiteral("call"));
        const QString what = call ? tr("call, %n s", nullptr, e.value(QStringLiteral("duration_s")).toInt())
                                  : formatMinor(e.value(QStringLiteral("amount_minor")).toInteger(), e.value(QStringLiteral("currency")).toString()) +
                                        u' ' + e.value(QStringLiteral("currency")).toString();
        const QStringList cells{at.isValid() ? displayTime(at.toMSecsSinceEpoch(), zone) : e.value(QStringLiteral("time")).toString(),
                                e.value(call ? QStringLiteral("from") : QStringLiteral("account")).toString(),
                                e.value(call ? QStringLiteral("to") : QStringLiteral("counterparty")).toString(), what,
                                e.value(QStringLiteral("source")).toObject().value(QStringLiteral("file")).toString(),
                                e.value(QStringLiteral("source")).toObject().value(QStringLiteral("locator")).toString()};
        for (int c = 0; c < cells.size(); ++c)
            m_evidence->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_evidence->resizeColumnsToContents();
}

void PatternsView::openEvidence(int row)
{
    const QJsonObject r = m_result.value(QStringLiteral("rows")).toArray().at(m_results->currentRow()).toObject();
    const QJsonArray evidence = r.contains(QStringLiteral("evidence")) ? r.value(QStringLiteral("evidence")).toArray() : QJsonArray{r};
    if (!m_worker || row < 0 || row >= evidence.size())
        return;
    const QJsonObject e = evidence.at(row).toObject();
    const bool call = e.contains(QStringLiteral("call"));
    const QByteArray uuid = QUuid::fromString(e.value(call ? QStringLiteral("call") : QStringLiteral("transaction")).toString()).toRfc4122();
    m_worker->read<qint64>([uuid, call](CaseFile &cf, const Progress &) {
        return cf.db().scalar(call ? "SELECT id FROM calls WHERE uuid = ?" : "SELECT id FROM transactions WHERE uuid = ?", {uuid}).toLongLong();
    }).then(this, [this, call](qint64 id) {
        if (id > 0)
            emit recordSelected(call ? RecordKind::Calls : RecordKind::Transactions, id);
    });
}

QString PatternsView::status() const
{
    return m_summary->text();
}

void PatternsView::retranslate()
{
    const QStringList titles = {tr("Fast in, fast out (快进快出)"), tr("Fan-in: many payers"), tr("Fan-out: many payees"),
                                tr("Flow roles: source, transit, sink"), tr("Accounts to request statements of"), tr("Common counterparties"),
                                tr("Top contacts of a number"), tr("Common contacts"), tr("Path from one entity to another"),
                                tr("Money that came back (资金回路)"), tr("Numbers that met at a cell (碰面)"), tr("Number changes (换号)"),
                                tr("Who holds the call network together (centrality)")};
    for (int i = 0; i < titles.size() && i < m_kind->count(); ++i)
        m_kind->setItemText(i, titles.at(i));
    m_kindLabel->setText(tr("&Pattern:"));
    m_entitiesLabel->setText(tr("&Entities:"));
    m_entities->setPlaceholderText(tr("accounts or numbers, comma-separated (common, top contacts, path; accounts to request: the victims' accounts)"));
    m_windowLabel->setText(tr("&Window:"));
    m_minLabel->setText(tr("&Min. counterparties:"));
    m_graphLabel->setText(tr("&Graph:"));
    m_graph->setItemText(0, tr("calls"));
    m_graph->setItemText(1, tr("money"));
    m_run->setText(tr("&Analyze"));
    m_cancel->setText(tr("Cancel"));
    m_bookmark->setText(tr("&Bookmark as exhibit…"));
    m_bookmark->setEnabled(!m_busy && !m_result.value(QStringLiteral("run")).toObject().isEmpty());
    m_evidenceTitle->setText(tr("<b>Records it rests on</b> — select one to see it and its source row in Details"));
    m_evidence->setHorizontalHeaderLabels({tr("Time"), tr("Account / from"), tr("Counterparty / to"), tr("Amount / call"), tr("Source file"), tr("Row")});
    if (!m_worker)
        m_summary->setText(tr("No case open."));
    else if (m_busy)
        m_summary->setText(tr("Analyzing… (Cancel stops it; nothing is saved then)"));
    else if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else if (m_result.isEmpty())
        m_summary->setText(tr("Choose a pattern. Every analysis is saved as a run with the SHA-256 of the rows it read."));
    else
        m_summary->setText(tr("Run %1: %n row(s) found.", nullptr, m_result.value(QStringLiteral("rows_found")).toInt())
                               .arg(m_result.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString()));
}

void PatternsView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        showResult(); // its headers and the rest
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
