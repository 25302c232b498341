#include "analysisview.h"

#include "analysissupport.h"

#include "analysis/runs.h"
#include "analysis/tracerun.h"
#include "money.h"
#include "timeutil.h"
#include "session/caseworker.h"

#include <QComboBox>
#include <QDateTime>
#include <QTimeZone>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <tuple>

namespace cb::widgets {

using namespace cb::casefile;
using namespace cb::casefile::analysis;

namespace {

const QList<Allocation> kRules = {Allocation::Fifo, Allocation::Libr, Allocation::Proportional, Allocation::None};

void setRow(QTableWidget *t, int row, const QStringList &cells, const QList<int> &rightAligned = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

QWidget *titled(QLabel *title, QWidget *body)
{
    auto *w = new QWidget;
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(title);
    l->addWidget(body);
    return w;
}

} // namespace

AnalysisView::AnalysisView(QWidget *parent)
    : QWidget(parent), m_account(new QLineEdit(this)), m_allocation(new QComboBox(this)), m_direction(new QComboBox(this)), m_hops(new QSpinBox(this)),
      m_minAmount(new QLineEdit(this)), m_run(new QPushButton(this)), m_cancel(new QPushButton(this)), m_bookmark(new QPushButton(this)), m_showTimeline(new QPushButton(this)), m_showChart(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_runsTitle(new QLabel(this)), m_flowsTitle(new QLabel(this)), m_endsTitle(new QLabel(this)),
      m_accountLabel(new QLabel(this)), m_ruleLabel(new QLabel(this)), m_hopsLabel(new QLabel(this)), m_minLabel(new QLabel(this)),
      m_directionLabel(new QLabel(this)), m_runs(makeResultTable(this, 5)), m_flows(makeResultTable(this, 8)), m_endpoints(makeResultTable(this, 3))
{
    for (int i = 0; i < kRules.size(); ++i)
        m_allocation->addItem(QString(), allocationName(kRules.at(i)));
    m_direction->addItem(QString(), QStringLiteral("down"));
    m_direction->addItem(QString(), QStringLiteral("up"));
    m_hops->setRange(1, 20);
    m_hops->setValue(6);
    m_account->setClearButtonEnabled(true);
    m_minAmount->setMaximumWidth(120);
    m_account->setMinimumWidth(m_account->fontMetrics().horizontalAdvance(QStringLiteral("6228 4800 0000 0001 0080")) + 30);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    QVBoxLayout *bar = twoRowControls({{m_accountLabel, m_account}, {m_ruleLabel, m_allocation}},
                                      {{m_directionLabel, m_direction}, {m_hopsLabel, m_hops}, {m_minLabel, m_minAmount}},
                                      {m_run, m_cancel, m_progress, m_bookmark, m_showTimeline, m_showChart}, m_account);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(titled(m_flowsTitle, m_flows));
    right->addWidget(titled(m_endsTitle, m_endpoints));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(titled(m_runsTitle, m_runs));
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    m_summary->setWordWrap(true);
    connect(m_run, &QPushButton::clicked, this, [this] { trace(m_account->text()); });
    connect(m_account, &QLineEdit::returnPressed, this, [this] { trace(m_account->text()); });
    connect(m_bookmark, &QPushButton::clicked, this, [this] {
        const QString run = m_shown.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString();
        if (!run.isEmpty())
            emit bookmarkRequested(run);
    });
    connect(m_showTimeline, &QPushButton::clicked, this, [this] {
        if (const QStringList accounts = shownAccounts(); !accounts.isEmpty())
            emit timelineRequested(accounts);
    });
    connect(m_showChart, &QPushButton::clicked, this, [this] {
        if (const QStringList accounts = shownAccounts(); !accounts.isEmpty())
            emit chartRequested(accounts);
    });
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisView::cancel);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &AnalysisView::retranslate);
    connect(m_runs, &QTableWidget::currentCellChanged, this, [this](int row) { showRun(row); });
    connect(m_flows, &QTableWidget::currentCellChanged, this, [this](int row) { openFlow(row); });
    setBusy(false);
    retranslate();
}

QStringList AnalysisView::shownAccounts() const
{
    QStringList accounts{m_shown.value(QStringLiteral("origin")).toString()};
    for (const QJsonValue &v : m_shown.value(QStringLiteral("flows")).toArray())
        for (const char *key : {"from", "to"}) {
            const QString a = v.toObject().value(QLatin1String(key)).toString();
            if (!a.isEmpty() && !accounts.contains(a) && accounts.size() < 12)
                accounts << a;
        }
    accounts.removeAll(QString());
    return accounts;
}

void AnalysisView::setWorker(CaseWorker *worker)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    m_shown = {};
    m_error.clear();
    if (m_worker)
        connect(m_worker, &CaseWorker::changed, this, [this](const Change &c) {
            if (c.touches(ObjectKind::Runs))
                refreshRuns();
        });
    setBusy(false);
    refreshRuns();
    showResult({});
}

void AnalysisView::trace(const QString &account)
{
    if (!m_worker || m_busy || account.trimmed().isEmpty())
        return;
    QJsonObject params{{QStringLiteral("from"), account.trimmed()},
                       {QStringLiteral("hops"), m_hops->value()},
                       {QStringLiteral("direction"), m_direction->currentData().toString()},
                       {QStringLiteral("allocation"), m_allocation->currentData().toString()}};
    const QString min = m_minAmount->text().trimmed();
    m_token = Progress();
    m_error.clear();
    setBusy(true);
    runSavedAnalysis(
        m_worker, this,
        [params, min, token = m_token](CaseSession &session) -> Result<TraceRun> {
            Result<TraceParams> p = traceParamsFromJson(session.caseFile(), params);
            if (!p)
                return p.status();
            if (!min.isEmpty()) {
                Ledger probe(session.caseFile());
                const auto &rows = probe.rowsOf(p.value().origin);
                const std::optional<qint64> minor = parseMinorUnits(min, rows.empty() ? QStringLiteral("CNY") : rows.front().currency);
                if (!minor)
                    return Status::error(ErrorCode::Invalid, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the smallest payment is an amount such as 1000 or 1000.50")));
                p.value().minAmountMinor = *minor;
            }
            return traceAndRecord(session, p.value(), token);
        },
        [this](const Result<TraceRun> &r) {
            setBusy(false);
            if (!r) {
                m_error = r.status().is(ErrorCode::Cancelled) ? tr("The trace was cancelled; nothing was saved.") : r.status().message();
                retranslate();
                return;
            }
            m_shown = r.value().json;
            showResult(m_shown);
        });
}

void AnalysisView::cancel()
{
    m_token.cancel();
}

void AnalysisView::setBusy(bool busy)
{
    m_busy = busy;
    m_run->setEnabled(!busy && m_worker);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void AnalysisView::refreshRuns()
{
    const quint64 generation = ++m_generation;
    if (!m_worker) {
        m_runRows.clear();
        m_runs->setRowCount(0);
        return;
    }
    m_worker->read<QList<QJsonObject>>([](CaseFile &cf, const Progress &) {
        QList<QJsonObject> out;
        for (const AnalysisRun &r : runsOf(cf))
            if (r.kind == u"trace") // the Patterns tab lists the others
                out.append(r.toJson(true));
        return out;
    }).then(this, [this, generation](const QList<QJsonObject> &runs) {
        if (generation != m_generation)
            return;
        m_runRows = runs;
        m_runs->setRowCount(int(runs.size()));
        for (int i = 0; i < runs.size(); ++i) {
            const QJsonObject &r = runs.at(i);
            const QJsonObject p = r.value(QStringLiteral("parameters")).toObject();
            setRow(m_runs, i, {r.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("from")).toString(),
                               p.value(QStringLiteral("allocation")).toString(), r.value(QStringLiteral("investigator")).toString(),
                               r.value(QStringLiteral("data_sha256")).toString().left(12)});
        }
        m_runs->resizeColumnsToContents();
        retranslate();
    });
}

void AnalysisView::showRun(int row)
{
    if (m_busy || row < 0 || row >= m_runRows.size())
        return;
    QJsonObject result = m_runRows.at(row).value(QStringLiteral("result")).toObject();
    result.insert(QStringLiteral("run"), QJsonObject{{QStringLiteral("id"), m_runRows.at(row).value(QStringLiteral("id"))},
                                                    {QStringLiteral("data_sha256"), m_runRows.at(row).value(QStringLiteral("data_sha256"))}});
    m_shown = result;
    showResult(result);
}

void AnalysisView::showResult(const QJsonObject &t)
{
    const QString currency = t.value(QStringLiteral("currency")).toString();
    auto money = [&currency](const QJsonValue &v) { return formatMinor(v.toInteger(), currency); };
    // Times in the case's zone (named in the column's title), as every table shows them.
    const QTimeZone zone(m_worker ? m_worker->info().settings.timezone.toUtf8() : QByteArray("UTC"));
    auto when = [&zone](const QJsonValue &iso) {
        const QDateTime at = QDateTime::fromString(iso.toString(), Qt::ISODate);
        return at.isValid() && zone.isValid() ? displayTime(at.toMSecsSinceEpoch(), zone) : iso.toString();
    };
    const QJsonArray flows = t.value(QStringLiteral("flows")).toArray();
    m_flows->setRowCount(int(flows.size()));
    for (int i = 0; i < flows.size(); ++i) {
        const QJsonObject f = flows.at(i).toObject();
        const QJsonObject src = f.value(QStringLiteral("source")).toObject();
        const QString to = f.value(QStringLiteral("cash")).toBool() ? tr("cash") : f.value(QStringLiteral("to")).toString();
        setRow(m_flows, i,
               {QString::number(f.value(QStringLiteral("hop")).toInt()), when(f.value(QStringLiteral("time"))),
                f.value(QStringLiteral("from")).toString(), to.isEmpty() ? tr("(no counterparty)") : to, money(f.value(QStringLiteral("traced_minor"))),
                money(f.value(QStringLiteral("amount_minor"))), src.value(QStringLiteral("file")).toString(), src.value(QStringLiteral("locator")).toString()},
               {0, 4, 5});
    }
    const QJsonArray ends = t.value(QStringLiteral("endpoints")).toArray();
    m_endpoints->setRowCount(int(ends.size()));
    for (int i = 0; i < ends.size(); ++i) {
        const QJsonObject e = ends.at(i).toObject();
        const QString status = e.value(QStringLiteral("status")).toString();
        const QString account = e.value(QStringLiteral("account")).toString();
        const QString title = status == u"unrequested" && account.isEmpty() ? tr("paid out to no named account")
                              : status == u"held"                           ? tr("held in the account")
                              : status == u"cash"        ? tr("withdrawn as cash")
                              : status == u"unrequested" ? tr("statement not requested yet")
                              : status == u"hop_limit"   ? tr("hop limit reached")
                                                         : tr("below the smallest payment");
        setRow(m_endpoints, i, {title, account.isEmpty() && status != u"cash" ? tr("(no counterparty)") : account, money(e.value(QStringLiteral("traced_minor")))}, {2});
    }
    m_flows->resizeColumnsToContents();
    m_endpoints->resizeColumnsToContents();
    retranslate();
}

void AnalysisView::openFlow(int row)
{
    const QJsonArray flows = m_shown.value(QStringLiteral("flows")).toArray();
    if (!m_worker || row < 0 || row >= flows.size())
        return;
    const QByteArray uuid = QUuid::fromString(flows.at(row).toObject().value(QStringLiteral("transaction")).toString()).toRfc4122();
    m_worker->read<qint64>([uuid](CaseFile &cf, const Progress &) {
        return cf.db().scalar("SELECT id FROM transactions WHERE uuid = ?", {uuid}).toLongLong();
    }).then(this, [this](qint64 id) {
        if (id > 0)
            emit recordSelected(RecordKind::Transactions, id);
    });
}

QString AnalysisView::status() const
{
    return m_summary->text();
}

void AnalysisView::retranslate()
{
    const bool up = m_direction->currentData().toString() == u"up";
    m_accountLabel->setText(tr("&Account:"));
    m_account->setPlaceholderText(up ? tr("account or card number the money reached") : tr("account or card number the money left"));
    m_directionLabel->setText(tr("&Follow:"));
    m_direction->setItemText(0, tr("where the money went"));
    m_direction->setItemText(1, tr("where the money came from"));
    m_ruleLabel->setText(tr("&Rule:"));
    const QStringList rules = {tr("FIFO (Clayton's case)"), tr("Lowest intermediate balance"), tr("Pro rata"), tr("Paths only")};
    for (int i = 0; i < rules.size(); ++i)
        m_allocation->setItemText(i, rules.at(i));
    m_hopsLabel->setText(tr("&Hops:"));
    m_minLabel->setText(tr("&Smallest payment:"));
    m_minAmount->setPlaceholderText(tr("all"));
    m_run->setText(tr("&Trace"));
    m_cancel->setText(tr("Cancel"));
    m_bookmark->setText(tr("&Bookmark as exhibit…"));
    m_bookmark->setEnabled(!m_busy && !m_shown.value(QStringLiteral("run")).toObject().isEmpty());
    m_showTimeline->setText(tr("Show on &Timeline"));
    m_showTimeline->setToolTip(tr("The traced accounts as the timeline's lanes: when the money arrived and left"));
    m_showTimeline->setEnabled(!m_busy && !m_shown.value(QStringLiteral("flows")).toArray().isEmpty());
    m_showChart->setText(tr("Show on &Chart"));
    m_showChart->setToolTip(tr("The traced accounts on the link chart: the money between them and who holds them"));
    m_showChart->setEnabled(m_showTimeline->isEnabled());
    m_runsTitle->setText(tr("<b>Saved runs</b>"));
    m_flowsTitle->setText(tr("<b>Flows</b> — select one to see its transaction and source row in Details"));
    m_endsTitle->setText(tr("<b>Where the money ended</b>"));
    m_runs->setHorizontalHeaderLabels({tr("Run"), tr("From"), tr("Rule"), tr("Investigator"), tr("Data SHA-256")});
    const QString zone = m_worker ? m_worker->info().settings.timezone : QString();
    m_flows->setHorizontalHeaderLabels({tr("Hop"), zone.isEmpty() ? tr("Time") : tr("Time (%1)").arg(zone), tr("From"), tr("To"), tr("Traced"), tr("Amount"), tr("Source file"), tr("Row")});
    m_endpoints->setHorizontalHeaderLabels({tr("Ended"), tr("Account"), tr("Traced")});
    if (!m_worker) {
        m_summary->setText(tr("No case open."));
    } else if (m_busy) {
        m_summary->setText(tr("Tracing… (Cancel stops it; nothing is saved then)"));
    } else if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
    } else if (m_shown.isEmpty()) {
        m_summary->setText(tr("Enter the account and choose a rule. Every run is saved with the SHA-256 of the rows it read."));
    } else {
        const QString currency = m_shown.value(QStringLiteral("currency")).toString();
        const bool shownUp = m_shown.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("direction")).toString() == u"up";
        const int flows = int(m_shown.value(QStringLiteral("flows")).toArray().size());
        m_summary->setText((shownUp ? tr("Run %1: %2 %3 paid into %4, followed back up to %5 hops under %6; %n flow(s).", nullptr, flows)
                                    : tr("Run %1: %2 %3 paid out of %4, followed up to %5 hops under %6; %n flow(s).", nullptr, flows))
                               .arg(m_shown.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString(),
                                    formatMinor(m_shown.value(QStringLiteral("origin_minor")).toInteger(), currency), currency,
                                    m_shown.value(QStringLiteral("origin")).toString(),
                                    QString::number(m_shown.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("hops")).toInt()),
                                    m_allocation->itemText(qMax(0, m_allocation->findData(m_shown.value(QStringLiteral("allocation")).toString())))));
    }
}

void AnalysisView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        showResult(m_shown);
    }
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
