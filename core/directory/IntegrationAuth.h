#pragma once

#include <QString>

// How one integration signs in and how healthy that sign-in is, as the directory keeps it (migration 0002). Holds no
// secret: the refresh token is in the keychain, the access token in memory.
struct IntegrationAuth
{
    enum class State { Unauthorized, Authorized, ReauthorizationNeeded };

    QString integrationId;
    QString clientId; // the admin's app registration (application id)
    QString tenantId; // id token tid, after sign-in
    QString account;  // id token preferred_username: the consenting admin
    State state = State::Unauthorized;
    QString message;           // why re-authorization is needed, for the page
    qint64 tokenExpiresAt = 0; // UTC epoch ms of the last access token, for display
    qint64 authorizedAt = 0;   // UTC epoch ms of the last interactive sign-in

    bool operator==(const IntegrationAuth &) const = default;
};
