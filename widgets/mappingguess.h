#pragma once
// A refused file's best-guess mapping (importers' Inference::toJson) put before the analyst: the columns in
// words, and the guess saved as a profile among the user's profiles so that the file can be imported with
// it once the analyst has accepted it.
#include <QJsonObject>
#include <QString>

class QMessageBox;
class QWidget;

namespace cb::widgets {

// The field a mapping names, in the analyst's words ("counterparty_name" -> "Counterparty name").
QString fieldLabel(const QString &field);
// One line per mapped column: "column 1 “Datum”: Date (100%)".
QString describeMapping(const QJsonObject &guess);
// The question put to the analyst (Yes: import with it, No: leave the file out), not yet shown.
QMessageBox *mappingQuestion(QWidget *parent, const QString &fileName, const QJsonObject &guess);
// Writes the guess's profile to AppDataLocation/profiles/ (named after the source file); its path, or
// empty with *error set.
QString saveGuessedProfile(const QJsonObject &guess, const QString &sourceFile, QString *error);
// Writes a profile (its "id" names the file) among the analyst's own profiles (importers'
// userProfileFolder()), replacing one of the same id; its path, or empty with *error set.
QString saveUserProfile(const QJsonObject &profile, QString *error);
// A profile id from a name the analyst gives: lower case, letters and digits, words joined by '-'.
QString profileIdFor(const QString &name);

} // namespace cb::widgets
