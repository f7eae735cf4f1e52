#include "core/auth/TokenRequest.h"

#include "core/common/Logging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

TokenRequest::TokenRequest(QNetworkAccessManager *network, QUrl endpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
{ }

TokenRequest::~TokenRequest()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TokenRequest::redeemCode(const QString &clientId, const Secret &code, const QString &redirectUri,
                              const Secret &verifier, const QStringList &scopes)
{
    post({{QStringLiteral("client_id"), clientId.toUtf8()},
          {QStringLiteral("grant_type"), QByteArrayLiteral("authorization_code")},
          {QStringLiteral("code"), code.reveal()},
          {QStringLiteral("redirect_uri"), redirectUri.toUtf8()},
          {QStringLiteral("code_verifier"), verifier.reveal()},
          {QStringLiteral("scope"), scopes.join(QLatin1Char(' ')).toUtf8()}});
}

void TokenRequest::refresh(const QString &clientId, const Secret &refreshToken, const QStringList &scopes)
{
    post({{QStringLiteral("client_id"), clientId.toUtf8()},
          {QStringLiteral("grant_type"), QByteArrayLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken.reveal()},
          {QStringLiteral("scope"), scopes.join(QLatin1Char(' ')).toUtf8()}});
}

void TokenRequest::post(const QList<QPair<QString, QByteArray>> &form)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += key.toLatin1() + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(TimeoutMs);
    // A redirect would carry the code or refresh token elsewhere; the token endpoint never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, body);
    body.fill('\0'); // best effort: the form held a secret
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void TokenRequest::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        m_error =
            OAuthError::make(OAuthError::Kind::Network,
                             timedOut ? tr("no answer within %1 seconds").arg(TimeoutMs / 1000) : reply->errorString());
    } else if (status == 200) {
        QString problem;
        if (auto parsed = TokenResponse::parse(body, QDateTime::currentMSecsSinceEpoch(), &problem))
            m_response = std::move(*parsed);
        else
            m_error = OAuthError::make(OAuthError::Kind::Protocol, problem);
    } else {
        m_error = OAuthError::fromTokenResponse(status, body);
    }
    if (m_error.isError())
        qCInfo(lcAuth).noquote() << "POST" << m_endpoint.path() << "->" << status << m_error.error << m_error.code
                                 << "trace" << m_error.traceId << "correlation" << m_error.correlationId;
    else
        qCInfo(lcAuth).noquote() << "POST" << m_endpoint.path() << "->" << status;
    Q_EMIT finished(this);
    deleteLater();
}
