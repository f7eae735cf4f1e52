#pragma once

#include "core/auth/OAuthError.h"
#include "core/auth/TokenResponse.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One POST to the token endpoint (graph.md §1.5) as a public client: never a client_secret. Code redemption sends
// client_id, grant_type, code, redirect_uri, code_verifier, scope; refresh sends client_id, grant_type,
// refresh_token, scope — no redirect_uri. Neither the body nor the answer is ever logged; only the endpoint path,
// status, error code and trace id are.
//
// finished(this) fires exactly once, from the event loop; then the request deletes itself later. Destroying it aborts
// the reply. Thread affinity: the QNAM's thread.
class TokenRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequest)

public:
    static constexpr int TimeoutMs = 30000;

    TokenRequest(QNetworkAccessManager *network, QUrl endpoint, QObject *parent = nullptr);
    ~TokenRequest() override;

    void redeemCode(const QString &clientId, const Secret &code, const QString &redirectUri, const Secret &verifier,
                    const QStringList &scopes);
    void refresh(const QString &clientId, const Secret &refreshToken, const QStringList &scopes);

    bool hasError() const { return m_error.isError(); }
    const OAuthError &error() const { return m_error; }
    const TokenResponse &response() const { return m_response; }

Q_SIGNALS:
    void finished(TokenRequest *request);

private:
    void post(const QList<QPair<QString, QByteArray>> &form);
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    QPointer<QNetworkReply> m_reply;
    OAuthError m_error;
    TokenResponse m_response;
};
