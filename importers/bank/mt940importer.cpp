#include "bank/mt940importer.h"

#include "money.h"
#include "common/recordbatcher.h"
#include "common/textdecoder.h"
#include "common/values.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <vector>

namespace cb::importers {

using namespace cb::casefile;

QString Mt940Importer::displayName() const
{
    return QCoreApplication::translate("cb::importers", "SWIFT MT940/MT942 bank statements");
}

QStringList Mt940Importer::filePatterns() const
{
    return {QStringLiteral("*.sta"), QStringLiteral("*.mt940"), QStringLiteral("*.940"), QStringLiteral("*.942"), QStringLiteral("*.txt")};
}

int Mt940Importer::sniff(const QByteArray &head, const QString &) const
{
    const QByteArray h = head.left(16384);
    const bool ref = h.startsWith(":20:") || h.contains("\n:20:") || h.contains("\x01:20:") || h.contains("{4:\r\n:20:") ||
                     h.contains("{4:\n:20:");
    const bool acct = h.contains("\n:25:");
    const bool body = h.contains("\n:60F:") || h.contains("\n:60M:") || h.contains("\n:61:") || h.contains("\n:13D:") ||
                      h.contains("\n:28C:");
    return ref && acct && body ? 90 : 0;
}

namespace {

const QStringList kKnownTags = {QStringLiteral("20"),  QStringLiteral("21"),  QStringLiteral("25"),  QStringLiteral("28"),
                                QStringLiteral("28C"), QStringLiteral("60F"), QStringLiteral("60M"), QStringLiteral("61"),
                                QStringLiteral("62F"), QStringLiteral("62M"), QStringLiteral("64"),  QStringLiteral("65"),
                                QStringLiteral("86"),  QStringLiteral("13"),  QStringLiteral("13D"), QStringLiteral("34F"),
                                QStringLiteral("90D"), QStringLiteral("90C"), QStringLiteral("NS"),  QStringLiteral("25P")};

struct Narrative
{
    QString description, counterpartyName, counterpartyAccount;
};

// German GVC style "166?00GUTSCHRIFT?20text?30BLZ?31ACCOUNT?32NAME" (also with '>' as separator).
Narrative parseNarrative(const QString &raw)
{
    Narrative n;
    const QString joined = QString(raw).remove(u'\n').remove(u'\r');
    if (joined.size() > 4 && joined[0].isDigit() && joined[1].isDigit() && joined[2].isDigit() &&
        (joined[3] == u'?' || joined[3] == u'>')) {
        const QChar sep = joined[3];
        QString posting, remittance, name, bank;
        qsizetype i = 3;
        while (i < joined.size()) {
            if (joined[i] != sep || i + 2 >= joined.size() || !joined[i + 1].isDigit() || !joined[i + 2].isDigit()) {
                ++i;
                continue;
            }
            const int code = joined.mid(i + 1, 2).toInt();
            qsizetype j = i + 3;
            while (j < joined.size() && !(joined[j] == sep && j + 2 < joined.size() && joined[j + 1].isDigit() && joined[j + 2].isDigit()))
                ++j;
            const QString v = joined.mid(i + 3, j - i - 3);
            if (code == 0)
                posting = v.trimmed();
            else if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63))
                remittance += v;
            else if (code == 30)
                bank = v.trimmed();
            else if (code == 31)
                n.counterpartyAccount = v.trimmed();
            else if (code == 32 || code == 33)
                name += v;
            i = j;
        }
        n.counterpartyName = name.trimmed();
        n.description = (posting.isEmpty() ? QString() : posting + QStringLiteral(": ")) + remittance.trimmed();
        if (n.description.isEmpty())
            n.description = joined;
        Q_UNUSED(bank)
        return n;
    }
    // ING / SEPA style "/TRTP/SEPA OVERBOEKING/IBAN/NL..../BIC/..../NAME/..../REMI/...".
    static const QRegularExpression keyed(QStringLiteral("/(TRTP|IBAN|BIC|NAME|REMI|EREF|CSID|MARF|ORDP|BENM|ID)/"));
    if (joined.contains(keyed)) {
        QRegularExpressionMatchIterator it = keyed.globalMatch(joined);
        QList<QRegularExpressionMatch> ms;
        while (it.hasNext())
            ms << it.next();
        for (int k = 0; k < ms.size(); ++k) {
            const qsizetype from = ms[k].capturedEnd();
            const qsizetype to = k + 1 < ms.size() ? ms[k + 1].capturedStart() : joined.size();
            const QString key = ms[k].captured(1), v = joined.mid(from, to - from).trimmed();
            if (key == u"IBAN" && n.counterpartyAccount.isEmpty())
                n.counterpartyAccount = v;
            else if (key == u"NAME" && n.counterpartyName.isEmpty())
                n.counterpartyName = v;
            else if (key == u"REMI")
                n.description = v;
        }
        if (n.description.isEmpty())
            n.description = joined.trimmed();
        return n;
    }
    n.description = QString(raw).replace(u'\n', u' ').simplified();
    return n;
}

struct Statement
{
    QString reference, account, number, currency;
    std::optional<qint64> opening, closing;
    QString openingDate, closingDate; // YYMMDD of the :60: and :62: balances: the period the statement covers
    QString locator;
    qint64 sum = 0, count = 0, debits = 0, credits = 0;
    qint64 debitSum = 0, creditSum = 0;
    QHash<QString, QString> stated;
};

class Parser
{
public:
    Parser(ImportContext &ctx, RecordSink &sink) : m_ctx(ctx), m_sink(sink), m_zone(ctx.zone) {}

    void line(const QString &text, qint64 number)
    {
        QString l = text;
        l.remove(QChar(0x01)).remove(QChar(0x03));
        if (l.startsWith(u'{')) { // SWIFT block headers {1:...}{2:...}{4:
            const qsizetype b4 = l.indexOf(QStringLiteral("{4:"));
            l = b4 >= 0 ? l.mid(b4 + 3) : QString();
        }
        if (l.startsWith(u"-}")) { // end of a SWIFT message; the next may follow on the same line
            finishTag();
            l = l.mid(2);
            if (l.startsWith(u'{')) {
                const qsizetype b4 = l.indexOf(QStringLiteral("{4:"));
                l = b4 >= 0 ? l.mid(b4 + 3) : QString();
            }
        }
        if (l.trimmed() == u"-" || l.trimmed().isEmpty()) {
            if (l.trimmed() == u"-")
                finishTag();
            else if (!m_tag.isEmpty())
                m_value += u'\n';
            return;
        }
        static const QRegularExpression tagRx(QStringLiteral("^:([0-9]{2}[A-Z]?|NS):"));
        const QRegularExpressionMatch m = tagRx.match(l);
        if (m.hasMatch() && kKnownTags.contains(m.captured(1))) {
            finishTag();
            m_tag = m.captured(1);
            m_value = l.mid(m.capturedLength());
            m_tagLine = number;
            return;
        }
        if (!m_tag.isEmpty()) // a continuation line, including narrative lines that merely look like a tag
            m_value += u'\n' + l;
    }

    void finish()
    {
        finishTag();
        finishStatement();
    }
    qint64 statements() const { return m_statements; }

private:
    static QString loc(qint64 line) { return lineLocator(line); }

    void finishTag()
    {
        if (m_tag.isEmpty())
            return;
        const QString tag = m_tag, value = m_value;
        m_tag.clear();
        m_value.clear();
        if (tag == u"20") {
            finishStatement();
            m_stmt = Statement();
            m_inStatement = true;
            m_stmt.reference = value.trimmed();
            m_stmt.locator = loc(m_tagLine);
            ++m_statements;
        } else if (tag == u"25") {
            m_stmt.account = value.trimmed();
        } else if (tag == u"28" || tag == u"28C") {
            m_stmt.number = value.trimmed();
        } else if (tag == u"60F" || tag == u"60M") {
            m_stmt.opening = balance(value, QStringLiteral("opening"), &m_stmt.openingDate);
        } else if (tag == u"62F" || tag == u"62M") {
            flushTransaction();
            m_stmt.closing = balance(value, QStringLiteral("closing"), &m_stmt.closingDate);
        } else if (tag == u"64" || tag == u"65") {
            m_stmt.stated.insert(tag == u"64" ? QStringLiteral("closing_available") : QStringLiteral("forward_available"), value.trimmed());
        } else if (tag == u"61") {
            flushTransaction();
            statementLine(value);
        } else if (tag == u"86" || tag == u"NS") {
            if (m_pending && m_pendingNarrative.isEmpty())
                m_pendingNarrative = value;
        } else if (tag == u"34F") {
            static const QRegularExpression rx(QStringLiteral("^([A-Z]{3})"));
            const auto mm = rx.match(value.trimmed());
            if (mm.hasMatch() && m_stmt.currency.isEmpty())
                m_stmt.currency = mm.captured(1);
            m_stmt.stated.insert(QStringLiteral("floor_limit"), value.trimmed());
        } else if (tag == u"13D" || tag == u"13") {
            m_stmt.stated.insert(QStringLiteral("report_time"), value.trimmed());
        } else if (tag == u"90D" || tag == u"90C") {
            m_stmt.stated.insert(tag == u"90D" ? QStringLiteral("stated_debits") : QStringLiteral("stated_credits"), value.trimmed());
        }
    }

    std::optional<qint64> balance(const QString &value, const QString &what, QString *date)
    {
        static const QRegularExpression rx(QStringLiteral("^([CD])(\\d{6})([A-Z]{3})([0-9]+,?[0-9]*)\\s*$"));
        const auto m = rx.match(value.trimmed());
        qint64 minor = 0;
        static const QRegularExpression currencyRx(QStringLiteral("^[CD]\\d{6}([A-Z]{3})"));
        if (const auto c = currencyRx.match(value.trimmed()); c.hasMatch() && m_stmt.currency.isEmpty())
            m_stmt.currency = c.captured(1); // even when the amount itself is corrupt
        if (!m.hasMatch() || parseAmount(m.captured(4), currencyExponent(m.captured(3)), u',', minor) != AmountError::None ||
            !validDate(m.captured(2))) {
            m_sink.diagnostic({Severity::Warning, loc(m_tagLine),
                               msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the %1 balance \"%2\""), {what, value.trimmed()})});
            return std::nullopt;
        }
        if (m_stmt.currency.isEmpty())
            m_stmt.currency = m.captured(3);
        *date = m.captured(2);
        return m.captured(1) == u"D" ? -minor : minor;
    }

    static bool validDate(const QString &yymmdd)
    {
        const int yy = yymmdd.left(2).toInt(), mm = yymmdd.mid(2, 2).toInt(), dd = yymmdd.mid(4, 2).toInt();
        return isValidCivil(yy < 80 ? 2000 + yy : 1900 + yy, mm, dd, 0, 0, 0);
    }

    void statementLine(const QString &value)
    {
        m_pending = false;
        m_pendingNarrative.clear();
        m_sink.rowsRead(1);
        const QString first = value.section(u'\n', 0, 0).trimmed();
        const QString extra = value.section(u'\n', 1).trimmed();
        static const QRegularExpression rx(QStringLiteral("^(\\d{6})(\\d{4})?(R?[CD])([A-Z])?([0-9]+,[0-9]*)([NFS][A-Z0-9]{3})?(.*)$"));
        const auto m = rx.match(first);
        const QString here = loc(m_tagLine);
        if (!m.hasMatch()) {
            m_sink.rowRejected(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "malformed :61: statement line \"%1\""), {first}));
            return;
        }
        const QString vd = m.captured(1);
        const int yy = vd.left(2).toInt(), year = yy < 80 ? 2000 + yy : 1900 + yy;
        const int vm = vd.mid(2, 2).toInt(), vday = vd.mid(4, 2).toInt();
        const bool valueDateOk = isValidCivil(year, vm, vday, 0, 0, 0);
        // The value date is the row's date only when no entry date follows it; beside a valid entry date
        // it is secondary: unreadable (30 February), it is a warning and the row is kept without it.
        // Its year (and the year-crossing below) still comes from the value date: a month outside 1-12
        // leaves no year to trust.
        if (!valueDateOk && (m.captured(2).isEmpty() || vm < 1 || vm > 12)) {
            m_sink.rowRejected(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "invalid value date \"%1\""), {vd}));
            return;
        }
        int by = year, bm = vm, bd = vday;
        if (!m.captured(2).isEmpty()) {
            bm = m.captured(2).left(2).toInt(), bd = m.captured(2).mid(2).toInt();
            if (bm == 12 && vm == 1)
                --by;
            else if (bm == 1 && vm == 12)
                ++by;
            if (!isValidCivil(by, bm, bd, 0, 0, 0)) {
                m_sink.rowRejected(here, valueDateOk ? msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "invalid entry date \"%1\""), {m.captured(2)})
                                                     : msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "invalid value date \"%1\" and entry date \"%2\""), {vd, m.captured(2)}));
                return;
            }
            if (!valueDateOk)
                m_sink.diagnostic({Severity::Warning, here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "invalid value date \"%1\": the entry date is used and the value date left empty"), {vd})});
        }
        const QString currency = m_stmt.currency.isEmpty() ? m_ctx.currency : m_stmt.currency;
        if (currency.isEmpty()) {
            m_sink.rowRejected(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the statement has no currency (no :60F: balance)")));
            return;
        }
        qint64 minor = 0;
        if (parseAmount(m.captured(5), currencyExponent(currency), u',', minor) != AmountError::None) {
            m_sink.rowRejected(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the amount \"%1\" is not a number"), {m.captured(5)}));
            return;
        }
        const QString mark = m.captured(3);
        // C credit, D debit; RC reverses a credit (money out), RD reverses a debit (money in).
        const bool in = mark == u"C" || mark == u"RD";
        TransactionRecord t;
        t.locator = here;
        t.account = m_ctx.owner.isEmpty() ? m_stmt.account : m_ctx.owner;
        t.currency = currency;
        t.amountMinor = in ? minor : -minor;
        t.time = m_zone.fromLocal(daysFromCivil(by, bm, bd) * 86400000LL);
        if (valueDateOk)
            t.valueDate = QStringLiteral("%1-%2-%3").arg(year).arg(vm, 2, 10, QLatin1Char('0')).arg(vday, 2, 10, QLatin1Char('0'));
        t.channel = m.captured(6);
        const QString refs = m.captured(7);
        const qsizetype slash = refs.indexOf(QStringLiteral("//"));
        t.reference = (slash >= 0 ? refs.left(slash) : refs).trimmed();
        if (t.reference == u"NONREF")
            t.reference.clear();
        if (slash >= 0 && t.reference.isEmpty())
            t.reference = refs.mid(slash + 2).trimmed();
        t.description = extra;
        if (mark.startsWith(u'R'))
            m_sink.diagnostic({Severity::Info, here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "reversal entry (%1)"), {mark})});
        m_current = t;
        m_pending = true;
    }

    void flushTransaction()
    {
        if (!m_pending)
            return;
        m_pending = false;
        TransactionRecord t = m_current;
        if (!m_pendingNarrative.isEmpty()) {
            const Narrative n = parseNarrative(m_pendingNarrative);
            t.counterpartyName = n.counterpartyName;
            t.counterpartyAccount = n.counterpartyAccount;
            t.description = t.description.isEmpty() ? n.description : n.description + QStringLiteral(" / ") + t.description;
        }
        m_pendingNarrative.clear();
        m_stmt.sum += t.amountMinor;
        ++m_stmt.count;
        (t.amountMinor < 0 ? m_stmt.debits : m_stmt.credits)++;
        (t.amountMinor < 0 ? m_stmt.debitSum : m_stmt.creditSum) += qAbs(t.amountMinor);
        m_batch.add(std::move(t));
    }

    void flushBatch()
    {
        m_batch.flush();
    }

    void finishStatement()
    {
        flushTransaction();
        flushBatch();
        if (!m_inStatement)
            return;
        m_inStatement = false;
        if (!m_stmt.opening && !m_stmt.closing && m_stmt.count == 0 && m_stmt.stated.isEmpty()) {
            --m_statements; // a :20: with neither balances nor entries is not a statement
            return;
        }
        StatementBalance b;
        b.locator = m_stmt.locator;
        b.account = m_stmt.account;
        b.currency = m_stmt.currency;
        b.reference = m_stmt.number.isEmpty() ? m_stmt.reference : m_stmt.reference + u' ' + m_stmt.number;
        b.openingMinor = m_stmt.opening;
        b.closingMinor = m_stmt.closing;
        b.movementsMinor = m_stmt.sum;
        b.movements = m_stmt.count;
        auto day = [](const QString &yymmdd) { // validDate() accepted it
            const int yy = yymmdd.left(2).toInt();
            return QStringLiteral("%1-%2-%3").arg(yy < 80 ? 2000 + yy : 1900 + yy).arg(yymmdd.mid(2, 2), yymmdd.mid(4, 2));
        };
        if (!m_stmt.openingDate.isEmpty())
            b.periodFromMs = periodBound(day(m_stmt.openingDate), DateOrder::YMD, m_zone, false);
        if (!m_stmt.closingDate.isEmpty())
            b.periodToMs = periodBound(day(m_stmt.closingDate), DateOrder::YMD, m_zone, true);
        m_sink.statementBalance(b);
        for (auto it = m_stmt.stated.begin(); it != m_stmt.stated.end(); ++it)
            m_sink.statedFact(b.reference + u' ' + it.key(), it.value());
        // MT942 :90D:/:90C: state how many debits/credits the report holds.
        for (const auto &[key, count, sum] : {std::tuple{QStringLiteral("stated_debits"), m_stmt.debits, m_stmt.debitSum},
                                              std::tuple{QStringLiteral("stated_credits"), m_stmt.credits, m_stmt.creditSum}}) {
            static const QRegularExpression rx(QStringLiteral("^(\\d+)([A-Z]{3})([0-9]+,?[0-9]*)"));
            const auto m = rx.match(m_stmt.stated.value(key));
            if (!m.hasMatch())
                continue;
            qint64 statedSum = 0;
            parseAmount(m.captured(3), currencyExponent(m.captured(2)), u',', statedSum);
            if (m.captured(1).toLongLong() != count || statedSum != sum)
                m_sink.diagnostic({Severity::Warning, m_stmt.locator,
                                   msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report states %1 entries totalling %2; %3 entries totalling %4 were read"),
                                       {m.captured(1), formatMinor(statedSum, m.captured(2)), QString::number(count), formatMinor(sum, m.captured(2))})});
        }
    }

    ImportContext &m_ctx;
    RecordSink &m_sink;
    LocalZone m_zone;
    QString m_tag, m_value;
    qint64 m_tagLine = 0;
    Statement m_stmt;
    bool m_inStatement = false;
    qint64 m_statements = 0;
    TransactionRecord m_current;
    bool m_pending = false;
    QString m_pendingNarrative;
    RecordBatcher m_batch{m_sink};
};

} // namespace

ParseOutcome Mt940Importer::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = QStringLiteral("mt940");
    TextDecoder decoder;
    if (Status s = decoder.open(&device); !s) {
        out.status = s;
        return out;
    }
    out.encoding = decoder.encoding();
    Parser parser(ctx, sink);
    QString buf;
    qint64 lineNo = 0;
    bool more = true;
    qint64 sinceProgress = 0;
    while (more) {
        more = decoder.read(buf);
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = buf.indexOf(u'\n', start);
            if (nl < 0)
                break;
            QString line = buf.mid(start, nl - start);
            if (line.endsWith(u'\r'))
                line.chop(1);
            parser.line(line, ++lineNo);
            start = nl + 1;
            if (++sinceProgress >= 8192) {
                sinceProgress = 0;
                if (!ctx.advance(decoder.bytesRead())) {
                    out.status = Status::cancelled();
                    return out;
                }
            }
        }
        buf.remove(0, start);
        if (buf.size() > (1 << 24)) {
            out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "a line is longer than 16 million characters: this is not an MT940 file")),
                                       lineLocator(lineNo + 1));
            return out;
        }
    }
    if (!buf.isEmpty())
        parser.line(buf, ++lineNo);
    parser.finish();
    if (parser.statements() == 0)
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no statement (:20:) found")), lineLocator(1));
    ctx.advance(decoder.bytesRead());
    return out;
}

} // namespace cb::importers
