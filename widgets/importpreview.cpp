#include "importpreview.h"

#include "money.h"
#include "timeutil.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace cb::casefile;

ImportPreview::ImportPreview(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_problems(new QLabel(this)), m_table(new QTableWidget(this))
{
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #a12622;"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
}

void ImportPreview::showWorking()
{
    m_summary->setText(tr("Reading the first rows…"));
}

void ImportPreview::setRows(const QStringList &headers, const QList<QStringList> &rows)
{
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            item->setToolTip(rows[r][c]);
            if (headers.value(c) == tr("Amount") || headers.value(c) == tr("Balance") || headers.value(c) == tr("Duration"))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
}

static QString directionLabel(CallDirection d)
{
    switch (d) {
    case CallDirection::Out: return ImportPreview::tr("outgoing");
    case CallDirection::In: return ImportPreview::tr("incoming");
    case CallDirection::Missed: return ImportPreview::tr("missed");
    case CallDirection::Unknown: break;
    }
    return ImportPreview::tr("unknown");
}

void ImportPreview::showPreview(const importers::FilePreview &p, const QTimeZone &zone)
{
    const QString zoneName = QString::fromUtf8(zone.id());
    const QString when = tr("Time (%1)").arg(zoneName);
    QList<QStringList> rows;
    if (!p.transactions.isEmpty()) {
        for (const TransactionRecord &t : p.transactions)
            rows << QStringList{displayTime(t.time.utcMs, zone), t.account.isEmpty() && t.ownerUnknown ? tr("(not stated)") : t.account,
                                formatMinor(t.amountMinor, t.currency) + u' ' + t.currency,
                                t.balanceMinor ? formatMinor(*t.balanceMinor, t.currency) : QString(),
                                t.counterpartyName.isEmpty() ? t.counterpartyAccount : t.counterpartyAccount + QStringLiteral(" · ") + t.counterpartyName,
                                t.description, t.locator};
        setRows({when, tr("Account"), tr("Amount"), tr("Balance"), tr("Counterparty"), tr("Description"), tr("Row")}, rows);
    } else if (!p.calls.isEmpty()) {
        for (const CallRecord &c : p.calls)
            rows << QStringList{displayTime(c.start.utcMs, zone), c.subscriber, directionLabel(c.direction), c.otherParty,
                                c.durationS ? formatDuration(*c.durationS) : QString(), c.cellId, c.imei, c.locator};
        setRows({when, tr("Subscriber"), tr("Direction"), tr("Other party"), tr("Duration"), tr("Cell"), tr("IMEI"), tr("Row")}, rows);
    } else if (!p.cellSites.isEmpty()) {
        for (const CellSiteRecord &s : p.cellSites)
            rows << QStringList{s.cellId, s.lat ? QString::number(*s.lat, 'f', 6) : QString(), s.lon ? QString::number(*s.lon, 'f', 6) : QString(),
                                s.azimuth ? QString::number(*s.azimuth) : QString(), s.address, s.locator};
        setRows({tr("Cell"), tr("Latitude"), tr("Longitude"), tr("Azimuth"), tr("Address"), tr("Row")}, rows);
    } else if (!p.balances.isEmpty()) {
        for (const BalanceRecord &b : p.balances)
            rows << QStringList{displayTime(b.time.utcMs, zone), b.account, formatMinor(b.balanceMinor, b.currency) + u' ' + b.currency, b.locator};
        setRows({when, tr("Account"), tr("Balance"), tr("Row")}, rows);
    } else {
        setRows({}, {});
    }
    QString summary;
    if (!p.status.ok())
        summary = tr("The file would be refused, nothing imported: %1")
                      .arg(Message{p.status.messageTemplate(), p.status.messageArgs()}.translated()); // in the analyst's language
    else if (p.recordCount() == 0 && p.others > 0)
        summary = tr("The file holds %n record(s) of other kinds (messages, contacts, locations…), imported as they are.", nullptr, int(p.others));
    else if (p.complete)
        summary = tr("All %n record(s) of the file, as they will be imported.", nullptr, p.recordCount());
    else
        summary = tr("The first %n record(s), as they will be imported.", nullptr, p.recordCount());
    if (!p.profile.isEmpty() && p.status.ok())
        summary += u' ' + tr("Mapping: %1.").arg(p.profile);
    m_summary->setText(summary);
    QStringList lines;
    for (const Diagnostic &d : p.problems)
        if (d.severity != Severity::Info)
            lines << QStringLiteral("%1: %2").arg(d.locator, d.message.translated());
    if (p.rejected > 0)
        lines.prepend(tr("%n row(s) of those read would be rejected:", nullptr, int(p.rejected)));
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace cb::widgets
