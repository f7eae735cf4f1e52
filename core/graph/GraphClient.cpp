#include "core/graph/GraphClient.h"

#include "core/graph/CloudEndpoints.h"
#include "core/graph/CountUsersJob.h"

GraphClient::GraphClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_baseUrl(CloudEndpoints::graphUrl(CloudEndpoints::Cloud::Global))
{
    Q_ASSERT(network);
    Q_ASSERT(tokens);
}

GraphClient::~GraphClient() = default;

void GraphClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

ListUsersJob *GraphClient::listUsers(const ListUsersJob::Query &query, QObject *parent)
{
    return new ListUsersJob(this, query, parent ? parent : this);
}

CountUsersJob *GraphClient::countUsers(const QString &filter, QObject *parent)
{
    return new CountUsersJob(this, filter, parent ? parent : this);
}
