#include "tabular/rowmapper.h"

#include <algorithm>

#include <QDateTime>

#include "common/csvreader.h"
#include "money.h"

namespace cb::importers {

using namespace cb::casefile;


RowMapper::RowMapper(const Layout &layout, ImportContext &ctx, RecordSink &sink)
    : m_layout(layout), m_profile(*layout.profile), m_ctx(ctx), m_sink(sink), m_batch(sink)
{
    QTimeZone zone = ctx.zone;
    if (!ctx.zoneExplicit && !m_profile.timezone.isEmpty())
        zone = QTimeZone(m_profile.timezone.toUtf8());
    m_zone = LocalZone(zone.isValid() ? zone : ctx.zone);
    m_order = m_profile.dateOrder;
    static const char *const names[] = {"time", "date", "time_of_day", "account", "account_name", "amount", "credit", "debit", "flag", "balance", "currency", "counterparty_account", "counterparty_name", "counterparty_info", "description", "reference", "channel", "start_time", "subscriber", "other_party", "caller", "callee", "direction", "duration", "cell_id", "lac", "imei", "imsi", "status", "interaction", "lat", "lon", "azimuth", "address", "value_balance", "value_date"};
    for (size_t i = 0; i < size_t(Field::Count); ++i)
        m_cols[i] = layout.columns.value(QLatin1String(names[i]));
    // A row must reach the columns of the fields it cannot do without; a short row (a spreadsheet leaves
    // out its empty trailing cells) simply has its later, secondary fields empty.
    static const char *const essential[] = {"time", "date", "time_of_day", "start_time", "amount", "credit", "debit", "subscriber",
                                            "other_party", "caller", "callee", "lat", "lon"};
    for (const char *f : essential)
        for (int c : layout.columns.value(QLatin1String(f)))
            m_needed = qMax(m_needed, c + 1);
    if (m_profile.kind == RecordKind::Balances)
        for (int c : layout.columns.value(QStringLiteral("balance")))
            m_needed = qMax(m_needed, c + 1);
    m_header0 = layout.headerKeys.value(0);
}

Status RowMapper::prepare(const QList<QStringList> &rows)
{
    auto column = [&](const QString &field) {
        QStringList vals;
        for (const QStringList &r : rows)
            for (int c : m_layout.columns.value(field))
                if (c < r.size() && !cleanCell(r[c]).isEmpty())
                    vals << r[c];
        return vals;
    };
    if (m_order == DateOrder::Auto) {
        for (const char *f : {"time", "date", "start_time"}) {
            const DateOrder o = inferDateOrder(column(QLatin1String(f)));
            if (o != DateOrder::Auto) {
                m_order = o;
                break;
            }
        }
    }
    int k = 0;
    for (const char *f : {"amount", "credit", "debit", "balance"})
        m_decimal[k++] = m_profile.decimal.isNull() ? inferDecimal(column(QLatin1String(f))) : m_profile.decimal;
    m_owner = m_ctx.owner.isEmpty() ? m_layout.owner : m_ctx.owner;
    if (!m_ctx.owner.isEmpty() && !m_layout.owner.isEmpty() && m_ctx.owner != m_layout.owner)
        m_sink.diagnostic({Severity::Warning, QStringLiteral("preamble"),
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file names its owner as \"%1\"; \"%2\" was given and is used"), {m_layout.owner, m_ctx.owner})});
    m_currency = m_ctx.currency.isEmpty() ? m_profile.currency : m_ctx.currency;
    if (m_owner.isEmpty())
        m_owner = m_facts.account;
    if (m_currency.isEmpty() && !m_facts.currency.isEmpty())
        m_currency = currencyFromText(m_facts.currency);
    if (m_profile.kind == RecordKind::Transactions || m_profile.kind == RecordKind::Balances) {
        if (m_owner.isEmpty() && !has(Field::account)) {
            if (!m_ctx.placeholderOwner || m_profile.kind != RecordKind::Transactions)
                return Status::error(ErrorCode::NeedsAccount, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file does not say whose account this statement is (pass the account number with --account)")));
            // As for a phone that does not know its own number: the rows go onto a placeholder account
            // named after this source, which the analyst merges with the real account once it is known.
            m_placeholderOwner = true;
            m_sink.diagnostic({Severity::Warning, QStringLiteral("file"),
                               placeholderAccountWarning(m_ctx.fileName)});
        }
        if (m_currency.isEmpty() && !has(Field::currency))
            return Status::error(ErrorCode::NeedsCurrency, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file has no currency column (pass --currency)")));
    }
    if (m_profile.kind == RecordKind::Calls && m_owner.isEmpty() && !has(Field::subscriber)) {
        // Carriers deliver records per target line: the number present in every sampled row is the target.
        const QStringList callers = column(QStringLiteral("caller")), callees = column(QStringLiteral("callee"));
        QHash<QString, int> seen;
        for (const QStringList &r : rows) {
            QSet<QString> inRow;
            for (const char *f : {"caller", "callee"})
                for (int c : m_layout.columns.value(QLatin1String(f)))
                    if (c < r.size())
                        inRow.insert(cleanCell(r[c]).toString());
            for (const QString &n : inRow)
                ++seen[n];
        }
        for (auto it = seen.begin(); it != seen.end(); ++it)
            if (!it.key().isEmpty() && it.value() == rows.size() && rows.size() > 0)
                m_owner = it.key();
        if (m_owner.isEmpty())
            return Status::error(ErrorCode::NeedsSubscriber, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file does not say whose call records these are (pass the target number with --subscriber)")));
    }
    return {};
}

void RowMapper::readPreamble(const QStringList &cells, const QString &loc)
{
    if (!m_profile.statementFacts.isEmpty())
        m_facts.read(m_profile, cells.join(u'\t'), loc);
}

bool RowMapper::statementLine(const Cells &cells, const QString &loc)
{
    if (m_profile.statementFacts.isEmpty())
        return false;
    QString joined;
    for (size_t i = 0; i < cells.size(); ++i)
        joined += (i ? QStringLiteral("\t") : QString()) + cells[i].toString();
    if (!m_facts.read(m_profile, joined, loc))
        return false;
    m_sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "a line stating the statement's balance or period, not a movement")));
    return true;
}

void RowMapper::finishStatement(const SummingSink &sums)
{
    if (m_profile.kind != RecordKind::Transactions)
        return;
    const QString account = !m_owner.isEmpty() ? m_owner : m_oneAccount ? m_firstAccount : QString();
    const QChar decimal = !m_profile.decimal.isNull() ? m_profile.decimal : m_decimal[3].isNull() ? m_decimal[0] : m_decimal[3];
    reportStatementFacts(m_facts, account, m_currency, m_order, decimal, m_zone, sums, m_sink);
}

QStringView RowMapper::cell(const Cells &cells, Field field) const
{
    for (int c : m_cols[size_t(field)]) {
        if (size_t(c) >= cells.size())
            continue;
        const QStringView v = cleanCell(cells[size_t(c)]);
        if (!v.isEmpty() && v != u"-" && v != u"/" && v != u"--")
            return v;
    }
    return {};
}

bool RowMapper::isSummary(const Cells &cells) const
{
    static const char16_t *words[] = {u"合计", u"总计", u"小计", u"汇总", u"共", u"笔", u"total", u"summary",
                                      u"----", u"opening balance", u"closing balance", u"期初", u"期末"};
    for (QStringView c : cells)
        for (const char16_t *w : words)
            if (c.contains(QStringView(w), Qt::CaseInsensitive))
                return true;
    return false;
}

std::optional<Timestamp> RowMapper::time(const Cells &c, Field full, const QString &loc)
{
    const QStringView t = cell(c, full), d = cell(c, Field::date), h = cell(c, Field::time_of_day);
    std::optional<ParsedTime> p;
    if (!t.isEmpty()) {
        p = parseDateTime(t, m_order);
        if ((!p || !p->hasTime) && !d.isEmpty()) // a time-of-day column beside a date column
            p = parseDateTime(d.toString() + u' ' + t.toString(), m_order);
    } else if (!d.isEmpty()) {
        p = parseDateTime(h.isEmpty() ? d : QStringView(d.toString() + u' ' + h.toString()), m_order);
    }
    if (!p) {
        const QString shown = (!t.isEmpty() ? t : d).toString();
        reject(loc, shown.isEmpty() ? msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the date/time is missing"))
                                    : msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the date/time \"%1\""), {shown}));
        return std::nullopt;
    }
    return resolveTime(*p, m_zone);
}

bool RowMapper::amount(QStringView text, const QString &currency, const QString &loc, const char *what, qint64 &out)
{
    // Payment platforms annotate amounts: "100.00(已全额退款)", "28.16（已退款¥5.00）". The note is words,
    // not a negative sign: keep the amount, carry the note to the row's description.
    if (const qsizetype open = std::max(text.indexOf(u'('), text.indexOf(QChar(0xFF08))); open > 0) {
        const QStringView inner = text.mid(open + 1);
        const bool words = std::any_of(inner.begin(), inner.end(), [](QChar c) { return c.isLetter(); });
        if (words) {
            QString note = inner.toString();
            if (note.endsWith(u')') || note.endsWith(QChar(0xFF09)))
                note.chop(1);
            m_amountNote = note.trimmed();
            text = text.left(open).trimmed();
        }
    }
    const int slot = what[0] == 'a' ? 0 : what[0] == 'c' ? 1 : what[0] == 'd' ? 2 : 3;
    switch (parseAmount(text, currencyExponent(currency), m_decimal[slot], out)) {
    case AmountError::None: return true;
    case AmountError::Empty: reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 is empty"), {QLatin1String(what)})); return false;
    case AmountError::TooManyDecimals:
        reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 \"%2\" has more decimals than %3 allows"), {QLatin1String(what), text.toString(), currency}));
        return false;
    case AmountError::Overflow: reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 \"%2\" is too large"), {QLatin1String(what), text.toString()})); return false;
    case AmountError::NotANumber: break;
    }
    reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 \"%2\" is not a number"), {QLatin1String(what), text.toString()}));
    return false;
}

std::optional<qint64> RowMapper::optionalBalance(QStringView text, const QString &currency, const QString &loc)
{
    qint64 b = 0;
    if (text.isEmpty())
        return std::nullopt;
    if (parseAmount(text, currencyExponent(currency), m_decimal[3], b) == AmountError::None)
        return b;
    m_sink.diagnostic({Severity::Warning, loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the balance \"%1\" is not a number and was ignored"), {text.toString()})});
    return std::nullopt;
}

void RowMapper::map(const CsvReader &row)
{
    Cells &cells = m_rowCells;
    cells.resize(size_t(row.size()));
    for (qsizetype i = 0; i < row.size(); ++i)
        cells[size_t(i)] = row.field(i);
    const QString loc = lineLocator(row.line());
    if (row.unterminatedQuote()) {
        m_sink.rowsRead(1);
        reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "a quoted field is not closed before the end of the file (truncated file?)")));
        return;
    }
    mapCells(cells, loc);
}

void RowMapper::map(const QStringList &row, const QString &loc)
{
    Cells &cells = m_rowCells;
    cells.resize(size_t(row.size()));
    for (qsizetype i = 0; i < row.size(); ++i)
        cells[size_t(i)] = row[i];
    mapCells(cells, loc);
}

void RowMapper::mapCells(const Cells &cells, const QString &loc)
{
    m_sink.rowsRead(1);
    if (m_layout.headerLine >= 0 && !m_layout.headerKeys.isEmpty() && !cells.empty() && isHeaderKey(cells[0], m_header0)) {
        int same = 0;
        for (size_t i = 0; i < cells.size() && i < size_t(m_layout.headerKeys.size()); ++i)
            same += isHeaderKey(cells[i], m_layout.headerKeys[int(i)]) ? 1 : 0;
        if (same == m_layout.headerKeys.size()) {
            m_sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "repeated header line")));
            return;
        }
    }
    if (int(cells.size()) < m_needed) {
        if (statementLine(cells, loc))
            return;
        if (isSummary(cells) || cells.size() == 1)
            m_sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "summary or footer line")));
        else
            reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the row has %1 fields; the layout needs %2"), {QString::number(cells.size()), QString::number(m_needed)}));
        return;
    }
    switch (m_profile.kind) {
    case RecordKind::Transactions: mapTransaction(cells, loc); break;
    case RecordKind::Calls: mapCall(cells, loc); break;
    case RecordKind::CellSites: mapCellSite(cells, loc); break;
    case RecordKind::Balances: mapBalance(cells, loc); break;
    default: break; // profiles map only the four kinds above (checked when loaded)
    }
}

void RowMapper::flush()
{
    m_batch.flush();
}

static int matchFlag(QStringView v, const QStringList &flags)
{
    const QString up = v.toString().toUpper();
    for (const QString &f : flags) {
        const QString fu = f.toUpper();
        if (up == fu || up.startsWith(fu + u' ') || (fu.size() > 1 && up.startsWith(fu)) ||
            (f.size() == 1 && f[0].unicode() > 127 && up.startsWith(fu)))
            return int(f.size());
    }
    return 0;
}

void RowMapper::mapTransaction(const Cells &c, const QString &loc)
{
    m_amountNote.clear();
    const QStringView timeCell = cell(c, Field::time), dateCell = cell(c, Field::date);
    if (!parseDateTime(!timeCell.isEmpty() ? timeCell : dateCell, m_order)) { // not a dated movement: a footer?
        if (statementLine(c, loc))
            return;
        if (isSummary(c)) {
            m_sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "summary or footer line")));
            return;
        }
    }
    TransactionRecord t;
    t.locator = loc;
    const auto ts = time(c, Field::time, loc);
    if (!ts)
        return;
    t.time = *ts;
    const QStringView cur = cell(c, Field::currency);
    t.currency = cur.isEmpty() ? m_currency : currencyFromText(cur);
    if (t.currency.isEmpty()) {
        reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown currency \"%1\""), {cur.toString()}));
        return;
    }
    const QStringView amt = cell(c, Field::amount);
    const QStringView flag = cell(c, Field::flag);
    if (!amt.isEmpty()) {
        if (!amount(amt, t.currency, loc, "amount", t.amountMinor))
            return;
        if (has(Field::flag)) {
            const int credit = matchFlag(flag, m_profile.creditFlags), debit = matchFlag(flag, m_profile.debitFlags);
            const int neutral = matchFlag(flag, m_profile.neutralFlags);
            if (flag.isEmpty() && m_profile.neutralFlags.contains(QStringLiteral("/"))) {
                m_sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the row is marked neither income nor expense")));
                return;
            }
            if (neutral > qMax(credit, debit)) {
                m_sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the row is marked neither income nor expense (\"%1\")"), {flag.toString()}));
                return;
            }
            if (credit == 0 && debit == 0) {
                reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown debit/credit mark \"%1\""), {flag.toString()}));
                return;
            }
            t.amountMinor = credit >= debit ? qAbs(t.amountMinor) : -qAbs(t.amountMinor);
        }
        if (m_ctx.chargesPositive && !has(Field::flag))
            t.amountMinor = -t.amountMinor;
    } else {
        const QStringView cr = cell(c, Field::credit), dr = cell(c, Field::debit);
        if (cr.isEmpty() && dr.isEmpty()) {
            reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the row has no amount")));
            return;
        }
        qint64 in = 0, out = 0;
        if (!cr.isEmpty() && !amount(cr, t.currency, loc, "credit", in))
            return;
        if (!dr.isEmpty() && !amount(dr, t.currency, loc, "debit", out))
            return;
        t.amountMinor = qAbs(in) - qAbs(out);
    }
    t.balanceMinor = optionalBalance(cell(c, Field::balance), t.currency, loc);
    const QStringView acct = cell(c, Field::account);
    t.account = acct.isEmpty() ? m_owner : acct.toString();
    if (m_firstAccount.isEmpty())
        m_firstAccount = t.account;
    else if (m_oneAccount && t.account != m_firstAccount)
        m_oneAccount = false;
    t.accountName = cell(c, Field::account_name).toString();
    t.counterpartyAccount = cell(c, Field::counterparty_account).toString();
    t.counterpartyName = cell(c, Field::counterparty_name).toString();
    const QStringView info = cell(c, Field::counterparty_info);
    if (!info.isEmpty() && t.counterpartyAccount.isEmpty()) {
        // "张三 66666666666666": a trailing run of six or more digits is the account, the rest the name.
        qsizetype k = info.size();
        while (k > 0 && info[k - 1].isDigit())
            --k;
        if (info.size() - k >= 6) {
            t.counterpartyAccount = info.mid(k).toString();
            if (t.counterpartyName.isEmpty())
                t.counterpartyName = info.left(k).trimmed().toString();
        } else if (t.counterpartyName.isEmpty()) {
            t.counterpartyName = info.toString();
        }
    }
    t.description = cell(c, Field::description).toString();
    if (!m_layout.inferred.isEmpty() && m_layout.headerFields > 0 && c.size() > size_t(m_layout.headerFields)) {
        // Ragged rows of an unknown layout: text beyond the header's columns is kept with the description.
        QStringList extra;
        for (size_t i = size_t(m_layout.headerFields); i < c.size(); ++i)
            if (const QStringView v = cleanCell(c[i]); !v.isEmpty())
                extra << v.toString();
        if (!extra.isEmpty())
            t.description += (t.description.isEmpty() ? QString() : QStringLiteral(" | ")) + extra.join(QStringLiteral(" | "));
    }
    if (!m_amountNote.isEmpty()) {
        t.description = t.description.isEmpty() ? m_amountNote : t.description + QStringLiteral(" [") + m_amountNote + u']';
        m_amountNote.clear();
    }
    t.reference = cell(c, Field::reference).toString();
    t.channel = cell(c, Field::channel).toString();
    if (const QStringView vd = cell(c, Field::value_date); !vd.isEmpty()) {
        // A secondary date: unreadable, it is a warning and the row is kept.
        if (const auto p = parseDateTime(vd, m_order))
            t.valueDate = QDateTime::fromMSecsSinceEpoch(p->localMs, QTimeZone::utc()).date().toString(Qt::ISODate);
        else
            m_sink.diagnostic({Severity::Warning, loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the value date \"%1\" cannot be read and was left empty"), {vd.toString()})});
    }
    t.ownerUnknown = t.account.isEmpty() && m_placeholderOwner;
    m_batch.add(std::move(t));
}

} // namespace cb::importers
