#include "tabular/tabularhead.h"

#include "common/textdecoder.h"
#include "tabular/inference.h"
#include "tabular/layout.h"
#include "tabular/workbook.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <optional>

namespace cb::importers {

int TabularHead::columnCount() const
{
    qsizetype n = qMax(headers.size(), fields.size());
    for (const QStringList &r : rows)
        n = qMax(n, r.size());
    return int(n);
}

QStringList headLines(QIODevice &device, const QString &encoding, int bomLength)
{
    QByteArray head = device.peek(256 * 1024);
    head.remove(0, bomLength);
    QStringDecoder dec(encoding.toLatin1().constData());
    QString text = dec(head);
    QStringList lines = text.split(u'\n');
    if (head.size() == 256 * 1024 && lines.size() > 1)
        lines.removeLast(); // cut off mid-line
    for (QString &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    if (lines.size() > 400)
        lines.resize(400);
    return lines;
}

QStringList mappableFields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Calls:
        return {QStringLiteral("start_time"), QStringLiteral("date"), QStringLiteral("time_of_day"), QStringLiteral("subscriber"),
                QStringLiteral("other_party"), QStringLiteral("caller"), QStringLiteral("callee"), QStringLiteral("direction"),
                QStringLiteral("duration"), QStringLiteral("interaction"), QStringLiteral("status"), QStringLiteral("cell_id"),
                QStringLiteral("lac"), QStringLiteral("imei"), QStringLiteral("imsi")};
    case RecordKind::CellSites:
        return {QStringLiteral("cell_id"), QStringLiteral("lac"), QStringLiteral("lat"), QStringLiteral("lon"),
                QStringLiteral("azimuth"), QStringLiteral("address")};
    case RecordKind::Balances:
        return {QStringLiteral("time"), QStringLiteral("date"), QStringLiteral("account"), QStringLiteral("balance"),
                QStringLiteral("value_balance"), QStringLiteral("currency")};
    default:
        return {QStringLiteral("time"), QStringLiteral("date"), QStringLiteral("time_of_day"), QStringLiteral("value_date"),
                QStringLiteral("account"), QStringLiteral("account_name"), QStringLiteral("amount"), QStringLiteral("credit"),
                QStringLiteral("debit"), QStringLiteral("flag"), QStringLiteral("currency"), QStringLiteral("balance"),
                QStringLiteral("counterparty_account"), QStringLiteral("counterparty_name"), QStringLiteral("counterparty_info"),
                QStringLiteral("description"), QStringLiteral("reference"), QStringLiteral("channel")};
    }
}

namespace {

void fill(TabularHead &head, const QStringList &lines, const Layout &lay, int maxRows)
{
    head.delimiter = lay.delimiter;
    head.headerLine = lay.headerLine;
    if (head.profile.header && lay.headerLine >= 0 && lay.headerLine < lines.size()) // headerless: the line before the data is no header
        head.headers = splitLine(lines[lay.headerLine], lay.delimiter);
    for (int i = lay.headerLine + 1; i < lines.size() && head.rows.size() < maxRows; ++i)
        if (!lines[i].trimmed().isEmpty())
            head.rows << splitLine(lines[i], lay.delimiter);
    head.fields.resize(head.columnCount());
    QStringList names = lay.columns.keys();
    names.sort();
    for (const QString &f : names)
        for (int c : lay.columns.value(f))
            if (c >= 0 && c < head.fields.size() && !head.fields[c].contains(f))
                head.fields[c] << f;
    for (QStringList &fs : head.fields) // the interaction rides along with a direction, not the other way round
        if (fs.size() > 1 && fs.first() == u"interaction")
            fs.move(0, fs.size() - 1);
}

} // namespace

namespace {

// The head of lines (a sheet's rows as cells joined by TAB when cells is set), looked for after the first
// `skip` lines; line numbers count them back in, and the profile read with says to skip them.
Result<TabularHead> headOfLines(const QStringList &all, const ProfileLibrary &library, const QString &profileId, bool cells, int maxRows, int skip)
{
    const int first = qBound(0, skip, int(all.size()));
    const QStringList lines = all.mid(first);
    auto counted = [first](TabularHead head) {
        head.headerLine += first;
        head.profile.skipLines = first;
        return head;
    };
    TabularHead head;
    QJsonObject guess;
    Result<Layout> lay = detectLayout(lines, library, profileId, cells, true, &guess);
    if (lay) {
        const Layout &l = lay.value();
        head.profile = l.ownedProfile ? *l.ownedProfile : *l.profile;
        head.known = !l.ownedProfile;
        head.confidence = head.known ? 100 : l.inferred.value(QStringLiteral("confidence")).toInt();
        fill(head, lines, l, maxRows);
        return counted(head);
    }
    head.problem = lay.status().message();
    const QJsonObject guessed = guess.value(QStringLiteral("profile")).toObject();
    if (guessed.isEmpty())
        return lay.status(); // not even a guess: nothing to start a mapping from
    Result<Profile> p = Profile::fromJson(QJsonDocument(guessed).toJson(), QStringLiteral(":guess"));
    if (!p)
        return p.status();
    head.profile = p.value();
    head.profile.required.clear(); // the guess is refused for want of a field: read its columns all the same
    head.confidence = guess.value(QStringLiteral("confidence")).toInt();
    Result<Layout> with = detectLayout(lines, QList<Profile>{}, &head.profile, cells, false);
    if (!with)
        return with.status();
    fill(head, lines, with.value(), maxRows);
    return counted(head);
}

Result<TabularHead> spreadsheetHead(QIODevice &device, const ProfileLibrary &library, const QString &profileId, int maxRows, int skip)
{
    if (device.size() > qint64(512) << 20)
        return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the workbook is larger than 512 MB")));
    const QByteArray bytes = device.readAll();
    Result<std::unique_ptr<Workbook>> wb = Status();
    QTemporaryFile copy; // freexl reads from a path
    if (isOle2(bytes.left(8))) {
        if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
            return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot make a private copy of the workbook")));
        wb = openXls(copy.fileName());
    } else {
        wb = openXlsx(bytes);
    }
    if (!wb)
        return wb.status();
    // As the import chooses: the first sheet a profile knows; else the first that inference reads; else
    // the first with a guess to correct.
    std::optional<TabularHead> inferred, fallback;
    Status last = Status::error(ErrorCode::UnknownLayout, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the workbook has no rows")));
    for (int s = 0; s < wb.value()->sheetCount(); ++s) {
        QStringList lines;
        wb.value()->readSheet(s, [&lines](qint64, const QStringList &cells) {
            QStringList clean = cells;
            for (QString &c : clean)
                c.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            lines << clean.join(u'\t');
            return lines.size() < 400;
        });
        if (lines.isEmpty())
            continue;
        Result<TabularHead> h = headOfLines(lines, library, profileId, true, maxRows, skip);
        if (!h) {
            last = h.status();
            continue;
        }
        h.value().sheet = wb.value()->sheetName(s);
        h.value().encoding.clear();
        if (h.value().known)
            return h;
        std::optional<TabularHead> &slot = h.value().problem.isEmpty() ? inferred : fallback;
        if (!slot)
            slot = h.value();
    }
    if (inferred)
        return *inferred;
    if (fallback)
        return *fallback;
    return last;
}

} // namespace

Result<TabularHead> readTabularHead(QIODevice &device, const ProfileLibrary &library, const QString &profileId, int maxRows, int skipLines)
{
    const QByteArray peek = device.peek(64 * 1024);
    if (isOle2(peek.left(8)) || peek.startsWith("PK\x03\x04"))
        return spreadsheetHead(device, library, profileId, maxRows, skipLines);
    const EncodingGuess enc = detectEncoding(peek);
    if (enc.binary)
        return Status::error(ErrorCode::UnknownLayout, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "this is not delimited text")));
    Result<TabularHead> head = headOfLines(headLines(device, enc.name, enc.bomLength), library, profileId, false, maxRows, skipLines);
    if (head)
        head.value().encoding = enc.name;
    return head;
}

} // namespace cb::importers
