#pragma once

#include "core/directory/Integration.h"

#include <QUrl>

#include <functional>

class GraphClient;
class IntegrationSessions;
class PasswordStore;
class Store;

// What the window needs from the app's wiring: the directory and a way to reach Graph for an integration.
// Everything here is owned by main() and outlives every widget.
struct AppContext
{
    Store *store = nullptr;
    // A fixed Graph client for special integrations (the --sandbox demo tenant), or nullptr; signed-in
    // integrations are reached through `sessions`.
    std::function<GraphClient *(const Integration &)> graphClientFor;
    // Sign-in and the Graph clients of authorized integrations (nullptr: adding and authorizing is unavailable).
    IntegrationSessions *sessions = nullptr;
    // --login-url / --graph-url of the window: given to integrations added from now on (empty: the cloud's own).
    QUrl loginUrl;
    QUrl graphUrl;
    // Opens the sign-in URL in the system browser; empty = QDesktopServices::openUrl. GUI tests play the browser.
    std::function<void(const QUrl &)> openUrl;
    // Where a password typed in Edit… waits until Graph accepted it (the OS keychain); nullptr: setting passwords is
    // unavailable (the Edit… dialog says so) and the executors send none.
    PasswordStore *passwords = nullptr;
};
