// Only a row's essential fields (its time, its amount, the parties its kind needs) may reject it: an
// unreadable value date, balance, duration, handset or bearing is a warning on that row, the row is kept,
// and the certificate counts the warnings by reason. A statement that names no account goes onto a
// placeholder account that the analyst merges with the real one later.
#include "casefile.h"
#include "entitylinks.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace cb;
using namespace cb::importers;

namespace {
QString messages(const FileReport &r)
{
    QStringList out;
    for (const casefile::Diagnostic &d : r.diagnostics)
        out << d.locator + QStringLiteral(": ") + d.message.text();
    return out.join(u'\n');
}
} // namespace

class TestLenient : public QObject
{
    Q_OBJECT
private slots:
    // Three rows of a canonical statement: the second's balance is "n/a". All three are kept; only the
    // second has no balance; one warning, counted under its reason.
    void unreadableBalanceIsAWarning()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray bytes = cb::test::bankCsv({{"2024-03-01 10:00:00", "6222020000000001", "6222020000000002", "-100.00", "900.00", "a"},
                                                   {"2024-03-02 10:00:00", "6222020000000001", "6222020000000002", "-100.00", "n/a", "b"},
                                                   {"2024-03-03 10:00:00", "6222020000000001", "6222020000000002", "-100.00", "700.00", "c"}});
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("s.csv"), bytes));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 3);
        QCOMPARE(r.certificate[QStringLiteral("rows_rejected")].toInt(), 0);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM transactions WHERE balance_minor IS NULL").toInt(), 1);
        QCOMPARE(r.certificate[QStringLiteral("warnings")].toInt(), 1);
        QCOMPARE(r.certificate[QStringLiteral("warning_reasons")].toObject().value(QStringLiteral("the balance \"%1\" is not a number and was ignored")).toInt(), 1);
        QVERIFY2(messages(r).contains(QStringLiteral("line 3: the balance \"n/a\" is not a number")), qPrintable(messages(r)));
    }

    // Call records whose duration and handset fields are unreadable: the calls are kept (the parties and
    // the time are there), without a duration and without a handset, each with a warning.
    void unreadableDurationAndHandsetAreWarnings()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray bytes = "start_time,subscriber,other_party,direction,duration_s,cell_id,imei,imsi\n"
                                 "2024-03-01 10:00:00,13800138000,13900139000,out,1m20x,4600-1,490154203237518,460001234567890\n"
                                 "2024-03-01 11:00:00,13800138000,13900139000,in,30,4600-1,not-an-imei,460001234567890\n"
                                 "2024-03-01 12:00:00,13800138000,13900139000,out,15,4600-1,490154203237518,460001234567890\n";
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("c.csv"), bytes));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 3);
        QVERIFY(cf->db().scalar("SELECT duration_s FROM calls WHERE start_utc = (SELECT min(start_utc) FROM calls)").isNull());
        QVERIFY2(messages(r).contains(QStringLiteral("line 2: cannot read the duration \"1m20x\"")), qPrintable(messages(r)));
        QVERIFY2(messages(r).contains(QStringLiteral("not-an-imei")), qPrintable(messages(r)));
        QVERIFY(r.certificate[QStringLiteral("warnings")].toInt() >= 2);
    }

    // A direction word no profile knows beside a caller, a callee and the subscriber: the parties follow
    // from which of the two is the subscriber (here the callee, so the other party is the caller); the
    // direction itself stays unknown rather than being guessed as answered.
    void unknownDirectionBesideCallerAndCallee()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const QByteArray bytes = "Date Time,Subscriber,Calling Number,Called Number,Call Direction,Duration\n"
                                 "01/03/2024 10:00:00,13800138000,13800138000,13900139000,MOC,60\n"
                                 "01/03/2024 11:00:00,13800138000,13700137000,13800138000,FORWARDED,30\n";
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("cdr.csv"), bytes));
        QVERIFY2(r.statusName() == u"imported", qPrintable(messages(r)));
        QCOMPARE(r.profile, QStringLiteral("en-carrier-cdr"));
        QCOMPARE(cf->db().scalar("SELECT group_concat(direction || ':' || other_number) FROM (SELECT * FROM calls ORDER BY start_utc)").toString(),
                 QStringLiteral("out:13900139000,unknown:13700137000"));
        QVERIFY(messages(r).contains(QStringLiteral("unknown call direction \"FORWARDED\": kept as unknown")));
    }

    // MT940: an entry whose value date is 30 February but whose entry date (0301) is valid is kept on the
    // entry date, without a value date; an entry with neither date valid is still rejected, and so is one
    // whose value date has month 00 (the entry date's year comes from the value date).
    void mt940ValueDateOf30February()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir, QStringLiteral("t.casebench"), QStringLiteral("Europe/Berlin"));
        const QByteArray sta = ":20:REF1\r\n:25:DE89370400440532013000\r\n:28C:1/1\r\n:60F:C240229EUR100,00\r\n"
                               ":61:2402300301D12,00NMSCNONREF\r\n:86:value date 30 February\r\n"
                               ":61:2402300230D1,00NMSCNONREF\r\n"
                               ":61:0000000315C1,00NMSCNONREF\r\n"
                               ":62F:C240301EUR88,00\r\n-\r\n";
        const FileReport r = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("s.sta"), sta));
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.certificate[QStringLiteral("rows_accepted")].toInt(), 1);
        QCOMPARE(r.certificate[QStringLiteral("rows_rejected")].toInt(), 2); // neither date, and month 00 (no year to trust)
        QCOMPARE(cf->db().scalar("SELECT datetime(time_utc / 1000, 'unixepoch') FROM transactions").toString(),
                 QStringLiteral("2024-02-29 23:00:00")); // 1 March, midnight in Berlin
        QVERIFY(cf->db().scalar("SELECT value_date FROM transactions").isNull());
        QVERIFY2(messages(r).contains(QStringLiteral("invalid value date \"240230\": the entry date is used")), qPrintable(messages(r)));
        QVERIFY(messages(r).contains(QStringLiteral("invalid value date \"240230\" and entry date \"0230\"")));
    }

    // A statement without its account goes onto "account holder of FILE"; once the real account is known
    // (here: its own statement is imported), the analyst merges the two and the rows follow.
    void placeholderAccountMergesLater()
    {
        QTemporaryDir dir;
        auto cf = cb::test::newCase(dir);
        const FileReport p = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("交易流水.csv"),
                                                                       "交易时间,交易金额,余额,对方账号\n"
                                                                       "2024-01-01 10:00:00,-100.00,900.00,6222020000000009\n"
                                                                       "2024-01-02 10:00:00,50.00,950.00,6222020000000009\n"));
        QCOMPARE(p.statusName(), QStringLiteral("imported"));
        const qint64 placeholder = cf->db().scalar("SELECT entity_id FROM identifiers WHERE type = 'account_placeholder'").toLongLong();
        QVERIFY(placeholder > 0);
        QCOMPARE(cf->db().scalar("SELECT name FROM entities WHERE id = ?", {placeholder}).toString(), QStringLiteral("account holder of 交易流水.csv"));
        QCOMPARE(cf->db().scalar("SELECT label FROM entity_labels WHERE entity_id = ?", {placeholder}).toString(),
                 QStringLiteral("account holder of 交易流水.csv (") + p.sha256.left(12) + u')');
        QVERIFY(messages(p).contains(QStringLiteral("placeholder account")));
        ImportOptions opt;
        opt.owner = QStringLiteral("6222020000000001");
        const FileReport real = cb::test::import(*cf, cb::test::writeFile(dir, QStringLiteral("own.csv"),
                                                                          "交易时间,交易金额,余额,对方账号\n"
                                                                          "2024-01-03 10:00:00,-10.00,940.00,6222020000000009\n"),
                                                 opt);
        QCOMPARE(real.statusName(), QStringLiteral("imported"));
        const qint64 account = cf->db().scalar("SELECT entity_id FROM identifiers WHERE type = 'account' AND value = '6222020000000001'").toLongLong();
        QVERIFY(account > 0 && account != placeholder);
        const auto merged = casefile::mergeEntities(*cf, account, placeholder, 90, QStringLiteral("the bank confirmed the account"));
        QVERIFY2(merged.ok(), qPrintable(merged.status().message()));
        // All three rows are now the one account's (the placeholder's identity group is the account's).
        QCOMPARE(cf->db().scalar("SELECT count(DISTINCT coalesce(g.canonical_id, t.account_id)) FROM transactions t "
                                 "LEFT JOIN entity_groups g ON g.entity_id = t.account_id").toInt(), 1);
        QCOMPARE(cf->db().scalar("SELECT count(*) FROM transactions").toInt(), 3);
    }
};

CB_TEST_GUILESS_MAIN(TestLenient)
#include "tst_lenient.moc"
