#pragma once
// Typed, normalised identifiers. Identical (type, value) pairs resolve to the same entity across all
// sources, so normalisation must depend on the value alone (plus the case's region for phone numbers),
// never on which column or source it came from.
#include "checkdigits.h"

#include <QHash>
#include <QString>

namespace cb::casefile {

namespace IdType {
inline const QString Phone = QStringLiteral("phone");             // E.164
inline const QString ShortNumber = QStringLiteral("phone_short"); // service numbers, short codes: verbatim
inline const QString PhoneMasked = QStringLiteral("phone_masked"); // 138****8000: partial
inline const QString Account = QStringLiteral("account");         // bank account or card number
inline const QString Iban = QStringLiteral("iban");
inline const QString CardMasked = QStringLiteral("card_masked"); // 6222****1234: partial
inline const QString Imei = QStringLiteral("imei");               // 14 digits + recomputed check digit
inline const QString Imsi = QStringLiteral("imsi");
inline const QString Email = QStringLiteral("email");
inline const QString EmailMasked = QStringLiteral("email_masked");
inline const QString CellId = QStringLiteral("cell");
inline const QString Handle = QStringLiteral("handle"); // pseudonymous party ids in CDR-like data
inline const QString Iccid = QStringLiteral("iccid");   // SIM serial: 18-22 digits, Luhn-checked
inline const QString DeviceLabel = QStringLiteral("device_label"); // a seized device without IMEI: exhibit name
inline const QString AppAccount = QStringLiteral("app_account"); // "service:user id", service in lower case
// A statement that does not say whose account it is: "account holder of FILE (sha256 prefix)".
inline const QString AccountPlaceholder = QStringLiteral("account_placeholder");
} // namespace IdType

namespace EntityKind {
inline const QString Person = QStringLiteral("person");
inline const QString Organisation = QStringLiteral("organisation");
inline const QString Phone = QStringLiteral("phone");
inline const QString BankAccount = QStringLiteral("bank_account");
inline const QString BankCard = QStringLiteral("bank_card");
inline const QString Device = QStringLiteral("device");
inline const QString Email = QStringLiteral("email");
inline const QString AppAccount = QStringLiteral("app_account");
inline const QString CellSite = QStringLiteral("cell_site");
inline const QString Location = QStringLiteral("location");
} // namespace EntityKind

// No real phone number, account, card, IMEI, IMSI or cell id is longer than a few dozen characters; longer
// values are not normalised (libphonenumber's expressions run super-linearly on a million digits) and do
// not become identifiers. They stay in the record as text, with a warning.
inline constexpr qsizetype kMaxIdentifierLength = 64;

struct Identifier
{
    QString type;  // empty: nothing usable (withheld number, "-", "/")
    QString value; // normalised
    QString entityKind;
    bool partial = false;
    QString problem; // English note when the raw value was suspicious (kept, but reported)
    bool isNull() const { return type.isEmpty(); }
};

bool ibanValid(QStringView compactUpper);

// Normalises raw identifier text. Caches results (a CDR repeats the same numbers millions of times).
// Not thread-safe: one per import.
class Normaliser
{
public:
    explicit Normaliser(QString defaultRegion = QStringLiteral("CN"));
    const QString &region() const { return m_region; }

    Identifier phone(const QString &raw);
    Identifier account(const QString &raw); // account/card/IBAN/email found in an account column
    Identifier imei(const QString &raw);
    Identifier imsi(const QString &raw);
    Identifier cell(const QString &raw);
    // An account with an app or service. A WhatsApp JID or a bare number is the phone it is registered to
    // and an e-mail is that address (both join with the same number or address anywhere in the case); any
    // other user id is typed by its service ("wechat:wxid_x"): the same name on two services is not the
    // same account.
    Identifier appAccount(const QString &service, const QString &user);
    // A message or address-book party: a phone number, else an e-mail address or JID, else an account of
    // the app the message came through (not for SMS/MMS/iMessage/RCS, whose non-numbers are sender names
    // and stay handles), else a handle kept verbatim.
    Identifier party(const QString &raw, const QString &app);

private:
    Identifier phoneUncached(const QString &raw);
    Identifier accountUncached(const QString &raw);
    struct Shape
    {
        Identifier id;   // type, kind and problem shared by numbers of this shape
        QString prefix;  // prepended to the digits left after `strip`
        int strip = 0;
    };
    QString m_region;
    QHash<QString, Identifier> m_phoneCache;
    // Numbers with the same leading digits and length share their numbering-plan rule, so libphonenumber
    // (slow: ICU regexes) runs once per number block instead of once per number.
    QHash<QString, Shape> m_shapes;
    QHash<QString, Identifier> m_accountCache;
};

} // namespace cb::casefile
