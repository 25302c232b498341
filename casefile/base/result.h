#pragma once
// Fallible calls return Status or Result<T> instead of throwing (house style: no exceptions across libraries).
// A failure carries a code that callers decide by (the GUI asks for an account on NeedsAccount, stops
// quietly on Cancelled), the English template with %1..%n already filled (GUIs translate it through
// Diagnostics), and where in the input it happened.
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace cb {

enum class ErrorCode {
    None,            // success
    Failed,          // anything without a more specific code: the message says what
    Cancelled,       // the user (or a caller's token) cancelled the work; nothing was kept
    NeedsAccount,    // a statement that does not say whose account it is: ask for it (--account)
    NeedsSubscriber, // call records that do not say whose line they are: ask for it (--subscriber)
    NeedsCurrency,   // amounts without a currency: ask for it (--currency)
    NeedsPassword,   // an encrypted file: ask for its password
    WrongPassword,   // the password given does not open it
    Duplicate,       // the same bytes (SHA-256) are already in the case
    UnknownLayout,   // no mapping profile recognises the file's header
    UnknownFormat,   // no importer recognises the file
    NotACase,        // the file is not a Casebench case (or is damaged)
    NotFound,        // a named object (entity, note, link, profile) does not exist
    Invalid,         // an argument the caller gave is not acceptable (the message says which)
    InUse,           // another Casebench has the case open for writing (one writer per case)
};

// A stable name per code, for JSON and logs ("needs_account").
inline const char *errorCodeName(ErrorCode c)
{
    switch (c) {
    case ErrorCode::None: return "ok";
    case ErrorCode::Failed: return "failed";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::NeedsAccount: return "needs_account";
    case ErrorCode::NeedsSubscriber: return "needs_subscriber";
    case ErrorCode::NeedsCurrency: return "needs_currency";
    case ErrorCode::NeedsPassword: return "needs_password";
    case ErrorCode::WrongPassword: return "wrong_password";
    case ErrorCode::Duplicate: return "duplicate";
    case ErrorCode::UnknownLayout: return "unknown_layout";
    case ErrorCode::UnknownFormat: return "unknown_format";
    case ErrorCode::NotACase: return "not_a_case";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::Invalid: return "invalid";
    case ErrorCode::InUse: return "in_use";
    }
    return "failed";
}

class Status
{
public:
    Status() = default;
    static Status error(QString message, QString locator = {}) { return error(ErrorCode::Failed, std::move(message), std::move(locator)); }
    static Status error(ErrorCode code, QString message, QString locator = {})
    {
        Status s;
        s.m_code = code == ErrorCode::None ? ErrorCode::Failed : code;
        s.m_message = std::move(message);
        s.m_locator = std::move(locator);
        return s;
    }
    static Status cancelled() { return error(ErrorCode::Cancelled, QStringLiteral("cancelled")); }
    bool ok() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    ErrorCode code() const { return m_code; }
    bool is(ErrorCode c) const { return m_code == c; }
    const QString &message() const { return m_message; }
    const QString &locator() const { return m_locator; }
    // The untranslated template and its arguments, for a message() built with arg(): the GUI translates
    // the template and fills it again. Empty when message() is itself the template.
    Status &withTemplate(QString tmpl, QStringList args)
    {
        m_template = std::move(tmpl);
        m_args = std::move(args);
        return *this;
    }
    const QString &messageTemplate() const { return m_template.isEmpty() ? m_message : m_template; }
    const QStringList &messageArgs() const { return m_args; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_template;
    QStringList m_args;
    QString m_locator;
};

template <class T> class Result
{
public:
    // Empty: the work that should have produced it never ran (a case that was not open).
    Result() : m_status(Status::error(ErrorCode::NotACase, QStringLiteral("the case is not open"))) {}
    Result(T value) : m_value(std::move(value)) {}
    Result(Status error) : m_status(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const Status &status() const { return m_status; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace cb
