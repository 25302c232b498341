// Identifier normalisation, money and time helpers.
#include "identifiers.h"
#include "money.h"
#include "rawkeys.h"
#include "timeutil.h"
#include "synthetic/synthetic.h"

#include <QTest>

using namespace cb::casefile;

class TestIdentifiers : public QObject
{
    Q_OBJECT
private slots:
    void rawValuesAreNumberedInFirstSeenOrder()
    {
        RawKeys keys;
        RawKeys::Last sub, other;
        bool isNew = false;
        QCOMPARE(keys.key(QString(), &isNew), RawKeys::None);
        QVERIFY(!isNew);
        // 50,000 distinct values: the table grows many times and must keep every number.
        for (int i = 0; i < 50000; ++i) {
            QCOMPARE(keys.key(QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0')), &isNew, &other), qint32(i));
            QVERIFY(isNew);
        }
        for (int i = 49999; i >= 0; i -= 7) {
            QCOMPARE(keys.key(QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0')), &isNew), qint32(i));
            QVERIFY(!isNew);
        }
        // Each column remembers its own previous value; a different string with the same text still matches.
        const QString subscriber = QStringLiteral("13800130042");
        QCOMPARE(keys.key(subscriber, &isNew, &sub), qint32(42));
        QCOMPARE(keys.key(QStringLiteral("13800130007"), &isNew, &other), qint32(7));
        QCOMPARE(keys.key(QString(subscriber.constData(), subscriber.size()), &isNew, &sub), qint32(42));
        QCOMPARE(sub.key, qint32(42));
        QCOMPARE(other.key, qint32(7));
        QCOMPARE(keys.key(QStringLiteral("new"), &isNew, &sub), qint32(50000));
        QVERIFY(isNew);
    }

    void phoneForms_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::newRow("national mobile") << "13800138000" << IdType::Phone << "+8613800138000";
        QTest::newRow("international") << "+86 138 0013 8000" << IdType::Phone << "+8613800138000";
        QTest::newRow("00 prefix") << "0086-138-0013-8000" << IdType::Phone << "+8613800138000";
        QTest::newRow("landline") << "010-12345678" << IdType::Phone << "+861012345678";
        QTest::newRow("foreign") << "+1 650 253 0000" << IdType::Phone << "+16502530000";
        QTest::newRow("carrier service") << "10086" << IdType::ShortNumber << "10086";
        QTest::newRow("bank hotline") << "95588" << IdType::ShortNumber << "95588";
        QTest::newRow("masked") << "138****8000" << IdType::PhoneMasked << "138****8000";
        QTest::newRow("handle") << "alice" << IdType::Handle << "alice";
        QTest::newRow("withheld -1") << "-1" << QString() << QString();
        QTest::newRow("private") << "Private" << QString() << QString();
        QTest::newRow("empty") << "" << QString() << QString();
    }
    void phoneForms()
    {
        QFETCH(QString, raw);
        QFETCH(QString, type);
        QFETCH(QString, value);
        Normaliser n(QStringLiteral("CN"));
        const Identifier id = n.phone(raw);
        QCOMPARE(id.type, type);
        QCOMPARE(id.value, value);
        QCOMPARE(n.phone(raw).value, value); // cached path agrees
    }

    void regionMatters()
    {
        Normaliser us(QStringLiteral("US"));
        QCOMPARE(us.phone(QStringLiteral("(650) 253-0000")).value, QStringLiteral("+16502530000"));
    }

    void accounts()
    {
        Normaliser n;
        QCOMPARE(n.account(QStringLiteral("GB82 WEST 1234 5698 7654 32")).type, IdType::Iban);
        QCOMPARE(n.account(QStringLiteral("GB82 WEST 1234 5698 7654 32")).value, QStringLiteral("GB82WEST12345698765432"));
        const Identifier badIban = n.account(QStringLiteral("GB83WEST12345698765432"));
        QCOMPARE(badIban.type, IdType::Account);
        QVERIFY(badIban.problem.contains(QStringLiteral("IBAN")));
        const QString card = cb::importers::synthetic::cardNumber(42);
        QVERIFY(luhnValid(card));
        QCOMPARE(n.account(card).entityKind, EntityKind::BankCard);
        QCOMPARE(n.account(QStringLiteral("6222 0200 ") + card.mid(8)).value, QStringLiteral("62220200") + card.mid(8));
        QCOMPARE(n.account(QStringLiteral("1234567890")).entityKind, EntityKind::BankAccount);
        const Identifier masked = n.account(QStringLiteral("6222****1234"));
        QCOMPARE(masked.type, IdType::CardMasked);
        QVERIFY(masked.partial);
        QCOMPARE(n.account(QStringLiteral("6222*******1234")).value, QStringLiteral("6222****1234"));
        QCOMPARE(n.account(QStringLiteral("/")).type, QString());
        QCOMPARE(n.account(QStringLiteral("Someone@QQ.com")).type, IdType::Email);
        QCOMPARE(n.account(QStringLiteral("rim***@qq.com")).type, IdType::EmailMasked);
    }

    void imeiAndImsi()
    {
        Normaliser n;
        QCOMPARE(n.imei(QStringLiteral("490154203237518")).value, QStringLiteral("490154203237518"));
        QVERIFY(n.imei(QStringLiteral("490154203237518")).problem.isEmpty());
        // A spare 0 instead of the check digit and a 14-digit form resolve to the same device.
        QCOMPARE(n.imei(QStringLiteral("490154203237510")).value, QStringLiteral("490154203237518"));
        QCOMPARE(n.imei(QStringLiteral("49015420323751")).value, QStringLiteral("490154203237518"));
        QVERIFY(!n.imei(QStringLiteral("490154203237513")).problem.isEmpty());
        QVERIFY(n.imei(QStringLiteral("12AB")).isNull());
        QCOMPARE(n.imsi(QStringLiteral("460001234567890")).type, IdType::Imsi);
        QVERIFY(n.imsi(QStringLiteral("46")).isNull());
    }

    void cellForms()
    {
        Normaliser n;
        // Any separator, zero padding on LAC and CI: one form. MCC/MNC keep their digits (01 is not 001).
        for (const char *raw : {"9100-21000", "09100/021000", " 9100 21000 ", "9100_21000", "9100:21000"})
            QCOMPARE(n.cell(QLatin1String(raw)).value, QStringLiteral("9100-21000"));
        QCOMPARE(n.cell(QStringLiteral("460-00-09100-021000")).value, QStringLiteral("460-00-9100-21000"));
        QCOMPARE(n.cell(QStringLiteral("404-045-1234-0")).value, QStringLiteral("404-045-1234-0"));
        // Hex, CDMA SID-NID-BID and free text stay as given (upper-cased).
        QCOMPARE(n.cell(QStringLiteral("23f0-5a1b")).value, QStringLiteral("23F0-5A1B"));
        QCOMPARE(n.cell(QStringLiteral("13824-1-0042")).value, QStringLiteral("13824-1-0042"));
        QVERIFY(n.cell(QStringLiteral("-")).isNull());
    }

    void appAccountsAndParties()
    {
        Normaliser n(QStringLiteral("CN"));
        // A JID and a bare number are the phone they are registered to; an e-mail is that address.
        QCOMPARE(n.appAccount(QStringLiteral("WhatsApp"), QStringLiteral("8613800138000@s.whatsapp.net")).value, QStringLiteral("+8613800138000"));
        QCOMPARE(n.appAccount(QStringLiteral("Telegram"), QStringLiteral("13800138000")).type, IdType::Phone);
        QCOMPARE(n.appAccount(QStringLiteral("Mail"), QStringLiteral("A.B@Example.com")).value, QStringLiteral("a.b@example.com"));
        // Any other id is typed by its service: the same name on two services is two accounts.
        const Identifier wx = n.appAccount(QStringLiteral("WeChat"), QStringLiteral("wxid_ab12"));
        QCOMPARE(wx.type, IdType::AppAccount);
        QCOMPARE(wx.value, QStringLiteral("wechat:wxid_ab12"));
        QCOMPARE(wx.entityKind, EntityKind::AppAccount);
        QVERIFY(n.appAccount(QStringLiteral("Telegram"), QStringLiteral("wxid_ab12")).value != wx.value);
        QVERIFY(n.appAccount(QStringLiteral("WeChat"), QStringLiteral("  ")).isNull());
        // Message parties: numbers first; an app's non-number is its account; an SMS sender name stays a handle.
        QCOMPARE(n.party(QStringLiteral("wxid_ab12"), QStringLiteral("WeChat")).value, wx.value);
        QCOMPARE(n.party(QStringLiteral("138 0013 8000"), QStringLiteral("WeChat")).value, QStringLiteral("+8613800138000"));
        QCOMPARE(n.party(QStringLiteral("ICBC-ALERT"), QStringLiteral("SMS")).type, IdType::Handle);
        QCOMPARE(n.party(QStringLiteral("someone@icloud.com"), QStringLiteral("iMessage")).type, IdType::Email);
        QCOMPARE(n.party(QStringLiteral("wxid_ab12"), {}).type, IdType::Handle);
        // A WhatsApp group is the app's, not a mailbox.
        QCOMPARE(n.party(QStringLiteral("120363041234567890@g.us"), QStringLiteral("WhatsApp")).value, QStringLiteral("whatsapp:120363041234567890@g.us"));
    }

    void money()
    {
        QCOMPARE(currencyExponent(u"CNY"), 2);
        QCOMPARE(currencyExponent(u"JPY"), 0);
        QCOMPARE(currencyExponent(u"KWD"), 3);
        QCOMPARE(formatMinor(-123456, u"CNY"), QStringLiteral("-1234.56"));
        QCOMPARE(formatMinor(5, u"CNY"), QStringLiteral("0.05"));
        QCOMPARE(formatMinor(5, u"JPY"), QStringLiteral("5"));
        QCOMPARE(formatMinor(std::numeric_limits<qint64>::min(), u"CNY"), QStringLiteral("-92233720368547758.08"));
        QCOMPARE(currencyFromText(u"人民币"), QStringLiteral("CNY"));
        QCOMPARE(currencyFromText(u"rmb"), QStringLiteral("CNY"));
        QCOMPARE(currencyFromText(u"¥"), QStringLiteral("CNY"));
        QCOMPARE(currencyFromText(u"eur"), QStringLiteral("EUR"));
        QCOMPARE(currencyFromText(u"??"), QString());
    }

    void zones()
    {
        LocalZone sh(QTimeZone("Asia/Shanghai"));
        const qint64 local = (daysFromCivil(2024, 3, 1) * 86400 + 14 * 3600) * 1000;
        const Timestamp t = sh.fromLocal(local);
        QCOMPARE(t.offsetS, 8 * 3600);
        QCOMPARE(isoUtc(t.utcMs), QStringLiteral("2024-03-01T06:00:00Z"));
        LocalZone ny(QTimeZone("America/New_York"));
        QCOMPARE(ny.fromLocal((daysFromCivil(2024, 1, 15) * 86400) * 1000).offsetS, -5 * 3600);
        QCOMPARE(ny.fromLocal((daysFromCivil(2024, 7, 15) * 86400) * 1000).offsetS, -4 * 3600);
        QCOMPARE(displayTime(t.utcMs, QTimeZone("Asia/Shanghai")), QStringLiteral("2024-03-01 14:00:00 UTC+08:00"));
        QVERIFY(!isValidCivil(2023, 2, 29, 0, 0, 0));
        QVERIFY(isValidCivil(2024, 2, 29, 0, 0, 0));
        QVERIFY(!isValidCivil(2024, 2, 30, 0, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
