#pragma once

#include "core/graph/CloudEndpoints.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where and as whom one integration signs in (graph.md §1.1–§1.5): the admin's own app registration (a public
// "Mobile and desktop applications" client: no secret), the national cloud, the tenant segment, and the overrides
// tests and the sandbox use to point the real code at graphsim. A plain value, cheap to copy.
struct OAuthSettings
{
    QString clientId;
    CloudEndpoints::Cloud cloud = CloudEndpoints::Cloud::Global;
    // "organizations" for a first sign-in (work accounts only); the tenant id (tid) once known.
    QString tenant = QStringLiteral("organizations");
    // Replaces the cloud's authority (scheme, host, port); the /{tenant}/oauth2/v2.0/... paths are kept.
    QUrl loginUrl;
    // Replaces the cloud's Graph base URL (not the scope prefix: tokens are always asked for the cloud's Graph).
    QUrl graphUrl;

    QUrl authority() const;
    QUrl authorizeEndpoint() const;
    QUrl tokenEndpoint() const;
    QUrl graphBaseUrl() const;
    // The §1.4 scopes on this cloud's Graph host, plus offline_access (refresh token) and openid profile (id token).
    QStringList scopes() const;

    // The directory stores clouds as "global", "usgov", "dod", "china" (Integration::cloud).
    static std::optional<CloudEndpoints::Cloud> cloudFromStoreId(const QString &id);
    static QString storeId(CloudEndpoints::Cloud cloud);

    bool operator==(const OAuthSettings &) const = default;
};
