#pragma once
// Redaction for the packet (--redact unmarked): every identifier and name of an entity that has no role
// in the case — and is not tied by a merge or an owner/use link to one that has — is replaced in the text
// before anything is laid out, so the masked value appears nowhere in the file: not in the page text, not
// in the streams, not in the manifest. Phone numbers keep their first three and last four digits
// (137****0003, with the country code of an international number kept in front), accounts, cards and
// other numbers their last four, names and other identifiers their first character (张*).
//
// Numbers are found in any text however they are written ("+86 137 0000 0003", "6212-2600-0000-0009-001")
// by their digits; a value an entity with a role also holds is never masked.
#include "casefile.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace cb::reports {

class Redactor
{
public:
    Redactor() = default; // masks nothing
    static Result<Redactor> unmarked(casefile::CaseFile &cf);

    bool active() const { return m_active; }
    QString apply(const QString &text) const;
    int protectedValues() const { return int(m_digits.size() + m_literals.size()); }

    // The masks on their own (tested against the rule by hand-worked values).
    static QString maskPhone(const QString &digits, int countryCodeLength);
    static QString maskNumber(const QString &digits);
    static QString maskName(const QString &name);

private:
    struct Number
    {
        bool phone = false;
        int countryCodeLength = 0; // of the full international number these digits are
    };
    void protect(const QString &type, const QString &value, const QString &name);
    QString maskDigitRun(const QString &token) const;
    bool m_active = false;
    QHash<QString, Number> m_digits;             // digits of a protected number, national forms too
    QSet<QString> m_allowedDigits, m_allowedText; // held by entities with a role
    QList<QPair<QString, QString>> m_literals;    // protected text and its mask, longest first
};

} // namespace cb::reports
