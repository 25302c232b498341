#pragma once
// Neutral records: what importers produce and the committer writes. No storage details here.
// Raw strings are as the source gave them; the committer normalises identifiers and resolves entities.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>
#include <vector>

namespace cb::casefile {

// A point in time: UTC milliseconds plus the offset (seconds east of UTC) the source used.
struct Timestamp
{
    qint64 utcMs = 0;
    qint32 offsetS = 0;
};

enum class Severity { Info, Warning, Error, Fatal };
QString severityName(Severity s);

// A translatable message: an English template (marked with QT_TRANSLATE_NOOP("cb::Diagnostics", ...)) and
// its arguments. Lower layers never build final sentences; text() is the English, translated() the GUI's.
struct Message
{
    QString tmpl;
    QStringList args;
    QString text() const;
    QString translated() const;
};

inline Message msg(const char *tmpl, QStringList args = {})
{
    return {QString::fromUtf8(tmpl), std::move(args)};
}

struct Diagnostic
{
    Severity severity = Severity::Error;
    QString locator; // "line 12", "row 7", "page 2 line 5", "calls:rowid 9"
    Message message;
};

struct TransactionRecord
{
    QString locator;
    QString account;       // the statement's own account (raw)
    QString accountName;   // holder name when the source gives one
    QString counterpartyAccount;
    QString counterpartyName;
    qint64 amountMinor = 0; // signed from the account's view: + credit (in), - debit (out)
    QString amountExact;    // only when the source is more precise than the minor unit: "-12.34567" (signed)
    QString currency;       // ISO 4217
    std::optional<qint64> balanceMinor;
    Timestamp time;
    QString valueDate; // ISO date if the source gives a separate value date
    QString channel;
    QString reference;
    QString description;
    // The statement does not say whose account it is (and none was given): the row goes onto the
    // source's placeholder account ("account holder of FILE"), to be merged with the real one later.
    bool ownerUnknown = false;
};

enum class CallDirection { Out, In, Missed, Unknown };
QString directionName(CallDirection d);

struct CallRecord
{
    QString locator;
    QString subscriber; // the line the record belongs to (raw number)
    QString otherParty; // raw number, may be withheld/short/masked
    CallDirection direction = CallDirection::Unknown;
    Timestamp start;
    std::optional<qint64> durationS;
    QString status;
    QString cellId;
    QString imei;
    QString imsi;
};

struct CellSiteRecord
{
    QString locator;
    QString cellId;
    std::optional<double> lat; // coordinates, not money: floating point is right here
    std::optional<double> lon;
    std::optional<int> azimuth;
    QString address;
};

struct MessageRecord
{
    QString locator;
    QString sender;
    QStringList recipients;
    Timestamp time;
    QString app;
    QString body;
    QString direction;
};

struct ContactRecord
{
    QString locator;
    QString owner; // raw identifier of the device owner / address book owner, may be empty
    QString name;
    QString value; // phone number, email or app id
};

struct LocationRecord
{
    QString locator;
    QString subject; // raw identifier whose location this is
    Timestamp time;
    double lat = 0;
    double lon = 0;
    std::optional<double> accuracyM;
    QString label;
};

// An account its holder has with an app or service (a UFED UserAccount, an account list on a phone).
// The account becomes an entity; the holder "uses" it.
struct AccountRecord
{
    QString locator;
    QString holder;   // raw number of whoever holds it; empty: the seized device's owner (or the device)
    QString service;  // "WhatsApp", "WeChat", "Google" as the source names it
    QString username; // the service's id for the account: user name, e-mail, number or JID
    QString name;     // display name
    QStringList identifiers; // further numbers / e-mails the account states for itself
};

// A record Casebench has no table of its own for (a UFED InstalledApplication, WebBookmark, Cookie...):
// kept as its source gave it, as ordered key/value pairs, so nothing an extraction holds is dropped.
struct ArtifactRecord
{
    QString locator;
    QString type;
    std::optional<Timestamp> time;
    std::vector<std::pair<QString, QString>> fields;
};

// The seized device a source was extracted from: what the extraction says about it, merged with what the
// investigator gave (--device, --subscriber). Records of such a source whose own line is not stated
// (a phone's call log does not hold the phone's number) belong to the owner's number, else to the device.
struct DeviceRecord
{
    QString locator;
    QString label;       // the investigator's name for it (exhibit number) when there is no IMEI
    QString imei;
    QString imsi;
    QString iccid;
    QString model;
    QString ownerName;
    QString ownerNumber; // MSISDN / the number the device's apps say is its own
    QString extraction;  // e.g. "Logical, 2020-10-10 13:37" as the report states it
};

// A balance the bank states for an account at a moment, without the movements behind it (a daily
// balance history). The committer checks the movements the case holds against its changes.
struct BalanceRecord
{
    QString locator;
    QString account;  // raw
    QString currency; // ISO 4217
    Timestamp time;   // the moment the balance holds for: a stated day is taken to its last millisecond
    qint64 balanceMinor = 0;
    std::optional<qint64> valueBalanceMinor; // the value-dated balance, when stated beside the booked one
};

// What a statement says about itself: opening and closing balance, and the sum of the movements the
// importer read between them. The certificate checks opening + movements = closing.
struct StatementBalance
{
    QString locator;
    QString account;
    QString currency;
    QString reference; // the statement's own reference / number
    std::optional<qint64> openingMinor, closingMinor;
    // The period the statement says it covers (UTC ms, an end day taken to its last millisecond), when it
    // says: a day with no rows inside it is covered, not a gap.
    std::optional<qint64> periodFromMs, periodToMs;
    qint64 movementsMinor = 0;
    qint64 movements = 0;
};

// Where importers send their output. Implemented by the Committer; tests implement it to collect.
// Rows are counted here so that the import certificate can prove completeness:
// rows read = accepted + rejected + skipped.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void addTransactions(std::span<const TransactionRecord> batch) = 0;
    virtual void addCalls(std::span<const CallRecord> batch) = 0;
    virtual void addCellSites(std::span<const CellSiteRecord> batch) = 0;
    virtual void addMessages(std::span<const MessageRecord> batch) { Q_UNUSED(batch) }
    virtual void addContacts(std::span<const ContactRecord> batch) { Q_UNUSED(batch) }
    virtual void addLocations(std::span<const LocationRecord> batch) { Q_UNUSED(batch) }
    virtual void addAccounts(std::span<const AccountRecord> batch) { Q_UNUSED(batch) }
    virtual void addArtifacts(std::span<const ArtifactRecord> batch) { Q_UNUSED(batch) }
    virtual void addBalances(std::span<const BalanceRecord> batch) { Q_UNUSED(batch) }
    // The device this source comes from (at most once, before its records; a later call adds to it).
    virtual void device(const DeviceRecord &d) { Q_UNUSED(d) }
    // A data row that was read (every row, whatever became of it).
    virtual void rowsRead(qint64 n) = 0;
    // A data row that could not be imported; counted as rejected with its reason.
    virtual void rowRejected(const QString &locator, const Message &reason) = 0;
    // A row that is not data (a totals/summary line, a repeated header); counted as skipped.
    virtual void rowSkipped(const QString &locator, const Message &reason) = 0;
    virtual void diagnostic(const Diagnostic &d) = 0;
    // Facts the file states about itself (opening/closing balance, stated record count...), for the certificate.
    virtual void statedFact(const QString &key, const QString &value) { Q_UNUSED(key) Q_UNUSED(value) }
    virtual void statementBalance(const StatementBalance &b) { Q_UNUSED(b) }
};

} // namespace cb::casefile
