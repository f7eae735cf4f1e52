#include "ui/activity/IntegrationClients.h"

#include "core/auth/IntegrationSessions.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"

GraphClient *IntegrationClients::clientFor(const AppContext &context, const Integration &integration)
{
    if (context.graphClientFor) {
        if (GraphClient *fixed = context.graphClientFor(integration))
            return fixed;
    }
    if (!context.sessions || !context.store)
        return nullptr;
    Result<IntegrationAuth> auth = context.store->integrationTable().auth(integration.id);
    if (!auth || auth->state != IntegrationAuth::State::Authorized)
        return nullptr;
    return context.sessions->clientFor(integration, *auth);
}
