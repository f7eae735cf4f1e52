#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A tiny HTTP/1.1 server on 127.0.0.1 for byte-exact tests: it records each request's target exactly as it came
// off the wire and answers GETs with canned responses in order (404 when they run out). Keep-alive works, because
// QNAM reuses connections. For behaviour, use graphsim; this is for "what bytes did the client send".
class CannedHttpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedHttpServer)

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
    };
    struct Request
    {
        QByteArray target; // e.g. /v1.0/users?$top=3 — not decoded, not normalised
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0) {
                    return value;
                }
            }
            return {};
        }
    };

    explicit CannedHttpServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    QList<Response> responses;
    QList<Request> requests;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end = -1;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            Request request;
            request.target = lines.first().trimmed().split(' ').value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
                }
            }
            requests.append(request);
            const Response response =
                responses.isEmpty() ? Response {404, QByteArray(), "text/plain"} : responses.takeFirst();
            socket->write("HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\nContent-Type: "
                          + response.contentType + "\r\nContent-Length: " + QByteArray::number(response.body.size())
                          + "\r\nrequest-id: canned-" + QByteArray::number(requests.size()) + "\r\n\r\n"
                          + response.body);
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};
