#pragma once

#include "core/directory/BindingLink.h"
#include "core/directory/IntegrationSettings.h"
#include "core/directory/Mapping.h"
#include "core/directory/OutboxEntry.h"
#include "core/directory/User.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the planner needs from the directory, as it would be after the change being planned (the proposed
// bound set, settings and mappings). PlanInputLoader fills it from a Store; tests build it by hand.
struct PlanInput
{
    QString integrationId;
    QString integrationName;
    IntegrationSettings settings;
    std::optional<QStringList> verifiedDomains; // the tenant's verified domains, when read (GET /domains)
    QList<Mapping> mappings;                    // with the locked defaults (BuiltInMappings::withDefaults)
    QList<User> users;                          // every directory user (managers may be anyone)
    QSet<QString> bound;                        // effective bound user ids
    QList<BindingLink> links;                   // every link row of the integration
    // The integration's outbox rows Graph has not confirmed yet (state pending or retrying), in sending order: what
    // M365 will look like once they are sent (M365StateOverlay), so a plan never queues the same write twice.
    QList<OutboxEntry> pending;
};
