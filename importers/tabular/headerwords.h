#pragma once
// Header words for every field a mapping can name, in the languages investigators meet, for mapping the
// columns of a file no profile knows.
#include <QString>
#include <QStringList>

namespace cb::importers {

// 1.0: the header cell (as headerKey() gives it) is one of the field's words; 0.6-0.9: it contains one,
// the more of it the word covers the higher; 0: none.
double headerWordScore(const QString &headerKey, const QString &field);
QStringList headerWordFields();

} // namespace cb::importers
