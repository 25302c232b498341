#include "bank/ofximporter.h"

#include "money.h"
#include "common/recordbatcher.h"
#include "common/textdecoder.h"
#include "common/values.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <vector>

namespace cb::importers {

using namespace cb::casefile;

QString OfxImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "OFX / QFX bank and credit-card statements");
}

int OfxImporter::sniff(const QByteArray &head, const QString &) const
{
    const QByteArray h = head.left(8192).toUpper();
    if (h.contains("OFXHEADER:") || h.contains("<?OFX ") || (h.contains("<OFX>") && (h.contains("<STMTRS>") || h.contains("<SIGNONMSGSRSV1>"))))
        return 90;
    return 0;
}

namespace {

constexpr size_t MaxDepth = 256;

QString decodeEntities(QString s)
{
    if (!s.contains(u'&'))
        return s;
    static const QRegularExpression rx(QStringLiteral("&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});"));
    QString out;
    qsizetype last = 0;
    for (auto it = rx.globalMatch(s); it.hasNext();) { // a raw '&' that is not an entity stays as it is
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString e = m.captured(1);
        if (e == u"amp")
            out += u'&';
        else if (e == u"lt")
            out += u'<';
        else if (e == u"gt")
            out += u'>';
        else if (e == u"quot")
            out += u'"';
        else if (e == u"apos")
            out += u'\'';
        else {
            const uint cp = e.startsWith(u"#x") ? e.mid(2).toUInt(nullptr, 16) : e.mid(1).toUInt();
            if (cp > 0 && cp < 0x110000)
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        }
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

// "20240323000000.000[-3:GMT]"; without a zone OFX times are GMT.
std::optional<Timestamp> ofxTime(const QString &v)
{
    static const QRegularExpression rx(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(?:(\\d{2}))?)?(?:\\.(\\d{1,3}))?\\s*(?:\\[([+-]?\\d{1,2}(?:\\.\\d+)?)(?::[^\\]]*)?\\])?"));
    const auto m = rx.match(v.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), d = m.captured(3).toInt();
    const int hh = m.captured(4).toInt(), mi = m.captured(5).toInt(), ss = m.captured(6).toInt();
    if (!isValidCivil(y, mo, d, hh, mi, ss))
        return std::nullopt;
    const int offset = m.captured(8).isEmpty() ? 0 : int(m.captured(8).toDouble() * 3600);
    const qint64 local = ((daysFromCivil(y, mo, d) * 24 + hh) * 60 + mi) * 60000LL + ss * 1000LL +
                         m.captured(7).leftJustified(3, u'0').toInt();
    return Timestamp{local - qint64(offset) * 1000, offset};
}

const QStringList kTrades = {QStringLiteral("BUYDEBT"),  QStringLiteral("BUYMF"),    QStringLiteral("BUYOPT"),
                             QStringLiteral("BUYOTHER"), QStringLiteral("BUYSTOCK"), QStringLiteral("CLOSUREOPT"),
                             QStringLiteral("INCOME"),   QStringLiteral("INVEXPENSE"), QStringLiteral("JRNLFUND"),
                             QStringLiteral("JRNLSEC"),  QStringLiteral("MARGININTEREST"), QStringLiteral("REINVEST"),
                             QStringLiteral("RETOFCAP"), QStringLiteral("SELLDEBT"), QStringLiteral("SELLMF"),
                             QStringLiteral("SELLOPT"),  QStringLiteral("SELLOTHER"), QStringLiteral("SELLSTOCK"),
                             QStringLiteral("SPLIT"),    QStringLiteral("TRANSFER")};

class Handler
{
public:
    Handler(ImportContext &ctx, RecordSink &sink) : m_ctx(ctx), m_sink(sink) {}

    void open(const QString &tag, qint64 line)
    {
        if (tag == u"STMTRS" || tag == u"CCSTMTRS" || tag == u"INVSTMTRS") {
            m_stmt = Stmt();
            m_stmt.line = line;
            m_stmt.card = tag == u"CCSTMTRS";
            ++m_statements;
        } else if (tag == u"STMTTRN") {
            m_trn = Trn();
            m_trn.line = line;
            m_inTrn = true;
        } else if (kTrades.contains(tag) && inPath(QStringLiteral("INVTRANLIST")) && !inPath(QStringLiteral("INVBANKTRAN"))) {
            m_sink.rowsRead(1);
            m_sink.rowSkipped(loc(line), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "investment trade %1: not a cash movement"), {tag}));
        }
    }

    void leaf(const QString &tag, const QString &value)
    {
        const QString parent = m_path.empty() ? QString() : m_path.back();
        if (m_inTrn) {
            if (tag == u"TRNAMT")
                m_trn.amount = value;
            else if (tag == u"DTPOSTED")
                m_trn.posted = value;
            else if (tag == u"DTUSER")
                m_trn.user = value;
            else if (tag == u"FITID")
                m_trn.fitid = value;
            else if (tag == u"CHECKNUM" || tag == u"REFNUM")
                m_trn.ref = m_trn.ref.isEmpty() ? value : m_trn.ref;
            else if (tag == u"NAME" && (parent == u"STMTTRN" || parent == u"PAYEE"))
                m_trn.name = value;
            else if (tag == u"MEMO")
                m_trn.memo = value;
            else if (tag == u"TRNTYPE")
                m_trn.type = value;
            else if (tag == u"ACCTID" && (parent == u"BANKACCTTO" || parent == u"CCACCTTO"))
                m_trn.toAccount = value;
            else if (tag == u"CURSYM" && parent == u"CURRENCY") // ORIGCURRENCY: TRNAMT is already in CURDEF
                m_trn.currency = value;
            return;
        }
        if (tag == u"CURDEF")
            m_stmt.currency = value.toUpper();
        else if (tag == u"ACCTID" && (parent == u"BANKACCTFROM" || parent == u"CCACCTFROM" || parent == u"INVACCTFROM"))
            m_stmt.account = value;
        else if (tag == u"BALAMT" && parent == u"LEDGERBAL")
            m_stmt.ledger = value;
    }

    void close(const QString &tag)
    {
        if (tag == u"STMTTRN" && m_inTrn) {
            m_inTrn = false;
            emitTrn();
        } else if (tag == u"STMTRS" || tag == u"CCSTMTRS" || tag == u"INVSTMTRS") {
            flush();
            StatementBalance b;
            b.locator = loc(m_stmt.line);
            b.account = m_stmt.account;
            b.currency = m_stmt.currency;
            b.reference = m_stmt.card ? QStringLiteral("credit card") : QStringLiteral("account");
            qint64 ledger = 0;
            if (!m_stmt.ledger.isEmpty() && parseAmount(m_stmt.ledger, currencyExponent(m_stmt.currency), QChar(), ledger) == AmountError::None)
                b.closingMinor = ledger;
            b.movementsMinor = m_stmt.sum;
            b.movements = m_stmt.count;
            m_sink.statementBalance(b);
        }
    }

    std::vector<QString> &path() { return m_path; }
    qint64 statements() const { return m_statements; }
    void flush()
    {
        m_batch.flush();
    }

private:
    struct Stmt
    {
        qint64 line = 0;
        bool card = false;
        QString currency, account, ledger;
        qint64 sum = 0, count = 0;
    };
    struct Trn
    {
        qint64 line = 0;
        QString amount, posted, user, fitid, ref, name, memo, type, toAccount, currency;
    };
    static QString loc(qint64 line) { return lineLocator(line); }
    bool inPath(const QString &tag) const { return std::find(m_path.begin(), m_path.end(), tag) != m_path.end(); }

    void emitTrn()
    {
        const QString here = loc(m_trn.line);
        m_sink.rowsRead(1);
        TransactionRecord t;
        t.locator = here;
        t.account = m_ctx.owner.isEmpty() ? m_stmt.account : m_ctx.owner;
        t.currency = !m_trn.currency.isEmpty() ? m_trn.currency.toUpper() : !m_stmt.currency.isEmpty() ? m_stmt.currency : m_ctx.currency;
        if (!isCurrencyCode(t.currency)) {
            m_sink.rowRejected(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown currency \"%1\""), {t.currency}));
            return;
        }
        const auto when = ofxTime(m_trn.posted.isEmpty() ? m_trn.user : m_trn.posted);
        if (!when) {
            m_sink.rowRejected(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the date/time \"%1\""), {m_trn.posted}));
            return;
        }
        t.time = *when;
        // TRNAMT is signed from the account holder's view in bank and card statements alike (a card charge is negative).
        if (m_trn.amount.isEmpty() || parseAmount(m_trn.amount, currencyExponent(t.currency), QChar(), t.amountMinor) != AmountError::None) {
            m_sink.rowRejected(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the amount \"%1\" is not a number"), {m_trn.amount}));
            return;
        }
        t.counterpartyName = m_trn.name;
        t.counterpartyAccount = m_trn.toAccount;
        t.reference = m_trn.fitid;
        t.channel = m_trn.type;
        t.description = m_trn.memo;
        if (!m_trn.ref.isEmpty())
            t.description += (t.description.isEmpty() ? QString() : QStringLiteral(" | ")) + m_trn.ref;
        m_stmt.sum += t.amountMinor;
        ++m_stmt.count;
        m_batch.add(std::move(t));
    }

    ImportContext &m_ctx;
    RecordSink &m_sink;
    std::vector<QString> m_path;
    Stmt m_stmt;
    Trn m_trn;
    bool m_inTrn = false;
    qint64 m_statements = 0;
    RecordBatcher m_batch{m_sink};
};

QString charsetOf(const QByteArray &head)
{
    const QByteArray up = head.left(4096).toUpper();
    static const QRegularExpression xmlEnc(QStringLiteral("ENCODING=\"([A-Z0-9_-]+)\""));
    const auto xm = xmlEnc.match(QString::fromLatin1(up));
    if (xm.hasMatch() && up.contains("<?XML"))
        return xm.captured(1);
    const qsizetype c = up.indexOf("CHARSET:");
    if (c >= 0) {
        const QByteArray v = up.mid(c + 8, up.indexOf('\n', c) - c - 8).trimmed();
        if (v == "1252")
            return QStringLiteral("windows-1252");
        if (v == "ISO-8859-1" || v == "8859-1")
            return QStringLiteral("ISO-8859-1");
        if (v == "UTF-8" || up.contains("ENCODING:UTF-8"))
            return QStringLiteral("UTF-8");
    }
    return {};
}

} // namespace

ParseOutcome OfxImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = QStringLiteral("ofx");
    if (device.size() > (256LL << 20)) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the OFX file is larger than 256 MB")));
        return out;
    }
    const QByteArray bytes = device.readAll();
    QString charset = charsetOf(bytes);
    if (charset.isEmpty() || (charset != u"UTF-8" && !QStringDecoder(charset.toLatin1().constData()).isValid()))
        charset = detectEncoding(bytes.left(65536)).name;
    if (charset == u"USASCII" || charset == u"US-ASCII")
        charset = QStringLiteral("windows-1252");
    QStringDecoder dec(charset.toLatin1().constData());
    if (!dec.isValid())
        dec = QStringDecoder(QStringDecoder::Latin1);
    out.encoding = charset;
    const QString text = dec(bytes);
    if (!text.contains(QStringLiteral("<OFX"), Qt::CaseInsensitive)) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no <OFX> element found")), lineLocator(1));
        return out;
    }
    Handler h(ctx, sink);
    std::vector<QString> &path = h.path();
    qint64 line = 1;
    qsizetype i = text.indexOf(QStringLiteral("<OFX"), 0, Qt::CaseInsensitive);
    for (qsizetype k = 0; k < i; ++k)
        line += text[k] == u'\n' ? 1 : 0;
    while (i < text.size()) {
        const qsizetype lt = text.indexOf(u'<', i);
        if (lt < 0)
            break;
        for (qsizetype k = i; k < lt; ++k)
            line += text[k] == u'\n' ? 1 : 0;
        const qsizetype gt = text.indexOf(u'>', lt);
        if (gt < 0)
            break;
        QString tag = text.mid(lt + 1, gt - lt - 1).trimmed();
        for (qsizetype k = lt; k < gt; ++k)
            line += text[k] == u'\n' ? 1 : 0;
        i = gt + 1;
        if (tag.startsWith(u'?') || tag.startsWith(u'!'))
            continue; // <?xml ...?>, <?OFX ...?>, comments
        const bool closing = tag.startsWith(u'/');
        const bool selfClosing = tag.endsWith(u'/');
        tag = tag.mid(closing ? 1 : 0, tag.size() - (closing ? 1 : 0) - (selfClosing ? 1 : 0)).section(u' ', 0, 0).toUpper();
        if (tag.isEmpty() || path.size() > 256)
            continue;
        if (closing) {
            // Close the named aggregate and anything left open inside it (SGML aggregates may be unclosed).
            auto it = std::find(path.rbegin(), path.rend(), tag);
            if (it == path.rend())
                continue; // the end tag of a leaf (XML, or SGML that closes leaves)
            while (!path.empty()) {
                const QString top = path.back();
                path.pop_back();
                h.close(top);
                if (top == tag)
                    break;
            }
            continue;
        }
        const qsizetype next = text.indexOf(u'<', i);
        const qsizetype length = (next < 0 ? text.size() : next) - i;
        // A value longer than any field stores is cut here, before it is copied, entity-decoded and trimmed.
        const QString value = text.mid(i, qMin(length, kMaxStoredText));
        if (length > kMaxStoredText)
            sink.diagnostic({Severity::Warning, lineLocator(QStringView(text).first(i).count(u'\n') + 1),
                             msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the <%1> value was %2 characters long and was cut to the first %3"),
                                 {tag, QString::number(length), QString::number(kMaxStoredText)})});
        if (!selfClosing && !value.trimmed().isEmpty()) {
            h.leaf(tag, decodeEntities(value.trimmed()));
        } else if (!selfClosing) {
            const bool closesAtOnce = next >= 0 && text.mid(next, tag.size() + 3).compare(QStringLiteral("</") + tag + u'>', Qt::CaseInsensitive) == 0;
            if (closesAtOnce) {
                h.leaf(tag, QString()); // <NAME></NAME>: an empty leaf
            } else {
                // OFX aggregates nest about ten deep; a file nesting far deeper is crafted, and its open
                // elements would only pile up (SGML leaves many unclosed, so each is kept until its parent closes).
                if (path.size() >= MaxDepth) {
                    out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file nests elements deeper than any OFX file does")),
                                               lineLocator(line));
                    return out;
                }
                path.push_back(tag);
                h.open(tag, line);
            }
        }
        if ((i & 0xFFFF) == 0 && !ctx.advance(i)) {
            out.status = Status::cancelled();
            return out;
        }
    }
    while (!path.empty()) { // a truncated file: close what is open so that completed rows are counted
        const QString top = path.back();
        path.pop_back();
        h.close(top);
    }
    h.flush();
    if (h.statements() == 0)
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no statement (STMTRS, CCSTMTRS or INVSTMTRS) found")),
                                   lineLocator(1));
    return out;
}

} // namespace cb::importers
