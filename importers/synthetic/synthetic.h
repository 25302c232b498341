#pragma once
// Synthetic sources written in real formats (canonical CSV, a Chinese carrier CDR layout, Chinese bank
// statements with preamble and totals row, GBK encoding): the bundled demo case and the benchmark inputs.
// Everything is deterministic for a given seed, so benchmarks and tests are repeatable.
#include "result.h"

#include <QStringList>
#include <vector>

namespace cb::importers::synthetic {

// A telecom-fraud case: a caller group's SIMs calling victims, victims paying first-layer mule accounts,
// money layered over several hops to a cash-out account; cell sites for the calls. Returns the files written.
Result<QStringList> writeDemoCase(const QString &folder, quint64 seed = 20240301);
// What the demo's investigator has established: the ring's caller lines are subjects, the victims' phones
// victims (an identifier as the files write it, a role name, the justification).
struct DemoRole
{
    QString identifier, role, why;
};
QList<DemoRole> demoRoles();

// Canonical call-record CSV with `rows` calls over `subscribers` target lines.
Status writeCallRecords(const QString &path, qint64 rows, int subscribers = 200, quint64 seed = 1);
// Canonical call records in time order across `subscribers` lines, interleaved as a multi-target export or
// a tower dump is (consecutive rows rarely share their subscriber). newHandsets: a new IMEI and IMSI on
// every row; otherwise those columns are blank.
Status writeInterleavedCalls(const QString &path, qint64 rows, int subscribers = 20000, bool newHandsets = false, quint64 seed = 11);
// Canonical transactions CSV with `rows` movements over `accounts` accounts, running balances consistent,
// paying and paid by `counterparties` distinct accounts.
Status writeTransactions(const QString &path, qint64 rows, int accounts = 1000, quint64 seed = 2, int counterparties = 20000);
// SWIFT MT940 with `entries` :61:/:86: pairs in statements of 500 entries each, balances consistent.
// Transfers among `accounts` accounts whose statements are all in the case (both sides of each transfer,
// with balances, some ATM withdrawals): the input of the fund-tracing benchmark.
Status writeTransferNetwork(const QString &path, qint64 rows, int accounts = 50000, quint64 seed = 9);
Status writeMt940(const QString &path, qint64 entries, quint64 seed = 4);
// ISO 20022 camt.053.001.08 with `entries` entries (each with one TxDtls naming the counterparty and its
// IBAN) in statements of 500, OPBD/CLBD balances and transaction summaries consistent.
Status writeCamt053(const QString &path, qint64 entries, quint64 seed = 5);
// A one-sheet .xlsx of these rows: numeric text as numbers, "YYYY-MM-DD HH:MM:SS" as date-formatted serials.
Status writeXlsx(const QString &path, const QList<QStringList> &rows, const QString &sheetName = QStringLiteral("Sheet1"));
// The same with several sheets, in order: (name, rows).
Status writeXlsxSheets(const QString &path, const QList<std::pair<QString, QList<QStringList>>> &sheets);
// Canonical cell-site table matching the cell ids writeCallRecords uses.
Status writeCellSites(const QString &path, int cells = 2000, quint64 seed = 3);

// An iOS CallHistory.storedata (Core Data ZCALLRECORD, as documented for iOS 8+) of `rows` calls that cycle
// through incoming answered, incoming missed, outgoing, FaceTime audio and a WhatsApp call; every fifth
// address is stored as a BLOB of UTF-8. The last call is left only in the -wal file beside it, as on a
// phone that was seized before SQLite checkpointed. Call i starts at 2024-03-01 08:00 UTC + i * 7 minutes.
Status writeCallHistoryStoredata(const QString &path, int rows = 10);

// What a synthetic UFDR holds: the device's metadata and decoded models. Times are UTC milliseconds,
// written with a +08:00 offset as a phone set to China time would report them.
struct PhoneExtraction
{
    QString caseNumber, model, imei, imsi, iccid, owner, ownerName;
    qint64 extractedMs = 0;
    struct Call { qint64 ms; QString other, direction; qint64 durationS; QString source; bool deleted = false; };
    struct Message { qint64 ms; bool out; QString body; };
    struct Chat { QString source, peer, peerName; std::vector<Message> messages; };
    struct Contact { QString name; QStringList numbers; };
    struct Account { QString service, username, name; QStringList entries; };
    struct App { QString name, identifier; qint64 installedMs; };
    struct Place { qint64 ms; double lat, lon; QString name; };
    std::vector<Call> calls; // direction: "Outgoing", "Incoming" or "Missed"
    std::vector<Chat> chats;
    std::vector<Contact> contacts;
    std::vector<Account> accounts;
    std::vector<App> apps;
    std::vector<Place> places;
};
// A Cellebrite UFDR (ZIP: report.xml + files/) of that phone.
Status writeUfdr(const QString &path, const PhoneExtraction &phone);
// The test and benchmark phone (IMEI imei(1), MSISDN +8613900139000): `calls` calls (outgoing, incoming,
// missed in turn; the last one deleted), 7 contacts, `messages` WhatsApp messages in chats of 1000, a
// location, a WeChat and a mail account, and an installed application (kept as a generic artifact).
Status writeUfdr(const QString &path, qint64 messages, int calls = 20, quint64 seed = 7);

// Helpers shared with tests: a Luhn-valid card number and an IMEI with its check digit.
QString cardNumber(quint64 n, const QString &prefix = QStringLiteral("622202"));
QString imei(quint64 n);

} // namespace cb::importers::synthetic
