#include "core/sync/PlanInputLoader.h"

#include "core/directory/BindingTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/mapping/BuiltInMappings.h"

namespace {

// The rows Graph has not confirmed: M365 does not show them yet, the planner must not queue them again.
Result<QList<OutboxEntry>> loadPending(Store &store, const QString &integrationId)
{
    auto rows = store.outbox().entries(integrationId);
    if (!rows)
        return rows.error();
    QList<OutboxEntry> pending;
    for (OutboxEntry &row : *rows) {
        if (row.state == u"pending" || row.state == u"retrying")
            pending.append(std::move(row));
    }
    return pending;
}

} // namespace

namespace PlanInputLoader {

Result<PlanInput> load(Store &store, const Integration &integration, const PlanRequest &request)
{
    PlanInput input;
    input.integrationId = integration.id;
    input.integrationName = integration.name;
    if (request.settings) {
        input.settings = *request.settings;
    } else {
        auto settings = store.integrationSettings().get(integration.id);
        if (!settings)
            return settings.error();
        input.settings = *settings;
    }
    auto stored = store.mappings().forIntegration(integration.id);
    if (!stored)
        return stored.error();
    QList<Mapping> mappings;
    for (const Mapping &m : std::as_const(*stored)) {
        const bool replaced = std::any_of(request.saveMappings.cbegin(), request.saveMappings.cend(),
                                          [&m](const Mapping &s) { return s.targetProperty == m.targetProperty; });
        if (!replaced && !request.removeMappings.contains(m.targetProperty))
            mappings.append(m);
    }
    mappings.append(request.saveMappings);
    input.mappings = BuiltInMappings::withDefaults(integration.id, mappings);

    auto users = store.users();
    if (!users)
        return users.error();
    input.users = std::move(*users);
    BindingTable bindings = store.bindings();
    auto links = bindings.links(integration.id);
    if (!links)
        return links.error();
    input.links = std::move(*links);
    if (auto pending = loadPending(store, integration.id); pending)
        input.pending = std::move(*pending);
    else
        return pending.error();
    auto groups = bindings.boundGroupIds(integration.id);
    if (!groups)
        return groups.error();

    // The bound set as it would be after the request: direct bindings and bound groups, changed in memory.
    for (const BindingLink &l : std::as_const(input.links)) {
        if (l.direct)
            input.bound.insert(l.userId);
    }
    for (const QString &id : request.change.bindUsers)
        input.bound.insert(id);
    for (const QString &id : request.change.unbindUsers)
        input.bound.remove(id);
    QStringList groupIds = *groups;
    for (const QString &id : request.change.bindGroups) {
        if (!groupIds.contains(id))
            groupIds.append(id);
    }
    for (const QString &id : request.change.unbindGroups)
        groupIds.removeAll(id);
    auto members = bindings.memberships(groupIds);
    if (!members)
        return members.error();
    for (const auto &pair : std::as_const(*members))
        input.bound.insert(pair.second);
    return input;
}

} // namespace PlanInputLoader
