#pragma once

#include "core/auth/OAuthSettings.h"
#include "core/directory/Integration.h"
#include "core/directory/IntegrationAuth.h"

#include <QHash>
#include <QObject>

#include <memory>

class GraphClient;
class OAuthTokenProvider;
class QNetworkAccessManager;
struct TokenResponse;
class TokenStore;

// The live Graph connections of signed-in integrations: one OAuthTokenProvider and one GraphClient per integration,
// created on first use and kept until drop(). The window and the commands reach Graph only through here, so every
// integration gets the same refresh and 401 handling.
//
// Ownership: providers and clients are children of this object; the QNAM and the TokenStore are not owned and must
// outlive it. Thread affinity: the QNAM's thread.
class IntegrationSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationSessions)

public:
    IntegrationSessions(QNetworkAccessManager *network, TokenStore *store, QObject *parent = nullptr);
    ~IntegrationSessions() override;

    // The sign-in settings of a stored integration: its cloud, client id, tenant and URL overrides.
    static OAuthSettings settingsFor(const Integration &integration, const IntegrationAuth &auth);

    // The client of an authorized integration (created on first call), or nullptr when it is not authorized.
    // A fresh client has no access token yet: its first request gets 401 and refreshes through the keychain.
    GraphClient *clientFor(const Integration &integration, const IntegrationAuth &auth);
    // The provider behind clientFor(), or nullptr.
    OAuthTokenProvider *provider(const QString &integrationId) const;
    // After an interactive sign-in: replaces any earlier session with one holding the new access token.
    GraphClient *adopt(const Integration &integration, const IntegrationAuth &auth, const TokenResponse &tokens);
    // Forgets the session (deactivation, or a sign-in that is no longer valid).
    void drop(const QString &integrationId);

    TokenStore *tokenStore() const { return m_store; }
    QNetworkAccessManager *network() const { return m_network; }

private:
    struct Session
    {
        OAuthTokenProvider *provider = nullptr;
        GraphClient *client = nullptr;
    };

    QNetworkAccessManager *m_network;
    TokenStore *m_store;
    QHash<QString, Session> m_sessions;
};
