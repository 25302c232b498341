#include "bank/camtmodel.h"

#include "common/importer.h"

#include "money.h"
#include "common/values.h"

#include <algorithm>

namespace cb::importers::camt {

using namespace cb::casefile;

namespace {
constexpr qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

int exponentOf(const QString &ccy)
{
    return qBound(0, currencyExponent(ccy), kScale);
}
} // namespace

std::optional<qint64> parseScaled(QStringView text)
{
    text = text.trimmed();
    qint64 whole = 0, frac = 0;
    int fracDigits = 0, wholeDigits = 0;
    bool point = false;
    for (QChar c : text) {
        if (c == u'.' && !point) {
            point = true;
        } else if (c >= u'0' && c <= u'9') {
            if (point) {
                if (++fracDigits > kScale)
                    return std::nullopt;
                frac = frac * 10 + (c.unicode() - u'0');
            } else {
                if (++wholeDigits > 13) // 10^13 major units at kScale still fits in 63 bits
                    return std::nullopt;
                whole = whole * 10 + (c.unicode() - u'0');
            }
        } else {
            return std::nullopt;
        }
    }
    if (wholeDigits == 0 || (point && fracDigits == 0))
        return std::nullopt;
    return whole * pow10(kScale) + frac * pow10(kScale - fracDigits);
}

qint64 toMinor(qint64 scaled, int exponent)
{
    const qint64 f = pow10(kScale - qBound(0, exponent, kScale));
    const qint64 a = scaled < 0 ? -scaled : scaled;
    qint64 q = a / f;
    const qint64 r = a % f;
    if (2 * r > f || (2 * r == f && (q & 1)))
        ++q;
    return scaled < 0 ? -q : q;
}

QString scaledText(qint64 scaled, int exponent)
{
    const qint64 a = scaled < 0 ? -scaled : scaled;
    QString frac = QString::number(a % pow10(kScale)).rightJustified(kScale, u'0');
    while (frac.size() > exponent && frac.endsWith(u'0'))
        frac.chop(1);
    QString s = (scaled < 0 ? QStringLiteral("-") : QString()) + QString::number(a / pow10(kScale));
    return frac.isEmpty() ? s : s + u'.' + frac;
}

std::optional<Timestamp> parseTime(QStringView text, LocalZone &zone, bool *dateOnly)
{
    text = text.trimmed();
    if (text.size() < 10)
        return std::nullopt;
    const bool onlyDate = text.size() == 10 || text[10] != u'T';
    if (dateOnly)
        *dateOnly = onlyDate;
    if (!onlyDate) {
        const auto p = parseDateTime(text, DateOrder::YMD);
        if (!p)
            return std::nullopt;
        return resolveTime(*p, zone);
    }
    // xs:date may carry a zone: "2017-04-01+02:00" or "2017-04-01Z".
    const auto p = parseDateTime(text.left(10), DateOrder::YMD);
    if (!p)
        return std::nullopt;
    const QStringView zoneText = text.mid(10);
    if (zoneText.isEmpty())
        return resolveTime(*p, zone);
    if (zoneText == u"Z")
        return Timestamp{p->localMs, 0};
    if (zoneText.size() != 6 || (zoneText[0] != u'+' && zoneText[0] != u'-') || zoneText[3] != u':')
        return std::nullopt;
    bool okH = false, okM = false;
    const int h = zoneText.mid(1, 2).toInt(&okH), m = zoneText.mid(4, 2).toInt(&okM);
    if (!okH || !okM || h > 14 || m > 59)
        return std::nullopt;
    const qint32 off = (zoneText[0] == u'-' ? -1 : 1) * (h * 3600 + m * 60);
    return Timestamp{p->localMs - qint64(off) * 1000, off};
}

Emitter::Emitter(const QString &owner, const QString &defaultCurrency, LocalZone &zone, RecordSink &sink)
    : m_owner(owner), m_currency(defaultCurrency), m_zone(zone), m_sink(sink)
{
}

QString Emitter::locator(qint64 line, const QString &path) const
{
    return lineLocator(line) + QStringLiteral(" (") + path + u')';
}

void Emitter::emitOne(TransactionRecord t)
{
    if (!t.amountExact.isEmpty())
        m_sink.diagnostic({Severity::Info, t.locator,
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the amount %1 %2 is more precise than the currency's minor unit: kept exactly, rounded for totals"),
                               {t.amountExact, t.currency})});
    m_batch.add(std::move(t));
}

void Emitter::flush()
{
    m_batch.flush();
}

namespace {
// The other side of a movement: the debtor of a credit, the creditor of a debit (the reverse for a
// reversal), never a party that is the statement's own account.
Party counterparty(const TxDetail &d, bool credit, bool reversal, const QString &own)
{
    const bool wantDebtor = credit != reversal;
    const Party &first = wantDebtor ? d.debtor : d.creditor;
    const Party &second = wantDebtor ? d.creditor : d.debtor;
    auto usable = [&own](const Party &p) {
        return (!p.name.isEmpty() || !p.account.isEmpty()) && (p.account.isEmpty() || p.account != own);
    };
    return usable(first) ? first : usable(second) ? second : Party{};
}

QString detailText(const TxDetail &d)
{
    QStringList parts = d.remittance;
    if (!d.creditorRef.isEmpty())
        parts << d.creditorRef;
    if (!d.additional.isEmpty())
        parts << d.additional;
    return parts.join(QStringLiteral(" / "));
}

QString detailReference(const TxDetail &d)
{
    for (const QString &r : {d.endToEnd, d.txId, d.instrId, d.servicerRef})
        if (!r.isEmpty() && r != u"NOTPROVIDED")
            return r;
    return {};
}
} // namespace

void Emitter::entry(Statement &st, const Entry &e)
{
    const QString here = locator(e.line, e.path);
    ++st.entries;
    const bool credit = e.creditDebit == u"CRDT";
    const qint64 sign = credit ? 1 : -1;
    if (e.amount.scaled && (credit || e.creditDebit == u"DBIT"))
        (credit ? st.creditCount : st.debitCount)++, (credit ? st.creditSum : st.debitSum) += *e.amount.scaled;

    // A batched entry becomes one transaction per detail when the details account for it exactly.
    bool split = e.details.size() >= 2 && !e.detailsTruncated && e.amount.scaled;
    qint64 detailSum = 0;
    for (const TxDetail &d : e.details) {
        if (!split)
            break;
        if (!d.amount.scaled || (!d.amount.currency.isEmpty() && d.amount.currency != e.amount.currency) ||
            (!d.creditDebit.isEmpty() && d.creditDebit != u"CRDT" && d.creditDebit != u"DBIT"))
            split = false;
        else
            detailSum += (d.creditDebit.isEmpty() ? sign : d.creditDebit == u"CRDT" ? 1 : -1) * *d.amount.scaled;
    }
    split = split && detailSum == sign * *e.amount.scaled;
    const qint64 rows = split ? qint64(e.details.size()) : 1;
    m_sink.rowsRead(rows);

    const QString status = e.status.isEmpty() ? QStringLiteral("BOOK") : e.status;
    if (status != u"BOOK") {
        for (qint64 i = 0; i < rows; ++i)
            m_sink.rowSkipped(here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "entry status %1: not booked, so not part of the balance"), {status}));
        return;
    }
    auto reject = [&](const Message &m) {
        for (qint64 i = 0; i < rows; ++i)
            m_sink.rowRejected(here, m);
    };
    if (!e.amount.scaled)
        return reject(msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the amount \"%1\" is not a number"), {e.amount.raw}));
    if (!credit && e.creditDebit != u"DBIT")
        return reject(msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the credit/debit indicator \"%1\" is neither CRDT nor DBIT"), {e.creditDebit}));
    const QString ccy = !e.amount.currency.isEmpty() ? e.amount.currency : !st.accountCurrency.isEmpty() ? st.accountCurrency : m_currency;
    if (ccy.isEmpty())
        return reject(msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the entry has no currency")));
    const QString when = e.bookingDate.isEmpty() ? e.valueDate : e.bookingDate;
    const auto time = parseTime(when, m_zone);
    if (!time)
        return reject(msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the entry has no valid booking or value date (\"%1\")"), {when}));

    const qint64 signedScaled = sign * *e.amount.scaled;
    st.movements[ccy] += signedScaled;
    st.movementCount[ccy] += 1;
    if (e.reversal)
        m_sink.diagnostic({Severity::Info, here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "reversal entry (%1)"), {e.creditDebit})});

    TransactionRecord base;
    base.account = m_owner.isEmpty() ? st.account : m_owner;
    base.accountName = st.ownerName.isEmpty() ? st.accountName : st.ownerName;
    base.currency = ccy;
    base.time = *time;
    if (parseTime(e.valueDate, m_zone))
        base.valueDate = e.valueDate.trimmed().left(10);
    else if (!e.valueDate.trimmed().isEmpty()) // secondary: the entry is kept without it
        m_sink.diagnostic({Severity::Warning, here, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the value date \"%1\" cannot be read and was left empty"), {e.valueDate.left(40)})});
    QStringList code;
    for (const QString &c : {e.domain, e.family, e.subFamily})
        if (!c.isEmpty())
            code << c;
    base.channel = code.isEmpty() ? e.proprietaryCode : code.join(u'/');
    base.reference = e.servicerRef.isEmpty() ? e.entryRef : e.servicerRef;
    base.description = e.additional;
    const int exp = exponentOf(ccy);
    auto setAmount = [exp](TransactionRecord &t, qint64 scaledSigned) {
        t.amountMinor = toMinor(scaledSigned, exp);
        if (toMinor(scaledSigned, exp) * pow10(kScale - exp) != scaledSigned)
            t.amountExact = scaledText(scaledSigned, exp);
    };
    auto fill = [&](TransactionRecord &t, const TxDetail &d) {
        const Party p = counterparty(d, credit, e.reversal, st.account);
        t.counterpartyName = p.name;
        t.counterpartyAccount = p.account;
        if (const QString r = detailReference(d); !r.isEmpty())
            t.reference = r;
        if (const QString text = detailText(d); !text.isEmpty())
            t.description = t.description.isEmpty() || split ? text : text + QStringLiteral(" / ") + t.description;
    };

    if (split) {
        m_sink.diagnostic({Severity::Info, here,
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "batched entry of %1 transactions: one row per transaction detail"), {QString::number(rows)})});
        for (qsizetype i = 0; i < qsizetype(e.details.size()); ++i) {
            const TxDetail &d = e.details[size_t(i)];
            TransactionRecord t = base;
            t.locator = locator(d.line, e.path + QStringLiteral("/TxDtls[%1]").arg(i + 1));
            const qint64 dsign = d.creditDebit.isEmpty() ? sign : d.creditDebit == u"CRDT" ? 1 : -1;
            setAmount(t, dsign * *d.amount.scaled);
            fill(t, d);
            emitOne(std::move(t));
        }
        return;
    }
    TransactionRecord t = base;
    t.locator = here;
    setAmount(t, signedScaled);
    if (e.details.size() == 1) {
        fill(t, e.details.front());
    } else if (!e.details.empty()) {
        // Keep who was in the batch with the row, even when the amounts do not allow one row each.
        QStringList names;
        for (const TxDetail &d : e.details) {
            const Party p = counterparty(d, credit, e.reversal, st.account);
            if (!p.name.isEmpty() || !p.account.isEmpty())
                names << (p.account.isEmpty() ? p.name : p.name.isEmpty() ? p.account : p.name + QStringLiteral(" (") + p.account + u')');
        }
        if (!names.isEmpty())
            t.description = (t.description.isEmpty() ? QString() : t.description + QStringLiteral(" / ")) + names.join(QStringLiteral("; "));
        const bool amountless = std::any_of(e.details.begin(), e.details.end(), [](const TxDetail &d) { return !d.amount.scaled; });
        m_sink.diagnostic({Severity::Warning, here,
                           amountless ? msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 transaction details of this entry carry no amounts of their own; imported as one entry"),
                                            {QString::number(e.details.size())})
                                      : msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 transaction details of this entry do not add up to its amount; imported as one entry"),
                                            {QString::number(e.details.size())})});
    } else if (e.batchCount && *e.batchCount > 1) {
        m_sink.diagnostic({Severity::Info, here,
                           msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "batched entry of %1 transactions without details"), {QString::number(*e.batchCount)})});
    }
    emitOne(std::move(t));
}

} // namespace cb::importers::camt
