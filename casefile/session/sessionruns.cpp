// The case session's record of analysis runs (analysis/runs.h reads them).
#include "analysis/runs.h"
#include "session/auditedwrite.h"
#include "session/casesession.h"

#include <QJsonDocument>

namespace cb::casefile {

Result<QString> CaseSession::recordRun(const QString &kind, const QJsonObject &parameters, const QJsonObject &result,
                                       const QString &dataSha256, const QList<QByteArray> &rowsRead, const QString &rerunOf)
{
    const qint64 last = m_case->db().scalar("SELECT coalesce(max(CAST(substr(code, 3) AS INTEGER)), 0) FROM analysis_runs").toLongLong();
    const QString code = QStringLiteral("R-%1").arg(last + 1, 6, 10, QLatin1Char('0'));
    const QByteArray uuid = QUuid::createUuid().toRfc4122();
    const QString resultHash = analysis::resultSha256(result);
    QJsonObject details{{QStringLiteral("run"), code},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("parameters"), parameters},
                        {QStringLiteral("data_sha256"), dataSha256},
                        {QStringLiteral("result_sha256"), resultHash},
                        {QStringLiteral("rows_read"), rowsRead.size()}};
    if (!rerunOf.isEmpty())
        details.insert(QStringLiteral("rerun_of"), rerunOf);
    const Status s = auditedWrite(*m_case, QStringLiteral("analysis_run"), details, actor(), false, [&]() -> Status {
        sql::Statement st(m_case->db(), "INSERT INTO analysis_runs(uuid, code, kind, parameters, actor, at, data_sha256, result_sha256, "
                                        "result, rows_read, rerun_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QByteArray packed = analysis::packUuids(rowsRead);
        st.bindBlob(1, uuid.constData(), int(uuid.size())).bind(2, code).bind(3, kind);
        st.bind(4, QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact))).bind(5, actor()).bind(6, nowUtc());
        st.bind(7, dataSha256).bind(8, resultHash).bind(9, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
        st.bindBlob(10, packed.constData(), int(packed.size()));
        rerunOf.isEmpty() ? st.bindNull(11) : st.bind(11, rerunOf);
        return st.exec();
    }, {{ObjectKind::Runs}, {}, QStringLiteral("analysis_run")});
    if (!s)
        return s;
    return code;
}

} // namespace cb::casefile
