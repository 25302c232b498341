#pragma once
// Turns the cells of one delimited row into neutral records according to a Layout, reporting rejected
// and skipped rows to the sink with their reasons. Records are sent in batches.
#include "common/importer.h"
#include "common/recordbatcher.h"
#include "tabular/layout.h"
#include "tabular/statementfacts.h"

#include <array>
#include <vector>

namespace cb::importers {

class CsvReader;

// The fields a profile can map, as indices so that the per-row code does no string lookups.
enum class Field : int { time, date, time_of_day, account, account_name, amount, credit, debit, flag, balance, currency, counterparty_account, counterparty_name, counterparty_info, description, reference, channel, start_time, subscriber, other_party, caller, callee, direction, duration, cell_id, lac, imei, imsi, status, interaction, lat, lon, azimuth, address, value_balance, value_date, Count };

class RowMapper
{
public:
    RowMapper(const Layout &layout, ImportContext &ctx, casefile::RecordSink &sink);
    // Decides what the head cannot tell row by row (date order, decimal mark, whose records these are).
    // A failure is fatal for the file.
    Status prepare(const QList<QStringList> &sampleRows);
    // A preamble line (before prepare): what it states about the statement, for profiles that say how.
    void readPreamble(const QStringList &cells, const QString &loc);
    // After flush(): reports the balances, period and totals the statement stated (sums: what was sent).
    void finishStatement(const SummingSink &sums);
    void map(const CsvReader &row);
    // A row of a spreadsheet (cells already text); loc names the sheet and row.
    void map(const QStringList &row, const QString &loc);
    void flush();

private:
    using Cells = std::vector<QStringView>;
    void mapCells(const Cells &cells, const QString &loc);
    QStringView cell(const Cells &cells, Field field) const;
    bool has(Field f) const { return !m_cols[size_t(f)].isEmpty(); }
    bool isSummary(const Cells &cells) const;
    // A row that is not a dated movement but states the statement's balance or period ("Balance at start
    // of period"): read into m_facts and skipped. Only such rows are tried, so movements pay nothing.
    bool statementLine(const Cells &cells, const QString &loc);
    std::optional<casefile::Timestamp> time(const Cells &c, Field full, const QString &loc);
    void mapTransaction(const Cells &c, const QString &loc);
    void mapCall(const Cells &c, const QString &loc);
    void mapCellSite(const Cells &c, const QString &loc);
    void mapBalance(const Cells &c, const QString &loc);
    bool amount(QStringView text, const QString &currency, const QString &loc, const char *what, qint64 &out);
    // A balance cell: empty or unreadable (a warning) gives none; the row is kept either way.
    std::optional<qint64> optionalBalance(QStringView text, const QString &currency, const QString &loc);
    casefile::CallDirection direction(QStringView text, bool *known) const;
    StatementFacts m_facts;
    QString m_firstAccount; // the statement's account, when every row names the same one
    bool m_oneAccount = true;
    bool m_placeholderOwner = false; // the statement's rows go onto the source's placeholder account
    QString m_amountNote; // words found in an amount cell ("已全额退款"), for the row's description
    QString m_lastDirectionText;
    casefile::CallDirection m_lastDirection = casefile::CallDirection::Unknown;
    bool m_lastDirectionKnown = false;
    // A CDR repeats its subscriber, IMEI, IMSI and often the cell from row to row: a value equal to the
    // previous row's shares that string instead of allocating its own copy.
    QString m_lastSubscriber, m_lastImei, m_lastImsi, m_lastCell, m_lastStatus;
    static const QString &repeated(QStringView text, QString &last);
    void reject(const QString &loc, const casefile::Message &m) { m_sink.rowRejected(loc, m); }

    const Layout &m_layout;
    const Profile &m_profile;
    ImportContext &m_ctx;
    casefile::RecordSink &m_sink;
    casefile::LocalZone m_zone;
    DateOrder m_order = DateOrder::Auto;
    QChar m_decimal[4];              // amount, credit, debit, balance
    std::array<QList<int>, size_t(Field::Count)> m_cols;
    int m_needed = 0;
    std::vector<QStringView> m_rowCells; // reused for every row
    QString m_header0;               // first header cell, to spot repeated headers cheaply
    QString m_owner;
    QString m_currency;
    RecordBatcher m_batch;
};

} // namespace cb::importers
