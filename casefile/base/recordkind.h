#pragma once
// The kinds of record a case holds: one enum for the importers' profiles, the query layer, the views, the
// search hits and the exports. The name is the table's and the JSON key's ("cell_sites").
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace cb::casefile {

enum class RecordKind { Transactions, Calls, Messages, Contacts, Locations, CellSites, Balances, Artifacts };

inline constexpr std::array<RecordKind, 8> allRecordKinds = {RecordKind::Transactions, RecordKind::Calls, RecordKind::Messages,
                                                              RecordKind::Contacts,     RecordKind::Locations, RecordKind::CellSites,
                                                              RecordKind::Balances,     RecordKind::Artifacts};

inline const char *recordTable(RecordKind k)
{
    switch (k) {
    case RecordKind::Transactions: return "transactions";
    case RecordKind::Calls: return "calls";
    case RecordKind::Messages: return "messages";
    case RecordKind::Contacts: return "contacts";
    case RecordKind::Locations: return "locations";
    case RecordKind::CellSites: return "cell_sites";
    case RecordKind::Balances: return "balances";
    case RecordKind::Artifacts: return "artifacts";
    }
    return "transactions";
}

inline QString recordKindName(RecordKind k)
{
    return QString::fromLatin1(recordTable(k));
}

// "transactions" or "transaction", "cell_sites" or "cell-sites" or "cell_site".
inline std::optional<RecordKind> recordKindFromName(QStringView name)
{
    QString n = name.toString().toLower().replace(u'-', u'_');
    for (RecordKind k : allRecordKinds) {
        const QString table = recordKindName(k);
        if (n == table || n + u's' == table)
            return k;
    }
    return std::nullopt;
}

} // namespace cb::casefile
