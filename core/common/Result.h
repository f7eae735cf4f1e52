#pragma once

#include <QString>

#include <utility>
#include <variant>

// A failure that a person can act on: one line saying what went wrong, where, and how to fix it.
// tl::expected is not packaged for Debian 12 (STYLE.md assumed libtl-expected-dev), so clouddir carries this
// small equivalent; it has the same shape, so moving to std::expected later is mechanical.
struct Error
{
    QString message;

    bool operator==(const Error &) const = default;
};

// Either a value or an Error. No exceptions in clouddir: every fallible call returns a Result.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_state(value)
    { }
    Result(T &&value)
        : m_state(std::move(value))
    { }
    Result(const Error &error)
        : m_state(error)
    { }
    Result(Error &&error)
        : m_state(std::move(error))
    { }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    { }
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(const QString &message)
{
    return Error {message};
}
