#include "tests/graphsim/GraphSimBatchRoute.h"

#include "tests/graphsim/GraphSimErrors.h"
#include "tests/graphsim/GraphSimRouter.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

GraphSimReply badBatch(const QString &message, const GraphSimRequest &request)
{
    return GraphSimErrors::error(400, u"BadRequest"_s, message, request);
}

QJsonObject headersOf(const GraphSimReply &reply)
{
    QJsonObject headers;
    for (const auto &h : reply.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
    return headers;
}

QJsonValue bodyOf(const GraphSimReply &reply)
{
    if (reply.body.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    // text/plain answers ($count) travel as a string.
    return QString::fromUtf8(reply.body);
}

QJsonObject response(const QString &id, const GraphSimReply &reply)
{
    return QJsonObject {
        {u"id"_s, id}, {u"status"_s, reply.status}, {u"headers"_s, headersOf(reply)}, {u"body"_s, bodyOf(reply)}};
}

QString dependency(const QJsonObject &item)
{
    return item.value("dependsOn"_L1).toArray().at(0).toString();
}

} // namespace

GraphSimBatchRoute::GraphSimBatchRoute(Runner runner, QRandomGenerator *shuffle)
    : m_runner(std::move(runner))
    , m_shuffle(shuffle)
{ }

void GraphSimBatchRoute::registerIn(GraphSimRouter &router)
{
    router.add(u"POST"_s, u"/v1\\.0/\\$batch"_s, [this](const GraphSimRequest &r) { return batch(r); });
}

std::optional<GraphSimReply> GraphSimBatchRoute::validate(const GraphSimRequest &request, QJsonArray *requests) const
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject() || !document.object().value("requests"_L1).isArray())
        return badBatch(u"Invalid batch payload format."_s, request);
    *requests = document.object().value("requests"_L1).toArray();
    if (requests->isEmpty())
        return badBatch(u"Invalid batch payload format: the requests array is empty."_s, request);
    if (requests->size() > maxRequests)
        return badBatch(
            u"Number of requests in the batch (%1) exceeds the limit of %2."_s.arg(requests->size()).arg(maxRequests),
            request);
    QSet<QString> ids;
    bool anyDependsOn = false;
    for (const QJsonValue &value : std::as_const(*requests)) {
        const QJsonObject item = value.toObject();
        const QString id = item.value("id"_L1).toString();
        if (!value.isObject() || id.isEmpty() || !item.value("method"_L1).isString()
            || !item.value("url"_L1).isString())
            return badBatch(u"Invalid batch payload format: every request needs a string id, method and url."_s,
                            request);
        if (ids.contains(id))
            return badBatch(u"Request id '%1' is duplicated; ids must be unique within a batch."_s.arg(id), request);
        ids.insert(id);
        anyDependsOn = anyDependsOn || item.contains("dependsOn"_L1);
    }
    if (!anyDependsOn)
        return std::nullopt;
    // A chain: the first request depends on nothing, each later one on exactly the one before (trap 9).
    for (qsizetype i = 0; i < requests->size(); ++i) {
        const QJsonObject item = requests->at(i).toObject();
        const QJsonArray dependsOn = item.value("dependsOn"_L1).toArray();
        const bool ok =
            i == 0 ? dependsOn.isEmpty()
                   : dependsOn.size() == 1 && dependsOn.at(0).toString() == requests->at(i - 1)["id"_L1].toString();
        if (!ok)
            return badBatch(u"Request '%1': a batch must be fully parallel (no dependsOn) or one sequential chain in "
                            "which each request depends on the one before it."_s.arg(item.value("id"_L1).toString()),
                            request);
    }
    return std::nullopt;
}

GraphSimRequest GraphSimBatchRoute::innerRequest(const GraphSimRequest &outer, const QJsonObject &item) const
{
    GraphSimRequest inner;
    inner.method = item.value("method"_L1).toString().toUpper();
    const QString url = item.value("url"_L1).toString();
    const qsizetype question = url.indexOf(u'?');
    const QString path = question < 0 ? url : url.left(question);
    // Graph puts the version in front of the relative url itself: "/v1.0/users" becomes /v1.0/v1.0/users, which
    // fails like any unknown segment.
    inner.path = u"/v1.0"_s + (path.startsWith(u'/') ? QString() : u"/"_s) + QUrl::fromPercentEncoding(path.toUtf8());
    inner.rawQuery = question < 0 ? QString() : url.mid(question + 1);
    inner.params = GraphSimRequest::parseQuery(inner.rawQuery.toUtf8());
    const QJsonObject headers = item.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        inner.headers.append({it.key().toLower().toUtf8(), it.value().toString().toUtf8()});
    const QJsonValue body = item.value("body"_L1);
    if (body.isObject())
        inner.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        inner.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        inner.body = body.toString().toUtf8();
    inner.linkBase = outer.linkBase;
    inner.requestId = outer.requestId;
    inner.clientRequestId = outer.clientRequestId;
    inner.date = outer.date;
    return inner;
}

QJsonObject GraphSimBatchRoute::run(const GraphSimRequest &outer, const QJsonObject &item, GraphSimReply *aggregate)
{
    const QString id = item.value("id"_L1).toString();
    GraphSimRequest inner = innerRequest(outer, item);
    const bool hasBody = item.contains("body"_L1) && !item.value("body"_L1).isNull();
    if (hasBody && inner.header(QByteArrayLiteral("content-type")).isEmpty())
        return response(id,
                        GraphSimErrors::error(400, u"BadRequest"_s,
                                              u"Request '%1' has a body but no Content-Type header; write requests "
                                              "in a batch must set \"Content-Type\": \"application/json\"."_s.arg(id),
                                              inner));
    if (inner.path.compare("/v1.0/$batch"_L1, Qt::CaseInsensitive) == 0)
        return response(id, badBatch(u"A batch cannot contain another batch."_s, inner));
    GraphSimReply reply = m_runner(inner);
    aggregate->delayMs += reply.delayMs;
    aggregate->abortWithoutReply = aggregate->abortWithoutReply || reply.abortWithoutReply;
    if (reply.dropAfterBytes >= 0)
        aggregate->dropAfterBytes = 0; // marks "cut the batch reply"; the length is fixed once the body exists
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response(id, reply);
}

GraphSimReply GraphSimBatchRoute::batch(const GraphSimRequest &request)
{
    QJsonArray requests;
    if (auto error = validate(request, &requests))
        return *error;
    GraphSimReply outer;
    QList<QJsonObject> responses;
    QString failed; // in a chain: the id of the request that failed, its dependents get 424
    for (const QJsonValue &value : std::as_const(requests)) {
        const QJsonObject item = value.toObject();
        if (!failed.isEmpty() && item.contains("dependsOn"_L1)) {
            GraphSimReply dependent = GraphSimErrors::error(
                424, u"FailedDependency"_s,
                u"Request not executed because request '%1' that it depends on failed."_s.arg(dependency(item)),
                request);
            dependent.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            responses.append(response(item.value("id"_L1).toString(), dependent));
            continue;
        }
        responses.append(run(request, item, &outer));
        if (responses.last().value("status"_L1).toInt() >= 400)
            failed = item.value("id"_L1).toString();
    }
    // Arbitrary order, as Graph answers (trap 8): clients must correlate by id.
    for (qsizetype i = responses.size() - 1; i > 0; --i)
        responses.swapItemsAt(i, static_cast<qsizetype>(m_shuffle->bounded(static_cast<quint32>(i + 1))));
    QJsonArray array;
    for (const QJsonObject &r : std::as_const(responses))
        array.append(r);
    const bool drop = outer.dropAfterBytes >= 0;
    GraphSimReply reply =
        GraphSimReply::json(200, QJsonDocument(QJsonObject {{u"responses"_s, array}}).toJson(QJsonDocument::Compact));
    reply.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    reply.delayMs = outer.delayMs;
    reply.abortWithoutReply = outer.abortWithoutReply;
    reply.dropAfterBytes = drop ? reply.body.size() / 2 : -1;
    return reply;
}
