#pragma once

#include "core/auth/OAuthError.h"
#include "core/auth/OAuthSettings.h"
#include "core/auth/TokenResponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class LoopbackListener;
class QNetworkAccessManager;
class TokenRequest;

// One interactive sign-in: authorization code + PKCE over a loopback redirect (graph.md §1.3–§1.5; §1.8 says why
// Qt 6.4's OAuth classes are not used). Core never opens a browser: it emits authorizationUrlReady(url) and the ui
// (QDesktopServices) or the command line (prints it) takes it from there.
//
// Sequence: start() → listener on 127.0.0.1:<ephemeral>, fresh state and PKCE verifier → authorizationUrlReady →
// the browser comes back to http://localhost:<port>/?code&state → state checked → code redeemed at the token
// endpoint → finished. Errors at any step, cancel() and the timeout end it with finished() and error().
//
// finished() fires exactly once per start(), from the event loop. Thread affinity: the QNAM's thread.
class SignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    static constexpr std::chrono::minutes DefaultTimeout {5};

    SignInFlow(QNetworkAccessManager *network, OAuthSettings settings, QObject *parent = nullptr);
    ~SignInFlow() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();
    // Ends a running sign-in with a Cancelled error; the listener stops at once.
    void cancel();
    bool isRunning() const { return m_running; }

    bool hasError() const { return m_error.isError(); }
    const OAuthError &error() const { return m_error; }
    // Valid after a successful finished().
    const TokenResponse &result() const { return m_result; }
    const OAuthSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished();

private:
    void begin();
    void onCode(const Secret &code);
    void finish(const OAuthError &error);

    QNetworkAccessManager *m_network;
    OAuthSettings m_settings;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QTimer m_timer;
    LoopbackListener *m_listener = nullptr;
    QPointer<TokenRequest> m_request;
    Secret m_verifier;
    QString m_redirectUri;
    OAuthError m_error;
    TokenResponse m_result;
    bool m_running = false;
};
