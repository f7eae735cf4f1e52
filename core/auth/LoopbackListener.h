#pragma once

#include "core/auth/OAuthError.h"
#include "core/common/Secret.h"

#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// The loopback redirect target of a desktop sign-in (graph.md §1.1, §1.3; STYLE §7). Listens on 127.0.0.1, and on
// ::1 at the same ephemeral port where the machine has IPv6 (a browser may resolve "localhost" to ::1 first,
// graph.md §1.8) — never on any other interface; the redirect URI is http://localhost:<port>/ (Entra ignores the port
// of loopback URIs).
//
// The first request to "/" that carries code or error is the answer: with our state and a code → codeReceived; an
// error, or a missing or wrong state → failed. Either way the browser gets a short page (it can be closed, or what
// failed), the server stops listening, and later connections are refused. Anything else (other paths, favicon,
// junk bytes, half requests) gets a 404 or nothing and is ignored. The request line carries the code, so it is
// never logged.
//
// Thread affinity: the creating thread. Signals fire at most once in total.
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    explicit LoopbackListener(QString expectedState, QObject *parent = nullptr);
    ~LoopbackListener() override;

    // false when no port could be bound (errorString() says why).
    bool listen();
    QString errorString() const { return m_server.errorString(); }
    QUrl redirectUri() const;
    void close();

Q_SIGNALS:
    void codeReceived(const Secret &code);
    void failed(const OAuthError &error);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer m_server;
    QTcpServer m_server6; // ::1, same port; not listening where the machine has no IPv6 loopback
    QString m_expectedState;
    bool m_done = false;
};
