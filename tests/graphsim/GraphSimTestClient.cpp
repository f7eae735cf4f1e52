#include "tests/graphsim/GraphSimTestClient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

QJsonObject GraphSimTestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

GraphSimTestClient::GraphSimTestClient(const QString &token)
    : m_token(token)
{ }

GraphSimTestReply GraphSimTestClient::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return finish(m_nam.get(request));
}

GraphSimTestReply GraphSimTestClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return finish(m_nam.sendCustomRequest(request, method, body));
}

GraphSimTestReply GraphSimTestClient::finish(QNetworkReply *raw)
{
    std::unique_ptr<QNetworkReply> reply(raw);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    GraphSimTestReply result;
    if (!reply->isFinished() && !finished.wait(20000)) {
        result.timedOut = true;
        return result;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : -1;
    result.error = reply->error();
    result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &h : pairs)
        result.headers.insert(h.first.toLower(), h.second);
    return result;
}
