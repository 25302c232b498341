#include "query/recorddetail.h"

#include "casefile.h"

#include <QRegularExpression>
#include <QUuid>
#include <sqlite3.h>

namespace cb::casefile {

namespace {

// "line 12", "line 113 (Stmt[1]/Ntry[2])": the line a locator names; 0 for "page 2 line 14", "rowid 9"...
qint64 lineOf(const QString &locator)
{
    static const QRegularExpression re(QStringLiteral("^line (\\d+)\\b"));
    const QRegularExpressionMatch m = re.match(locator);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace

QByteArray preservedLine(CaseFile &cf, qint64 sourceId, qint64 line, qsizetype maxBytes, bool *truncated)
{
    QByteArray out;
    qint64 current = 1;
    bool done = false, cut = false;
    auto scan = [&](const char *data, int n) {
        for (int i = 0; i < n; ++i) {
            const char c = data[i];
            if (c == '\n') {
                if (current == line) {
                    done = true;
                    return false;
                }
                ++current;
            } else if (current == line) {
                if (out.size() < maxBytes)
                    out.append(c);
                else
                    cut = true;
            }
        }
        return true;
    };
    // A source is one value, or parts in order when it was larger than SQLite's value limit.
    if (!sql::streamBlob(cf.db(), "source_content", sourceId, scan)) {
        sql::Statement parts(cf.db(), "SELECT id FROM source_parts WHERE source_id = ? ORDER BY seq");
        parts.bind(1, sourceId);
        while (!done && parts.step())
            sql::streamBlob(cf.db(), "source_parts", parts.int64(0), scan);
    }
    if (current < line)
        return {};
    if (out.endsWith('\r'))
        out.chop(1);
    if (truncated)
        *truncated = cut;
    return out;
}

Result<RecordDetail> recordDetail(CaseFile &cf, RecordKind kind, qint64 id)
{
    RecordQuery q;
    q.kind = kind;
    q.filter.ids = {id};
    const Result<QVector<RecordRow>> rows = recordPage(cf, q, std::nullopt, 1);
    if (!rows)
        return rows.status();
    if (rows.value().isEmpty())
        return Status::error(ErrorCode::NotFound, QStringLiteral("there is no %1 record %2").arg(recordKindName(kind)).arg(id));
    RecordDetail d;
    d.kind = kind;
    d.id = id;
    d.values = rows.value().first().values;
    const QByteArray sql = QByteArray("SELECT r.uuid, r.source_id, r.locator, s.file_name, s.sha256, s.format, s.profile, s.importer_id || ' ' || "
                                      "s.importer_version, s.imported_at, s.investigator, s.legal_basis, s.timezone, "
                                      "json_extract(s.certificate, '$.exhibit_label') FROM ") +
                           recordTable(kind) + " r JOIN sources s ON s.id = r.source_id WHERE r.id = ?";
    sql::Statement st(cf.db(), sql.constData());
    st.bind(1, id);
    if (!st.step())
        return st.status().ok() ? Status::error(ErrorCode::NotFound, QStringLiteral("record %1 has no source").arg(id)) : st.status();
    d.uuid = QUuid::fromRfc4122(st.blob(0)).toString(QUuid::WithoutBraces);
    d.sourceId = st.int64(1);
    d.locator = st.text(2);
    d.sourceFile = st.text(3);
    d.sourceSha256 = st.text(4);
    d.format = st.text(5);
    d.profile = st.text(6);
    d.importer = st.text(7);
    d.importedAt = st.text(8);
    d.investigator = st.text(9);
    d.legalBasis = st.text(10);
    d.sourceZone = st.text(11);
    d.exhibitLabel = st.text(12);
    d.line = lineOf(d.locator);
    if (d.line > 0) {
        d.originalLine = preservedLine(cf, d.sourceId, d.line, RecordDetail::kMaxLine, &d.lineTruncated);
        if (d.line > 1)
            d.firstLine = preservedLine(cf, d.sourceId, 1, RecordDetail::kMaxLine);
    }
    return d;
}

} // namespace cb::casefile
