#pragma once

#include "core/graph/ListUsersJob.h"
#include "core/graph/RetryPolicy.h"

#include <QObject>
#include <QUrl>

class AccessTokenProvider;
class CountUsersJob;
class QNetworkAccessManager;

// Entry point to Microsoft Graph: holds what every request shares (network access manager, token provider, base URL,
// retry policy, transfer timeout) and creates jobs. It sends nothing itself; each job is one operation.
//
// Ownership: the QNetworkAccessManager and the token provider are not owned and must outlive the client and its
// jobs. Jobs are children of `parent` if given, else of the client. Thread affinity: the thread of the QNAM (the GUI
// thread in the app); nothing here blocks it.
class GraphClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphClient)

public:
    static constexpr int DefaultTransferTimeoutMs = 60000;

    explicit GraphClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, QObject *parent = nullptr);
    ~GraphClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_network; }
    AccessTokenProvider *tokenProvider() const { return m_tokens; }

    // https://graph.microsoft.com by default (see CloudEndpoints); --graph-url points it at graphsim. No trailing
    // slash needed; Graph paths (/v1.0/...) are appended. The access token is only ever sent to this origin.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    // Copied into each job when it is created.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    // Inactivity limit per attempt (QNetworkRequest::setTransferTimeout): no byte for this long = Timeout.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    // Jobs are created idle; call start() on them.
    ListUsersJob *listUsers(const ListUsersJob::Query &query, QObject *parent = nullptr);
    CountUsersJob *countUsers(const QString &filter = QString(), QObject *parent = nullptr);

private:
    QNetworkAccessManager *m_network;
    AccessTokenProvider *m_tokens;
    QUrl m_baseUrl;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
};
