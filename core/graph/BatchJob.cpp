#include "core/graph/BatchJob.h"

#include "core/graph/RetryPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// Header names inside a batch answer are not case-normalised.
QString header(const QJsonObject &headers, const QString &name)
{
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return QString();
}

BatchResponse responseOf(const QJsonObject &item)
{
    BatchResponse r;
    r.id = item.value(QLatin1String("id")).toString();
    r.status = item.value(QLatin1String("status")).toInt();
    r.body = item.value(QLatin1String("body"));
    const QJsonObject headers = item.value(QLatin1String("headers")).toObject();
    r.requestId = header(headers, QStringLiteral("request-id"));
    if (r.isSuccess())
        return r;
    const QByteArray errorBody =
        r.body.isObject() ? QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
    r.error = GraphError::fromHttpResponse(r.status, errorBody);
    if (r.requestId.isEmpty())
        r.requestId = r.error.requestId;
    else
        r.error.requestId = r.requestId;
    r.error.retryAfter = RetryPolicy::parseRetryAfter(header(headers, QStringLiteral("Retry-After")).toLatin1(),
                                                      QDateTime::currentDateTimeUtc())
                             .value_or(std::chrono::seconds(-1));
    return r;
}

} // namespace

BatchJob::BatchJob(GraphClient *client, QList<BatchRequest> requests, QObject *parent)
    : GraphJob(client, parent)
    , m_requests(std::move(requests))
{
    setMaxAttempts(1);
}

bool BatchJob::isValidBatch(const QList<BatchRequest> &requests)
{
    if (requests.isEmpty() || requests.size() > MaxRequests)
        return false;
    QSet<QString> ids;
    bool sequential = !requests.at(requests.size() > 1 ? 1 : 0).dependsOn.isEmpty();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const BatchRequest &r = requests.at(i);
        if (r.id.isEmpty() || ids.contains(r.id))
            return false;
        ids.insert(r.id);
        const QString expected = sequential && i > 0 ? requests.at(i - 1).id : QString();
        if (r.dependsOn != expected)
            return false;
    }
    return true;
}

QByteArray BatchJob::body(const QList<BatchRequest> &requests)
{
    QJsonArray items;
    for (const BatchRequest &r : requests) {
        QJsonObject item {{QStringLiteral("id"), r.id},
                          {QStringLiteral("method"), QString::fromLatin1(r.method)},
                          {QStringLiteral("url"), r.url}};
        if (!r.body.isUndefined()) {
            item.insert(QStringLiteral("body"), r.body);
            item.insert(QStringLiteral("headers"),
                        QJsonObject {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
        }
        if (!r.dependsOn.isEmpty())
            item.insert(QStringLiteral("dependsOn"), QJsonArray {r.dependsOn});
        items.append(item);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("requests"), items}}).toJson(QJsonDocument::Compact);
}

QList<BatchResponse> BatchJob::parse(const QList<BatchRequest> &requests, const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(QLatin1String("responses")).isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                         : QStringLiteral("no \"responses\" array");
        return {};
    }
    QHash<QString, BatchResponse> byId;
    for (const QJsonValue &v : doc.object().value(QLatin1String("responses")).toArray()) {
        BatchResponse r = responseOf(v.toObject());
        byId.insert(r.id, r);
    }
    QList<BatchResponse> result;
    for (const BatchRequest &request : requests) {
        if (byId.contains(request.id)) {
            result.append(byId.value(request.id));
            continue;
        }
        BatchResponse missing;
        missing.id = request.id;
        missing.error.kind = GraphError::Kind::Protocol;
        missing.error.code = QLatin1String(MissingResponseCode);
        missing.error.message = QStringLiteral("the $batch answer has no response for request %1").arg(request.id);
        result.append(missing);
    }
    return result;
}

void BatchJob::begin()
{
    if (!isValidBatch(m_requests)) {
        GraphError e;
        e.kind = GraphError::Kind::Protocol;
        e.code = QStringLiteral("clouddir.InvalidBatch");
        e.message = QStringLiteral("a $batch needs 1 to 20 requests with unique ids, all parallel or one chain");
        fail(e);
        return;
    }
    send(QByteArrayLiteral("POST"), graphUrl(QStringLiteral("/v1.0/$batch")), body(m_requests));
}

void BatchJob::handleResponse(const Response &response)
{
    m_batchRequestId = response.requestId;
    QString error;
    m_responses = parse(m_requests, response.body, &error);
    if (m_responses.isEmpty()) {
        GraphError e;
        e.kind = GraphError::Kind::Protocol;
        e.code = QLatin1String(GraphError::InvalidJsonCode);
        e.message = error;
        e.requestId = response.requestId;
        fail(e);
        return;
    }
    succeed();
}
