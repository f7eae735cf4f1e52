#include "core/graph/GraphJob.h"

#include "core/common/Logging.h"
#include "core/graph/AccessTokenProvider.h"
#include "core/graph/GraphClient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUuid>

namespace {

// Path plus query keys, never query values ($filter may name people, $skiptoken is opaque state): what support
// needs and nothing more (STYLE §11).
QString loggablePath(const QUrl &url)
{
    QString text = url.path(QUrl::FullyEncoded);
    const QString query = url.query(QUrl::FullyEncoded);
    if (query.isEmpty()) {
        return text;
    }
    QStringList keys;
    const QStringList items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        keys.append(item.section(QLatin1Char('='), 0, 0));
    }
    return text + QLatin1Char('?') + keys.join(QLatin1Char('&'));
}

// An HTTP answer arrived (as opposed to a connection-level failure such as refused, dropped or timed out). Qt maps
// 4xx/5xx to the 2xx/4xx ranges of NetworkError; everything below 200 is the transport.
bool httpAnswered(int status, QNetworkReply::NetworkError error)
{
    // HTTP 400 arrives as ProtocolInvalidOperationError (302), inside the protocol range: it is still an answer.
    return status > 0
           && (error == QNetworkReply::NoError || (error >= 201 && error <= 299) || error >= 401
               || error == QNetworkReply::ProtocolInvalidOperationError);
}

// True when an unencoded body is shorter than its Content-Length. With Content-Encoding the header counts the
// compressed bytes, which QNAM has already inflated, so nothing can be compared.
bool isTruncated(QNetworkReply *reply, const QByteArray &body)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader(QByteArrayLiteral("Content-Encoding")).trimmed().toLower();
    return length.isValid() && (encoding.isEmpty() || encoding == "identity") && body.size() < length.toLongLong();
}

} // namespace

GraphJob::GraphJob(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_policy(client->retryPolicy())
{
    if (!m_policy.hasFixedSeed()) {
        m_policy.setSeed(QRandomGenerator::global()->generate());
    }
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        ++m_attempt;
        sendAttempt();
    });
}

GraphJob::~GraphJob()
{
    abortReply();
}

void GraphJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &GraphJob::run, Qt::QueuedConnection);
}

void GraphJob::run()
{
    if (m_finished) {
        return; // killed before the event loop got here
    }
    m_origin = m_client->baseUrl();
    begin();
}

void GraphJob::kill(KillMode mode)
{
    if (m_finished) {
        return;
    }
    m_retryTimer.stop();
    abortReply();
    qCInfo(lcGraph).noquote() << "cancelled" << loggablePath(m_url);
    if (mode == KillMode::EmitFinished) {
        GraphError e;
        e.kind = GraphError::Kind::Cancelled;
        fail(e);
        return;
    }
    m_finished = true;
    if (m_autoDelete) {
        deleteLater();
    }
}

bool GraphJob::isSameOrigin(const QUrl &url) const
{
    // QUrl lower-cases hosts; port() with the scheme's default makes "https://h" equal "https://h:443".
    const int defaultPort = m_origin.scheme() == QLatin1String("http") ? 80 : 443;
    return url.isValid() && url.scheme().compare(m_origin.scheme(), Qt::CaseInsensitive) == 0
           && url.host() == m_origin.host() && url.port(defaultPort) == m_origin.port(defaultPort)
           && url.userInfo().isEmpty();
}

QUrl GraphJob::graphUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QByteArray encoded = m_origin.toEncoded(QUrl::StripTrailingSlash) + path.toUtf8();
    char separator = '?';
    for (const auto &[key, value] : query) {
        encoded += separator + key.toUtf8() + '=' + QUrl::toPercentEncoding(value, QByteArrayLiteral("$,()'*:@/"));
        separator = '&';
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

void GraphJob::setRequestHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

void GraphJob::get(const QUrl &url)
{
    send(QByteArrayLiteral("GET"), url, QByteArray());
}

void GraphJob::send(const QByteArray &verb, const QUrl &url, const QByteArray &jsonBody)
{
    m_verb = verb;
    m_body = jsonBody;
    m_url = url;
    m_attempt = 1;
    m_waited = std::chrono::milliseconds(0);
    m_refreshed = false;
    sendAttempt();
}

void GraphJob::sendAttempt()
{
    QNetworkRequest request(m_url);
    // Job headers first, so they cannot replace the ones below (Authorization, Accept, client-request-id).
    for (const auto &[name, value] : std::as_const(m_headers)) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(m_client->transferTimeout());
    // A redirect would carry the bearer token to wherever it points; Graph does not redirect API calls.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const Secret token = m_client->tokenProvider()->accessToken();
    if (!token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.reveal());
    }
    request.setRawHeader(QByteArrayLiteral("Accept"), m_accept);
    m_clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader(QByteArrayLiteral("client-request-id"), m_clientRequestId.toLatin1());
    if (m_attempt > 1) {
        request.setRawHeader(QByteArrayLiteral("Retry-Attempt"), QByteArray::number(m_attempt - 1));
    }
    qCDebug(lcGraphHttp).noquote() << m_verb << loggablePath(m_url) << "attempt" << m_attempt << "client-request-id"
                                   << m_clientRequestId;
    m_attemptClock.start();
    m_aborting = false;
    QNetworkReply *reply = nullptr;
    if (m_verb == "GET") {
        reply = m_client->networkAccessManager()->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_client->networkAccessManager()->sendCustomRequest(request, m_verb, m_body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void GraphJob::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || m_finished) {
        return;
    }
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    m_lastRequestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("request-id")));
    const qint64 ms = m_attemptClock.elapsed();
    qCInfo(lcGraphHttp).noquote() << m_verb << loggablePath(m_url) << "->" << (status > 0 ? status : -1) << "request-id"
                                  << (m_lastRequestId.isEmpty() ? QStringLiteral("-") : m_lastRequestId) << "attempt"
                                  << m_attempt << ms << "ms";

    if (!httpAnswered(status, networkError)) {
        GraphError e;
        // A transfer timeout surfaces as OperationCanceledError (Qt aborts the reply) unless we aborted it ourselves.
        const bool timedOut = networkError == QNetworkReply::TimeoutError
                              || (networkError == QNetworkReply::OperationCanceledError && !m_aborting);
        e.kind = timedOut ? GraphError::Kind::Timeout : GraphError::Kind::Network;
        e.networkError = timedOut ? QNetworkReply::TimeoutError : networkError;
        e.message = reply->errorString();
        retryOrFail(e);
        return;
    }
    const QByteArray body = reply->readAll();
    if (isTruncated(reply, body)) {
        // QNAM sometimes reports a connection cut mid-body as a clean finish; without this check the half page
        // would surface as "invalid JSON" instead of a retryable dropped connection.
        GraphError e;
        e.kind = GraphError::Kind::Network;
        e.networkError = QNetworkReply::RemoteHostClosedError;
        e.message = QStringLiteral("connection closed after %1 bytes of the body").arg(body.size());
        retryOrFail(e);
        return;
    }
    if (status >= 200 && status < 300) {
        handleResponse(Response {status, body, m_lastRequestId});
        return;
    }
    GraphError e = GraphError::fromHttpResponse(status, body);
    if (!m_lastRequestId.isEmpty()) {
        e.requestId = m_lastRequestId; // the header is authoritative; innerError may be absent or stale
    }
    e.retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                QDateTime::currentDateTimeUtc())
                       .value_or(std::chrono::seconds(-1));
    if (status == 401) {
        onUnauthorized(e);
        return;
    }
    retryOrFail(e);
}

void GraphJob::retryOrFail(GraphError error)
{
    const auto delay = m_policy.next(m_attempt, error, m_waited);
    if (!delay) {
        fail(error);
        return;
    }
    m_waited += *delay;
    const QString cause = error.kind == GraphError::Kind::Http
                              ? QStringLiteral("HTTP %1 %2").arg(error.httpStatus).arg(error.code)
                              : QStringLiteral("network error %1").arg(static_cast<int>(error.networkError));
    qCInfo(lcGraph).noquote() << m_verb << loggablePath(m_url) << "failed with" << cause << "- retry" << (m_attempt + 1)
                              << "of" << m_policy.maxAttempts() << "in" << delay->count() << "ms";
    m_retryTimer.start(*delay);
}

void GraphJob::onUnauthorized(GraphError error)
{
    AccessTokenProvider *tokens = m_client->tokenProvider();
    if (m_refreshed || !tokens->canRefresh()) {
        fail(error);
        return;
    }
    // One refresh per request; a second 401 with the new token is final.
    m_refreshed = true;
    qCInfo(lcGraph).noquote() << m_verb << loggablePath(m_url) << "got 401; refreshing the access token";
    tokens->refresh(this, [this, error](bool ok) {
        if (m_finished) {
            return;
        }
        if (!ok) {
            fail(error);
            return;
        }
        ++m_attempt;
        sendAttempt();
    });
}

void GraphJob::succeed()
{
    m_error = GraphError();
    emitFinished();
}

void GraphJob::fail(GraphError error)
{
    error.method = QString::fromLatin1(m_verb);
    error.url = m_url.isValid() ? m_url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) : m_origin;
    error.page = m_page;
    error.attempts = m_attempt;
    if (error.clientRequestId.isEmpty()) {
        error.clientRequestId = m_clientRequestId;
    }
    if (error.requestId.isEmpty()) {
        error.requestId = m_lastRequestId;
    }
    m_error = error;
    qCInfo(lcGraph).noquote() << m_verb << loggablePath(m_url) << "failed:" << m_error.toString();
    emitFinished();
}

void GraphJob::abortReply()
{
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    m_aborting = true;
    reply->abort();
    reply->deleteLater();
}

void GraphJob::emitFinished()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_retryTimer.stop();
    abortReply();
    const QPointer<GraphJob> self(this);
    Q_EMIT finished(this);
    if (self && m_autoDelete) {
        deleteLater();
    }
}
