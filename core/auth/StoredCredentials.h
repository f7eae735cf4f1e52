#pragma once

#include "core/common/Secret.h"

#include <QString>

// What the keychain keeps for one integration: the refresh token (rotated on every refresh), and the tenant id and
// account it belongs to (graph.md §1.7). Never written anywhere but the keychain.
struct StoredCredentials
{
    Secret refreshToken;
    QString tenantId;
    QString account;

    bool operator==(const StoredCredentials &) const = default;
};
