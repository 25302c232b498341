// Suggested matches: pairs of entities the data says may be one person, each with its reasons. They are
// listed for the analyst to weigh and merge (or not); nothing here changes the case.
#include "casefile.h"
#include "entitylinks.h"
#include "identifiers.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <map>

namespace cb::casefile {

QJsonObject MatchSuggestion::toJson() const
{
    QJsonArray r;
    for (const Message &m : reasons)
        r.append(m.text());
    return {{QStringLiteral("a"), a.toJson()}, {QStringLiteral("b"), b.toJson()}, {QStringLiteral("score"), score}, {QStringLiteral("reasons"), r}};
}

namespace {

struct Candidate
{
    int score = 0;
    QList<Message> reasons;
};

using Pair = std::pair<qint64, qint64>;

Pair ordered(qint64 a, qint64 b)
{
    return a < b ? Pair{a, b} : Pair{b, a};
}

// Everyone an entity dealt with: call and message partners, address books it is in or holds, money partners.
QSet<qint64> counterparts(CaseFile &cf, qint64 id)
{
    static const char *const queries[] = {
        "SELECT other_id FROM calls WHERE subscriber_id = ?1 AND other_id IS NOT NULL",
        "SELECT subscriber_id FROM calls WHERE other_id = ?1",
        "SELECT owner_id FROM contacts WHERE contact_id = ?1 AND owner_id IS NOT NULL",
        "SELECT contact_id FROM contacts WHERE owner_id = ?1 AND contact_id IS NOT NULL",
        "SELECT counterparty_id FROM transactions WHERE account_id = ?1 AND counterparty_id IS NOT NULL",
        "SELECT account_id FROM transactions WHERE counterparty_id = ?1",
    };
    QSet<qint64> out;
    for (const char *q : queries) {
        sql::Statement st(cf.db(), q);
        st.bind(1, id);
        while (st.step())
            out.insert(st.int64(0));
    }
    out.remove(id);
    return out;
}

bool personLike(const QString &kind)
{
    return kind == EntityKind::Phone || kind == EntityKind::BankAccount || kind == EntityKind::BankCard || kind == EntityKind::AppAccount ||
           kind == EntityKind::Email || kind == EntityKind::Person;
}

} // namespace

QList<MatchSuggestion> suggestMatches(CaseFile &cf, int limit)
{
    std::map<Pair, Candidate> found;

    // Lines used in the same handset (the IMEI on a carrier's call records, or one seized phone's own line
    // and another SIM's): whoever swaps SIMs in one phone is usually one person.
    sql::Statement handset(cf.db(), "SELECT device_id, subscriber_id, count(*) FROM calls WHERE device_id IS NOT NULL GROUP BY device_id, subscriber_id "
                                    "UNION ALL SELECT to_id, from_id, 0 FROM links WHERE kind IN ('uses_device', 'owns_device') AND undone_at IS NULL");
    QHash<qint64, QList<std::pair<qint64, qint64>>> byDevice;
    while (handset.step())
        byDevice[handset.int64(0)] << std::pair{handset.int64(1), handset.int64(2)};
    for (auto it = byDevice.constBegin(); it != byDevice.constEnd(); ++it) {
        QHash<qint64, qint64> lines;
        for (const auto &[line, calls] : it.value())
            lines[line] += calls;
        if (lines.size() < 2 || lines.size() > 12)
            continue;
        const QString device = describeEntity(cf, it.key()).display();
        const QList<qint64> ids = lines.keys();
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j) {
                Candidate &c = found[ordered(ids[i], ids[j])];
                c.score = std::max(c.score, 70);
                c.reasons << msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "both lines were used in the same handset %1"), {device});
            }
    }

    // The same name on different entities: across kinds (a bank account's holder and a phone's address-book
    // name) that alone is worth a look; within a kind it needs someone both dealt with.
    sql::Statement names(cf.db(), "SELECT id, kind, name FROM entities WHERE name IS NOT NULL AND trim(name) <> ''");
    QHash<QString, QList<std::pair<qint64, QString>>> byName;
    while (names.step())
        if (personLike(names.text(1)))
            byName[names.text(2).simplified().toCaseFolded()] << std::pair{names.int64(0), names.text(1)};
    QHash<qint64, QSet<qint64>> partners;
    auto partnersOf = [&](qint64 id) -> const QSet<qint64> & {
        auto p = partners.find(id);
        if (p == partners.end())
            p = partners.insert(id, counterparts(cf, id));
        return *p;
    };
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
        const auto &group = it.value();
        if (group.size() < 2 || group.size() > 20 || it.key().size() < 2)
            continue;
        for (int i = 0; i < group.size(); ++i)
            for (int j = i + 1; j < group.size(); ++j) {
                QSet<qint64> shared = partnersOf(group[i].first);
                shared.intersect(partnersOf(group[j].first));
                shared.remove(group[i].first), shared.remove(group[j].first);
                const bool crossKind = group[i].second != group[j].second;
                if (!crossKind && shared.isEmpty())
                    continue;
                Candidate &c = found[ordered(group[i].first, group[j].first)];
                c.reasons << msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the same name \"%1\""), {describeEntity(cf, group[i].first).name});
                int score = crossKind ? 40 : 30;
                if (!shared.isEmpty()) {
                    QList<qint64> s = shared.values();
                    std::sort(s.begin(), s.end());
                    c.reasons << msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "%1 shared contact(s), e.g. %2"),
                                     {QString::number(s.size()), describeEntity(cf, s.first()).display()});
                    score += std::min(40, 10 * int(s.size()));
                }
                c.score = std::max(c.score, std::min(95, c.score + score));
            }
    }

    QList<MatchSuggestion> out;
    for (const auto &[pair, c] : found) {
        if (canonicalEntity(cf, pair.first) == canonicalEntity(cf, pair.second))
            continue; // already merged
        out << MatchSuggestion{describeEntity(cf, pair.first), describeEntity(cf, pair.second), c.score, c.reasons};
    }
    std::stable_sort(out.begin(), out.end(), [](const MatchSuggestion &x, const MatchSuggestion &y) { return x.score > y.score; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace cb::casefile
