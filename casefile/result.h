#pragma once
// Fallible calls return Status or Result<T> instead of throwing (house style: no exceptions across libraries).
// message is an English template with %1..%n already filled; GUIs translate via Diagnostics::translate().
#include <QString>
#include <optional>
#include <utility>

namespace cb {

class Status
{
public:
    Status() = default;
    static Status error(QString message, QString locator = {})
    {
        Status s;
        s.m_failed = true;
        s.m_message = std::move(message);
        s.m_locator = std::move(locator);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_message; }
    const QString &locator() const { return m_locator; }

private:
    bool m_failed = false;
    QString m_message;
    QString m_locator;
};

template <class T> class Result
{
public:
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
