#include "tests/graphsim/GraphSimServer.h"

#include "tests/graphsim/GraphSimCertificate.h"
#include "tests/graphsim/GraphSimErrors.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool isGraphPath(const QString &path)
{
    return path.compare("/v1.0"_L1, Qt::CaseInsensitive) == 0 || path.startsWith("/v1.0/"_L1, Qt::CaseInsensitive);
}

} // namespace

GraphSimServer::GraphSimServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_usersRoute.registerIn(m_router);
    m_identity.registerIn(m_router);
    m_tenantRoute.registerIn(m_router);
}

GraphSimServer::~GraphSimServer() = default;

quint16 GraphSimServer::start(quint16 port, bool tls, QString *error)
{
    if (tls) {
        const GraphSimCertificate certificate = GraphSimCertificate::generate();
        if (!certificate.error.isEmpty()) {
            *error = certificate.error;
            return 0;
        }
        const QSslCertificate cert(certificate.certificatePem, QSsl::Pem);
        const QSslKey key(certificate.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (cert.isNull() || key.isNull()) {
            *error = u"Qt could not load the generated certificate or key"_s;
            return 0;
        }
        sslSetup(cert, key);
        m_certificatePem = certificate.certificatePem;
    }
    // LocalHost only: graphsim accepts any bearer token in its default mode and must never be reachable from outside.
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        *error = u"cannot listen on 127.0.0.1:%1"_s.arg(port);
        return 0;
    }
    m_baseUrl = QUrl(u"%1://127.0.0.1:%2"_s.arg(tls ? u"https"_s : u"http"_s).arg(bound));
    return bound;
}

GraphSimRequest GraphSimServer::toRequest(const QHttpServerRequest &request) const
{
    GraphSimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toUtf8();
    r.rawQuery = QString::fromUtf8(query);
    r.params = GraphSimRequest::parseQuery(query);
    r.body = request.body();
    const auto headers = request.headers();
    r.headers.reserve(headers.size());
    for (const auto &h : headers)
        r.headers.append({h.first.toLower(), h.second});
    r.linkBase = m_baseUrl.toString();
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray clientId = r.header(QByteArrayLiteral("client-request-id"));
    // Graph echoes the client's id, or repeats its own request-id when the client sent none (see the fixtures).
    r.clientRequestId = clientId.isEmpty() ? r.requestId : QString::fromUtf8(clientId);
    r.date = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    return r;
}

GraphSimReply GraphSimServer::answer(GraphSimRequest &request)
{
    if (isGraphPath(request.path)) {
        const QByteArray authorization = request.header(QByteArrayLiteral("authorization")).trimmed();
        QString token;
        if (authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
            token = QString::fromUtf8(authorization.mid(7).trimmed());
        if (token.isEmpty())
            return GraphSimErrors::unauthorized(u"Access token is empty."_s, request);
        // Tokens from the identity platform are checked for expiry; static tokens keep the old rule.
        bool valid = false;
        if (m_identity.isIssuedAccessToken(token, &valid)) {
            if (!valid)
                return GraphSimErrors::unauthorized(u"Lifetime validation failed, the token is expired."_s, request);
        } else if (!m_tokens.isEmpty() && !m_tokens.contains(token))
            return GraphSimErrors::unauthorized(u"Access token validation failure. Invalid audience."_s, request);
    }

    GraphSimRouter::Match match = GraphSimRouter::Match::NoRoute;
    if (auto reply = m_router.dispatch(request, &match))
        return *reply;
    if (match == GraphSimRouter::Match::WrongMethod)
        return GraphSimErrors::error(405, u"Request_BadRequest"_s,
                                     u"Specified HTTP method is not allowed for the request target."_s, request);
    // What Graph says for paths it does not know: an unknown object under a known collection is a 404, an unknown
    // segment a 400, a path outside /v1.0 an invalid version.
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (!isGraphPath(request.path))
        return GraphSimErrors::error(400, u"BadRequest"_s, u"Invalid version: %1"_s.arg(segments.value(0)), request);
    if (segments.size() >= 3 && segments.at(1).compare("users"_L1, Qt::CaseInsensitive) == 0)
        return GraphSimErrors::forStatus(404, -1, request);
    return GraphSimErrors::error(400, u"BadRequest"_s,
                                 u"Resource not found for the segment '%1'."_s.arg(segments.value(1)), request);
}

GraphSimReply GraphSimServer::answerWithFaults(GraphSimRequest &request, int *delayMs, QString *fault)
{
    *delayMs = m_faults.chaos().latencyMs;
    const std::optional<GraphSimFault> injected = m_faults.takeFault(request.method, request.path);
    if (!injected) {
        const int chaosStatus = isGraphPath(request.path) ? m_faults.drawChaosStatus() : 0;
        if (chaosStatus != 0) {
            *fault = u"chaos"_s;
            return GraphSimErrors::forStatus(chaosStatus, m_faults.chaos().retryAfterSeconds, request);
        }
        return answer(request);
    }
    *delayMs += injected->delayMs;
    switch (injected->kind) {
    case GraphSimFault::Kind::Status:
        *fault = u"status"_s;
        return GraphSimErrors::forStatus(injected->status, injected->retryAfter, request);
    case GraphSimFault::Kind::DropConnection: {
        *fault = u"drop"_s;
        GraphSimReply reply = answer(request);
        reply.dropAfterBytes = reply.body.size() / 2;
        return reply;
    }
    case GraphSimFault::Kind::MalformedJson: {
        *fault = u"malformedJson"_s;
        GraphSimReply reply = answer(request);
        reply.status = 200;
        if (reply.body.size() > 32)
            reply.body.truncate(reply.body.size() / 2);
        else
            reply.body = QByteArrayLiteral("{\"@odata.context\":\"x\",\"value\":[{\"id\":");
        return reply;
    }
    case GraphSimFault::Kind::MissingValue:
        *fault = u"missingValue"_s;
        return GraphSimReply::json(
            200, QByteArray("{\"@odata.context\":\"" + request.linkBase.toUtf8() + "/v1.0/$metadata#users\"}"));
    case GraphSimFault::Kind::ForeignNextLink:
        *fault = u"foreignNextLink"_s;
        request.foreignNextLink = true;
        return answer(request);
    }
    return answer(request);
}

bool GraphSimServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    GraphSimRequest request = toRequest(httpRequest);
    int delayMs = 0;
    QString fault;
    const GraphSimReply reply = answerWithFaults(request, &delayMs, &fault);
    if (delayMs <= 0) {
        write(socket, request, reply);
        log(request, reply.status, timer, fault);
        return true;
    }
    // The request object is owned by the socket's connection and reused for its next request, so the deferred
    // answer keeps its own copies and only a guarded pointer to the socket.
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(delayMs, this, [this, guarded, request, reply, timer, fault] {
        if (guarded)
            write(guarded.data(), request, reply);
        log(request, guarded ? reply.status : 0, timer, fault);
    });
    return true;
}

void GraphSimServer::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if QtHttpServer itself rejects a request.
    const GraphSimRequest request = toRequest(httpRequest);
    write(socket, request, GraphSimErrors::forStatus(404, -1, request));
}

void GraphSimServer::write(QTcpSocket *socket, const GraphSimRequest &request, const GraphSimReply &reply)
{
    QByteArray head;
    head.reserve(512);
    head += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "request-id: " + request.requestId.toLatin1() + "\r\n";
    head += "client-request-id: " + request.clientRequestId.toUtf8() + "\r\n";
    head += "Date: "
            + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1()
            + "\r\n";
    head += "Cache-Control: no-cache\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    socket->write(head);
    if (reply.dropAfterBytes < 0) {
        socket->write(reply.body);
        return;
    }
    socket->write(reply.body.constData(), std::min<qint64>(reply.dropAfterBytes, reply.body.size()));
    // Push what we have to the kernel, then cut the connection: the client sees a truncated body.
    socket->flush();
    socket->abort();
}

void GraphSimServer::log(const GraphSimRequest &request, int status, const QElapsedTimer &timer, const QString &fault)
{
    GraphSimLogEntry entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.rawQuery;
    entry.status = status;
    entry.requestId = request.requestId;
    entry.durationMs = timer.elapsed();
    entry.fault = fault;
    m_logger.append(entry);
}
