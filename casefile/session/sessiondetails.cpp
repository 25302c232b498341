// The case's details: what the evidence packet's cover and summary say.
#include "session/auditedwrite.h"
#include "session/casesession.h"

namespace cb::casefile {

namespace {

const QStringList &detailKeys()
{
    static const QStringList keys{QStringLiteral("title"), QStringLiteral("case_number"), QStringLiteral("agency"), QStringLiteral("handling"),
                                  QStringLiteral("narrative")};
    return keys;
}

} // namespace

Status CaseSession::writeCaseDetail(const QString &key, const QString &value, bool undoing)
{
    const Status s = auditedWrite(*m_case, QStringLiteral("case_detail"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, actor(),
                                  undoing, [&]() -> Status {
                                      sql::Statement st(m_case->db(), "INSERT INTO meta(key, value) VALUES (?, ?) "
                                                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
                                      return st.bind(1, key).bind(2, value).exec();
                                  },
                                  {{ObjectKind::Settings}, {}, QStringLiteral("case_detail")});
    return s ? m_case->reloadSettings() : s;
}

Status CaseSession::setCaseDetail(const QString &key, const QString &given)
{
    if (!detailKeys().contains(key))
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "\"%1\" is not a case detail (title, case_number, agency, handling, narrative)"), key);
    const QString value = key == u"narrative" ? given.trimmed() : given.simplified();
    if (key == u"case_number" && value.size() > 64)
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "a case number has at most 64 characters"));
    const QString before = m_case->db().scalar("SELECT value FROM meta WHERE key = ?", {key}).toString();
    if (before == value)
        return {};
    if (Status s = writeCaseDetail(key, value, false); !s)
        return s;
    record(QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Change case details"), [this, key, before] { return writeCaseDetail(key, before, true); },
           [this, key, value] { return writeCaseDetail(key, value, true); });
    return {};
}

} // namespace cb::casefile
