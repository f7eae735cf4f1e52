#include "app/GraphConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

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
    parser.addOption(
        {QStringLiteral("ca-file"),
         tr("Also trust the CA certificates in this PEM file (a TLS-inspecting proxy, or graphsim --tls)."),
         tr("FILE")});
    parser.addOption({QStringLiteral("max-attempts"),
                      tr("Attempts per Graph request before giving up on throttling or dropped connections "
                         "(default 6)."),
                      tr("N")});
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
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty())
            return makeError(tr("--ca-file %1 holds no PEM certificate; pass the CA certificate to trust.").arg(path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    int attempts = 0;
    if (parser.isSet(QStringLiteral("max-attempts"))) {
        bool ok = false;
        attempts = parser.value(QStringLiteral("max-attempts")).toInt(&ok);
        if (!ok || attempts < 1 || attempts > 20)
            return makeError(tr("--max-attempts %1 is not a number from 1 to 20.")
                                 .arg(parser.value(QStringLiteral("max-attempts"))));
    }
    Result<Secret> token = StaticTokenProvider::readTokenFile(parser.value(QStringLiteral("access-token-file")));
    if (!token)
        return token.error();
    auto connection = std::make_unique<GraphConnection>(base, std::move(token).value());
    if (attempts > 0) {
        RetryPolicy policy = connection->m_client.retryPolicy();
        policy.setMaxAttempts(attempts);
        connection->m_client.setRetryPolicy(policy);
    }
    return connection;
}

GraphConnection::GraphConnection(const QUrl &baseUrl, Secret token)
    : m_tokens(std::move(token))
    , m_client(&m_network, &m_tokens)
{
    m_client.setBaseUrl(baseUrl);
    QObject::connect(&m_network, &QNetworkAccessManager::finished, &m_client,
                     [this](QNetworkReply *) { ++m_requests; });
}
