// What the full-text index does not hold, found by the search too: the entity an account, number, IMEI
// or e-mail address typed in any written form names (and identifiers containing what was typed), and the
// transactions whose description, counterparty name or reference hold every word. Both carry provenance:
// the source and row the identifier was first seen in, the transaction's own source and row.
#include "search.h"

#include "entitylinks.h"
#include "money.h"
#include "timeutil.h"

#include <QSet>

namespace cb::casefile {

QList<SearchHit> entityHits(CaseFile &cf, const QString &query, int limit)
{
    QList<SearchHit> hits;
    QSet<qint64> seen;
    sql::Statement first(cf.db(), "SELECT i.type || ' ' || i.value, coalesce(s.file_name, ''), coalesce(s.sha256, ''), coalesce(i.locator, ''), "
                                  "(SELECT label FROM entity_labels WHERE entity_id = i.entity_id), e.kind "
                                  "FROM identifiers i JOIN entities e ON e.id = i.entity_id LEFT JOIN sources s ON s.id = i.source_id "
                                  "WHERE i.entity_id = ? ORDER BY i.source_id IS NULL, i.id");
    auto add = [&](qint64 id) {
        if (seen.contains(id) || hits.size() >= limit)
            return;
        seen.insert(id);
        first.reset();
        first.bind(1, id);
        SearchHit h;
        h.kind = QStringLiteral("entity");
        h.rowId = id;
        QStringList identifiers;
        while (first.step()) {
            if (identifiers.isEmpty()) {
                h.sourceFile = first.text(1), h.sourceSha256 = first.text(2), h.locator = first.text(3);
                h.party = first.text(4), h.app = first.text(5);
            }
            identifiers << first.text(0);
        }
        h.snippet = identifiers.join(QStringLiteral(" · "));
        hits.append(h);
    };
    if (const Result<qint64> exact = findEntity(cf, query.trimmed()))
        add(canonicalEntity(cf, exact.value()));
    QString compact = query.simplified();
    compact.remove(u' ').remove(u'-');
    if (compact.size() >= 4) {
        sql::Statement like(cf.db(), "SELECT DISTINCT entity_id FROM identifiers WHERE value LIKE ? ESCAPE '\\' LIMIT ?");
        like.bind(1, sql::likeContaining(compact)).bind(2, qint64(limit));
        while (like.step())
            add(canonicalEntity(cf, like.int64(0)));
    }
    return hits;
}

QList<SearchHit> transactionHits(CaseFile &cf, const QStringList &words, int limit, Status &status)
{
    QString where;
    for (qsizetype i = 0; i < words.size(); ++i)
        where += (i ? QStringLiteral(" AND ") : QString()) +
                 QStringLiteral("(coalesce(t.description, '') || ' ' || coalesce(t.counterparty_name, '') || ' ' || coalesce(t.reference, '')) "
                                "LIKE ? ESCAPE '\\'");
    const QByteArray sql = QStringLiteral("SELECT t.id, coalesce(t.description, '') || ' ' || coalesce(t.counterparty_name, '') || ' ' || "
                                          "coalesce(t.reference, ''), t.time_utc, "
                                          "(SELECT label FROM entity_labels WHERE entity_id = t.account_id) || ' → ' || "
                                          "coalesce((SELECT label FROM entity_labels WHERE entity_id = t.counterparty_id), t.counterparty_account, ''), "
                                          "s.file_name, s.sha256, t.locator, t.amount_minor, t.currency "
                                          "FROM transactions t JOIN sources s ON s.id = t.source_id WHERE %1 AND t.duplicate_of IS NULL "
                                          "ORDER BY t.time_utc LIMIT ?")
                               .arg(where)
                               .toUtf8();
    sql::Statement st(cf.db(), sql.constData());
    int b = 1;
    for (const QString &w : words)
        st.bind(b++, sql::likeContaining(w));
    st.bind(b, qint64(limit));
    QList<SearchHit> hits;
    while (st.step()) {
        SearchHit h;
        h.kind = QStringLiteral("transaction");
        h.rowId = st.int64(0);
        h.snippet = formatMinor(st.int64(7), st.text(8)) + u' ' + st.text(8) + QStringLiteral(" · ") + st.text(1).simplified();
        h.hasTime = true;
        h.timeUtcMs = st.int64(2);
        h.party = st.text(3);
        h.sourceFile = st.text(4), h.sourceSha256 = st.text(5), h.locator = st.text(6);
        hits.append(h);
    }
    status = st.status();
    return hits;
}

} // namespace cb::casefile
