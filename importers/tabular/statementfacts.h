#pragma once
// What a statement's preamble or footer lines say about the statement itself: whose account, its currency,
// the period it covers, its opening and closing balances, its credit and debit totals. A profile lists
// regular expressions with named groups (account, currency, from, to, opening, closing, credits, debits)
// matched against a line's cells joined by TAB, so that one profile serves CSV and spreadsheet files.
#include "tabular/profile.h"
#include "common/summingsink.h"
#include "timeutil.h"

namespace cb::importers {

struct StatementFacts
{
    QString account, currency, from, to, opening, closing, credits, debits;
    QString locator; // the first line that stated a balance or the period
    // Takes what the profile's patterns find in one line; true when the line stated anything.
    bool read(const Profile &profile, const QString &cellsJoinedByTab, const QString &loc);
    bool any() const { return !opening.isEmpty() || !closing.isEmpty() || !from.isEmpty() || !to.isEmpty() || !credits.isEmpty() || !debits.isEmpty(); }
};

// After the rows: the stated balances and period become the statement's StatementBalance (checked by the
// certificate: opening + movements = closing), and stated totals are compared with what was imported.
void reportStatementFacts(const StatementFacts &facts, const QString &account, const QString &currency, DateOrder order,
                          QChar decimal, casefile::LocalZone &zone, const SummingSink &sums, casefile::RecordSink &sink);

} // namespace cb::importers
