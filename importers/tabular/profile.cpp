#include "tabular/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

static void initProfileResources()
{
    Q_INIT_RESOURCE(profiles);
}

namespace cb::importers {

namespace {
bool headerSkips(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\t' || c == QChar(0x3000);
}

QChar headerFolds(QChar c)
{
    if (c == QChar(0xFF08))
        return u'(';
    if (c == QChar(0xFF09))
        return u')';
    if (c == QChar(0xFF1A))
        return u':';
    return c.toLower();
}
} // namespace

QString headerKey(QStringView cell)
{
    QString out;
    const QStringView s = cleanCell(cell);
    out.reserve(s.size());
    for (QChar c : s)
        if (!headerSkips(c))
            out.append(headerFolds(c));
    return out;
}

bool isHeaderKey(QStringView cell, QStringView key)
{
    qsizetype k = 0;
    for (QChar c : cleanCell(cell)) {
        if (headerSkips(c))
            continue;
        if (k == key.size() || headerFolds(c) != key[k])
            return false;
        ++k;
    }
    return k == key.size();
}

static QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

Result<Profile> Profile::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (doc.isNull() || !doc.isObject())
        return Status::error(QStringLiteral("%1: not a JSON profile (%2 at offset %3)")
                                 .arg(origin, err.errorString())
                                 .arg(err.offset));
    const QJsonObject o = doc.object();
    Profile p;
    p.origin = origin;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString(p.id);
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == u"transactions")
        p.kind = RecordKind::Transactions;
    else if (kind == u"calls")
        p.kind = RecordKind::Calls;
    else if (kind == u"cell_sites")
        p.kind = RecordKind::CellSites;
    else if (kind == u"balances")
        p.kind = RecordKind::Balances;
    else
        return Status::error(QStringLiteral("%1: \"kind\" must be transactions, calls, cell_sites or balances").arg(origin));
    if (p.id.isEmpty())
        return Status::error(QStringLiteral("%1: the profile has no \"id\"").arg(origin));
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // A column by name, by position (a header that names two columns alike), or a list of them.
        const QJsonArray at = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        QStringList names;
        for (const QJsonValue &v : at) {
            if (v.isDouble() && v.toInt() >= 0)
                p.positions.insert(it.key(), v.toInt());
            else if (v.isString())
                names << headerKey(v.toString());
        }
        if (!names.isEmpty())
            p.fields.insert(it.key(), names);
    }
    p.required = strings(o.value(QStringLiteral("required")));
    p.exact = o.value(QStringLiteral("exact")).toBool(false);
    p.header = o.value(QStringLiteral("header")).toBool(p.positions.isEmpty());
    p.skipLines = o.value(QStringLiteral("skip_lines")).toInt(0);
    if (p.skipLines < 0 || p.skipLines > kMaxSkipLines)
        return Status::error(QStringLiteral("%1: \"skip_lines\" must be from 0 to %2").arg(origin).arg(kMaxSkipLines));
    const QString delim = o.value(QStringLiteral("delimiter")).toString();
    if (delim == u"\\t" || delim == u"tab")
        p.delimiter = u'\t';
    else if (delim.size() == 1)
        p.delimiter = delim[0];
    p.encoding = o.value(QStringLiteral("encoding")).toString();
    const QString order = o.value(QStringLiteral("date_order")).toString().toUpper();
    p.dateOrder = order == u"DMY" ? DateOrder::DMY : order == u"MDY" ? DateOrder::MDY : order == u"YMD" ? DateOrder::YMD : DateOrder::Auto;
    const QString dec = o.value(QStringLiteral("decimal")).toString();
    if (dec.size() == 1)
        p.decimal = dec[0];
    p.currency = o.value(QStringLiteral("currency")).toString();
    p.timezone = o.value(QStringLiteral("timezone")).toString();
    for (const QString &re : strings(o.value(QStringLiteral("owner_patterns")))) {
        QRegularExpression rx(re, QRegularExpression::CaseInsensitiveOption);
        if (!rx.isValid())
            return Status::error(QStringLiteral("%1: bad owner pattern %2: %3").arg(origin, re, rx.errorString()));
        p.ownerPatterns << rx;
    }
    for (const QString &re : strings(o.value(QStringLiteral("statement_facts")))) {
        QRegularExpression rx(re, QRegularExpression::CaseInsensitiveOption);
        if (!rx.isValid())
            return Status::error(QStringLiteral("%1: bad statement_facts pattern %2: %3").arg(origin, re, rx.errorString()));
        p.statementFacts << rx;
    }
    const QJsonObject dirs = o.value(QStringLiteral("directions")).toObject();
    for (auto it = dirs.begin(); it != dirs.end(); ++it)
        for (const QString &v : strings(it.value()))
            p.directions.insert(v.toLower(), it.key());
    const QJsonObject flags = o.value(QStringLiteral("flags")).toObject();
    p.creditFlags = strings(flags.value(QStringLiteral("credit")));
    p.debitFlags = strings(flags.value(QStringLiteral("debit")));
    p.neutralFlags = strings(flags.value(QStringLiteral("neutral")));
    const QJsonObject inter = o.value(QStringLiteral("interactions")).toObject();
    p.interactionsCall = strings(inter.value(QStringLiteral("call")));
    p.interactionsText = strings(inter.value(QStringLiteral("text")));
    for (const QString &h : strings(o.value(QStringLiteral("signature"))))
        p.signature << headerKey(h);
    return p;
}

ProfileLibrary::ProfileLibrary()
{
    initProfileResources();
    const QDir dir(QStringLiteral(":/casebench/profiles"));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Result<Profile> p = Profile::fromJson(file.readAll(), QStringLiteral(":builtin/") + f);
        if (p)
            m_profiles << p.value();
        else
            qWarning("built-in profile %s: %s", qPrintable(f), qPrintable(p.status().message()));
    }
}

const Profile *ProfileLibrary::find(const QString &id) const
{
    for (const Profile &p : m_profiles)
        if (p.id == id)
            return &p;
    return nullptr;
}

QString userProfileFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

int ProfileLibrary::loadFolder(const QString &dir, QStringList *errors)
{
    int added = 0;
    const QDir d(dir);
    for (const QString &f : d.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name)) {
        QFile file(d.filePath(f));
        Result<Profile> p = file.size() > 1 << 20 || !file.open(QIODevice::ReadOnly)
                                ? Result<Profile>(Status::error(QStringLiteral("%1: not readable, or larger than 1 MiB").arg(file.fileName())))
                                : Profile::fromJson(file.readAll(), file.fileName());
        if (!p) {
            if (errors)
                *errors << p.status().message();
            continue;
        }
        if (find(p.value().id))
            continue;
        m_profiles.append(p.value());
        ++added;
    }
    return added;
}

Result<const Profile *> ProfileLibrary::resolve(const QString &idOrPath)
{
    if (const Profile *p = find(idOrPath))
        return p;
    QFile file(idOrPath);
    if (!QFileInfo(idOrPath).isFile() || !file.open(QIODevice::ReadOnly))
        return Status::error(QStringLiteral("no profile named %1 and no such profile file").arg(idOrPath));
    if (file.size() > 1 << 20)
        return Status::error(QStringLiteral("%1: profile file is too large").arg(idOrPath));
    Result<Profile> p = Profile::fromJson(file.readAll(), idOrPath);
    if (!p)
        return p.status();
    m_profiles.append(p.value());
    return &m_profiles.last();
}

} // namespace cb::importers
