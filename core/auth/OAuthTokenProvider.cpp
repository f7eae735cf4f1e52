#include "core/auth/OAuthTokenProvider.h"

#include "core/auth/TokenRequest.h"
#include "core/auth/TokenStore.h"
#include "core/common/Logging.h"

#include <QDateTime>

OAuthTokenProvider::OAuthTokenProvider(QNetworkAccessManager *network, TokenStore *store, QString integrationId,
                                       OAuthSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_integrationId(std::move(integrationId))
    , m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(this, [](bool) {}); });
}

OAuthTokenProvider::~OAuthTokenProvider()
{
    m_accessToken.clear();
}

void OAuthTokenProvider::setAccessToken(const Secret &token, qint64 expiresAt)
{
    m_accessToken = token;
    m_expiresAt = expiresAt;
    m_state = State::Valid;
    m_lastError = OAuthError();
    schedule();
    Q_EMIT stateChanged(m_state);
}

void OAuthTokenProvider::schedule()
{
    const qint64 due = m_expiresAt - m_margin.count() - QDateTime::currentMSecsSinceEpoch();
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(due, 0)));
}

void OAuthTokenProvider::refresh(QObject *context, std::function<void(bool ok)> done)
{
    m_waiters.append(Waiter {context, std::move(done)});
    if (m_state == State::Refreshing)
        return; // single flight: parked until the running refresh lands
    m_state = State::Refreshing;
    m_timer.stop();
    startRefresh();
}

void OAuthTokenProvider::startRefresh()
{
    m_store->read(m_integrationId, this,
                  [this](const std::optional<StoredCredentials> &stored, const OAuthError &readError) {
                      if (readError.isError()) {
                          complete(false, readError);
                          return;
                      }
                      if (!stored) {
                          complete(false, OAuthError::make(OAuthError::Kind::ReauthorizationNeeded,
                                                           tr("no sign-in is stored for this integration")));
                          return;
                      }
                      OAuthSettings settings = m_settings;
                      // After the first sign-in the tenant is known: refresh against it, not "organizations".
                      if (!stored->tenantId.isEmpty())
                          settings.tenant = stored->tenantId;
                      auto *request = new TokenRequest(m_network, settings.tokenEndpoint(), this);
                      const QString tenant = stored->tenantId;
                      const QString account = stored->account;
                      connect(request, &TokenRequest::finished, this, [this, tenant, account](TokenRequest *r) {
                          if (r->hasError()) {
                              complete(false, r->error());
                              return;
                          }
                          const TokenResponse response = r->response();
                          m_accessToken = response.accessToken;
                          m_expiresAt = response.expiresAt;
                          if (response.refreshToken.isEmpty()) {
                              complete(true, OAuthError());
                              return;
                          }
                          // Rotation: the new refresh token replaces the old one before anyone proceeds.
                          StoredCredentials next {response.refreshToken, tenant, account};
                          m_store->write(m_integrationId, next, this,
                                         [this](const OAuthError &writeError) { complete(true, writeError); });
                      });
                      request->refresh(settings.clientId, stored->refreshToken, settings.scopes());
                  });
}

void OAuthTokenProvider::complete(bool ok, const OAuthError &error)
{
    m_lastError = error;
    if (ok) {
        m_state = State::Valid;
        schedule();
        qCInfo(lcAuth) << "access token refreshed for integration" << m_integrationId;
    } else {
        m_accessToken.clear();
        m_state = error.needsInteractiveSignIn() ? State::ReauthorizationNeeded : State::Failed;
        qCInfo(lcAuth) << "token refresh failed for integration" << m_integrationId << error.error << error.code;
        if (error.kind == OAuthError::Kind::InvalidGrant) {
            // The dead token leaves the keychain before anyone hears of the failure, so a caller that exits right
            // after (the command line) does not leave it behind.
            m_store->remove(m_integrationId, this, [this](const OAuthError &) { notify(false); });
            return;
        }
    }
    notify(ok);
}

void OAuthTokenProvider::notify(bool ok)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    Q_EMIT stateChanged(m_state);
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        // Through the waiter's event loop (the AccessTokenProvider contract), never synchronously.
        QMetaObject::invokeMethod(
            waiter.context, [done = waiter.done, ok] { done(ok); }, Qt::QueuedConnection);
    }
}
