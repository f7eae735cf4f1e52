#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/directory/User.h"
#include "core/directory/UserKey.h"

#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class AuditTable;
class BindingTable;
class GroupTable;
class IntegrationSettingsTable;
class IntegrationTable;
class MappingTable;
class OutboxTable;
class SqlContext;
class UserTable;
class UserWriter;

// The directory: users, integrations and bindings, on SQLite (one file) or PostgreSQL (shared by a team).
//
// Threading: each Store owns one named QSqlDatabase connection, opened by open() on the calling thread. Use a Store
// only on that thread (Qt Sql connections and queries must not cross threads); another thread opens its own Store.
// Every method is synchronous; a failure returns an Error worded for a person, naming the operation but never a
// bound value. Writes are all-or-nothing: a failed call leaves the directory as it was.
class Store final
{
public:
    static constexpr std::chrono::milliseconds DefaultBusyTimeout {5000};

    // spec: a SQLite file path (created if missing) or postgresql://user[:password]@host:port/dbname, or
    // postgresql://user@/dbname?host=/socket/dir&port=N. Runs the schema migrations. busyTimeout is how long a
    // SQLite write waits for another program's lock before giving up (tests shorten it).
    [[nodiscard]] static Result<std::unique_ptr<Store>>
    open(const QString &spec, std::chrono::milliseconds busyTimeout = DefaultBusyTimeout);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // The database as errors show it: the SQLite path, or the PostgreSQL database, host and port (no password).
    QString displayName() const;
    // The spec open() was given, to open a second Store on another thread (it may hold a password: never show it).
    QString spec() const { return m_spec; }
    bool isPostgres() const;

    // Users, ordered by username (case-insensitively).
    [[nodiscard]] Result<QList<User>> users();
    [[nodiscard]] Result<int> userCount();
    // Case-insensitive lookup; an empty optional when no user has that username.
    [[nodiscard]] Result<std::optional<User>> userByUsername(const QString &username);
    // An empty optional when no user has that id.
    [[nodiscard]] Result<std::optional<User>> userById(const QString &id);
    // id, username and email of every user: a lean forward-only scan for matching 100k users.
    [[nodiscard]] Result<QList<UserKey>> userKeys();
    // Inserts all users in one transaction, or none. Empty ids are generated, zero timestamps set to now. Fails,
    // naming the username, on a blank username or one that exists already or repeats in the batch (case-insensitive).
    [[nodiscard]] Result<int> insertUsers(const QList<User> &users);
    // Replaces every field (and the custom attributes) of the user with user.id; updatedAt is set to now.
    [[nodiscard]] Result<void> updateUser(const User &user);
    // Deletes the user, its custom attributes and group memberships; users it managed lose their manager. Its
    // bindings outlive it (migration 0007) so the next plan suspends the account. Deleting a missing id succeeds.
    [[nodiscard]] Result<void> deleteUser(const QString &id);

    // Runs work inside ONE transaction: every Store call it makes (their own transactions join this one) is written
    // together when work succeeds, or not at all when it fails.
    [[nodiscard]] Result<void> inTransaction(const std::function<Result<void>()> &work);

    // Creates an integration; its name must be unique (case-insensitive). Fills id and createdAt when empty.
    [[nodiscard]] Result<Integration> createIntegration(const Integration &integration);
    [[nodiscard]] Result<QList<Integration>> integrations();
    [[nodiscard]] Result<std::optional<Integration>> integrationByName(const QString &name);
    // Sign-in state, rename, removal and export of integrations (core/directory/IntegrationTable.h).
    IntegrationTable &integrationTable() { return *m_integrationTable; }

    // Records that integrationId manages userId as the M365 account m365Id (replacing an earlier binding).
    [[nodiscard]] Result<void> bind(const QString &integrationId, const QString &userId, const QString &m365Id);
    [[nodiscard]] Result<QSet<QString>> boundM365Ids(const QString &integrationId);

    // The integrations' attribute mappings (a handle over this Store's connection; same thread rules).
    MappingTable mappings();
    // Issue 6 (migration 0004), handles over this Store's connection with the same thread rules: groups and members;
    // user and group bindings with the M365 account links; domains and manager export; the outbox and snapshots.
    GroupTable groups();
    BindingTable bindings();
    IntegrationSettingsTable integrationSettings();
    OutboxTable outbox();
    // The audit log (migration 0006), same thread rules.
    AuditTable audit();

private:
    Store(std::unique_ptr<SqlContext> context, QString connectionName);

    std::unique_ptr<SqlContext> m_context;
    std::unique_ptr<UserTable> m_users;
    std::unique_ptr<UserWriter> m_writer;
    std::unique_ptr<IntegrationTable> m_integrationTable;
    QString m_connectionName;
    QString m_spec;
};
