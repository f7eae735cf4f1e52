#pragma once

#include "core/common/Result.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"

#include <QNetworkAccessManager>

#include <memory>

class QCommandLineParser;

// What a command needs to talk to Graph without signing in: the base URL (--graph-url) and a token read from
// --access-token-file, the documented path for automation (DESIGN.md "Graph and sign-in endpoints").
class GraphConnection final
{
public:
    static void addOptions(QCommandLineParser &parser);
    [[nodiscard]] static Result<std::unique_ptr<GraphConnection>> fromOptions(const QCommandLineParser &parser);

    GraphClient &client() { return m_client; }
    // Every HTTP request that got an answer or failed, retries included (for the "requests" figure).
    int requestCount() const { return m_requests; }

    GraphConnection(const QUrl &baseUrl, Secret token);
    Q_DISABLE_COPY_MOVE(GraphConnection)

private:
    QNetworkAccessManager m_network;
    StaticTokenProvider m_tokens;
    GraphClient m_client;
    int m_requests = 0;
};
