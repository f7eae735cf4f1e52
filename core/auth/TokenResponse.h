#pragma once

#include "core/common/Secret.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A successful token endpoint answer (graph.md §1.5): the access token (memory only), the rotated refresh token
// (keychain only), when the access token expires, and from the id token who signed in to which tenant. The id token
// is read, not verified: it came straight from the token endpoint over the channel we opened, and only names things.
struct TokenResponse
{
    Secret accessToken;
    Secret refreshToken;  // empty when none was sent (no offline_access)
    qint64 expiresAt = 0; // UTC epoch ms
    QString scope;
    QString tenantId; // id token `tid`
    QString account;  // id token `preferred_username`

    // nullopt, with *problem set (no secret in it), when the body is not a usable token answer.
    static std::optional<TokenResponse> parse(const QByteArray &body, qint64 nowMs, QString *problem);
};
