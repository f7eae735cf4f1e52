#pragma once

#include "core/common/Result.h"
#include "core/directory/IntegrationSettings.h"

#include <QString>

class SqlContext;

// The domain rule and manager export of each integration (migration 0004). Validation against the tenant's verified
// domains is core/sync's (UpnRule::validate) and happens before save(). A cheap handle over the Store's connection:
// obtain it from Store::integrationSettings(); same thread rules as Store. save() opens no transaction of its own.
class IntegrationSettingsTable final
{
public:
    explicit IntegrationSettingsTable(const SqlContext &context)
        : m_context(context)
    { }

    // The stored settings, or the defaults (no domains, no default, no manager export) when none were saved.
    [[nodiscard]] Result<IntegrationSettings> get(const QString &integrationId);
    [[nodiscard]] Result<void> save(const QString &integrationId, const IntegrationSettings &settings);

private:
    const SqlContext &m_context;
};
