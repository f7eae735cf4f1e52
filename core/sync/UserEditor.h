#pragma once

#include "core/common/Result.h"
#include "core/common/Secret.h"
#include "core/directory/AuditEntry.h"
#include "core/directory/OutboxEntry.h"
#include "core/directory/User.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class PasswordStore;
class Store;

// What an edit queued: the outbox rows (every integration that binds the user) and, for a person, why some change
// was not queued (the planner's skip messages).
struct UserEditResult
{
    QList<OutboxEntry> queued;
    QStringList notes;
};

// Edits and deletes directory users and pushes the change to every integration that binds them (DESIGN.md "Data flow
// of a change", cloud-directories.md §2.3): the user row, the outbox rows (UserPushPlanner), their snapshots, the
// account links and the audit log lines are written in ONE transaction. Nothing is queued for unbound users or
// unexported attributes. The caller wakes the executor (Executor::wake) when queued is not empty.
//
// A password is write-only (§2.1): it goes to the keychain (PasswordStore, key "<integration>/password/<user>") for
// each integration that binds the user, and an update row with "password": "keychain" is queued; the executor sends
// it as passwordProfile and removes the entry. It never reaches the database or the log.
//
// actor is who is recorded in the audit log: "os:<login>" for the command line; empty for the window, which records
// each integration's signed-in admin (IntegrationTable::auth account; os:<login> when nobody signed in). Uses the Store
// on its thread; the password calls block in PasswordStore's *Now functions.
class UserEditor final
{
public:
    UserEditor(Store &store, QString actor, PasswordStore *passwords = nullptr);

    // edited.id names the user; every field is replaced (Store::updateUser).
    [[nodiscard]] Result<UserEditResult> save(const User &edited, const std::optional<Secret> &password = std::nullopt);
    // Deletes the user; every integration that has an enabled account for it queues its suspension.
    [[nodiscard]] Result<UserEditResult> remove(const QString &userId);

    // "os:<login name>" for the command line.
    static QString osActor();

private:
    QString actorFor(const QString &integrationId);
    [[nodiscard]] Result<UserEditResult> apply(const User &before, const std::optional<User> &after,
                                               const std::optional<Secret> &password);

    Store &m_store;
    QString m_actor;
    PasswordStore *m_passwords;
};
