#include "synthetic/synthetic.h"

#include "identifiers.h"
#include "money.h"
#include "timeutil.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <random>

namespace cb::importers::synthetic {

using casefile::formatMinor;
using casefile::luhnCheckDigit;

QString cardNumber(quint64 n, const QString &prefix)
{
    QString body = prefix + QStringLiteral("%1").arg(n % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    return body + QString::number(luhnCheckDigit(body));
}

QString imei(quint64 n)
{
    QString body = QStringLiteral("86%1").arg(n % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    return body + QString::number(luhnCheckDigit(body));
}

namespace {

constexpr qint64 kShanghai = 8 * 3600;

// "2024-03-01T14:22:05+08:00" for UTC seconds, written without QDateTime (millions of rows).
void appendIso(QByteArray &out, qint64 utcSecs, qint64 offset = kShanghai, bool withOffset = true)
{
    const qint64 local = utcSecs + offset;
    qint64 days = local / 86400, rem = local % 86400;
    // civil from days (Hinnant)
    days += 719468;
    const qint64 era = days / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);
    char buf[40];
    const int n = withOffset ? std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld+%02lld:%02lld", (long long)y, m, d,
                                             (long long)(rem / 3600), (long long)(rem / 60 % 60), (long long)(rem % 60),
                                             (long long)(offset / 3600), (long long)(offset / 60 % 60))
                             : std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02lld:%02lld:%02lld", (long long)y, m, d,
                                             (long long)(rem / 3600), (long long)(rem / 60 % 60), (long long)(rem % 60));
    out.append(buf, n);
}

class Writer
{
public:
    explicit Writer(const QString &path) : m_file(path) { m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QByteArray &buf() { return m_buf; }
    bool flushIfBig()
    {
        if (m_buf.size() > (4 << 20))
            return flush();
        return true;
    }
    bool flush()
    {
        m_ok = m_ok && m_file.write(m_buf) == m_buf.size();
        m_buf.clear();
        return m_ok;
    }
    Status finish()
    {
        flush();
        return m_ok ? Status() : Status::error(QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    QFile m_file;
    QByteArray m_buf;
    bool m_ok = false;
};

QByteArray mobile(quint64 n)
{
    // Chinese mobile numbers in national form (13x/15x/18x), as carriers deliver them.
    static const char *prefixes[] = {"138", "139", "150", "186", "135", "158", "188", "137"};
    return QByteArray(prefixes[n % 8]) + QByteArray::number(10000000 + (n * 7919) % 90000000);
}

} // namespace

Status writeCellSites(const QString &path, int cells, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Writer w(path);
    w.buf() += "cell_id,lat,lon,azimuth,address\n";
    for (int i = 0; i < cells; ++i) {
        const double lat = 22.5 + double(rng() % 100000) / 100000.0;
        const double lon = 113.9 + double(rng() % 100000) / 100000.0;
        w.buf() += "46000-" + QByteArray::number(9000 + i / 50) + "-" + QByteArray::number(10000 + i) + "," +
                   QByteArray::number(lat, 'f', 5) + "," + QByteArray::number(lon, 'f', 5) + "," +
                   QByteArray::number((i % 3) * 120) + ",\"Shenzhen sector " + QByteArray::number(i) + "\"\n";
    }
    return w.finish();
}

Status writeCallRecords(const QString &path, qint64 rows, int subscribers, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Writer w(path);
    w.buf() += "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";
    const qint64 start = 1709251200; // 2024-03-01T00:00:00Z
    const qint64 perSub = qMax<qint64>(1, rows / subscribers);
    static const char *dirs[] = {"out", "in", "out", "in", "missed"};
    for (qint64 i = 0; i < rows; ++i) {
        const quint64 sub = quint64(i / perSub) % quint64(subscribers);
        const qint64 t = start + (i % perSub) * 37 + qint64(rng() % 30);
        // Contacts cluster: most calls go to a few hundred numbers per line, some to a shared pool.
        const quint64 other = (rng() % 10) < 7 ? sub * 1000 + rng() % 300 : 5000000 + rng() % 50000;
        const char *dir = dirs[rng() % 5];
        appendIso(w.buf(), t);
        w.buf() += ',' + mobile(sub + 900000) + ',' + mobile(other) + ',' + dir + ',' +
                   QByteArray::number(dir[0] == 'm' ? 0 : qint64(rng() % 900)) + ",46000-" +
                   QByteArray::number(9000 + (sub * 7 + rng() % 5) % 2000 / 50) + '-' +
                   QByteArray::number(10000 + (sub * 7 + rng() % 5) % 2000) + ',' + imei(sub + 1).toLatin1() +
                   ",4600" + QByteArray::number(1000000000ULL + sub) + '\n';
        if (!w.flushIfBig())
            break;
    }
    return w.finish();
}

// A German IBAN with correct ISO 7064 check digits for an 18-digit BBAN.
static QByteArray germanIban(const QByteArray &bban)
{
    int rem = 0;
    for (char c : bban + "131400") // "DE00" moved to the end, letters as numbers (D=13, E=14)
        rem = (rem * 10 + (c - '0')) % 97;
    return "DE" + QByteArray::number(98 - rem).rightJustified(2, '0') + bban;
}

Status writeMt940(const QString &path, qint64 entries, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Writer w(path);
    qint64 balance = 1000000; // cents
    const qint64 day0 = 19723; // 2024-01-01 in days since the epoch
    auto yymmdd = [](qint64 days) {
        const QDate d = QDate(1970, 1, 1).addDays(days);
        return QByteArray::number(d.year() % 100).rightJustified(2, '0') + QByteArray::number(d.month()).rightJustified(2, '0') +
               QByteArray::number(d.day()).rightJustified(2, '0');
    };
    auto amount = [](qint64 cents) {
        return QByteArray::number(cents / 100) + ',' + QByteArray::number(cents % 100).rightJustified(2, '0');
    };
    for (qint64 i = 0, stmt = 0; i < entries; ++stmt) {
        const QByteArray day = yymmdd(day0 + stmt);
        w.buf() += ":20:STMT" + QByteArray::number(stmt) + "\r\n:25:DE89370400440532013000\r\n:28C:" + QByteArray::number(stmt + 1) +
                   "/1\r\n:60F:" + (balance < 0 ? "D" : "C") + day + "EUR" + amount(qAbs(balance)) + "\r\n";
        for (int k = 0; k < 500 && i < entries; ++k, ++i) {
            const qint64 cents = qint64(rng() % 500000) + 1;
            const bool credit = rng() % 2;
            balance += credit ? cents : -cents;
            const quint64 cp = rng() % 20000;
            w.buf() += ":61:" + day + day.right(4) + (credit ? "C" : "D") + amount(cents) + "NTRFREF" + QByteArray::number(i) +
                       "//B" + QByteArray::number(i) + "\r\n:86:166?00SEPA-UEBERWEISUNG?20Invoice " + QByteArray::number(i) +
                       "?21payment for services?30COBADEFFXXX?31" + germanIban("37040044" + QByteArray::number(1000000000 + cp)) +
                       "?32Counterparty " + QByteArray::number(cp) + "\r\n";
        }
        w.buf() += ":62F:" + QByteArray(balance < 0 ? "D" : "C") + day + "EUR" + amount(qAbs(balance)) + "\r\n-\r\n";
        if (!w.flushIfBig())
            break;
    }
    return w.finish();
}

Status writeCamt053(const QString &path, qint64 entries, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Writer w(path);
    qint64 balance = 1000000; // cents
    auto amount = [](qint64 cents) {
        return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
    };
    auto balanceXml = [&](const char *code, const QByteArray &day) {
        return QByteArray("<Bal><Tp><CdOrPrtry><Cd>") + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount(qAbs(balance)) +
               "</Amt><CdtDbtInd>" + (balance < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>" + day + "</Dt></Dt></Bal>\n";
    };
    w.buf() += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
               "<BkToCstmrStmt>\n<GrpHdr><MsgId>CB-BENCH-1</MsgId><CreDtTm>2024-06-01T08:00:00+02:00</CreDtTm></GrpHdr>\n";
    for (qint64 i = 0, stmt = 0; i < entries; ++stmt) {
        const QByteArray day = QDate(2024, 1, 1).addDays(stmt).toString(Qt::ISODate).toLatin1();
        const qint64 n = qMin<qint64>(500, entries - i);
        QByteArray body;
        qint64 credits = 0, debits = 0, creditSum = 0, debitSum = 0;
        const QByteArray opening = balanceXml("OPBD", day);
        for (qint64 k = 0; k < n; ++k, ++i) {
            const qint64 cents = qint64(rng() % 500000) + 1;
            const bool credit = rng() % 2;
            balance += credit ? cents : -cents;
            (credit ? credits : debits)++, (credit ? creditSum : debitSum) += cents;
            const quint64 cp = rng() % 20000;
            const QByteArray role = credit ? "Dbtr" : "Cdtr";
            body += "<Ntry><Amt Ccy=\"EUR\">" + amount(cents) + "</Amt><CdtDbtInd>" + (credit ? "CRDT" : "DBIT") +
                    "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><DtTm>" + day + "T" +
                    QByteArray::number(8 + k % 10).rightJustified(2, '0') + ":" + QByteArray::number(k % 60).rightJustified(2, '0') +
                    ":00+01:00</DtTm></BookgDt><ValDt><Dt>" + day + "</Dt></ValDt><AcctSvcrRef>B" + QByteArray::number(i) +
                    "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>" + (credit ? "RCDT" : "ICDT") +
                    "</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>E2E" +
                    QByteArray::number(i) + "</EndToEndId></Refs><Amt Ccy=\"EUR\">" + amount(cents) + "</Amt><RltdPties><" + role +
                    "><Pty><Nm>Counterparty " + QByteArray::number(cp) + "</Nm></Pty></" + role + "><" + role + "Acct><Id><IBAN>" +
                    germanIban("37040044" + QByteArray::number(1000000000 + cp)) + "</IBAN></Id></" + role +
                    "Acct></RltdPties><RmtInf><Ustrd>Invoice " + QByteArray::number(i) + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
        }
        w.buf() += "<Stmt><Id>STMT" + QByteArray::number(stmt) + "</Id><ElctrncSeqNb>" + QByteArray::number(stmt + 1) +
                   "</ElctrncSeqNb><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Account Holder</Nm></Ownr></Acct>\n" +
                   opening + balanceXml("CLBD", day) + "<TxsSummry><TtlNtries><NbOfNtries>" + QByteArray::number(n) +
                   "</NbOfNtries></TtlNtries><TtlCdtNtries><NbOfNtries>" + QByteArray::number(credits) + "</NbOfNtries><Sum>" +
                   amount(creditSum) + "</Sum></TtlCdtNtries><TtlDbtNtries><NbOfNtries>" + QByteArray::number(debits) +
                   "</NbOfNtries><Sum>" + amount(debitSum) + "</Sum></TtlDbtNtries></TxsSummry>\n" + body + "</Stmt>\n";
        if (!w.flushIfBig())
            break;
    }
    w.buf() += "</BkToCstmrStmt></Document>\n";
    return w.finish();
}

Status writeInterleavedCalls(const QString &path, qint64 rows, int subscribers, bool newHandsets, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Writer w(path);
    w.buf() += "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n";
    const qint64 start = 1709251200; // 2024-03-01T00:00:00Z
    static const char *dirs[] = {"out", "in", "out", "in", "missed"};
    for (qint64 i = 0; i < rows; ++i) {
        const quint64 sub = rng() % quint64(subscribers);
        const quint64 other = (rng() % 10) < 7 ? 100000 + sub * 50 + rng() % 50 : 5000000 + rng() % 50000;
        const char *dir = dirs[rng() % 5];
        appendIso(w.buf(), start + i / 4); // four calls a second across all lines, in time order
        w.buf() += ',' + mobile(sub + 900000) + ',' + mobile(other) + ',' + dir + ',' +
                   QByteArray::number(dir[0] == 'm' ? 0 : qint64(rng() % 900)) + ",46000-" +
                   QByteArray::number(9000 + sub % 40) + '-' + QByteArray::number(10000 + (sub * 7 + rng() % 5) % 2000) + ',';
        if (newHandsets)
            w.buf() += imei(quint64(i) + 1000000).toLatin1() + ",4600" + QByteArray::number(2000000000ULL + quint64(i));
        else
            w.buf() += ',';
        w.buf() += '\n';
        if (!w.flushIfBig())
            break;
    }
    return w.finish();
}

Status writeTransactions(const QString &path, qint64 rows, int accounts, quint64 seed, int counterparties)
{
    std::mt19937_64 rng(seed);
    Writer w(path);
    w.buf() += "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n";
    std::vector<qint64> balance(size_t(accounts), 0);
    const qint64 start = 1709251200;
    const qint64 perAcct = qMax<qint64>(1, rows / accounts);
    for (qint64 i = 0; i < rows; ++i) {
        const int a = int((i / perAcct) % accounts);
        qint64 amount = qint64(rng() % 500000) + 100; // fen
        if (rng() % 2 && balance[size_t(a)] > amount)
            amount = -amount;
        balance[size_t(a)] += amount;
        const quint64 cp = 7000000 + rng() % quint64(counterparties);
        appendIso(w.buf(), start + (i % perAcct) * 53 + qint64(rng() % 40));
        w.buf() += ',' + cardNumber(quint64(a)).toLatin1() + ',' + cardNumber(cp, QStringLiteral("621700")).toLatin1() +
                   ",Counterparty " + QByteArray::number(cp) + ',' + formatMinor(amount, u"CNY").toLatin1() +
                   ",CNY," + formatMinor(balance[size_t(a)], u"CNY").toLatin1() + ",R" + QByteArray::number(i) +
                   (amount < 0 ? ",transfer out\n" : ",transfer in\n");
        if (!w.flushIfBig())
            break;
    }
    return w.finish();
}

// Money moving among `accounts` accounts whose statements are all in one canonical CSV: each starts with a
// salary, then transfers follow every 2-28 s for about three months — a payer with money pays a random
// account 10-90% of its balance, the payee books it a second later (both sides written, each with its
// balance) — and every 50th payment is an ATM withdrawal instead. About `rows` rows in all.
Status writeTransferNetwork(const QString &path, qint64 rows, int accounts, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Writer w(path);
    w.buf() += "time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n";
    std::vector<qint64> balance(size_t(accounts), 0);
    const size_t count = size_t(accounts);
    std::vector<QByteArray> number(count);
    for (int a = 0; a < accounts; ++a)
        number[size_t(a)] = cardNumber(quint64(a), QStringLiteral("621226")).toLatin1();
    qint64 t = 1709251200;
    auto row = [&w, &balance, &number](qint64 at, int a, const QByteArray &cp, qint64 amount, const char *what) {
        balance[size_t(a)] += amount;
        appendIso(w.buf(), at);
        w.buf() += ',' + number[size_t(a)] + ',' + cp + ",," + formatMinor(amount, u"CNY").toLatin1() + ",CNY," +
                   formatMinor(balance[size_t(a)], u"CNY").toLatin1() + ",," + what + '\n';
    };
    for (int a = 0; a < accounts; ++a)
        row(t++, a, {}, 500000 + qint64(rng() % 4500000), "salary");
    for (qint64 written = accounts, n = 0; written < rows && w.flushIfBig(); ++n) {
        t += 2 + qint64(rng() % 27);
        int p = int(rng() % quint64(accounts));
        for (int tries = 0; tries < 8 && balance[size_t(p)] < 10000; ++tries)
            p = int(rng() % quint64(accounts));
        if (balance[size_t(p)] < 10000)
            continue;
        const qint64 amount = balance[size_t(p)] * qint64(10 + rng() % 81) / 100;
        if (n % 50 == 49) {
            row(t, p, {}, -amount, "ATM取款");
            written += 1;
            continue;
        }
        int q = int(rng() % quint64(accounts));
        if (q == p)
            q = (q + 1) % accounts;
        row(t, p, number[size_t(q)], -amount, "transfer");
        row(t + 1, q, number[size_t(p)], amount, "transfer");
        written += 2;
    }
    return w.finish();
}

} // namespace cb::importers::synthetic
