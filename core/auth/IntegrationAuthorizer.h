#pragma once

#include "core/auth/OAuthError.h"
#include "core/directory/Integration.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class IntegrationSessions;
class SignInFlow;
class Store;

// Authorizes (or re-authorizes) one stored integration: runs a SignInFlow with its settings, then stores the refresh
// token in the keychain, records account, tenant, state and expiry in the directory (the integration itself, its
// bindings and settings are untouched), and hands the access token to IntegrationSessions. The window's service for
// the Authorize and Re-authorize buttons.
//
// finished fires once per start(); error is None on success. Thread affinity: the store's and the QNAM's thread.
class IntegrationAuthorizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationAuthorizer)

public:
    IntegrationAuthorizer(IntegrationSessions *sessions, Store *store, QObject *parent = nullptr);
    ~IntegrationAuthorizer() override;

    void start(const Integration &integration, const QString &clientId);
    void cancel();
    bool isRunning() const { return m_flow != nullptr; }
    QString integrationId() const { return m_integration.id; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished(const QString &integrationId, const OAuthError &error);

private:
    void onFlowFinished();
    void done(const OAuthError &error);

    IntegrationSessions *m_sessions;
    Store *m_store;
    Integration m_integration;
    QString m_clientId;
    SignInFlow *m_flow = nullptr;
};
