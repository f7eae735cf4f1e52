#pragma once

#include "core/directory/Integration.h"
#include "ui/AppContext.h"

class GraphClient;

// The Graph client of an integration for the window's writers (executors, restores): the fixed client of a special
// integration (--sandbox), else the signed-in session's, else nullptr (not authorized: nothing can be sent).
class IntegrationClients final
{
public:
    static GraphClient *clientFor(const AppContext &context, const Integration &integration);
};
