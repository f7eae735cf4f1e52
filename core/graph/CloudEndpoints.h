#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// The national clouds of Microsoft 365 and their hosts (graph.md §1.2). Tokens are not portable between clouds; the
// Graph host is also the scope prefix. An integration stores its cloud; --graph-url / --login-url override the URLs.
class CloudEndpoints
{
public:
    enum class Cloud { Global, UsGovL4, UsGovL5DoD, China };

    static QUrl graphUrl(Cloud cloud);
    static QUrl authorityUrl(Cloud cloud);
    // Stable identifiers for settings and the command line: "global", "usgov-l4", "usgov-l5-dod", "china".
    static QString id(Cloud cloud);
    static std::optional<Cloud> fromId(const QString &id);
    // e.g. "https://graph.microsoft.us/User.Read.All"
    static QString scope(Cloud cloud, const QString &permission);
};
