#include "search.h"

#include "timeutil.h"

namespace cb::casefile {

namespace {

// The matching text around the first hit, with every word bracketed (for scans, where FTS5's snippet()
// is not available).
QString bracketed(const QString &text, const QStringList &words)
{
    qsizetype first = -1;
    for (const QString &w : words) {
        const qsizetype i = text.indexOf(w, 0, Qt::CaseInsensitive);
        if (i >= 0 && (first < 0 || i < first))
            first = i;
    }
    const qsizetype from = qMax<qsizetype>(0, first - 40);
    QString s = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, 160) + (text.size() > from + 160 ? QStringLiteral("…") : QString());
    for (const QString &w : words) {
        qsizetype i = 0;
        while ((i = s.indexOf(w, i, Qt::CaseInsensitive)) >= 0) {
            s.insert(i + w.size(), u']');
            s.insert(i, u'[');
            i += w.size() + 2;
        }
    }
    return s;
}

} // namespace

QJsonObject SearchHit::toJson(const QTimeZone &zone) const
{
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("id"), rowId},
                  {QStringLiteral("snippet"), snippet},
                  {QStringLiteral("source"), QJsonObject{{QStringLiteral("file"), sourceFile},
                                                          {QStringLiteral("sha256"), sourceSha256},
                                                          {QStringLiteral("locator"), locator}}}};
    if (hasTime) {
        o.insert(QStringLiteral("time_utc"), isoUtc(timeUtcMs));
        o.insert(QStringLiteral("time"), displayTime(timeUtcMs, zone));
    }
    if (!party.isEmpty())
        o.insert(QStringLiteral("party"), party);
    if (!app.isEmpty())
        o.insert(QStringLiteral("app"), app);
    return o;
}

Result<QList<SearchHit>> search(CaseFile &cf, const QString &query, int limit, const Progress &progress)
{
    sql::Interruptible interruptible(cf.db(), progress);
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QList<SearchHit>{};
    QStringList phrases, scans;
    for (const QString &w : words) {
        if (w.size() >= 3)
            phrases << u'"' + QString(w).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            scans << w;
    }
    QString where;
    if (!phrases.isEmpty())
        where = QStringLiteral("search MATCH ?");
    for (qsizetype i = 0; i < scans.size(); ++i)
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("s.text LIKE ? ESCAPE '\\'");
    const QString snippet = phrases.isEmpty() ? QStringLiteral("s.text") : QStringLiteral("snippet(search, 0, '[', ']', '…', 64)");
    const QString sql =
        QStringLiteral("SELECT s.kind, s.row_id, %1, s.text, coalesce(m.time_utc, a.time_utc, n.created_at), "
                       "coalesce(nullif(m.sender, ''), (SELECT label FROM entity_labels WHERE entity_id = m.sender_id), '') || CASE WHEN coalesce(m.recipients, '') = '' THEN '' ELSE ' → ' || m.recipients END || coalesce(c.value, ''), "
                       "coalesce(m.app, a.type), src.file_name, src.sha256, coalesce(m.locator, c.locator, a.locator, n.target_table || ' ' || n.target_id) "
                       "FROM search s LEFT JOIN messages m ON s.kind = 'message' AND m.id = s.row_id "
                       "LEFT JOIN contacts c ON s.kind = 'contact' AND c.id = s.row_id "
                       "LEFT JOIN artifacts a ON s.kind = 'artifact' AND a.id = s.row_id "
                       "LEFT JOIN notes n ON s.kind = 'note' AND n.id = s.row_id "
                       "LEFT JOIN sources src ON src.id = coalesce(m.source_id, c.source_id, a.source_id) "
                       "WHERE %2 ORDER BY %3 LIMIT ?")
            .arg(snippet, where, phrases.isEmpty() ? QStringLiteral("s.rowid") : QStringLiteral("rank"));
    const QByteArray sqlUtf8 = sql.toUtf8();
    sql::Statement st(cf.db(), sqlUtf8.constData());
    int b = 1;
    if (!phrases.isEmpty())
        st.bind(b++, phrases.join(QStringLiteral(" AND ")));
    for (const QString &w : std::as_const(scans))
        st.bind(b++, sql::likeContaining(w));
    st.bind(b, qint64(limit));
    QList<SearchHit> hits = entityHits(cf, query, limit);
    while (st.step()) {
        SearchHit h;
        h.kind = st.text(0);
        h.rowId = st.int64(1);
        h.snippet = phrases.isEmpty() ? bracketed(st.text(3), scans) : st.text(2);
        if (!phrases.isEmpty() && !scans.isEmpty())
            h.snippet = bracketed(h.snippet, scans);
        h.hasTime = (h.kind == u"message" || h.kind == u"artifact") && !st.isNull(4);
        h.timeUtcMs = h.hasTime ? st.int64(4) : 0;
        h.party = st.text(5);
        h.app = st.text(6);
        h.sourceFile = st.text(7);
        h.sourceSha256 = st.text(8);
        h.locator = st.text(9);
        hits.append(h);
    }
    if (!st.status().ok())
        return interruptible.status(st.status());
    Status status;
    for (SearchHit &h : transactionHits(cf, words, limit, status)) {
        h.snippet = bracketed(h.snippet, words);
        hits.append(h);
    }
    if (!status.ok())
        return interruptible.status(status);
    return hits;
}

} // namespace cb::casefile
