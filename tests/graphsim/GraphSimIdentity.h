#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class GraphSimRouter;

// The signed-in admin and their tenant, as the identity platform and /me, /organization report them.
struct GraphSimAccount
{
    QString tenantId = QStringLiteral("0c79b541-eb65-4d87-931a-36e5ae809944");
    QString username = QStringLiteral("admin@northwind-labs.com");
    QString userId = QStringLiteral("5a8b0e2c-7d4f-4b1a-9c3e-2f6d8a0b4c71");
    QString displayName = QStringLiteral("Northwind Admin");
    QString organizationName = QStringLiteral("Northwind Labs");
};

// The Microsoft identity platform stand-in (graph.md §1): GET /{tenant}/oauth2/v2.0/authorize auto-approves the
// configured account by redirecting to redirect_uri with code and state (no UI), or redirects with an injected error;
// POST /{tenant}/oauth2/v2.0/token redeems codes (PKCE S256 checked, single use, expiring) and refresh tokens (rotated
// on every use; a reused or revoked one gets invalid_grant). Errors have Entra's shape: error, error_description
// "AADSTSnnnn: ...", error_codes, timestamp, trace_id, correlation_id, error_uri.
//
// Tokens are random opaque strings; the id_token is an unsigned JWT (alg none) with tid and preferred_username.
class GraphSimIdentity
{
public:
    void registerIn(GraphSimRouter &router);

    void setAccount(const GraphSimAccount &account) { m_account = account; }
    const GraphSimAccount &account() const { return m_account; }
    // Every authorize request redirects with ?error=...&error_description=... while set; empty error = approve.
    void setAuthorizeError(const QString &error, const QString &description);
    // The next `count` token requests fail with `error` and AADSTS`code` (e.g. invalid_client 7000218,
    // interaction_required 50076, invalid_grant 700082). count -1 = every one.
    void injectTokenError(const QString &error, int code, int count = 1);
    // Every refresh token issued so far becomes invalid (an admin's "revoke sessions"): invalid_grant AADSTS50173.
    void revokeRefreshTokens();
    void setCodeLifetime(int milliseconds) { m_codeLifetimeMs = milliseconds; }
    void setAccessTokenLifetime(int seconds) { m_accessTokenLifetime = seconds; }
    // Every access token issued so far is expired: Graph answers 401 InvalidAuthenticationToken.
    void expireAccessTokens();

    // Whether `token` is one this identity issued (known) and still valid.
    bool isIssuedAccessToken(const QString &token, bool *valid) const;
    // Every code, access, refresh and id token ever issued (for tests that grep files for leaked secrets).
    QStringList issuedSecrets() const { return m_issued; }
    // Form keys of each token request, in order (to check what a client sends, e.g. no client_secret).
    QList<QStringList> tokenRequestKeys() const { return m_requestKeys; }

private:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        qint64 expiresAt = 0;
        bool used = false;
    };
    struct Refresh
    {
        QString clientId;
        QString scope;
        bool valid = true;
    };

    GraphSimReply authorize(const GraphSimRequest &request);
    GraphSimReply token(const GraphSimRequest &request);
    GraphSimReply redeemCode(const QHash<QString, QString> &form);
    GraphSimReply redeemRefresh(const QHash<QString, QString> &form);
    GraphSimReply issue(const QString &clientId, const QString &scope);
    bool knowsTenant(const QString &tenant) const;
    QString newSecret(const char *prefix);

    GraphSimAccount m_account;
    QString m_authorizeError;
    QString m_authorizeErrorDescription;
    QString m_tokenError;
    int m_tokenErrorCode = 0;
    int m_tokenErrorCount = 0;
    int m_codeLifetimeMs = 600000;
    int m_accessTokenLifetime = 3600;
    QHash<QString, Code> m_codes;
    QHash<QString, Refresh> m_refreshTokens;
    QHash<QString, qint64> m_accessTokens; // token -> expiry (epoch ms)
    QStringList m_issued;
    QList<QStringList> m_requestKeys;
};
