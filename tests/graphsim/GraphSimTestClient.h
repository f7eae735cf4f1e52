#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

// One finished exchange, captured for assertions.
struct GraphSimTestReply
{
    int status = -1; // -1: no HTTP status (network error or timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    bool timedOut = false;

    QJsonObject json() const;
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// A real QNetworkAccessManager client for the graphsim tests: GETs with a bearer token and waits for the reply
// through QSignalSpy (the event loop runs, so the in-process server answers).
class GraphSimTestClient
{
public:
    explicit GraphSimTestClient(const QString &token = QStringLiteral("test-token"));

    void setToken(const QString &token) { m_token = token; }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    GraphSimTestReply get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Any verb; a non-empty body goes out as application/json unless headers name another Content-Type.
    GraphSimTestReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray(),
                           const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    GraphSimTestReply finish(QNetworkReply *reply);

    QNetworkAccessManager m_nam;
    QString m_token;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};
