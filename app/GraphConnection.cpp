#include "app/GraphConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkReply>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GraphConnection", text);
}

} // namespace

void GraphConnection::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("graph-url"),
                      tr("Microsoft Graph base URL (default https://graph.microsoft.com)."), tr("URL")});
    parser.addOption({QStringLiteral("access-token-file"),
                      tr("File holding a Graph access token (for automation; it is never printed or copied)."),
                      tr("FILE")});
}

Result<std::unique_ptr<GraphConnection>> GraphConnection::fromOptions(const QCommandLineParser &parser)
{
    QUrl base(QStringLiteral("https://graph.microsoft.com"));
    if (parser.isSet(QStringLiteral("graph-url"))) {
        base = QUrl(parser.value(QStringLiteral("graph-url")), QUrl::StrictMode);
        if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http") || base.host().isEmpty())
            return makeError(tr("--graph-url %1 is not an http(s) URL; pass e.g. https://graph.microsoft.com.")
                                 .arg(parser.value(QStringLiteral("graph-url"))));
    }
    if (!parser.isSet(QStringLiteral("access-token-file")))
        return makeError(tr("--access-token-file is required: pass a file that holds a Graph access token."));
    Result<Secret> token = StaticTokenProvider::readTokenFile(parser.value(QStringLiteral("access-token-file")));
    if (!token)
        return token.error();
    return std::make_unique<GraphConnection>(base, std::move(token).value());
}

GraphConnection::GraphConnection(const QUrl &baseUrl, Secret token)
    : m_tokens(std::move(token))
    , m_client(&m_network, &m_tokens)
{
    m_client.setBaseUrl(baseUrl);
    QObject::connect(&m_network, &QNetworkAccessManager::finished, &m_client,
                     [this](QNetworkReply *) { ++m_requests; });
}
