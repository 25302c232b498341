#include "tabular/inference.h"

#include "common/values.h"
#include "tabular/columnstats.h"
#include "tabular/headerwords.h"

#include <algorithm>
#include <memory>

namespace cb::importers {

namespace {
const QStringList &transactionFields()
{
    static const QStringList f = {QStringLiteral("time"), QStringLiteral("date"), QStringLiteral("value_date"), QStringLiteral("time_of_day"),
                                  QStringLiteral("amount"), QStringLiteral("credit"), QStringLiteral("debit"), QStringLiteral("flag"),
                                  QStringLiteral("balance"), QStringLiteral("currency"), QStringLiteral("account"),
                                  QStringLiteral("account_name"), QStringLiteral("counterparty_account"),
                                  QStringLiteral("counterparty_name"), QStringLiteral("description"), QStringLiteral("reference"),
                                  QStringLiteral("channel")};
    return f;
}

const QStringList &callFields()
{
    static const QStringList f = {QStringLiteral("start_time"), QStringLiteral("date"), QStringLiteral("time_of_day"),
                                  QStringLiteral("subscriber"), QStringLiteral("other_party"), QStringLiteral("caller"),
                                  QStringLiteral("callee"), QStringLiteral("direction"), QStringLiteral("duration"),
                                  QStringLiteral("cell_id"), QStringLiteral("lac"), QStringLiteral("imei"), QStringLiteral("imsi")};
    return f;
}

bool isWhen(const QString &f)
{
    return f == u"time" || f == u"date" || f == u"start_time" || f == u"time_of_day" || f == u"value_date";
}

// A header word of one time field says something about the others: "Дата" may hold date and time.
double headerScore(const QString &key, const QString &field)
{
    double h = headerWordScore(key, field);
    if (isWhen(field) && field != u"value_date")
        for (const char *other : {"time", "date", "start_time", "time_of_day"})
            h = std::max(h, 0.9 * headerWordScore(key, QLatin1String(other)));
    return h;
}

// How well the cells fit the field, 0..1.
double fit(const ColumnStats &s, const QString &f)
{
    if (f == u"time" || f == u"start_time")
        return s.share(s.dateTime);
    if (f == u"date" || f == u"value_date")
        return s.share(s.dateTime + s.dateOnly);
    if (f == u"time_of_day")
        return s.share(s.timeOfDay);
    if (f == u"amount" || f == u"credit" || f == u"debit" || f == u"balance")
        return s.share(s.amount);
    if (f == u"flag")
        return s.share(s.flag);
    if (f == u"currency")
        return s.share(s.currency);
    if (f == u"account" || f == u"counterparty_account")
        return s.share(s.account);
    if (f == u"subscriber" || f == u"other_party" || f == u"caller" || f == u"callee")
        return s.share(s.phone);
    if (f == u"direction")
        return s.share(s.direction);
    if (f == u"duration")
        return s.share(s.duration);
    if (f == u"cell_id" || f == u"lac")
        return s.share(s.cellLike);
    if (f == u"imei")
        return s.share(s.imei);
    if (f == u"imsi")
        return s.share(s.imsi + s.imei);
    if (f == u"account_name" || f == u"counterparty_name" || f == u"description" || f == u"channel")
        return s.share(s.letters);
    return 1.0; // reference, status: anything
}

// Confidence from the cells alone (no header word), for the fields whose cells say what they are.
double contentOnly(const ColumnStats &s, const QString &f, int rows)
{
    const bool varied = s.distinct > 1, constant = s.distinct == 1 && s.nonEmpty >= 3;
    if (s.nonEmpty < 3)
        return 0;
    if ((f == u"time" || f == u"start_time") && s.share(s.dateTime) >= 0.95)
        return 0.9;
    if (f == u"date" && s.share(s.dateOnly) >= 0.95)
        return 0.9;
    // Numbers alone do not make money (a temperature log has decimals too): below the threshold unless a
    // header word or a running balance (continuity()) backs them.
    if (f == u"amount" && s.share(s.amount) >= 0.95 && s.share(s.phone) < 0.5 && s.nonEmpty * 10 >= rows * 9 &&
        (s.share(s.decimals) >= 0.5 || s.share(s.signedAmount) >= 0.2))
        return 0.6;
    if (f == u"flag" && s.share(s.flag) >= 0.95 && s.distinct <= 6)
        return 0.85;
    if (f == u"direction" && s.share(s.direction) >= 0.95)
        return 0.85;
    if (f == u"currency" && s.share(s.currency) >= 0.95)
        return 0.9;
    if (f == u"imei" && s.share(s.imei) >= 0.9 && varied)
        return 0.9;
    if (f == u"imsi" && s.share(s.imsi) >= 0.5 && s.share(s.imsi + s.imei) >= 0.95)
        return 0.75;
    if (f == u"subscriber" && s.share(s.phone) >= 0.95 && constant)
        return 0.85;
    if (f == u"other_party" && s.share(s.phone) >= 0.9 && varied)
        return 0.8;
    if (f == u"account" && s.share(s.account) >= 0.95 && constant)
        return 0.85;
    if (f == u"counterparty_account" && s.share(s.account) >= 0.8 && varied)
        return 0.7;
    if (f == u"duration" && s.share(s.shortInteger + s.timeOfDay) >= 0.95 && s.share(s.phone) < 0.5)
        return 0.6;
    if (f == u"description" && s.share(s.letters) >= 0.6 && s.distinct * 3 >= s.nonEmpty && s.meanLength >= 6)
        return 0.55;
    if (f == u"counterparty_name" && s.share(s.letters) >= 0.8 && s.meanLength < 40 && varied)
        return 0.5;
    return 0;
}

struct Candidate
{
    double conf;
    int column;
    QString field;
    bool byHeader, byContent;
};

struct Mapping
{
    RecordKind kind = RecordKind::Transactions;
    QHash<QString, Candidate> fields;
    double essential = 0;
};

using Numbers = std::vector<std::optional<qint64>>; // one column's cells read as amounts, by row

// A running balance follows the amounts: balance[i] = balance[i-1] + amount[i] (or, newest first,
// balance[i-1] = balance[i] + amount[i-1]). Only rows that move money count (a zero amount beside an
// unchanged balance proves nothing); when most of them say so, both columns are known.
double continuity(const Numbers &amounts, const Numbers &balances)
{
    int pairs = 0, match = 0;
    for (size_t i = 1; i < amounts.size() && i < balances.size(); ++i) {
        const auto &a = amounts[i], &b = balances[i], &pa = amounts[i - 1], &pb = balances[i - 1];
        if (!a || !b || !pa || !pb || (*a == 0 && *pa == 0))
            continue;
        ++pairs;
        match += (*b == *pb + *a || *pb == *b + *pa) ? 1 : 0;
    }
    return pairs >= 3 ? double(match) / pairs : 0.0;
}

// The columns worth trying as amount and balance: mostly numbers, more than one value, not all zero;
// at most 24 of them, so a sheet thousands of columns wide costs no more than a statement.
std::vector<std::pair<int, Numbers>> numberColumns(const std::vector<ColumnStats> &stats, const QList<QStringList> &rows)
{
    std::vector<std::pair<int, Numbers>> out;
    for (int c = 0; c < int(stats.size()) && out.size() < 24; ++c) {
        if (stats[size_t(c)].share(stats[size_t(c)].amount) < 0.9 || stats[size_t(c)].distinct < 2)
            continue;
        Numbers n;
        bool nonZero = false;
        for (const QStringList &r : rows) {
            qint64 v = 0;
            const bool ok = c < r.size() && parseAmount(r[c], 2, QChar(), v) == AmountError::None;
            n.push_back(ok ? std::optional<qint64>(v) : std::nullopt);
            nonZero = nonZero || (ok && v != 0);
        }
        if (nonZero)
            out.emplace_back(c, std::move(n));
    }
    return out;
}

Mapping assign(RecordKind kind, const QStringList &keys, const std::vector<ColumnStats> &stats, const QList<QStringList> &rows)
{
    const QStringList &fields = kind == RecordKind::Calls ? callFields() : transactionFields();
    std::vector<Candidate> all;
    for (int c = 0; c < int(stats.size()); ++c) {
        const QString key = c < keys.size() ? keys[c] : QString();
        for (const QString &f : fields) {
            const double h = headerScore(key, f);
            const double content = stats[size_t(c)].nonEmpty ? fit(stats[size_t(c)], f) : 0.5;
            const double only = contentOnly(stats[size_t(c)], f, int(rows.size()));
            double conf = h > 0 ? 0.5 * h + 0.5 * content : only;
            if (h > 0 && only > 0)
                conf = std::max(conf, 0.5 * h + 0.5 * std::max(content, only));
            if (conf >= 0.5)
                all.push_back({conf, c, f, h > 0, content >= 0.8 || only > 0});
        }
    }
    if (kind == RecordKind::Transactions) { // the running balance that follows an amount column
        const auto numbers = numberColumns(stats, rows);
        for (const auto &[a, amounts] : numbers)
            for (const auto &[b, balances] : numbers)
                if (a != b && continuity(amounts, balances) >= 0.6) {
                    all.push_back({0.95, a, QStringLiteral("amount"), false, true});
                    all.push_back({0.95, b, QStringLiteral("balance"), false, true});
                }
    }
    std::stable_sort(all.begin(), all.end(), [](const Candidate &x, const Candidate &y) {
        return x.conf != y.conf ? x.conf > y.conf : x.column < y.column;
    });
    Mapping m;
    m.kind = kind;
    QSet<int> used;
    for (const Candidate &c : all) {
        if (used.contains(c.column) || m.fields.contains(c.field))
            continue;
        m.fields.insert(c.field, c);
        used.insert(c.column);
    }
    auto conf = [&m](const char *f) { return m.fields.contains(QLatin1String(f)) ? m.fields.value(QLatin1String(f)).conf : 0.0; };
    if (kind == RecordKind::Transactions) {
        const double when = std::max(conf("time"), conf("date"));
        double money = conf("amount");
        if (money == 0 && (conf("credit") > 0 || conf("debit") > 0))
            money = conf("credit") > 0 && conf("debit") > 0 ? std::min(conf("credit"), conf("debit")) : std::max(conf("credit"), conf("debit"));
        m.essential = std::min(when, money);
    } else {
        const double when = std::max(conf("start_time"), conf("date"));
        const double parties = std::max(conf("other_party"), std::min(conf("caller"), conf("callee")));
        m.essential = std::min(when, parties);
    }
    return m;
}

struct HeadSplit
{
    QChar delimiter;
    int headerLine = -1; // -1: no header; the data start at dataLine
    int dataLine = 0;
    int width = 0;
    int headerWords = 0;
};

// The delimiter and header line: the line with the most cells that are header words, over a run of
// rows at least as wide; without one, the first line of the longest run of equally wide rows.
HeadSplit findHead(const QStringList &lines, bool cellRows)
{
    const std::vector<QChar> delims = cellRows ? std::vector<QChar>{u'\t'} : std::vector<QChar>{u',', u';', u'\t', u'|'};
    const QStringList fields = headerWordFields();
    HeadSplit best;
    int bestScore = 0;
    const int scan = qMin<int>(int(lines.size()), 60);
    for (QChar d : delims) {
        std::vector<int> widths;
        for (int i = 0; i < scan; ++i)
            widths.push_back(lines[i].trimmed().isEmpty() ? 0 : int(splitLine(lines[i], d).size()));
        for (int i = 0; i < scan; ++i) {
            if (widths[size_t(i)] < 2)
                continue;
            int below = 0, rows = 0;
            for (int j = i + 1; j < scan; ++j)
                if (widths[size_t(j)] > 0)
                    ++rows, below += widths[size_t(j)] >= widths[size_t(i)] - 1 ? 1 : 0;
            if (rows == 0 || below * 10 < rows * 7)
                continue;
            int words = 0;
            ColumnStats line; // a header holds words, not dates or amounts
            for (const QString &cell : splitLine(lines[i], d)) {
                const QString key = headerKey(cell);
                double h = 0;
                for (const QString &f : fields)
                    h = std::max(h, headerWordScore(key, f));
                words += h >= 0.6 ? 1 : 0;
                line.add(cell);
            }
            const bool header = words >= 2 || (words == 1 && line.dateTime + line.dateOnly + line.amount == 0);
            const int score = header ? 1000 + words * 10 + widths[size_t(i)] : below * 2 + widths[size_t(i)];
            if (score > bestScore) {
                bestScore = score;
                best = {d, header ? i : -1, header ? i + 1 : i, widths[size_t(i)], words};
            }
        }
    }
    return best;
}
} // namespace

Inference inferLayout(const QStringList &lines, bool cellRows)
{
    Inference out;
    const HeadSplit head = findHead(lines, cellRows);
    if (head.delimiter.isNull())
        return out;
    QStringList keys, headers;
    if (head.headerLine >= 0)
        for (const QString &cell : splitLine(lines[head.headerLine], head.delimiter))
            headers << cleanCell(cell).toString(), keys << headerKey(cell);
    QList<QStringList> rows;
    for (int i = head.dataLine; i < lines.size() && rows.size() < 200; ++i)
        if (!lines[i].trimmed().isEmpty())
            rows << splitLine(lines[i], head.delimiter);
    std::vector<ColumnStats> stats(size_t(head.width));
    for (const QStringList &r : rows)
        for (int c = 0; c < head.width && c < r.size(); ++c)
            stats[size_t(c)].add(r[c]);
    for (ColumnStats &s : stats)
        s.finish();
    const Mapping tx = assign(RecordKind::Transactions, keys, stats, rows);
    const Mapping calls = assign(RecordKind::Calls, keys, stats, rows);
    const Mapping &m = calls.essential > tx.essential ? calls : tx;
    out.confidence = int(m.essential * 100 + 0.5);

    auto profile = std::make_shared<Profile>();
    profile->id = QStringLiteral("inferred");
    profile->name = QStringLiteral("Mapped from the header words and the content of the columns");
    profile->origin = QStringLiteral(":inferred");
    profile->kind = m.kind;
    profile->header = head.headerLine >= 0;
    profile->delimiter = cellRows ? QChar() : head.delimiter;
    profile->required = m.kind == RecordKind::Calls ? QStringList{QStringLiteral("start_time|date"), QStringLiteral("other_party|caller+callee")}
                                                    : QStringList{QStringLiteral("time|date"), QStringLiteral("amount|credit|debit")};
    profile->creditFlags = genericCreditFlags();
    profile->debitFlags = genericDebitFlags();
    profile->directions = genericDirections();
    Layout &lay = out.layout;
    lay.delimiter = head.delimiter;
    lay.headerLine = head.headerLine >= 0 ? head.headerLine : head.dataLine - 1;
    lay.headerFields = head.width;
    if (head.headerLine >= 0) // without a header, the line before the data is no header to repeat
        for (const QString &cell : splitLine(lines[lay.headerLine], head.delimiter))
            lay.headerKeys << headerKey(cell);
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        const Candidate &c = it.value();
        out.columns.append({c.column, headers.value(c.column), c.field, int(c.conf * 100 + 0.5), c.byHeader, c.byContent});
        lay.columns[c.field] << c.column;
        if (head.headerLine >= 0 && !keys.value(c.column).isEmpty())
            profile->fields.insert(c.field, {keys.value(c.column)});
        else
            profile->positions.insert(c.field, c.column);
    }
    std::sort(out.columns.begin(), out.columns.end(), [](const ColumnGuess &a, const ColumnGuess &b) { return a.column < b.column; });
    out.headers = headers;
    lay.ownedProfile = profile;
    lay.profile = profile.get();
    lay.score = out.confidence;
    lay.inferred = out.toJson();
    return out;
}

} // namespace cb::importers
