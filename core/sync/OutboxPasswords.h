#pragma once

#include "core/common/Secret.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where the executor finds a password an admin set for a user, and removes it once Graph accepted it (DESIGN.md
// "Secrets": the keychain, key "<integration-id>/password/<user-id>", and nowhere else). The product implementation
// sits on core/auth's keychain access; the executor only sees this interface.
// Calls are asynchronous: `done` runs once from the event loop, unless `context` is destroyed first.
class OutboxPasswords
{
public:
    // password empty without error: the admin set none. error: the keychain could not be read (the row waits).
    using ReadDone = std::function<void(const std::optional<Secret> &password, const QString &error)>;
    using RemoveDone = std::function<void(const QString &error)>;

    virtual ~OutboxPasswords() = default;
    virtual void read(const QString &integrationId, const QString &userId, QObject *context, ReadDone done) = 0;
    virtual void remove(const QString &integrationId, const QString &userId, QObject *context, RemoveDone done) = 0;
};
