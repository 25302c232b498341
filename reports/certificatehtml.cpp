#include "certificatehtml.h"

#include "money.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace cb::reports {

namespace {
struct Certificate
{
    Q_DECLARE_TR_FUNCTIONS(cb::reports::Certificate)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QString &isoUtc, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromString(isoUtc, Qt::ISODate);
    return dt.isValid() ? casefile::displayTime(dt.toMSecsSinceEpoch(), zone) : isoUtc;
}

QString message(const QJsonObject &d)
{
    casefile::Message m;
    m.tmpl = d.value(QStringLiteral("template")).toString();
    for (const QJsonValue &a : d.value(QStringLiteral("args")).toArray())
        m.args << a.toString();
    return m.tmpl.isEmpty() ? d.value(QStringLiteral("message")).toString() : m.translated();
}

QString row(const QString &k, const QString &v)
{
    return QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>").arg(esc(k), v);
}
} // namespace

QString certificateHtml(const casefile::SourceRow &s, const QTimeZone &zone)
{
    const QJsonObject c = s.certificate;
    QString h = QStringLiteral("<h3>%1</h3><table cellspacing=2>").arg(esc(Certificate::tr("Import certificate: %1").arg(s.fileName)));
    h += row(Certificate::tr("SHA-256"), QStringLiteral("<tt>%1</tt>").arg(s.sha256));
    h += row(Certificate::tr("Size"), Certificate::tr("%n bytes", nullptr, int(qMin<qint64>(s.size, INT_MAX))));
    h += row(Certificate::tr("Format / profile"), esc(s.profile.isEmpty() ? s.format : s.format + QStringLiteral(" / ") + s.profile));
    h += row(Certificate::tr("Importer"), esc(s.importerId + u' ' + s.importerVersion));
    h += row(Certificate::tr("Imported"), esc(when(s.importedAt, zone)) + QStringLiteral(" — ") + esc(s.investigator));
    h += row(Certificate::tr("Legal basis"), esc(s.legalBasis.isEmpty() ? Certificate::tr("(none recorded)") : s.legalBasis));
    if (const QString exhibit = c.value(QStringLiteral("exhibit_label")).toString(); !exhibit.isEmpty())
        h += row(Certificate::tr("Exhibit label"), esc(exhibit));
    h += row(Certificate::tr("Source time zone"), esc(s.timezone));
    h += row(Certificate::tr("Rows read"), QString::number(c.value(QStringLiteral("rows_read")).toInteger()));
    h += row(Certificate::tr("Rows accepted"), QString::number(c.value(QStringLiteral("rows_accepted")).toInteger()));
    // What the accepted rows became, kind by kind ("12 calls · 300 messages · 1 artifact").
    const QJsonObject counts = c.value(QStringLiteral("counts")).toObject();
    const std::pair<const char *, QString> kinds[] = {
        {"transactions", Certificate::tr("%n transaction(s)", nullptr, counts.value(QStringLiteral("transactions")).toInt())},
        {"calls", Certificate::tr("%n call(s)", nullptr, counts.value(QStringLiteral("calls")).toInt())},
        {"messages", Certificate::tr("%n message(s)", nullptr, counts.value(QStringLiteral("messages")).toInt())},
        {"contacts", Certificate::tr("%n contact entr(ies)", nullptr, counts.value(QStringLiteral("contacts")).toInt())},
        {"locations", Certificate::tr("%n location(s)", nullptr, counts.value(QStringLiteral("locations")).toInt())},
        {"cell_sites", Certificate::tr("%n cell site(s)", nullptr, counts.value(QStringLiteral("cell_sites")).toInt())},
        {"user_accounts", Certificate::tr("%n app or service account(s)", nullptr, counts.value(QStringLiteral("user_accounts")).toInt())},
        {"artifacts", Certificate::tr("%n other artifact(s)", nullptr, counts.value(QStringLiteral("artifacts")).toInt())},
        {"balances", Certificate::tr("%n stated balance(s)", nullptr, counts.value(QStringLiteral("balances")).toInt())}};
    QStringList became;
    for (const auto &[key, text] : kinds)
        if (counts.value(QLatin1String(key)).toInteger() > 0)
            became << text;
    if (!became.isEmpty())
        h += row(Certificate::tr("Accepted as"), esc(became.join(QStringLiteral(" · "))));
    h += row(Certificate::tr("Rows rejected"), QString::number(c.value(QStringLiteral("rows_rejected")).toInteger()));
    h += row(Certificate::tr("Rows skipped"), QString::number(c.value(QStringLiteral("rows_skipped")).toInteger()));
    const QJsonObject period = c.value(QStringLiteral("period")).toObject();
    if (!period.isEmpty())
        h += row(Certificate::tr("Period"), esc(when(period.value(QStringLiteral("from")).toString(), zone) + QStringLiteral(" – ") +
                                                when(period.value(QStringLiteral("to")).toString(), zone)));
    // A seized phone's source: the device it came from, and the database's companion files kept with it.
    const QJsonObject device = c.value(QStringLiteral("device")).toObject();
    if (!device.isEmpty()) {
        QStringList parts;
        for (const char *k : {"model", "imei", "label", "owner_name", "owner_number", "extraction"})
            if (const QString v = device.value(QLatin1String(k)).toString(); !v.isEmpty())
                parts << v;
        h += row(Certificate::tr("Seized device"), esc(parts.join(QStringLiteral(" · "))));
    }
    for (const QJsonValue &v : c.value(QStringLiteral("companions")).toArray()) {
        const QJsonObject o = v.toObject();
        h += row(Certificate::tr("Preserved with it"),
                 esc(Certificate::tr("%1 (%2, %3 bytes)").arg(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("role")).toString())
                         .arg(o.value(QStringLiteral("size")).toInteger())) +
                     QStringLiteral("<br><tt>%1</tt>").arg(esc(o.value(QStringLiteral("sha256")).toString())));
    }
    const QString walRows = c.value(QStringLiteral("stated")).toObject().value(QStringLiteral("wal_only_rows")).toString();
    if (!walRows.isEmpty())
        h += row(Certificate::tr("Only in the write-ahead log"), esc(Certificate::tr("%1 rows (locators marked \"(WAL)\")").arg(walRows)));
    h += QStringLiteral("</table>");
    const QJsonArray totals = c.value(QStringLiteral("totals")).toArray();
    if (!totals.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><table border=1 cellpadding=3 cellspacing=0><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(Certificate::tr("Control totals")), esc(Certificate::tr("Currency")), esc(Certificate::tr("Count")),
                      esc(Certificate::tr("Credits")), esc(Certificate::tr("Debits")));
        for (const QJsonValue &v : totals) {
            const QJsonObject t = v.toObject();
            const QString cur = t.value(QStringLiteral("currency")).toString();
            h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                     .arg(esc(cur)).arg(t.value(QStringLiteral("count")).toInteger())
                     .arg(casefile::formatMinor(t.value(QStringLiteral("credit_minor")).toInteger(), cur),
                          casefile::formatMinor(t.value(QStringLiteral("debit_minor")).toInteger(), cur));
        }
        h += QStringLiteral("</table>");
    }
    const QJsonArray balances = c.value(QStringLiteral("balances")).toArray();
    for (const QJsonValue &v : balances) {
        const QJsonObject b = v.toObject();
        const QString cur = b.value(QStringLiteral("currency")).toString();
        const qint64 breaks = b.value(QStringLiteral("breaks")).toInteger();
        h += QStringLiteral("<p>%1</p>").arg(esc(Certificate::tr("Account %1: opening %2 %3, closing %4 %3; running balance: %5")
                 .arg(b.value(QStringLiteral("account")).toString(),
                      casefile::formatMinor(b.value(QStringLiteral("opening_minor")).toInteger(), cur), cur,
                      casefile::formatMinor(b.value(QStringLiteral("closing_minor")).toInteger(), cur),
                      breaks == 0 ? Certificate::tr("continuous") : Certificate::tr("%n break(s)", nullptr, int(breaks)))));
    }
    for (const QJsonValue &v : c.value(QStringLiteral("statements")).toArray()) {
        const QJsonObject st = v.toObject();
        const QString cur = st.value(QStringLiteral("currency")).toString();
        auto amount = [&](const char *key) {
            return st.contains(QLatin1String(key)) ? casefile::formatMinor(st.value(QLatin1String(key)).toInteger(), cur)
                                                   : Certificate::tr("(unreadable)");
        };
        const QJsonValue cont = st.value(QStringLiteral("continuous"));
        const QString verdict = cont.isBool() ? (cont.toBool() ? Certificate::tr("adds up") : Certificate::tr("DOES NOT ADD UP"))
                                              : Certificate::tr("cannot be checked");
        h += QStringLiteral("<p>%1</p>").arg(esc(Certificate::tr("Statement %1 (%2): opening %3 + %4 movements %5 = closing %6 %7: %8")
                 .arg(st.value(QStringLiteral("reference")).toString(), st.value(QStringLiteral("account")).toString(),
                      amount("opening_minor"))
                 .arg(st.value(QStringLiteral("movements")).toInteger())
                 .arg(amount("movements_minor"), amount("closing_minor"), cur, verdict)));
    }
    for (const QJsonValue &v : c.value(QStringLiteral("balance_history")).toArray()) {
        const QJsonObject b = v.toObject();
        const qint64 checked = b.value(QStringLiteral("checked")).toInteger(), breaks = b.value(QStringLiteral("breaks")).toInteger();
        const QString verdict = checked == 0 ? Certificate::tr("not checked at import: the case held no movements of the account then")
                                : breaks == 0 ? Certificate::tr("the movements in the case explain all %n change(s)", nullptr, int(checked))
                                              : Certificate::tr("%n change(s) NOT EXPLAINED by the movements in the case (listed below)", nullptr, int(breaks));
        h += (breaks ? QStringLiteral("<p><b>%1</b></p>") : QStringLiteral("<p>%1</p>")).arg(esc(Certificate::tr("Balance history of account %1 (%2), %3 – %4: %5 stated balances; %6")
                                                     .arg(b.value(QStringLiteral("account")).toString(), b.value(QStringLiteral("currency")).toString(),
                                                          when(b.value(QStringLiteral("from")).toString(), zone), when(b.value(QStringLiteral("to")).toString(), zone))
                                                     .arg(b.value(QStringLiteral("balances")).toInteger())
                                                     .arg(verdict)));
    }
    for (const QJsonValue &v : c.value(QStringLiteral("overlaps")).toArray()) {
        const QJsonObject o = v.toObject();
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(Certificate::tr("Overlap: %n row(s) already in the case from source #%1 (%2), %3 – %4: linked as duplicates, counted once",
                                                                         nullptr, int(o.value(QStringLiteral("rows")).toInteger()))
                                                           .arg(o.value(QStringLiteral("source_id")).toInteger())
                                                           .arg(o.value(QStringLiteral("file")).toString(),
                                                                when(o.value(QStringLiteral("from")).toString(), zone),
                                                                when(o.value(QStringLiteral("to")).toString(), zone))));
    }
    for (const QJsonValue &v : c.value(QStringLiteral("gaps")).toArray()) {
        const QJsonObject g = v.toObject();
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(Certificate::tr("Gap: account %1 (%2) has no statement row in the case from %3 to %4")
                                                           .arg(g.value(QStringLiteral("account")).toString(), g.value(QStringLiteral("currency")).toString(),
                                                                when(g.value(QStringLiteral("from")).toString(), zone),
                                                                when(g.value(QStringLiteral("to")).toString(), zone))));
    }
    const QJsonArray diags = c.value(QStringLiteral("diagnostics")).toArray();
    if (!diags.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(Certificate::tr("Diagnostics (%1)").arg(c.value(QStringLiteral("diagnostics_total")).toInteger())));
        for (const QJsonValue &v : diags) {
            const QJsonObject d = v.toObject();
            h += QStringLiteral("<li>[%1] %2: %3</li>").arg(esc(d.value(QStringLiteral("severity")).toString()),
                                                           esc(d.value(QStringLiteral("locator")).toString()),
                                                           esc(message(d)));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace cb::reports
