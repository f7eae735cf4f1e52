#pragma once

#include "core/common/Result.h"
#include "core/directory/Mapping.h"

#include <QList>
#include <QString>

class SqlContext;

// The SQL behind the integrations' attribute mappings (migration 0003). Stores custom mappings and ticked optional
// export attributes; the locked defaults are not rows (core/mapping/BuiltInMappings adds them). A cheap handle over
// the Store's connection: obtain it from Store::mappings() and use it on the Store's thread only.
class MappingTable final
{
public:
    explicit MappingTable(const SqlContext &context)
        : m_context(context)
    { }

    // The stored mappings of an integration, ordered by target property.
    [[nodiscard]] Result<QList<Mapping>> forIntegration(const QString &integrationId);
    // Inserts or replaces the mapping of (integrationId, targetProperty); fills id and timestamps. Locked mappings
    // are refused. Validation of the content is core/mapping's job (MappingValidator) and happens before.
    [[nodiscard]] Result<Mapping> save(const Mapping &mapping);
    // Removes the mapping of a property; removing one that does not exist is not an error.
    [[nodiscard]] Result<void> remove(const QString &integrationId, const QString &targetProperty);

private:
    const SqlContext &m_context;
};
