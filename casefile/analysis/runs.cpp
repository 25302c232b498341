#include "analysis/runs.h"

#include "hash.h"

#include <QJsonDocument>
#include <QUuid>

namespace cb::casefile::analysis {

QJsonObject AnalysisRun::toJson(bool withResult) const
{
    QJsonObject o{{QStringLiteral("id"), code},           {QStringLiteral("uuid"), uuid},
                  {QStringLiteral("kind"), kind},         {QStringLiteral("parameters"), parameters},
                  {QStringLiteral("time"), at},           {QStringLiteral("investigator"), actor},
                  {QStringLiteral("data_sha256"), dataSha256}, {QStringLiteral("result_sha256"), resultSha256},
                  {QStringLiteral("rows_read"), rowsRead.size()}};
    if (!rerunOf.isEmpty())
        o.insert(QStringLiteral("rerun_of"), rerunOf);
    if (withResult)
        o.insert(QStringLiteral("result"), result);
    return o;
}

QString resultSha256(const QJsonObject &result)
{
    return sha256Hex(QJsonDocument(result).toJson(QJsonDocument::Compact));
}

QByteArray packUuids(const QList<QByteArray> &uuids)
{
    QByteArray out;
    out.reserve(uuids.size() * 32);
    for (const QByteArray &u : uuids)
        out += u;
    return out;
}

namespace {

QList<AnalysisRun> read(CaseFile &cf, const char *where, const QVariantList &binds)
{
    QList<AnalysisRun> out;
    const QByteArray sql = QByteArray("SELECT code, uuid, kind, parameters, actor, at, data_sha256, result_sha256, result, rows_read, "
                                      "coalesce(rerun_of, '') FROM analysis_runs ") + where + " ORDER BY id DESC";
    sql::Statement st(cf.db(), sql.constData());
    for (qsizetype i = 0; i < binds.size(); ++i)
        st.bind(int(i + 1), binds[i]);
    while (st.step()) {
        AnalysisRun r;
        r.code = st.text(0);
        r.uuid = QUuid::fromRfc4122(st.blob(1)).toString(QUuid::WithoutBraces);
        r.kind = st.text(2);
        r.parameters = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
        r.actor = st.text(4);
        r.at = st.text(5);
        r.dataSha256 = st.text(6);
        r.resultSha256 = st.text(7);
        r.result = QJsonDocument::fromJson(st.text(8).toUtf8()).object();
        const QByteArray packed = st.blob(9);
        for (qsizetype i = 0; i + 32 <= packed.size(); i += 32)
            r.rowsRead.append(packed.mid(i, 32));
        r.rerunOf = st.text(10);
        out.append(r);
    }
    return out;
}

} // namespace

QList<AnalysisRun> runsOf(CaseFile &cf)
{
    return read(cf, "", {});
}

std::optional<AnalysisRun> runOf(CaseFile &cf, const QString &code)
{
    const QList<AnalysisRun> r = read(cf, "WHERE code = ?", {code.trimmed().toUpper()});
    return r.isEmpty() ? std::nullopt : std::optional<AnalysisRun>(r.first());
}

} // namespace cb::casefile::analysis
