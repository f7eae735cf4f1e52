#include "core/auth/LoopbackListener.h"

#include "core/common/Logging.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr qsizetype MaxRequestBytes = 16 * 1024;
constexpr int IdleSocketMs = 10000;

QByteArray reason(int status)
{
    return status == 200   ? QByteArrayLiteral("OK")
           : status == 400 ? QByteArrayLiteral("Bad Request")
                           : QByteArrayLiteral("Not Found");
}

} // namespace

LoopbackListener::LoopbackListener(QString expectedState, QObject *parent)
    : QObject(parent)
    , m_expectedState(std::move(expectedState))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] { onNewConnection(&m_server); });
    connect(&m_server6, &QTcpServer::newConnection, this, [this] { onNewConnection(&m_server6); });
}

LoopbackListener::~LoopbackListener() = default;

bool LoopbackListener::listen()
{
    // Loopback only: the code must never be reachable from another machine. The IPv6 twin must get the same port;
    // if another program holds that port on ::1, try a new one a few times, then settle for IPv4 alone.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        if (m_server6.listen(QHostAddress::LocalHostIPv6, m_server.serverPort()))
            return true;
        if (m_server6.serverError() != QAbstractSocket::AddressInUseError) {
            qCDebug(lcAuth) << "loopback: no IPv6 listener:" << m_server6.errorString();
            return true; // no IPv6 loopback on this machine
        }
        m_server.close();
    }
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackListener::redirectUri() const
{
    return QUrl(QStringLiteral("http://localhost:%1/").arg(m_server.serverPort()));
}

void LoopbackListener::close()
{
    m_done = true;
    m_server.close();
    m_server6.close();
}

void LoopbackListener::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_done) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // A connection that never completes a request is dropped, so a stuck client cannot pile up sockets.
        QTimer::singleShot(IdleSocketMs, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    if (m_done) {
        socket->abort();
        return;
    }
    // Read without consuming until the header block is complete; only the request line matters.
    const QByteArray pending = socket->peek(MaxRequestBytes + 1);
    const qsizetype end = pending.indexOf("\r\n\r\n");
    if (end < 0) {
        if (pending.size() > MaxRequestBytes)
            socket->abort(); // junk: too long to be a browser's redirect
        return;
    }
    socket->read(end + 4);
    const QList<QByteArray> requestLine = pending.left(pending.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET" || !requestLine.at(2).startsWith("HTTP/1.")) {
        qCDebug(lcAuth) << "loopback: ignored a connection that is not an HTTP GET";
        socket->abort();
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    const QUrlQuery query(target);
    const bool answer = query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error"));
    if (target.path() != u"/" || !answer) {
        qCDebug(lcAuth) << "loopback: ignored a request that is not the sign-in redirect";
        respond(socket, 404, tr("Not found"), tr("This is clouddir's sign-in listener."));
        return;
    }

    m_done = true;
    m_server.close();
    m_server6.close();
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    OAuthError error;
    if (query.hasQueryItem(QStringLiteral("error")))
        error = OAuthError::fromRedirect(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                                         query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));
    // A wrong state wins over everything: the answer was not meant for this sign-in (login CSRF).
    if (state.isEmpty() || state != m_expectedState)
        error = OAuthError::make(OAuthError::Kind::StateMismatch);
    if (error.isError()) {
        qCInfo(lcAuth) << "loopback: sign-in redirect rejected:" << error.error << error.code;
        respond(socket, 400, tr("Sign-in failed"), error.message());
        Q_EMIT failed(error);
        return;
    }
    qCInfo(lcAuth) << "loopback: sign-in redirect received";
    const Secret code(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8());
    respond(socket, 200, tr("Signed in"), tr("clouddir received the sign-in. You can close this tab."));
    Q_EMIT codeReceived(code);
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QByteArray page = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                           "</head><body style=\"font-family:sans-serif\"><h1>%1</h1><p>%2</p>"
                                           "</body></html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n";
    head += "Content-Length: " + QByteArray::number(page.size()) + "\r\n\r\n";
    socket->write(head + page);
    // The socket outlives the listener if need be: disconnectFromHost() flushes, then `disconnected` deletes it.
    socket->setParent(nullptr);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->disconnectFromHost();
}
