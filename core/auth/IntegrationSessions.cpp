#include "core/auth/IntegrationSessions.h"

#include "core/auth/OAuthTokenProvider.h"
#include "core/auth/TokenResponse.h"
#include "core/graph/GraphClient.h"

IntegrationSessions::IntegrationSessions(QNetworkAccessManager *network, TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
{ }

IntegrationSessions::~IntegrationSessions()
{
    // Clients first: a job still running holds the provider.
    for (const Session &session : std::as_const(m_sessions)) {
        delete session.client;
        delete session.provider;
    }
}

OAuthSettings IntegrationSessions::settingsFor(const Integration &integration, const IntegrationAuth &auth)
{
    OAuthSettings settings;
    settings.clientId = auth.clientId;
    settings.cloud = OAuthSettings::cloudFromStoreId(integration.cloud).value_or(CloudEndpoints::Cloud::Global);
    if (!auth.tenantId.isEmpty())
        settings.tenant = auth.tenantId;
    else if (!integration.tenantId.isEmpty())
        settings.tenant = integration.tenantId;
    if (!integration.loginUrl.isEmpty())
        settings.loginUrl = QUrl(integration.loginUrl);
    if (!integration.graphUrl.isEmpty())
        settings.graphUrl = QUrl(integration.graphUrl);
    return settings;
}

GraphClient *IntegrationSessions::clientFor(const Integration &integration, const IntegrationAuth &auth)
{
    if (auto it = m_sessions.constFind(integration.id); it != m_sessions.constEnd())
        return it->client;
    if (auth.state != IntegrationAuth::State::Authorized || auth.clientId.isEmpty())
        return nullptr;
    const OAuthSettings settings = settingsFor(integration, auth);
    Session session;
    session.provider = new OAuthTokenProvider(m_network, m_store, integration.id, settings, this);
    session.client = new GraphClient(m_network, session.provider, this);
    session.client->setBaseUrl(settings.graphBaseUrl());
    m_sessions.insert(integration.id, session);
    return session.client;
}

OAuthTokenProvider *IntegrationSessions::provider(const QString &integrationId) const
{
    return m_sessions.value(integrationId).provider;
}

GraphClient *IntegrationSessions::adopt(const Integration &integration, const IntegrationAuth &auth,
                                        const TokenResponse &tokens)
{
    drop(integration.id);
    IntegrationAuth authorized = auth;
    authorized.state = IntegrationAuth::State::Authorized;
    GraphClient *client = clientFor(integration, authorized);
    if (client)
        m_sessions.value(integration.id).provider->setAccessToken(tokens.accessToken, tokens.expiresAt);
    return client;
}

void IntegrationSessions::drop(const QString &integrationId)
{
    const Session session = m_sessions.take(integrationId);
    // Later, not now: drop() may run inside a signal of one of these objects.
    if (session.client)
        session.client->deleteLater();
    if (session.provider)
        session.provider->deleteLater();
}
