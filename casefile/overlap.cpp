// Overlapping statements: the same account's movements delivered twice (the same period exported again,
// or by the bank and by a payment platform). Rows of the new file that match rows another source already
// holds — same account, same local day, same amount and currency, and the same balance where both give
// one — are linked to them (transactions.duplicate_of) one to one, in file order, so that each movement
// is counted once. Nothing is deleted; the certificate says which source and how many rows.
#include "committer.h"

namespace cb::casefile {

namespace {
const char *const kLink = R"SQL(
WITH new AS (
  SELECT id, account_id, amount_minor, currency, balance_minor, (time_utc + utc_offset * 1000) / 86400000 AS day,
         row_number() OVER (PARTITION BY account_id, amount_minor, currency, (time_utc + utc_offset * 1000) / 86400000
                            ORDER BY id) AS k
  FROM transactions WHERE source_id = ?1),
old AS (
  SELECT id, account_id, amount_minor, currency, balance_minor, (time_utc + utc_offset * 1000) / 86400000 AS day,
         row_number() OVER (PARTITION BY account_id, amount_minor, currency, (time_utc + utc_offset * 1000) / 86400000
                            ORDER BY id) AS k
  FROM transactions
  WHERE source_id <> ?1 AND duplicate_of IS NULL AND account_id IN (SELECT DISTINCT account_id FROM transactions WHERE source_id = ?1)),
pairs AS (
  SELECT new.id AS new_id, old.id AS old_id FROM new JOIN old
    ON old.account_id = new.account_id AND old.amount_minor = new.amount_minor AND old.currency = new.currency
   AND old.day = new.day AND old.k = new.k
  WHERE new.balance_minor IS NULL OR old.balance_minor IS NULL OR new.balance_minor = old.balance_minor)
UPDATE transactions SET duplicate_of = (SELECT old_id FROM pairs WHERE new_id = transactions.id)
WHERE id IN (SELECT new_id FROM pairs)
)SQL";
} // namespace

Status Committer::linkOverlaps()
{
    sql::Database &db = m_case.db();
    sql::Statement shared(db, "SELECT EXISTS(SELECT 1 FROM transactions WHERE source_id <> ?1 AND account_id IN "
                              "(SELECT DISTINCT account_id FROM transactions WHERE source_id = ?1))");
    shared.bind(1, m_sourceId);
    if (!shared.step() || shared.int64(0) == 0)
        return {};
    sql::Statement link(db, kLink);
    link.bind(1, m_sourceId);
    if (Status s = link.exec(); !s)
        return s;
    sql::Statement summary(db, "SELECT o.source_id, s.file_name, count(*), min(t.time_utc), max(t.time_utc) "
                               "FROM transactions t JOIN transactions o ON o.id = t.duplicate_of JOIN sources s ON s.id = o.source_id "
                               "WHERE t.source_id = ? GROUP BY o.source_id ORDER BY o.source_id");
    summary.bind(1, m_sourceId);
    while (summary.step()) {
        const qint64 rows = summary.int64(2);
        m_cert.overlap(summary.int64(0), summary.text(1), rows, summary.int64(3), summary.int64(4));
        m_cert.diagnostic({Severity::Warning, QStringLiteral("file"),
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 rows are already in the case from source #%2 (%3): linked to them as duplicates and counted once"),
                               {QString::number(rows), QString::number(summary.int64(0)), summary.text(1)})});
    }
    return {};
}

} // namespace cb::casefile
