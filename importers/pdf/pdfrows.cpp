// The table body of a PDF statement: which lines are transactions (a readable date in the date column),
// which continue the description of the one above, which are totals and page furniture. Short dates
// ("02/07") take their year from the statement's own date.
#include "money.h"
#include "pdf/pdfimporter.h"
#include "tabular/rowmapper.h"
#include "common/summingsink.h"
#include "common/values.h"

#include <QHash>
#include <QRegularExpression>

namespace cb::importers::pdf {

using namespace cb::casefile;

namespace {

const QStringList kOpening = {QStringLiteral("LAST MONTH'S BALANCE"), QStringLiteral("PREVIOUS BALANCE"), QStringLiteral("OPENING BALANCE"),
                              QStringLiteral("BALANCE BROUGHT FORWARD"), QStringLiteral("BALANCE B/F"), QStringLiteral("上期余额"),
                              QStringLiteral("期初余额"), QStringLiteral("上期账单金额")};
const QStringList kClosing = {QStringLiteral("TOTAL AMOUNT DUE"), QStringLiteral("NEW BALANCE"), QStringLiteral("CLOSING BALANCE"),
                              QStringLiteral("BALANCE CARRIED FORWARD"), QStringLiteral("BALANCE C/F"), QStringLiteral("期末余额"),
                              QStringLiteral("本期应还金额")};

QString locatorOf(const Line &l)
{
    return QStringLiteral("page %1 line %2").arg(l.page).arg(l.number);
}

int firstColumn(const Layout &layout, std::initializer_list<const char *> fields)
{
    for (const char *f : fields)
        if (const QList<int> cols = layout.columns.value(QLatin1String(f)); !cols.isEmpty())
            return cols.first();
    return -1;
}

// The statement's own date, for dates printed without a year.
std::optional<QDate> referenceDate(const QString &preamble)
{
    static const QRegularExpression rx(QStringLiteral("\\b(\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\b"));
    auto it = rx.globalMatch(preamble);
    while (it.hasNext()) {
        const auto p = parseDateTime(it.next().captured(1), DateOrder::DMY);
        if (p)
            return QDate(1970, 1, 1).addDays(p->localMs / 86400000);
    }
    return std::nullopt;
}

} // namespace

ParseOutcome importRows(const std::vector<Line> &lines, Layout layout, const std::vector<Cell> &header, const QString &preamble,
                        ImportContext &ctx, RecordSink &target, ParseOutcome out)
{
    SummingSink sink(target);
    const int dateCol = firstColumn(layout, {"date", "time"});
    const QList<int> moneyCols = layout.columns.value(QStringLiteral("amount")) + layout.columns.value(QStringLiteral("credit")) +
                                 layout.columns.value(QStringLiteral("debit")) + layout.columns.value(QStringLiteral("balance"));
    const int descCol = firstColumn(layout, {"description", "counterparty_name"});
    const int amountCol = firstColumn(layout, {"amount", "debit", "credit"});
    const int balanceCol = firstColumn(layout, {"balance"});
    const std::optional<QDate> ref = referenceDate(preamble);
    static const QRegularExpression shortDate(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})$"));

    // Day or month first, for short dates: decided by the whole column, as for CSV.
    bool dayFirst = true;
    for (size_t i = size_t(layout.headerLine + 1); i < lines.size(); ++i) {
        const auto m = shortDate.match(columnsOf(lines[i], header).value(dateCol).trimmed());
        if (m.hasMatch() && m.captured(2).toInt() > 12)
            dayFirst = false;
    }
    auto complete = [&](QString cell) -> QString {
        const auto m = shortDate.match(cell.trimmed());
        if (!m.hasMatch() || !ref)
            return cell;
        const int day = (dayFirst ? m.captured(1) : m.captured(2)).toInt(), month = (dayFirst ? m.captured(2) : m.captured(1)).toInt();
        int year = ref->year();
        if (month > ref->month() + 2) // a December entry on a January statement
            --year;
        return QStringLiteral("%1-%2-%3").arg(year).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    };
    auto isRow = [&](const QStringList &cols) {
        return dateCol >= 0 && parseDateTime(cols.value(dateCol).trimmed(), DateOrder::Auto).has_value();
    };

    // Pages that repeat the header start their table below it; what is above is the page's running header.
    QHash<int, int> headerLineOnPage;
    const QString headerText = lines[size_t(layout.headerLine)].text();
    for (size_t i = size_t(layout.headerLine); i < lines.size(); ++i)
        if (lines[i].text() == headerText && !headerLineOnPage.contains(lines[i].page))
            headerLineOnPage.insert(lines[i].page, lines[i].number);

    std::vector<std::pair<QStringList, QString>> rows; // columns, locator
    std::optional<qint64> opening, closing;
    QString openingLoc;
    const int exponent = currencyExponent(ctx.currency.isEmpty() ? QStringLiteral("XXX") : ctx.currency);
    double lastY = 0;
    int lastPage = 0;
    bool lastWasRow = false;
    for (size_t i = size_t(layout.headerLine + 1); i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.number <= headerLineOnPage.value(line.page, 0))
            continue; // running header of a later page, or the repeated column header itself
        QStringList cols = columnsOf(line, header);
        if (dateCol >= 0)
            cols[dateCol] = complete(cols[dateCol]);
        const QString loc = locatorOf(line);
        if (isRow(cols)) {
            rows.push_back({cols, loc});
            lastWasRow = true, lastY = line.y, lastPage = line.page;
            continue;
        }
        bool onlyText = descCol >= 0 && !cols.value(descCol).isEmpty();
        for (int c = 0; c < cols.size() && onlyText; ++c)
            onlyText = c == descCol || cols[c].trimmed().isEmpty();
        if (lastWasRow && onlyText && line.page == lastPage && line.y - lastY < 14) {
            // A description wrapped onto the next line.
            QString &d = rows.back().first[descCol];
            d = d.isEmpty() ? cols[descCol] : d + u' ' + cols[descCol];
            lastY = line.y;
            continue;
        }
        lastWasRow = false;
        const QString upper = line.text().toUpper();
        qint64 value = 0;
        // Opening/closing lines print their figure under the amount column or, beside a running balance, under it.
        QString amountText = amountCol >= 0 ? cols.value(amountCol).trimmed() : QString();
        if (amountText.isEmpty() && balanceCol >= 0)
            amountText = cols.value(balanceCol).trimmed();
        QString which;
        if (!amountText.isEmpty() && parseAmount(amountText, exponent, u'.', value) == AmountError::None) {
            if (!opening && mentions(upper, kOpening, &which))
                opening = value, openingLoc = loc;
            else if (mentions(upper, kClosing, &which))
                closing = value;
        }
        sink.rowsRead(1);
        sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "not a transaction row: \"%1\""), {line.text().left(80)}));
    }

    if (ctx.owner.isEmpty() && !layout.owner.isEmpty())
        ctx.owner = layout.owner;
    RowMapper mapper(layout, ctx, sink);
    QList<QStringList> samples;
    for (size_t i = 0; i < rows.size() && i < 200; ++i)
        samples << rows[i].first;
    if (Status s = mapper.prepare(samples); !s) {
        out.status = Status::error(s.code(), s.message(), rows.empty() ? QStringLiteral("file") : rows.front().second);
        return out;
    }
    if (layout.headerLine > 0)
        sink.diagnostic({Severity::Info, QStringLiteral("page 1 line 1"),
                         msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 preamble lines before the header were not imported as data"),
                             {QString::number(layout.headerLine)})});
    for (const auto &[cols, loc] : rows)
        mapper.map(cols, loc);
    mapper.flush();
    if (rows.empty()) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file has a header but no data rows")), QStringLiteral("file"));
        return out;
    }
    if (opening || closing) {
        // What the statement prints is what the holder owes on a card: the account's balance is its negative.
        const qint64 sign = ctx.chargesPositive ? -1 : 1;
        StatementBalance b;
        b.locator = openingLoc.isEmpty() ? rows.front().second : openingLoc;
        b.account = ctx.owner;
        b.currency = ctx.currency;
        if (opening)
            b.openingMinor = sign * *opening;
        if (closing)
            b.closingMinor = sign * *closing;
        b.movementsMinor = sink.sum.value(ctx.currency);
        b.movements = sink.count.value(ctx.currency);
        sink.statementBalance(b);
    }
    ctx.advance(1);
    return out;
}

} // namespace cb::importers::pdf
