#include "tests/graphsim/GraphSimServer.h"

#include "tests/graphsim/GraphSimCertificate.h"
#include "tests/graphsim/GraphSimErrors.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

bool isBatch(const GraphSimRequest &request)
{
    return request.path.compare("/v1.0/$batch"_L1, Qt::CaseInsensitive) == 0;
}

// A write in the sense of Graph's write limits: any changing method under /v1.0; the $batch POST itself is only
// the envelope, its inner writes count one by one.
bool isWrite(const GraphSimRequest &request)
{
    return isGraphPath(request.path) && !isBatch(request)
           && (request.method == "POST"_L1 || request.method == "PATCH"_L1 || request.method == "PUT"_L1
               || request.method == "DELETE"_L1);
}

QString faultName(GraphSimFault::Kind kind)
{
    switch (kind) {
    case GraphSimFault::Kind::Status:
        return u"status"_s;
    case GraphSimFault::Kind::DropConnection:
        return u"drop"_s;
    case GraphSimFault::Kind::MalformedJson:
        return u"malformedJson"_s;
    case GraphSimFault::Kind::MissingValue:
        return u"missingValue"_s;
    case GraphSimFault::Kind::ForeignNextLink:
        return u"foreignNextLink"_s;
    case GraphSimFault::Kind::ReplyLostAfterCommit:
        return u"lost"_s;
    }
    return QString();
}

} // namespace

GraphSimServer::GraphSimServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_usersRoute.registerIn(m_router);
    m_writeRoute.registerIn(m_router);
    m_batchRoute.registerIn(m_router);
    m_identity.registerIn(m_router);
    m_tenantRoute.registerIn(m_router);
    m_router.add(u"GET"_s, u"/_graphsim/state"_s, [this](const GraphSimRequest &) { return state(); });
}

GraphSimWriteStats GraphSimServer::writeStats() const
{
    return GraphSimWriteStats {m_quota.accepted(), m_throttled, m_writeRoute.usersCreated()};
}

GraphSimReply GraphSimServer::state() const
{
    QJsonArray users;
    for (const QJsonObject &user : m_store.users())
        users.append(user);
    const GraphSimWriteStats stats = writeStats();
    const QJsonObject state {{u"users"_s, users},
                             {u"writesAccepted"_s, stats.writesAccepted},
                             {u"throttled"_s, stats.throttled},
                             {u"usersCreated"_s, stats.usersCreated}};
    GraphSimReply reply = GraphSimReply::json(200, QJsonDocument(state).toJson(QJsonDocument::Compact));
    reply.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return reply;
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

GraphSimReply GraphSimServer::answer(GraphSimRequest &request, bool inner)
{
    if (isGraphPath(request.path) && !inner) {
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
    int retryAfter = 0;
    if (isWrite(request) && !m_quota.admit(&retryAfter)) {
        GraphSimReply reply = GraphSimErrors::forStatus(429, retryAfter, request);
        reply.setHeader(QByteArrayLiteral("x-ms-throttle-information"), QByteArrayLiteral("WriteLimitExceeded"));
        return reply;
    }
    return route(request);
}

GraphSimReply GraphSimServer::route(GraphSimRequest &request)
{
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

GraphSimReply GraphSimServer::answerWithFaults(GraphSimRequest &request, bool inner, QString *fault)
{
    std::optional<GraphSimFault> injected = m_faults.takeFault(request.method, request.path);
    if (injected) {
        *fault = faultName(injected->kind);
    } else if (isGraphPath(request.path) && !isBatch(request)) {
        // The $batch envelope is not throttled by chaos; its inner requests are, one by one.
        injected = m_faults.drawChaos(isWrite(request));
        if (injected)
            *fault = u"chaos"_s;
    }
    GraphSimReply reply = injected ? applyFault(*injected, request, inner) : answer(request, inner);
    if (inner && reply.status == 429)
        ++m_throttled;
    return reply;
}

GraphSimReply GraphSimServer::answerInner(GraphSimRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QString fault;
    const GraphSimReply reply = answerWithFaults(request, true, &fault);
    log(request, reply.status, timer, fault, true);
    return reply;
}

GraphSimReply GraphSimServer::applyFault(const GraphSimFault &fault, GraphSimRequest &request, bool inner)
{
    GraphSimReply reply;
    switch (fault.kind) {
    case GraphSimFault::Kind::Status:
        reply = GraphSimErrors::forStatus(fault.status, fault.retryAfter, request);
        break;
    case GraphSimFault::Kind::DropConnection:
        reply = answer(request, inner);
        reply.dropAfterBytes = reply.body.size() / 2;
        break;
    case GraphSimFault::Kind::ReplyLostAfterCommit:
        reply = answer(request, inner);
        reply.abortWithoutReply = true;
        break;
    case GraphSimFault::Kind::MalformedJson:
        reply = answer(request, inner);
        reply.status = 200;
        if (reply.body.size() > 32)
            reply.body.truncate(reply.body.size() / 2);
        else
            reply.body = QByteArrayLiteral("{\"@odata.context\":\"x\",\"value\":[{\"id\":");
        break;
    case GraphSimFault::Kind::MissingValue:
        reply = GraphSimReply::json(
            200, QByteArray("{\"@odata.context\":\"" + request.linkBase.toUtf8() + "/v1.0/$metadata#users\"}"));
        break;
    case GraphSimFault::Kind::ForeignNextLink:
        request.foreignNextLink = true;
        reply = answer(request, inner);
        break;
    }
    reply.delayMs += fault.delayMs;
    return reply;
}

bool GraphSimServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    GraphSimRequest request = toRequest(httpRequest);
    QString fault;
    const GraphSimReply reply = answerWithFaults(request, false, &fault);
    if (reply.status == 429)
        ++m_throttled;
    const int delayMs = reply.delayMs + m_faults.chaos().latencyMs;
    const int loggedStatus = reply.abortWithoutReply ? 0 : reply.status;
    if (delayMs <= 0) {
        write(socket, request, reply);
        log(request, loggedStatus, timer, fault);
        return true;
    }
    // The request object is owned by the socket's connection and reused for its next request, so the deferred
    // answer keeps its own copies and only a guarded pointer to the socket.
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(delayMs, this, [this, guarded, request, reply, timer, fault, loggedStatus] {
        if (guarded)
            write(guarded.data(), request, reply);
        log(request, guarded ? loggedStatus : 0, timer, fault);
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
    if (reply.abortWithoutReply) {
        // The work is done, the answer never leaves: the client cannot tell whether its write happened.
        socket->abort();
        return;
    }
    if (reply.dropAfterBytes < 0) {
        socket->write(head);
        socket->write(reply.body);
        return;
    }
    if (reply.body.isEmpty()) {
        // A 204 has no body to cut, so cut its head: the client must not see a complete answer.
        socket->write(head.left(head.size() / 2));
    } else {
        socket->write(head);
        socket->write(reply.body.constData(), std::min<qint64>(reply.dropAfterBytes, reply.body.size()));
    }
    // Push what we have to the kernel, then cut the connection: the client sees a truncated body.
    socket->flush();
    socket->abort();
}

void GraphSimServer::log(const GraphSimRequest &request, int status, const QElapsedTimer &timer, const QString &fault,
                         bool inner)
{
    GraphSimLogEntry entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.rawQuery;
    entry.status = status;
    entry.requestId = request.requestId;
    entry.durationMs = timer.elapsed();
    entry.fault = fault;
    entry.inner = inner;
    entry.writesAccepted = m_quota.accepted();
    entry.throttled = m_throttled;
    m_logger.append(entry);
}
