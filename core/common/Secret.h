#pragma once

#include <QByteArray>

#include <utility>

class QDebug;

// A secret (access token, password) that cannot be printed or converted by accident: no implicit conversion to or
// from any string type, and QDebug prints "<redacted>". The only way to the bytes is reveal(), so every use is
// greppable. Lives in memory only; persistence belongs to core/auth/TokenStore (STYLE §7).
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray value)
        : m_value(std::move(value))
    { }

    // The raw bytes; call only where the secret must go on the wire (e.g. the Authorization header).
    const QByteArray &reveal() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }
    // Overwrites the bytes before releasing them (best effort: earlier copies made by Qt's COW are not reached).
    void clear();

    bool operator==(const Secret &) const = default;

private:
    QByteArray m_value;
};

QDebug operator<<(QDebug debug, const Secret &secret);
