// The bundled demo: a synthetic telecom-fraud case written as the files an investigator would receive.
#include "synthetic/synthetic.h"

#include "identifiers.h"
#include "money.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>
#include <QFile>
#include <QStringEncoder>
#include <algorithm>
#include <map>
#include <random>

namespace cb::importers::synthetic {

using casefile::formatMinor;

namespace {

struct Party
{
    QString name, phone, card, imei, imsi;
};

struct Movement
{
    qint64 t = 0; // UTC seconds
    QString account, counterparty, counterpartyName, description, channel;
    qint64 amount = 0; // signed, fen
};

constexpr qint64 kOffset = 8 * 3600;

QString localTime(qint64 utc, bool iso)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(utc + kOffset, QTimeZone::utc());
    return iso ? dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+08:00")) : dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Status save(const QString &path, const QString &text, const char *encoding = "UTF-8")
{
    QStringEncoder enc(encoding);
    const QByteArray bytes = enc(text);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return Status::error(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}

QString csvField(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"'))
        return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

QString suspectPhone(int i)
{
    return QStringLiteral("1710000%1").arg(1111 * (i + 1), 4, 10, QLatin1Char('0'));
}

QString victimPhone(int i)
{
    return QStringLiteral("139%1").arg(12340000 + i * 1017);
}

const QStringList &victimNames()
{
    static const QStringList names = {QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张伟"), QStringLiteral("刘洋"),
                                      QStringLiteral("陈静"), QStringLiteral("杨磊"), QStringLiteral("赵敏"), QStringLiteral("黄强")};
    return names;
}

} // namespace

QList<DemoRole> demoRoles()
{
    QList<DemoRole> out;
    for (int i = 0; i < 3; ++i)
        out << DemoRole{suspectPhone(i), QStringLiteral("subject"), QStringLiteral("caller line of the fraud ring: called every victim shortly before a payment")};
    for (int i = 0; i < victimNames().size(); ++i)
        out << DemoRole{victimPhone(i), QStringLiteral("victim"), QStringLiteral("reported the fraud: %1").arg(victimNames().at(i))};
    // The cards the money moved through: the victims' own, and the mules' that received it.
    for (int i = 0; i < victimNames().size(); ++i)
        out << DemoRole{cardNumber(quint64(100 + i), QStringLiteral("622848")), QStringLiteral("victim"),
                        QStringLiteral("bank card of %1, from which the money was paid").arg(victimNames().at(i))};
    for (int i = 0; i < 7; ++i)
        out << DemoRole{cardNumber(quint64(900 + i), QStringLiteral("621226")), QStringLiteral("associate"),
                        QStringLiteral("mule account: received victims' money and passed it on within hours")};
    return out;
}

Result<QStringList> writeDemoCase(const QString &folder, quint64 seed)
{
    std::mt19937_64 rng(seed);
    auto pick = [&rng](qint64 lo, qint64 hi) { return lo + qint64(rng() % quint64(hi - lo + 1)); };
    if (!QDir().mkpath(folder))
        return Status::error(QStringLiteral("cannot create %1").arg(folder));
    const QDir dir(folder);
    const QStringList &victimNames = synthetic::victimNames();
    const QStringList muleNames = {QStringLiteral("周某"), QStringLiteral("吴某"), QStringLiteral("郑某"), QStringLiteral("孙某"),
                                   QStringLiteral("深圳市恒达贸易有限公司"), QStringLiteral("钱某"), QStringLiteral("冯某")};
    QList<Party> suspects, victims, mules;
    for (int i = 0; i < 3; ++i)
        suspects << Party{{}, suspectPhone(i), {},
                          imei(quint64(500 + (i == 1 ? 0 : i))), QStringLiteral("46011%1").arg(8800000000ULL + quint64(i))};
    for (int i = 0; i < victimNames.size(); ++i)
        victims << Party{victimNames[i], victimPhone(i), cardNumber(quint64(100 + i), QStringLiteral("622848")), {}, {}};
    for (int i = 0; i < muleNames.size(); ++i)
        mules << Party{muleNames[i], {}, cardNumber(quint64(900 + i), QStringLiteral("621226")), {}, {}};

    QList<Movement> moves;
    struct Call { qint64 t; int sub; QString other; QString dir; qint64 dur; int cell; };
    QList<Call> calls;
    struct Paid { qint64 t; int victim; qint64 amount; QString muleCard; };
    QList<Paid> paid;
    const qint64 day0 = 1709481600 - kOffset; // 2024-03-04 00:00 Shanghai
    auto transfer = [&](qint64 t, const Party &from, const Party &to, qint64 amount, const QString &what) {
        moves << Movement{t, from.card, to.card, to.name, what, QStringLiteral("网银"), -amount};
        moves << Movement{t + pick(1, 90), to.card, from.card, from.name, what, QStringLiteral("网银"), amount};
    };
    for (int v = 0; v < victims.size(); ++v) {
        const int s = v % 3;
        qint64 t = day0 + v * 86400 + pick(9, 11) * 3600;
        for (int k = 0, n = int(pick(3, 6)); k < n; ++k) {
            calls << Call{t, s, victims[v].phone, QStringLiteral("out"), pick(120, 2400), int(pick(0, 4))};
            t += pick(2, 8) * 3600;
        }
        // The victim pays a first-layer mule shortly after the last call.
        t += pick(20, 50) * 60;
        const qint64 amount = pick(30, 200) * 100000;
        const Party &m1 = mules[v % 4];
        transfer(t, victims[v], m1, amount, QStringLiteral("转账"));
        paid << Paid{t, v, amount, m1.card};
        // Layered: 60/40 to the two second-layer accounts within the hour, then to the cash-out account.
        const qint64 a = amount * 6 / 10, b = amount - a - 20000;
        const qint64 t2 = t + pick(15, 60) * 60;
        transfer(t2, m1, mules[4], a, QStringLiteral("货款"));
        transfer(t2 + pick(1, 10) * 60, m1, mules[5], b, QStringLiteral("转账"));
        const qint64 t3 = t2 + pick(30, 120) * 60;
        transfer(t3, mules[4], mules[6], a - 10000, QStringLiteral("往来款"));
        transfer(t3 + pick(5, 40) * 60, mules[5], mules[6], b - 10000, QStringLiteral("转账"));
        for (qint64 left = a + b - 20000, tt = t3 + 3 * 3600; left > 0; left -= 2000000, tt += pick(5, 20) * 60)
            moves << Movement{tt, mules[6].card, {}, {}, QStringLiteral("ATM取款"), QStringLiteral("ATM"), -qMin<qint64>(left, 2000000)};
        // Ordinary life around it: salary, shopping, calls with family.
        moves << Movement{day0 - 3 * 86400 + 10 * 3600, victims[v].card, cardNumber(77, QStringLiteral("621700")),
                          QStringLiteral("某某科技有限公司"), QStringLiteral("工资"), QStringLiteral("代发"), pick(8000, 20000) * 100 + 300000 * 100};
        for (int k = 0; k < 4; ++k)
            moves << Movement{day0 + pick(-2, 10) * 86400 + pick(8, 21) * 3600, victims[v].card, {}, QStringLiteral("超市"),
                              QStringLiteral("消费"), QStringLiteral("POS"), -pick(50, 900) * 100};
    }
    for (int k = 0; k < 25; ++k) // the group coordinates among itself
        calls << Call{day0 + pick(0, 10) * 86400 + pick(8, 22) * 3600, int(pick(0, 2)),
                      suspects[int(pick(0, 2))].phone, k % 2 ? QStringLiteral("in") : QStringLiteral("out"), pick(30, 300), int(pick(0, 4))};
    calls.erase(std::remove_if(calls.begin(), calls.end(), [&](const Call &c) { return c.other == suspects[c.sub].phone; }), calls.end());
    std::sort(moves.begin(), moves.end(), [](const Movement &x, const Movement &y) { return x.t < y.t; });
    std::sort(calls.begin(), calls.end(), [](const Call &x, const Call &y) { return x.t < y.t; });

    QStringList written;
    auto out = [&](const QString &name) { written << dir.filePath(name); return dir.filePath(name); };
    // 1. Victims' statements in the canonical layout (one file, several accounts).
    QString text = QStringLiteral("time,account,counterparty_account,counterparty_name,amount,currency,balance,reference,description\n");
    std::map<QString, qint64> bal;
    int ref = 0;
    for (const Movement &m : moves) {
        if (!std::any_of(victims.begin(), victims.end(), [&](const Party &p) { return p.card == m.account; }))
            continue;
        if (!bal.count(m.account))
            bal[m.account] = pick(5000, 90000) * 100 + 25000000;
        bal[m.account] += m.amount;
        text += localTime(m.t, true) + u',' + m.account + u',' + m.counterparty + u',' + csvField(m.counterpartyName) + u',' +
                formatMinor(m.amount, u"CNY") + QStringLiteral(",CNY,") + formatMinor(bal[m.account], u"CNY") +
                QStringLiteral(",V%1,").arg(++ref) + m.description + u'\n';
    }
    if (Status s = save(out(QStringLiteral("01_victims_bank_statements.csv")), text); !s)
        return s;
    // 2. Each mule account's statement as a Chinese bank exports it: preamble, flags, totals row.
    for (int i = 0; i < mules.size(); ++i) {
        const Party &m = mules[i];
        qint64 b = pick(1000, 5000) * 100, in = 0, outSum = 0;
        QString t = QStringLiteral("中国工商银行账户历史明细\n卡号：%1\n户名：%2\n起止日期：2024-03-01 至 2024-03-31\n\n").arg(m.card, m.name);
        t += QStringLiteral("交易时间,交易金额,借贷标志,对方账号,对方户名,余额,摘要,交易渠道\n");
        for (const Movement &mv : moves) {
            if (mv.account != m.card)
                continue;
            b += mv.amount;
            (mv.amount > 0 ? in : outSum) += qAbs(mv.amount);
            t += localTime(mv.t, false) + u',' + QStringLiteral("\"%1\"").arg(formatMinor(qAbs(mv.amount), u"CNY")) + u',' +
                 (mv.amount > 0 ? QStringLiteral("贷") : QStringLiteral("借")) + u',' + mv.counterparty + u',' +
                 csvField(mv.counterpartyName) + u',' + formatMinor(b, u"CNY") + u',' + mv.description + u',' + mv.channel + u'\n';
        }
        t += QStringLiteral("合计,,,,,,收入%1 支出%2,\n").arg(formatMinor(in, u"CNY"), formatMinor(outSum, u"CNY"));
        const QString name = QStringLiteral("02_mule_%1_statement.csv").arg(m.card.right(4));
        if (Status s = save(out(name), t, i == 6 ? "GB18030" : "UTF-8"); !s)
            return s;
    }
    // 3. Call records of the suspects' lines: two in a Chinese carrier layout, one canonical.
    for (int s = 0; s < suspects.size(); ++s) {
        const bool chinese = s < 2;
        QString t = chinese ? QStringLiteral("本机号码,对方号码,呼叫类型,通话开始时间,通话时长,LAC,CI,IMEI,IMSI\n")
                            : QStringLiteral("start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n");
        for (const Call &c : calls) {
            if (c.sub != s)
                continue;
            const int lac = 9100 + s, ci = 21000 + s * 10 + c.cell;
            if (chinese)
                t += suspects[s].phone + u',' + c.other + u',' + (c.dir == u"out" ? QStringLiteral("主叫") : QStringLiteral("被叫")) + u',' +
                     localTime(c.t, false) + u',' + QString::number(c.dur) + u',' + QString::number(lac) + u',' +
                     QString::number(ci) + u',' + suspects[s].imei + u',' + suspects[s].imsi + u'\n';
            else
                t += localTime(c.t, true) + u',' + suspects[s].phone + u',' + c.other + u',' + c.dir + u',' +
                     QString::number(c.dur) + QStringLiteral(",%1-%2,").arg(lac).arg(ci) + suspects[s].imei + u',' +
                     suspects[s].imsi + u'\n';
        }
        if (Status st = save(out(QStringLiteral("03_cdr_%1.csv").arg(suspects[s].phone)), t); !st)
            return st;
    }
    // 4. The carrier's cell-site table.
    QString cells = QStringLiteral("cell_id,lat,lon,azimuth,address\n");
    for (int s = 0; s < 3; ++s)
        for (int c = 0; c < 5; ++c)
            cells += QStringLiteral("%1-%2,%3,%4,%5,广东省东莞市塘厦镇基站%6\n")
                         .arg(9100 + s).arg(21000 + s * 10 + c)
                         .arg(22.80 + 0.01 * c, 0, 'f', 5).arg(114.05 + 0.01 * s, 0, 'f', 5).arg(c * 120 % 360).arg(s * 10 + c);
    if (Status s = save(out(QStringLiteral("04_cell_sites.csv")), cells); !s)
        return s;

    // 5. The first suspect's seized phone, as a Cellebrite UFDR: its call log repeats the carrier's records
    // (numbers in national form, as a handset stores them), and its WeChat chats with the other two tie the
    // calls to the payments.
    PhoneExtraction phone;
    phone.caseNumber = QStringLiteral("DEMO-2024-0311");
    phone.model = QStringLiteral("Synthetic Android handset");
    phone.imei = suspects[0].imei;
    phone.imsi = suspects[0].imsi;
    const QString iccid = QStringLiteral("898600118800000000");
    phone.iccid = iccid + QString::number(casefile::luhnCheckDigit(iccid));
    phone.owner = QStringLiteral("+86") + suspects[0].phone;
    phone.extractedMs = (day0 + 14 * 86400 + 10 * 3600) * 1000;
    for (const Call &c : calls)
        if (c.sub == 0)
            phone.calls.push_back({c.t * 1000, c.other, c.dir == u"out" ? QStringLiteral("Outgoing") : QStringLiteral("Incoming"), c.dur, {}});
    const QStringList nicknames = {{}, QStringLiteral("阿强"), QStringLiteral("小李")};
    for (int s = 1; s < 3; ++s)
        phone.contacts.push_back({nicknames[s], {suspects[s].phone}});
    phone.contacts.push_back({QStringLiteral("周某 (卡)"), {QStringLiteral("13600001234")}});
    PhoneExtraction::Chat boss{QStringLiteral("WeChat"), suspects[1].phone, nicknames[1], {}},
        cash{QStringLiteral("WeChat"), suspects[2].phone, nicknames[2], {}};
    for (const Paid &p : paid) {
        const QString amount = formatMinor(p.amount, u"CNY");
        boss.messages.push_back({(p.t + 120) * 1000, true, QStringLiteral("%1 已转 %2 元到尾号 %3 的安全账户")
                                                               .arg(victimNames[p.victim], amount, p.muleCard.right(4))});
        boss.messages.push_back({(p.t + 300) * 1000, false, QStringLiteral("收到，马上分两路走")});
        cash.messages.push_back({(p.t + 4 * 3600) * 1000, false, QStringLiteral("取现完成，老地方见")});
    }
    phone.chats = {boss, cash};
    phone.accounts.push_back({QStringLiteral("WeChat"), QStringLiteral("wxid_demo_a1"), QStringLiteral("老大"), {phone.owner}});
    phone.apps.push_back({QStringLiteral("WeChat"), QStringLiteral("com.tencent.mm"), (day0 - 30 * 86400) * 1000});
    phone.apps.push_back({QStringLiteral("AnyDesk"), QStringLiteral("com.anydesk.anydeskandroid"), (day0 - 2 * 86400) * 1000});
    for (int k = 0; k < 3; ++k)
        phone.places.push_back({(day0 + k * 86400 + 9 * 3600) * 1000, 22.80 + 0.01 * k, 114.05, QStringLiteral("塘厦镇")});
    if (Status s = writeUfdr(out(QStringLiteral("05_seized_phone_%1.ufdr").arg(suspects[0].phone)), phone); !s)
        return s;
    return written;
}

} // namespace cb::importers::synthetic
