#pragma once

#include "core/directory/Integration.h"
#include "core/directory/IntegrationAuth.h"

#include <QString>

class OAuthTokenProvider;

// The text of an integration's details on the Cloud Directories page: cloud, endpoints, tenant, consenting account,
// state and token health. Pure, so it is the same wherever the page shows it.
class IntegrationSummary
{
public:
    // provider: the live session (its expiry is fresher than the directory's), or nullptr. fixedToken: a --sandbox
    // style integration with a static token.
    static QString text(const Integration &integration, const IntegrationAuth &auth, const OAuthTokenProvider *provider,
                        bool fixedToken);
    static QString cloudName(const QString &cloudId);
};
