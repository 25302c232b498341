// The record kinds of mapped rows that are not movements or calls: cell sites and stated balances.
#include "tabular/rowmapper.h"

#include "money.h"

namespace cb::importers {

using namespace cb::casefile;

void RowMapper::mapCellSite(const Cells &c, const QString &loc)
{
    CellSiteRecord s;
    s.locator = loc;
    const QStringView lac = cell(c, Field::lac), ci = cell(c, Field::cell_id);
    s.cellId = lac.isEmpty() ? ci.toString() : lac.toString() + u'-' + ci.toString();
    QStringView latCell = cell(c, Field::lat), lonCell = cell(c, Field::lon);
    if (lonCell.isEmpty()) { // one "Lat/Long" column: "12.9716/77.5946"
        qsizetype cut = latCell.indexOf(u'/');
        if (cut < 0)
            cut = latCell.indexOf(u',');
        if (cut > 0)
            lonCell = latCell.mid(cut + 1).trimmed(), latCell = latCell.left(cut).trimmed();
    }
    bool okLat = false, okLon = false;
    const double lat = latCell.toDouble(&okLat), lon = lonCell.toDouble(&okLon);
    if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the coordinates \"%1\", \"%2\" are not a valid latitude/longitude"), {latCell.toString(), lonCell.toString()}));
        return;
    }
    s.lat = lat, s.lon = lon;
    bool okAz = false;
    const QStringView azCell = cell(c, Field::azimuth);
    const int az = azCell.toInt(&okAz);
    if (okAz && az >= 0 && az <= 360)
        s.azimuth = az;
    else if (!azCell.isEmpty())
        m_sink.diagnostic({Severity::Warning, loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the azimuth \"%1\" is not a bearing of 0-360 degrees and was left empty"), {azCell.toString()})});
    s.address = cell(c, Field::address).toString();
    m_batch.add(std::move(s));
}

void RowMapper::mapBalance(const Cells &c, const QString &loc)
{
    const QStringView timeCell = cell(c, Field::time), dateCell = cell(c, Field::date);
    const QStringView when = !timeCell.isEmpty() ? timeCell : dateCell;
    std::optional<ParsedTime> p = parseDateTime(when, m_order);
    if (!p) {
        if (statementLine(c, loc))
            return;
        if (isSummary(c)) {
            m_sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "summary or footer line")));
            return;
        }
        reject(loc, when.isEmpty() ? msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the date/time is missing"))
                                   : msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the date/time \"%1\""), {when.toString()}));
        return;
    }
    if (!p->hasTime) // a day's balance is the balance once the day's movements are booked
        p->localMs += 86400000 - 1;
    BalanceRecord b;
    b.locator = loc;
    b.time = resolveTime(*p, m_zone);
    const QStringView cur = cell(c, Field::currency);
    b.currency = cur.isEmpty() ? m_currency : currencyFromText(cur);
    if (b.currency.isEmpty()) {
        reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown currency \"%1\""), {cur.toString()}));
        return;
    }
    const QStringView bal = cell(c, Field::balance);
    if (bal.isEmpty()) {
        reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the row states no balance")));
        return;
    }
    if (!amount(bal, b.currency, loc, "balance", b.balanceMinor))
        return;
    b.valueBalanceMinor = optionalBalance(cell(c, Field::value_balance), b.currency, loc);
    const QStringView acct = cell(c, Field::account);
    b.account = acct.isEmpty() ? m_owner : acct.toString();
    m_batch.add(std::move(b));
}

} // namespace cb::importers
