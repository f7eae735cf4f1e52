#include "core/auth/IntegrationAuthorizer.h"

#include "core/auth/IntegrationSessions.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/TokenStore.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"

#include <QDateTime>

IntegrationAuthorizer::IntegrationAuthorizer(IntegrationSessions *sessions, Store *store, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_store(store)
{ }

IntegrationAuthorizer::~IntegrationAuthorizer()
{
    delete m_flow;
}

void IntegrationAuthorizer::start(const Integration &integration, const QString &clientId)
{
    if (m_flow)
        return;
    m_integration = integration;
    m_clientId = clientId.trimmed();
    IntegrationAuth auth;
    auth.clientId = m_clientId;
    // A fresh interactive sign-in starts at "organizations" unless the tenant is known: an admin re-authorizing may
    // have to pick the account again anyway.
    auth.tenantId = integration.tenantId;
    m_flow = new SignInFlow(m_sessions->network(), IntegrationSessions::settingsFor(integration, auth), this);
    connect(m_flow, &SignInFlow::authorizationUrlReady, this, &IntegrationAuthorizer::authorizationUrlReady);
    connect(m_flow, &SignInFlow::finished, this, &IntegrationAuthorizer::onFlowFinished);
    m_flow->start();
}

void IntegrationAuthorizer::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void IntegrationAuthorizer::onFlowFinished()
{
    if (m_flow->hasError()) {
        done(m_flow->error());
        return;
    }
    const TokenResponse tokens = m_flow->result();
    const StoredCredentials credentials {tokens.refreshToken, tokens.tenantId, tokens.account};
    m_sessions->tokenStore()->write(m_integration.id, credentials, this, [this, tokens](const OAuthError &error) {
        if (error.isError()) {
            done(error);
            return;
        }
        Result<IntegrationAuth> previous = m_store->integrationTable().auth(m_integration.id);
        if (!previous) {
            done(OAuthError::make(OAuthError::Kind::Protocol, previous.error().message));
            return;
        }
        IntegrationAuth auth = *previous;
        auth.clientId = m_clientId;
        auth.tenantId = tokens.tenantId;
        auth.account = tokens.account;
        auth.state = IntegrationAuth::State::Authorized;
        auth.message.clear();
        auth.tokenExpiresAt = tokens.expiresAt;
        auth.authorizedAt = QDateTime::currentMSecsSinceEpoch();
        if (Result<void> saved = m_store->integrationTable().setAuth(auth); !saved) {
            done(OAuthError::make(OAuthError::Kind::Protocol, saved.error().message));
            return;
        }
        Integration updated = m_integration;
        updated.tenantId = tokens.tenantId;
        m_sessions->adopt(updated, auth, tokens);
        done(OAuthError());
    });
}

void IntegrationAuthorizer::done(const OAuthError &error)
{
    if (m_flow) {
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    Q_EMIT finished(m_integration.id, error);
}
