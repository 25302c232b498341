#include "mappingguess.h"

#include "tabular/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace cb::widgets {

static QString translated(const char *text)
{
    return QCoreApplication::translate("cb::widgets::MappingGuess", text);
}

QString fieldLabel(const QString &field)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"time", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Date and time")},
        {"date", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Date")},
        {"value_date", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Value date")},
        {"time_of_day", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Time of day")},
        {"amount", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Amount")},
        {"credit", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Credit (money in)")},
        {"debit", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Debit (money out)")},
        {"flag", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Debit/credit mark")},
        {"balance", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Balance")},
        {"currency", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Currency")},
        {"account", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Account")},
        {"account_name", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Account holder")},
        {"counterparty_account", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Counterparty account")},
        {"counterparty_name", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Counterparty name")},
        {"description", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Description")},
        {"reference", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Reference")},
        {"channel", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Channel")},
        {"start_time", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Call start")},
        {"subscriber", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Subscriber (target line)")},
        {"other_party", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Other party")},
        {"caller", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Caller")},
        {"callee", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Callee")},
        {"direction", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Direction")},
        {"duration", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Duration")},
        {"cell_id", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Cell")},
        {"lac", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Location area (LAC)")},
        {"imei", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "IMEI")},
        {"imsi", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "IMSI")},
        {"counterparty_info", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Counterparty bank")},
        {"interaction", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Call or text")},
        {"status", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Call status")},
        {"lat", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Latitude")},
        {"lon", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Longitude")},
        {"azimuth", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Azimuth")},
        {"address", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Address")},
        {"value_balance", QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Value-dated balance")}};
    for (const auto &[name, label] : labels)
        if (field == QLatin1String(name))
            return translated(label);
    return field;
}

QString describeMapping(const QJsonObject &guess)
{
    QStringList lines;
    for (const QJsonValue &v : guess.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString header = c.value(QStringLiteral("header")).toString().left(40);
        const QString column = header.isEmpty() ? translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "column %1")).arg(c.value(QStringLiteral("column")).toInt())
                                                : translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "column %1 “%2”")).arg(c.value(QStringLiteral("column")).toInt()).arg(header);
        lines << translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "%1: %2 (%3%)")).arg(column, fieldLabel(c.value(QStringLiteral("field")).toString())).arg(c.value(QStringLiteral("confidence")).toInt());
    }
    return lines.isEmpty() ? translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "no column could be mapped")) : lines.join(u'\n');
}

QMessageBox *mappingQuestion(QWidget *parent, const QString &fileName, const QJsonObject &guess)
{
    auto *box = new QMessageBox(QMessageBox::Question, translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Import")),
                                translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "No profile knows the layout of %1."))
                                    .arg(fileName),
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setInformativeText(
        translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Its columns could be mapped like this (confidence %1%, below the %2% needed to "
                                                                 "import on its own):\n\n%3\n\nImport it with this mapping? The mapping is kept "
                                                                 "with the source's import certificate."))
            .arg(guess.value(QStringLiteral("confidence")).toInt())
            .arg(guess.value(QStringLiteral("threshold")).toInt())
            .arg(describeMapping(guess)));
    box->setDefaultButton(QMessageBox::No);
    return box;
}

QString saveGuessedProfile(const QJsonObject &guess, const QString &sourceFile, QString *error)
{
    QJsonObject profile = guess.value(QStringLiteral("profile")).toObject();
    if (profile.isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "the guess holds no profile"));
        return {};
    }
    const QString stem = QFileInfo(sourceFile).completeBaseName();
    profile.insert(QStringLiteral("id"), QStringLiteral("mapped-") + stem);
    profile.insert(QStringLiteral("name"), translated(QT_TRANSLATE_NOOP("cb::widgets::MappingGuess", "Mapping accepted for %1")).arg(QFileInfo(sourceFile).fileName()));
    return saveUserProfile(profile, error);
}

QString profileIdFor(const QString &name)
{
    QString id;
    for (QChar c : name.trimmed().toLower())
        id += c.isLetterOrNumber() ? c : QChar(u'-');
    while (id.contains(QStringLiteral("--")))
        id.replace(QStringLiteral("--"), QStringLiteral("-"));
    id = id.left(60);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("profile") : id;
}

QString saveUserProfile(const QJsonObject &profile, QString *error)
{
    const QString dir = importers::userProfileFolder();
    QDir().mkpath(dir);
    const QString path = dir + u'/' + profileIdFor(profile.value(QStringLiteral("id")).toString()) + QStringLiteral(".json");
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(profile).toJson()) < 0 || !f.commit()) {
        *error = f.errorString();
        return {};
    }
    return path;
}

} // namespace cb::widgets
