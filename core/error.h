#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace agrimap {

/// A failure that a user can read: what went wrong, where, and (when known) what to do.
/// Messages are already translated when they reach the user interface.
struct Error {
    QString message;
};

/// The value of an operation that can fail. Errors are values in AgriMap: nothing throws
/// through Qt's event loop.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that returns nothing on success.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error.message))
        , m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    QString errorMessage() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace agrimap
