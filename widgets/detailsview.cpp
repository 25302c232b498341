#include "detailsview.h"

#include "common/textdecoder.h"
#include "displayproxy.h"
#include "entityview.h"
#include "session/caseworker.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QStringDecoder>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace cb::casefile;

namespace {

QString kindTitle(RecordKind k)
{
    switch (k) {
    case RecordKind::Transactions: return DetailsView::tr("Transaction");
    case RecordKind::Calls: return DetailsView::tr("Call");
    case RecordKind::Messages: return DetailsView::tr("Message");
    case RecordKind::Contacts: return DetailsView::tr("Contact entry");
    case RecordKind::Locations: return DetailsView::tr("Location");
    case RecordKind::CellSites: return DetailsView::tr("Cell site");
    case RecordKind::Balances: return DetailsView::tr("Stated balance");
    case RecordKind::Artifacts: return DetailsView::tr("Phone artifact");
    }
    return {};
}

QString recordCount(RecordKind k, qint64 n)
{
    const int c = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    switch (k) {
    case RecordKind::Transactions: return DetailsView::tr("%n transaction(s)", nullptr, c);
    case RecordKind::Calls: return DetailsView::tr("%n call(s)", nullptr, c);
    case RecordKind::Messages: return DetailsView::tr("%n message(s)", nullptr, c);
    case RecordKind::Contacts: return DetailsView::tr("%n contact entry(s)", nullptr, c);
    case RecordKind::Locations: return DetailsView::tr("%n location(s)", nullptr, c);
    case RecordKind::CellSites: return DetailsView::tr("%n cell site(s)", nullptr, c);
    case RecordKind::Balances: return DetailsView::tr("%n stated balance(s)", nullptr, c);
    case RecordKind::Artifacts: return DetailsView::tr("%n phone artifact(s)", nullptr, c);
    }
    return {};
}

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px; white-space:nowrap' valign='top'>%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), valueHtml);
}

// The original bytes as text: UTF-8 when they are, else what the importers would have detected.
QString decoded(const QByteArray &bytes, const QByteArray &context)
{
    const importers::EncodingGuess guess = importers::detectEncoding(context + '\n' + bytes);
    QStringDecoder decoder(guess.name.isEmpty() ? "UTF-8" : guess.name.toLatin1().constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(bytes);
}

} // namespace

DetailsView::DetailsView(QWidget *parent) : QWidget(parent), m_text(new QTextBrowser(this)), m_zone(QTimeZone::utc())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setOpenLinks(false);
    render();
}

void DetailsView::setWorker(CaseWorker *worker, const QTimeZone &zone)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    m_zone = zone;
    m_id = 0;
    ++m_generation;
    m_shown.reset();
    if (m_worker)
        connect(m_worker, &CaseWorker::changed, this, &DetailsView::onChanged);
    render();
}

void DetailsView::onChanged(const Change &change)
{
    // Its tags, notes, role or the labels of its parties may have changed.
    if (!(change.touches(ObjectKind::Tags) || change.touches(ObjectKind::Notes) || change.touches(ObjectKind::Entities) ||
          change.touches(ObjectKind::Links) || change.touches(ObjectKind::Roles)))
        return;
    if (m_entityId)
        showEntity(m_entityId);
    else if (m_id)
        showRecord(m_kind, m_id);
}

void DetailsView::showEntity(qint64 id)
{
    m_id = 0;
    m_entityId = id;
    const quint64 generation = ++m_generation;
    m_shown.reset();
    if (!m_worker || id == 0) {
        m_entity.reset();
        render();
        return;
    }
    m_loading = true;
    m_worker->read<Result<EntityDetail>>([id](CaseFile &cf, const Progress &) { return entityDetail(cf, id); })
        .then(this, [this, generation](const Result<EntityDetail> &d) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (d)
                m_entity = d.value();
            else
                m_entity.reset();
            render();
            emit loaded();
        });
}

QString DetailsView::entityHtml() const
{
    const EntityDetail &d = *m_entity;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0'>").arg(d.entity.label.toHtmlEscaped());
    if (!d.entity.name.isEmpty() && d.entity.name != d.entity.label)
        html += row(tr("Name"), d.entity.name.toHtmlEscaped());
    html += row(tr("Kind"), entityKindTitle(d.entity.kind).toHtmlEscaped());
    if (d.entity.role != Role::None)
        html += row(tr("Role"), QStringLiteral("<b>%1</b> — %2").arg(roleTitle(d.entity.role).toHtmlEscaped(),
                                                                     tr("by %1, %2").arg(d.roleActor, localTime(d.roleSetAt)).toHtmlEscaped()) +
                                    (d.roleJustification.isEmpty() ? QString() : QStringLiteral("<br>") + d.roleJustification.toHtmlEscaped()));
    if (!d.tags.isEmpty())
        html += row(tr("Tags"), d.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList counts;
    for (const auto &[kind, n] : d.records)
        counts << recordCount(kind, n);
    if (!counts.isEmpty())
        html += row(tr("Records naming it"), counts.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(tr("Entity UUID"), QStringLiteral("<code>%1</code>").arg(d.entity.uuid));
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing='0'>").arg(tr("Identifiers and where each came from").toHtmlEscaped());
    for (const IdentifierOrigin &i : d.identifiers)
        html += row(i.type + (i.partial ? tr(" (partial)") : QString()),
                    QStringLiteral("%1 <span style='color:#555'>— %2</span>")
                        .arg(i.value.toHtmlEscaped(), (i.sourceFile.isEmpty() ? tr("entered by an analyst") : i.sourceFile + QStringLiteral(" : ") + i.locator)
                                                          .toHtmlEscaped()));
    html += QStringLiteral("</table>");
    if (!d.links.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Merges and owner marks").toHtmlEscaped());
        for (const AnalystLink &l : d.links)
            html += QStringLiteral("<p>%1 ⟷ %2 (%3 %, %4)<br><i>%5</i>%6</p>")
                        .arg(l.from.label.toHtmlEscaped(), l.to.label.toHtmlEscaped())
                        .arg(l.confidence)
                        .arg(tr("by %1, %2").arg(l.actor, localTime(l.createdAt)).toHtmlEscaped(), l.justification.toHtmlEscaped(),
                             l.undoneAt.isEmpty() ? QString() : QStringLiteral("<br>") + tr("undone by %1, %2").arg(l.undoneBy, localTime(l.undoneAt)).toHtmlEscaped());
    }
    for (const NoteRow &n : d.notes)
        html += QStringLiteral("<p style='background:#fff8dc; padding:4px'><b>%1</b> %2<br>%3</p>")
                    .arg(tr("Note").toHtmlEscaped(), tr("by %1, %2").arg(n.author, localTime(n.createdAt)).toHtmlEscaped(), n.text.toHtmlEscaped());
    return html;
}

void DetailsView::showRecord(RecordKind kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    m_entityId = 0;
    m_entity.reset();
    const quint64 generation = ++m_generation;
    if (!m_worker || id == 0) {
        m_shown.reset();
        render();
        return;
    }
    m_loading = true;
    m_worker
        ->read<Result<Shown>>([kind, id](CaseFile &cf, const Progress &) -> Result<Shown> {
            Result<RecordDetail> d = recordDetail(cf, kind, id);
            if (!d)
                return d.status();
            const Target t{recordKindName(kind), id};
            return Shown{d.value(), tagsOf(cf, t), notesOf(cf, t)};
        })
        .then(this, [this, generation](const Result<Shown> &shown) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (shown)
                m_shown = shown.value();
            else
                m_shown.reset();
            render();
            emit loaded();
        });
}

// A stored UTC instant (ISO 8601) in the case's zone, the zone named.
QString DetailsView::localTime(const QString &isoUtc) const
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? displayTime(t.toMSecsSinceEpoch(), m_zone) : isoUtc;
}

QString DetailsView::originalHtml() const
{
    const RecordDetail &d = m_shown->detail;
    if (d.line <= 0)
        return tr("<p style='color:#555'>The source is not line-oriented text (%1): its record is identified by the locator above.</p>")
            .arg(d.locator.toHtmlEscaped());
    if (d.originalLine.isEmpty() && d.firstLine.isEmpty())
        return tr("<p style='color:#a00'>Line %1 was not found in the preserved original.</p>").arg(d.line);
    // Line numbers in a column of their own, the text wrapping beside them.
    const auto line = [](const QString &number, const QString &text, bool bold) {
        return QStringLiteral("<tr><td align='right' style='color:#777; padding-right:6px'>%1</td><td style='font-family:monospace%2'>%3</td></tr>")
            .arg(number, bold ? QStringLiteral("; font-weight:bold") : QString(), text);
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%' style='background:#f4f4f4; border:1px solid #ccc'>");
    if (d.line > 1)
        html += line(QStringLiteral("1"), decoded(d.firstLine, d.originalLine).toHtmlEscaped(), false);
    if (d.line > 2)
        html += line(QStringLiteral("⋮"), QString(), false);
    html += line(QString::number(d.line), decoded(d.originalLine, d.firstLine).toHtmlEscaped() + (d.lineTruncated ? QStringLiteral(" …") : QString()), true);
    return html + QStringLiteral("</table>");
}

void DetailsView::render()
{
    if (m_entity) {
        m_text->setHtml(entityHtml());
        return;
    }
    if (!m_shown) {
        m_text->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                            .arg(m_worker ? tr("Select a record to see everything about it and where it came from.") : tr("No case open.")));
        return;
    }
    const RecordDetail &d = m_shown->detail;
    const QList<ColumnDef> &cols = recordColumns(d.kind);
    const int currencyCol = currencyColumn(d.kind);
    const QString currency = currencyCol >= 0 ? d.values.value(currencyCol).toString() : QString();
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0'>").arg(kindTitle(d.kind).toHtmlEscaped());
    for (int c = 0; c < cols.size() - 1; ++c) { // the last column is the source, shown below in full
        const QVariant v = DisplayProxy::format(cols.at(c).kind, d.values.value(c), currency, m_zone);
        if (!v.toString().isEmpty())
            html += row(QCoreApplication::translate("cb::casefile::RecordQuery", cols.at(c).title), v.toString().toHtmlEscaped());
    }
    if (!m_shown->tags.isEmpty())
        html += row(tr("Tags"), m_shown->tags.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("</table>");
    for (const NoteRow &n : m_shown->notes)
        html += QStringLiteral("<p style='background:#fff8dc; padding:4px'><b>%1</b> %2<br>%3</p>")
                    .arg(tr("Note").toHtmlEscaped(), tr("by %1, %2").arg(n.author, localTime(n.createdAt)).toHtmlEscaped(),
                         n.text.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><table cellspacing='0'>").arg(tr("Provenance").toHtmlEscaped());
    html += row(tr("Source file"), d.sourceFile.toHtmlEscaped());
    html += row(tr("SHA-256"), QStringLiteral("<code>%1</code>").arg(d.sourceSha256.toHtmlEscaped()));
    html += row(tr("Locator"), d.locator.toHtmlEscaped());
    html += row(tr("Format / profile"), (d.profile.isEmpty() ? d.format : d.format + QStringLiteral(" / ") + d.profile).toHtmlEscaped());
    html += row(tr("Importer"), d.importer.toHtmlEscaped());
    html += row(tr("Imported"), localTime(d.importedAt).toHtmlEscaped() +
                                    (d.investigator.isEmpty() ? QString() : QStringLiteral(" — ") + d.investigator.toHtmlEscaped()));
    html += row(tr("Legal basis"), d.legalBasis.isEmpty() ? tr("(none recorded)") : d.legalBasis.toHtmlEscaped());
    if (!d.exhibitLabel.isEmpty())
        html += row(tr("Exhibit label"), d.exhibitLabel.toHtmlEscaped());
    html += row(tr("Record UUID"), QStringLiteral("<code>%1</code>").arg(d.uuid));
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Original record in the preserved source").toHtmlEscaped()) + originalHtml();
    m_text->setHtml(html);
}

void DetailsView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
