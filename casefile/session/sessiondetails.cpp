// The case's details: what the evidence packet's cover and summary say.
#include "session/auditedwrite.h"
#include "session/casesession.h"

#include <QJsonDocument>

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

Status CaseSession::writeSavedView(const QString &prefix, const QString &name, const QString &json, bool undoing)
{
    const QString key = prefix + u':' + name;
    return auditedWrite(*m_case, prefix, {{QStringLiteral("name"), name}, {QStringLiteral("view"), json}}, actor(), undoing,
                        [&]() -> Status {
                            if (json.isEmpty())
                                return sql::Statement(m_case->db(), "DELETE FROM meta WHERE key = ?").bind(1, key).exec();
                            sql::Statement st(m_case->db(), "INSERT INTO meta(key, value) VALUES (?, ?) "
                                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
                            return st.bind(1, key).bind(2, json).exec();
                        },
                        {{ObjectKind::Settings}, {}, prefix});
}

// A timeline view (prefix "timeline_view") or a chart ("chart") under a name; saving the same name replaces it.
Status CaseSession::saveView(const QString &prefix, const char *undoText, const QString &name, const QJsonObject &view)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return refusal(ErrorCode::Invalid, QT_TRANSLATE_NOOP("cb::Diagnostics", "a view's name has 1 to 100 characters"));
    const QString json = QString::fromUtf8(QJsonDocument(view).toJson(QJsonDocument::Compact));
    const QString before = m_case->db().scalar("SELECT value FROM meta WHERE key = ?", {prefix + u':' + trimmed}).toString();
    if (before == json)
        return {};
    if (Status s = writeSavedView(prefix, trimmed, json, false); !s)
        return s;
    record(undoText, [this, prefix, trimmed, before] { return writeSavedView(prefix, trimmed, before, true); },
           [this, prefix, trimmed, json] { return writeSavedView(prefix, trimmed, json, true); });
    return {};
}

Status CaseSession::saveTimelineView(const QString &name, const QJsonObject &view)
{
    return saveView(QStringLiteral("timeline_view"), QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Save timeline view"), name, view);
}

Status CaseSession::saveChart(const QString &name, const QJsonObject &spec)
{
    return saveView(QStringLiteral("chart"), QT_TRANSLATE_NOOP("cb::casefile::CaseSession", "Save chart"), name, spec);
}

Result<QJsonObject> savedView(CaseFile &cf, const QString &prefix, const QString &name)
{
    const QVariant v = cf.db().scalar("SELECT value FROM meta WHERE key = ?", {prefix + u':' + name.simplified()});
    if (!v.isValid() || v.isNull())
        return Status::error(ErrorCode::NotFound, QStringLiteral("no saved %1 \"%2\"").arg(QString(prefix).replace(u'_', u' '), name.simplified()));
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QStringList savedViews(CaseFile &cf, const QString &prefix)
{
    QStringList names;
    sql::Statement st(cf.db(), "SELECT substr(key, length(?1) + 2) FROM meta WHERE substr(key, 1, length(?1) + 1) = ?1 || ':' ORDER BY 1");
    st.bind(1, prefix);
    while (st.step())
        names << st.text(0);
    return names;
}

Result<QJsonObject> timelineView(CaseFile &cf, const QString &name)
{
    return savedView(cf, QStringLiteral("timeline_view"), name);
}

QStringList timelineViews(CaseFile &cf)
{
    return savedViews(cf, QStringLiteral("timeline_view"));
}

} // namespace cb::casefile
