#include "core/auth/SignInFlow.h"

#include "core/auth/LoopbackListener.h"
#include "core/auth/Pkce.h"
#include "core/auth/TokenRequest.h"
#include "core/common/Logging.h"

#include <QUrlQuery>

SignInFlow::SignInFlow(QNetworkAccessManager *network, OAuthSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(OAuthError::make(OAuthError::Kind::Timeout)); });
}

SignInFlow::~SignInFlow()
{
    delete m_request.data();
    delete m_listener;
}

void SignInFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_error = OAuthError();
    m_result = TokenResponse();
    QMetaObject::invokeMethod(this, &SignInFlow::begin, Qt::QueuedConnection);
}

void SignInFlow::begin()
{
    if (!m_running)
        return; // cancelled before the event loop got here
    if (m_settings.clientId.trimmed().isEmpty()) {
        finish(OAuthError::make(OAuthError::Kind::Configuration));
        return;
    }
    // A fresh state and verifier per attempt: nothing from an earlier (maybe intercepted) attempt is reusable.
    const QString state = Pkce::newState();
    m_verifier = Pkce::newVerifier();
    m_listener = new LoopbackListener(state);
    if (!m_listener->listen()) {
        finish(OAuthError::make(
            OAuthError::Kind::Network,
            tr("cannot listen on 127.0.0.1 for the browser's answer: %1").arg(m_listener->errorString())));
        return;
    }
    connect(m_listener, &LoopbackListener::codeReceived, this, &SignInFlow::onCode);
    connect(m_listener, &LoopbackListener::failed, this, &SignInFlow::finish);
    m_redirectUri = m_listener->redirectUri().toString();

    QUrl url = m_settings.authorizeEndpoint();
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), m_settings.clientId.trimmed());
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("redirect_uri"), m_redirectUri);
    add(QStringLiteral("response_mode"), QStringLiteral("query"));
    add(QStringLiteral("scope"), m_settings.scopes().join(QLatin1Char(' ')));
    add(QStringLiteral("state"), state);
    add(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challenge(m_verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("prompt"), QStringLiteral("select_account"));
    url.setQuery(query);
    m_timer.start(m_timeout);
    qCInfo(lcAuth).noquote() << "sign-in started; authority" << m_settings.authority().host() << "redirect port"
                             << m_listener->redirectUri().port();
    Q_EMIT authorizationUrlReady(url);
}

void SignInFlow::onCode(const Secret &code)
{
    if (!m_running)
        return;
    auto *request = new TokenRequest(m_network, m_settings.tokenEndpoint(), this);
    m_request = request;
    connect(request, &TokenRequest::finished, this, [this](TokenRequest *done) {
        m_request = nullptr; // it deletes itself after this signal
        if (!m_running)
            return;
        if (done->hasError()) {
            finish(done->error());
            return;
        }
        m_result = done->response();
        if (m_result.refreshToken.isEmpty()) {
            finish(OAuthError::make(OAuthError::Kind::Protocol, tr("no refresh token (offline_access not granted)")));
            return;
        }
        finish(OAuthError());
    });
    request->redeemCode(m_settings.clientId.trimmed(), code, m_redirectUri, m_verifier, m_settings.scopes());
}

void SignInFlow::cancel()
{
    if (m_running)
        finish(OAuthError::make(OAuthError::Kind::Cancelled));
}

void SignInFlow::finish(const OAuthError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_verifier.clear();
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    delete m_request.data();
    m_error = error;
    if (error.isError())
        m_result = TokenResponse();
    qCInfo(lcAuth) << "sign-in finished" << (error.isError() ? "with an error" : "successfully");
    // Always through the event loop, so a synchronous cancel() inside a slot does not re-enter the caller.
    QMetaObject::invokeMethod(this, &SignInFlow::finished, Qt::QueuedConnection);
}
