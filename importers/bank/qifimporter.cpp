#include "bank/qifimporter.h"

#include "money.h"
#include "common/recordbatcher.h"
#include "common/textdecoder.h"
#include "common/values.h"

#include <QCoreApplication>
#include <QIODevice>
#include <vector>

namespace cb::importers {

using namespace cb::casefile;

QString QifImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "Quicken Interchange Format (QIF)");
}

int QifImporter::sniff(const QByteArray &head, const QString &) const
{
    QByteArray h = head.left(4096);
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    h = h.trimmed();
    for (const char *start : {"!Type:", "!Account", "!Option:", "!Clear:"})
        if (h.startsWith(start))
            return 90;
    return 0;
}

namespace {

struct Record
{
    qint64 line = 0;
    QString date, amount, payee, memo, number, category;
    QStringList address, splits;
};

// Day, month and year of a QIF date; the year rules: 4 digits as is, "'98"/2 digits by the 1970 pivot
// except after an apostrophe (Quicken's mark for 2000+), 3 digits (101) = 1900 + n.
bool qifDate(const QString &text, bool dayFirst, int &y, int &m, int &d)
{
    int groups[3] = {}, digits[3] = {};
    bool apostrophe = false;
    int n = 0;
    for (qsizetype i = 0; i < text.size() && n <= 3;) {
        if (text[i].isDigit()) {
            if (n == 3)
                return false;
            int v = 0, k = 0;
            while (i < text.size() && text[i].isDigit() && k < 5)
                v = v * 10 + (text[i++].unicode() - '0'), ++k;
            groups[n] = v, digits[n] = k, ++n;
        } else {
            if (text[i] == u'\'' && n == 2)
                apostrophe = true;
            ++i;
        }
    }
    if (n != 3)
        return false;
    if (digits[0] == 4) { // 2013-10-23
        y = groups[0], m = groups[1], d = groups[2];
    } else {
        m = dayFirst ? groups[1] : groups[0];
        d = dayFirst ? groups[0] : groups[1];
        const int yy = groups[2];
        y = digits[2] == 4 ? yy : digits[2] == 3 ? 1900 + yy : apostrophe ? 2000 + yy : (yy < 70 ? 2000 + yy : 1900 + yy);
    }
    return isValidCivil(y, m, d, 0, 0, 0);
}

} // namespace

ParseOutcome QifImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = QStringLiteral("qif");
    if (device.size() > (512LL << 20)) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the QIF file is larger than 512 MB")));
        return out;
    }
    TextDecoder decoder;
    if (Status s = decoder.open(&device); !s) {
        out.status = s;
        return out;
    }
    out.encoding = decoder.encoding();
    QString text;
    while (decoder.read(text)) {
    }
    const QStringList lines = text.split(u'\n');
    text.clear();

    // Pass 1: records by section, and every date to decide the day/month order for the whole file.
    struct Section
    {
        QString type, account;
        std::vector<Record> records;
    };
    std::vector<Section> sections;
    QString accountName, sectionType;
    bool inAccountBlock = false;
    Record rec;
    bool dayFirst = false, decided = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = lines[i];
        if (l.endsWith(u'\r'))
            l.chop(1);
        if (l.trimmed().isEmpty())
            continue;
        const QChar code = l[0];
        const QString v = l.mid(1).trimmed();
        if (code == u'!') {
            const QString header = l.trimmed();
            if (header.compare(u"!Account", Qt::CaseInsensitive) == 0) {
                inAccountBlock = true;
            } else if (header.startsWith(u"!Type:", Qt::CaseInsensitive)) {
                inAccountBlock = false;
                sectionType = header.mid(6).trimmed().toLower();
                sections.push_back({sectionType, accountName, {}});
            }
            continue;
        }
        if (inAccountBlock) {
            if (code == u'N')
                accountName = v;
            else if (code == u'^')
                inAccountBlock = false;
            continue;
        }
        if (sections.empty()) // records before any !Type header: treat as bank
            sections.push_back({QStringLiteral("bank"), accountName, {}});
        if (rec.line == 0)
            rec.line = i + 1;
        switch (code.unicode()) {
        case 'D':
            rec.date = v;
            if (!decided) {
                int a = 0, b = 0, k = 0, cur = 0;
                bool inNum = false;
                for (QChar c : v) {
                    if (c.isDigit())
                        cur = cur * 10 + (c.unicode() - '0'), inNum = true;
                    else if (inNum)
                        (k == 0 ? a : b) = cur, cur = 0, inNum = false, ++k;
                    if (k == 2)
                        break;
                }
                if (a > 12 && a <= 31)
                    dayFirst = true, decided = true;
                else if (b > 12)
                    dayFirst = false, decided = true;
            }
            break;
        case 'T':
        case 'U': rec.amount = v; break;
        case 'P': rec.payee = v; break;
        case 'M': rec.memo = v; break;
        case 'N': rec.number = v; break;
        case 'L': rec.category = v; break;
        case 'A': rec.address << v; break;
        case 'S': rec.splits << v; break;
        case 'E':
        case '$':
            if (!rec.splits.isEmpty())
                rec.splits.last() += u' ' + v;
            break;
        case '^':
            sections.back().records.push_back(rec);
            rec = Record();
            break;
        default: break;
        }
    }
    if (rec.line && !rec.date.isEmpty())
        sections.back().records.push_back(rec); // a last record without its closing ^

    // Pass 2: money movements of bank, cash, card and other asset/liability accounts.
    static const QStringList money = {QStringLiteral("bank"), QStringLiteral("cash"), QStringLiteral("ccard"),
                                      QStringLiteral("oth a"), QStringLiteral("oth l")};
    static const QStringList lists = {QStringLiteral("cat"), QStringLiteral("class"), QStringLiteral("memorized"),
                                      QStringLiteral("security"), QStringLiteral("prices")};
    LocalZone zone(ctx.zone);
    RecordBatcher batch(sink);
    qint64 rows = 0;
    bool placeholderWarned = false;
    for (const Section &sec : sections) {
        if (lists.contains(sec.type))
            continue; // category/class lists and memorized templates are not statements
        for (const Record &r : sec.records) {
            ++rows;
            sink.rowsRead(1);
            const QString loc = lineLocator(r.line);
            if (!money.contains(sec.type)) {
                sink.rowSkipped(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 record: not a bank, cash or card movement"), {sec.type}));
                continue;
            }
            const QString account = ctx.owner.isEmpty() ? sec.account : ctx.owner;
            if (account.isEmpty() && !ctx.placeholderOwner) {
                out.status = Status::error(ErrorCode::NeedsAccount, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the QIF file does not name its account (pass --account)")), loc);
                return out;
            }
            if (account.isEmpty() && !placeholderWarned) {
                placeholderWarned = true;
                sink.diagnostic({Severity::Warning, QStringLiteral("file"),
                                 placeholderAccountWarning(ctx.fileName)});
            }
            if (ctx.currency.isEmpty()) {
                out.status = Status::error(ErrorCode::NeedsCurrency, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "QIF files carry no currency (pass --currency)")), loc);
                return out;
            }
            int y = 0, m = 0, d = 0;
            if (!qifDate(r.date, dayFirst, y, m, d)) {
                sink.rowRejected(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the date/time \"%1\""), {r.date}));
                continue;
            }
            TransactionRecord t;
            t.locator = loc;
            t.account = account;
            t.ownerUnknown = account.isEmpty();
            t.currency = ctx.currency;
            if (r.amount.isEmpty() || parseAmount(r.amount, currencyExponent(t.currency), QChar(), t.amountMinor) != AmountError::None) {
                sink.rowRejected(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the amount \"%1\" is not a number"), {r.amount}));
                continue;
            }
            // Credit-card sections keep QIF's sign: a charge is negative, i.e. money out of the holder's view.
            t.time = zone.fromLocal(daysFromCivil(y, m, d) * 86400000LL);
            t.valueDate = QStringLiteral("%1-%2-%3").arg(y).arg(m, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
            t.counterpartyName = r.payee;
            if (t.counterpartyName.isEmpty() && r.category.startsWith(u'[') && r.category.endsWith(u']'))
                t.counterpartyName = r.category.mid(1, r.category.size() - 2); // a transfer to another account
            t.reference = r.number;
            QStringList desc;
            if (!r.memo.isEmpty())
                desc << r.memo;
            if (!r.category.isEmpty())
                desc << r.category;
            if (!r.address.isEmpty())
                desc << r.address.join(QStringLiteral(", "));
            if (!r.splits.isEmpty())
                desc << QStringLiteral("splits: ") + r.splits.join(QStringLiteral("; "));
            t.description = desc.join(QStringLiteral(" | "));
            t.channel = sec.type;
            batch.add(std::move(t));
        }
    }
    batch.flush();
    if (rows == 0)
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file has no data rows")), lineLocator(1));
    ctx.advance(decoder.bytesRead());
    return out;
}

} // namespace cb::importers
