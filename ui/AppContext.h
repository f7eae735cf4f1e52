#pragma once

#include "core/directory/Integration.h"

#include <functional>

class GraphClient;
class Store;

// What the window needs from the app's wiring: the directory and a way to reach Graph for an integration.
// Everything here is owned by main() and outlives every widget.
struct AppContext
{
    Store *store = nullptr;
    // The Graph client of an integration, or nullptr while it cannot talk to Graph (not authorized yet).
    std::function<GraphClient *(const Integration &)> graphClientFor;
};
