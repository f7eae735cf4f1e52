#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/directory/IntegrationAuth.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class SqlContext;

// The integration lifecycle behind Store::integrationTable(): sign-in state (migration 0002), rename, removal and the
// configuration export offered before a deactivation. Same thread rules as Store; errors name the operation, never a
// bound value.
class IntegrationTable final
{
public:
    explicit IntegrationTable(const SqlContext &context);

    [[nodiscard]] Result<std::optional<Integration>> byId(const QString &integrationId);
    // The sign-in fields; an integration without a sign-in yet has State::Unauthorized and empty fields.
    [[nodiscard]] Result<IntegrationAuth> auth(const QString &integrationId);
    // Writes every field of auth (and tenant_id of the integration). Fails when the integration does not exist.
    [[nodiscard]] Result<void> setAuth(const IntegrationAuth &auth);
    // Same rules as Store::createIntegration: 1–255 characters, not blank, unique ignoring case.
    [[nodiscard]] Result<void> rename(const QString &integrationId, const QString &name);
    // Deletes the integration and, by cascade, its bindings. The keychain entry is the caller's (TokenStore).
    [[nodiscard]] Result<void> remove(const QString &integrationId);
    // The integration's configuration as JSON (no secret): name, cloud, tenant, client id, account, endpoints,
    // creation time and bindings.
    [[nodiscard]] Result<QJsonObject> exportConfiguration(const QString &integrationId);

    static QString stateId(IntegrationAuth::State state);

private:
    const SqlContext &m_context;
};
