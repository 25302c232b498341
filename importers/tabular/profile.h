#pragma once
// Mapping profiles: readable JSON files that say which header (or column position) holds which field,
// how flags and codes map, and which date order / decimal mark / currency / time zone a layout uses.
// Built-in profiles ship as resources; users write their own and name them on the command line.
// The best profile for a file is suggested from its header signature.
#include "common/importer.h"
#include "recordkind.h"
#include "result.h"
#include "common/values.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace cb::importers {

// A profile maps rows to transactions, calls, cell sites or balances.
using casefile::RecordKind;
using casefile::recordKindName;

struct Profile
{
    QString id;
    QString name;
    QString origin; // ":builtin" or the file it came from
    RecordKind kind = RecordKind::Transactions;
    QHash<QString, QStringList> fields; // field -> accepted header names (any language)
    QHash<QString, int> positions;      // field -> 0-based column, for files without a header
    QStringList required;               // each entry: alternatives "a|b+c" (b and c together)
    bool exact = false;                 // header must equal the field names (canonical layouts)
    bool header = true;
    // Lines at the top that are never the header nor data (a title block an analyst marked): the header is
    // looked for from the line after them, or, without a header, the data start there.
    int skipLines = 0; // at most kMaxSkipLines: the header is looked for in the file's first 400 lines
    QChar delimiter;                    // null: detect
    QString encoding;                   // empty: detect
    DateOrder dateOrder = DateOrder::Auto;
    QChar decimal;                      // null: detect per column from the head
    QString currency;                   // default when no currency column
    QString timezone;                   // default zone for times without offset
    QList<QRegularExpression> ownerPatterns; // preamble lines naming the statement's account / the subscriber
    QList<QRegularExpression> statementFacts; // preamble/footer lines stating balances, period... (statementfacts.h)
    QHash<QString, QString> directions; // lower-cased cell text -> out|in|missed
    QStringList creditFlags, debitFlags, neutralFlags;
    QStringList interactionsCall, interactionsText;
    // The header (as headerKey()s) of the file an analyst made this profile for: a file with exactly this
    // header is read with it before any other profile (the workbench's mapping editor saves it).
    QStringList signature;

    static Result<Profile> fromJson(const QByteArray &json, const QString &origin);
};

// Normalised form used to compare header cells with profile names ("交易金额（元）" == "交易金额(元)").
QString headerKey(QStringView cell);

// Lines a profile may skip at the top (a title block), leaving the head room to find the header.
inline constexpr int kMaxSkipLines = 300;
// headerKey(cell) == key, without building the key: asked of every data row (is it a repeated header?).
bool isHeaderKey(QStringView cell, QStringView key);

// Where the analyst's own profiles live (AppDataLocation/profiles): saved from the workbench, read by
// every import, listed by `casebench formats`.
QString userProfileFolder();

class ProfileLibrary
{
public:
    ProfileLibrary(); // loads the built-in profiles
    const QList<Profile> &profiles() const { return m_profiles; }
    const Profile *find(const QString &id) const;
    // A profile id, or a path to a JSON profile file (loaded and added). Pointers stay valid until the
    // next resolve().
    Result<const Profile *> resolve(const QString &idOrPath);
    // Adds every *.json profile in dir (the analyst's own, userProfileFolder()); a profile file that does
    // not read is left out, with "file: why" in *errors. A profile id already known is not added twice.
    int loadFolder(const QString &dir, QStringList *errors = nullptr);

private:
    QList<Profile> m_profiles;
};

// An importer that maps columns through profiles: it is given the registry's profile library when it is
// registered (the library outlives its importers), so the importer interface itself knows no profiles.
class TabularImporter : public Importer
{
protected:
    explicit TabularImporter(const ProfileLibrary &profiles) : m_profiles(profiles) {}
    const ProfileLibrary &m_profiles;
};

} // namespace cb::importers
