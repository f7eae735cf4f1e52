#pragma once

#include "core/auth/OAuthError.h"
#include "core/auth/OAuthSettings.h"
#include "core/graph/AccessTokenProvider.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class TokenStore;

// The access token of one signed-in integration, for GraphClient (the AccessTokenProvider 401 seam).
//
// The access token lives in memory only; the refresh token is read from the keychain (TokenStore) when needed and the
// rotated one written back before anyone is told the refresh succeeded. Refreshes are single-flight: callers that
// arrive while one runs are parked and all get its outcome (STYLE §4). A refresh is also scheduled refreshMargin()
// before the access token expires. A refresh that only an interactive sign-in can fix (invalid_grant,
// interaction_required, nothing stored) turns the state to ReauthorizationNeeded; invalid_grant also drops the dead
// refresh token from the keychain. Transient failures keep it.
//
// Thread affinity: the GraphClient's thread.
class OAuthTokenProvider final : public QObject, public AccessTokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenProvider)

public:
    enum class State { Idle, Valid, Refreshing, ReauthorizationNeeded, Failed };
    static constexpr std::chrono::minutes DefaultRefreshMargin {5};

    OAuthTokenProvider(QNetworkAccessManager *network, TokenStore *store, QString integrationId, OAuthSettings settings,
                       QObject *parent = nullptr);
    ~OAuthTokenProvider() override;

    Secret accessToken() const override { return m_accessToken; }
    bool canRefresh() const override { return true; }
    void refresh(QObject *context, std::function<void(bool ok)> done) override;

    // Adopts the access token of a sign-in that just happened (its refresh token is already in the keychain).
    void setAccessToken(const Secret &token, qint64 expiresAt);
    qint64 expiresAt() const { return m_expiresAt; }
    State state() const { return m_state; }
    // Why the last refresh failed (None after a success).
    const OAuthError &lastError() const { return m_lastError; }
    void setRefreshMargin(std::chrono::milliseconds margin) { m_margin = margin; }

Q_SIGNALS:
    // After each refresh attempt, and after setAccessToken().
    void stateChanged(OAuthTokenProvider::State state);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };

    void startRefresh();
    void complete(bool ok, const OAuthError &error);
    void notify(bool ok);
    void schedule();

    QNetworkAccessManager *m_network;
    TokenStore *m_store;
    QString m_integrationId;
    OAuthSettings m_settings;
    Secret m_accessToken;
    qint64 m_expiresAt = 0;
    State m_state = State::Idle;
    OAuthError m_lastError;
    QList<Waiter> m_waiters;
    QTimer m_timer;
    std::chrono::milliseconds m_margin = DefaultRefreshMargin;
};
