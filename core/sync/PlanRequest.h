#pragma once

#include "core/directory/BindingChange.h"
#include "core/directory/IntegrationSettings.h"
#include "core/directory/Mapping.h"
#include "core/sync/RestoreRequest.h"

#include <QList>
#include <QStringList>

#include <optional>

// The change an admin is about to make (bind, unbind, domains, default, export ticks, or a restore): planned first,
// written only when the plan is confirmed (PlanQueue::confirm), together with the plan's outbox rows.
struct PlanRequest
{
    BindingChange change;
    std::optional<IntegrationSettings> settings; // new domains / default / manager export
    QList<Mapping> saveMappings;                 // newly ticked exports
    QStringList removeMappings;                  // target properties of unticked exports
    // Write a user's snapshot values back instead (RestorePlanner); the fields above stay empty then.
    std::optional<RestoreRequest> restore;
};
