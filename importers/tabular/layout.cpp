#include "tabular/layout.h"

#include "tabular/inference.h"

#include <vector>

namespace cb::importers {

QStringList splitLine(QStringView line, QChar delim)
{
    QStringList out;
    QString cur;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'"') {
            if (inQuotes && i + 1 < line.size() && line[i + 1] == u'"') {
                cur.append(c);
                ++i;
            } else {
                inQuotes = !inQuotes;
            }
        } else if (c == delim && !inQuotes) {
            out << cur;
            cur.clear();
        } else if (c != u'\r') {
            cur.append(c);
        }
    }
    out << cur;
    return out;
}

static bool satisfied(const Profile &p, const QHash<QString, QList<int>> &cols)
{
    for (const QString &req : p.required) {
        bool any = false;
        for (const QString &alt : req.split(u'|')) {
            bool all = true;
            for (const QString &f : alt.split(u'+'))
                all = all && !cols.value(f).isEmpty();
            any = any || all;
        }
        if (!any)
            return false;
    }
    return true;
}

static int match(const Profile &p, const QStringList &keys, QHash<QString, QList<int>> &cols, bool forced)
{
    cols.clear();
    QList<bool> used(keys.size(), false);
    int matched = 0;
    // Fields in a stable order; within a field, aliases in the profile's order of preference.
    // Columns the profile names by position first (a header that names two columns alike: the analyst
    // chose which), then the rest by header words. Only for the header the profile was made for (its
    // signature) or a profile the analyst chose: positions alone would fit any line wide enough.
    if (p.header && (forced || !p.signature.isEmpty()))
        for (auto it = p.positions.begin(); it != p.positions.end(); ++it)
            if (it.value() < keys.size() && (!used[it.value()] || it.key() == u"interaction")) {
                cols[it.key()] << it.value();
                used[it.value()] = true;
                ++matched;
            }
    QStringList fields = p.fields.keys();
    fields.sort();
    for (const QString &f : fields) {
        if (cols.contains(f))
            continue;
        for (const QString &alias : p.fields.value(f)) {
            for (int c = 0; c < keys.size(); ++c) {
                // A call/text classifier may share its column with the direction ("Call Type": CALL_OUT, SMS_IN).
                if ((!used[c] || f == u"interaction") && keys[c] == alias) {
                    cols[f] << c;
                    used[c] = true;
                }
            }
        }
        if (!cols.value(f).isEmpty())
            ++matched;
    }
    // The analyst's profile for a header reads exactly that header, before every other reading of it.
    if (!p.signature.isEmpty())
        return p.signature == keys && satisfied(p, cols) ? 2000 + matched : 0;
    if (p.exact) {
        // Canonical layouts: every column one of theirs, in any order, the required ones present and the
        // optional ones (a CDR without IMEI and IMSI) free to be left out.
        int nonEmpty = 0;
        for (const QString &k : keys)
            nonEmpty += k.isEmpty() ? 0 : 1;
        if (!satisfied(p, cols) || nonEmpty != matched)
            return 0;
        return 1000 + matched;
    }
    return matched;
}

static QString findOwner(const Profile &p, const QStringList &lines, int upTo)
{
    for (int i = 0; i < upTo && i < lines.size(); ++i)
        for (const QRegularExpression &rx : p.ownerPatterns) {
            // Labels are padded with ideographic spaces in some exports ("账　　号：").
            const QRegularExpressionMatch m = rx.match(QString(lines[i]).remove(QChar(0x3000)));
            if (m.hasMatch())
                return m.captured(1).trimmed();
        }
    return {};
}

Result<Layout> detectLayout(const QStringList &headLines, const QList<Profile> &profiles, const Profile *forced, bool cellRows, bool infer,
                            QJsonObject *bestGuess)
{
    // Spreadsheet rows arrive as cells joined by TAB: only that split, whatever a profile says about text.
    const std::vector<QChar> delims = cellRows ? std::vector<QChar>{u'\t'} : std::vector<QChar>{u',', u';', u'\t', u'|'};
    Layout best;
    // The lines an analyst marked as a title block are not looked at (but an owner is still found in them).
    const int first = forced ? qMin<int>(forced->skipLines, int(headLines.size())) : 0;
    if (forced && forced->skipLines > 0) {
        int left = 0;
        for (const QString &l : headLines.mid(first))
            left += l.trimmed().isEmpty() ? 0 : 1;
        if (left == 0) {
            const QString tmpl = QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the profile skips %1 lines at the top, and nothing follows them in the file's first %2 lines"));
            const QStringList args{QString::number(forced->skipLines), QString::number(headLines.size())};
            return Status::error(ErrorCode::UnknownLayout, tmpl.arg(args[0], args[1])).withTemplate(tmpl, args);
        }
    }
    if (forced && !forced->header) {
        // Without a header: the delimiter that splits the first lines most consistently.
        int bestRun = 0;
        best.headerLine = first - 1; // the data start after the skipped lines
        for (QChar d : delims) {
            if (!cellRows && !forced->delimiter.isNull() && d != forced->delimiter)
                continue;
            int run = 0, width = -1;
            for (const QString &l : headLines.mid(first)) {
                if (l.trimmed().isEmpty())
                    continue;
                const int w = int(splitLine(l, d).size());
                if (width < 0)
                    width = w;
                if (w == width && w > 1)
                    ++run;
            }
            if (run > bestRun)
                bestRun = run, best.delimiter = d;
        }
        if (best.delimiter.isNull())
            best.delimiter = cellRows ? QChar(u'\t') : forced->delimiter.isNull() ? QChar(u',') : forced->delimiter;
        best.profile = forced;
        for (auto it = forced->positions.begin(); it != forced->positions.end(); ++it)
            best.columns[it.key()] << it.value();
        best.owner = findOwner(*forced, headLines, int(headLines.size()));
        return best;
    }
    const int scanLines = qMin<int>(int(headLines.size()), first + 80);
    for (QChar d : delims) {
        for (int i = first; i < scanLines; ++i) {
            const QStringList cells = splitLine(headLines[i], d);
            if (cells.size() < 2)
                continue;
            QStringList keys;
            for (const QString &c : cells)
                keys << headerKey(c);
            auto consider = [&](const Profile &p) {
                if (!cellRows && !p.delimiter.isNull() && p.delimiter != d)
                    return;
                QHash<QString, QList<int>> cols;
                const int score = match(p, keys, cols, &p == forced);
                if (score <= best.score || !satisfied(p, cols))
                    return;
                best.profile = &p;
                best.delimiter = d;
                best.headerLine = i;
                best.headerFields = int(cells.size());
                best.headerKeys = keys;
                best.columns = cols;
                best.score = score;
            };
            if (forced)
                consider(*forced);
            else
                for (const Profile &p : profiles)
                    consider(p);
        }
    }
    if (!best.profile) {
        if (forced)
            return Status::error(ErrorCode::UnknownLayout, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the header required by the chosen profile was not found")));
        if (!infer)
            return Status::error(ErrorCode::UnknownLayout, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no known layout: the header was not recognised (name a mapping profile with --profile)")));
        // No profile knows the header: map the columns by their header words and content.
        Inference guess = inferLayout(headLines, cellRows);
        if (guess.usable())
            return guess.layout;
        if (bestGuess && guess.layout.profile)
            *bestGuess = guess.toJson();
        const QString tmpl = QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no known layout, and the columns could not be mapped with confidence from their header words and content (best guess %1%, %2% needed: %3); name a mapping profile with --profile"));
        const QStringList args = {QString::number(guess.confidence), QString::number(kInferThreshold), guess.summary()};
        return Status::error(ErrorCode::UnknownLayout, tmpl.arg(args[0], args[1], args[2])).withTemplate(tmpl, args);
    }
    best.owner = findOwner(*best.profile, headLines, best.headerLine);
    return best;
}

} // namespace cb::importers

namespace cb::importers {

Result<Layout> detectLayout(const QStringList &headLines, const ProfileLibrary &library, const QString &forcedId, bool cells, bool infer,
                            QJsonObject *bestGuess)
{
    const Profile *forced = nullptr;
    if (!forcedId.isEmpty() && !(forced = library.find(forcedId)))
        return Status::error(ErrorCode::NotFound, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown mapping profile \"%1\"")).arg(forcedId));
    return detectLayout(headLines, library.profiles(), forced, cells, infer, bestGuess);
}

} // namespace cb::importers
