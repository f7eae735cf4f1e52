#include "tests/graphsim/GraphSimErrors.h"

#include "tests/graphsim/GraphSimPageRenderer.h"

using namespace Qt::StringLiterals;

GraphSimReply GraphSimErrors::error(int status, const QString &code, const QString &message,
                                    const GraphSimRequest &request, const QList<Detail> &details)
{
    QByteArray body;
    body.reserve(256 + message.size());
    body += "{\"error\":{\"code\":";
    GraphSimPageRenderer::appendString(body, code);
    body += ",\"message\":";
    GraphSimPageRenderer::appendString(body, message);
    if (!details.isEmpty()) {
        body += ",\"details\":[";
        for (qsizetype i = 0; i < details.size(); ++i) {
            body += i > 0 ? ",{\"code\":" : "{\"code\":";
            GraphSimPageRenderer::appendString(body, details.at(i).first);
            body += ",\"target\":";
            GraphSimPageRenderer::appendString(body, details.at(i).second);
            body += '}';
        }
        body += ']';
    }
    body += ",\"innerError\":{\"date\":";
    GraphSimPageRenderer::appendString(body, request.date);
    body += ",\"request-id\":";
    GraphSimPageRenderer::appendString(body, request.requestId);
    body += ",\"client-request-id\":";
    GraphSimPageRenderer::appendString(body, request.clientRequestId);
    body += "}}}";
    GraphSimReply reply = GraphSimReply::json(status, body);
    // Graph's error bodies are plain JSON, not OData payloads.
    reply.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return reply;
}

GraphSimReply GraphSimErrors::forStatus(int status, int retryAfter, const GraphSimRequest &request)
{
    QString code;
    QString message;
    switch (status) {
    case 400:
        code = u"Request_BadRequest"_s;
        message = u"Invalid request."_s;
        break;
    case 401:
        return unauthorized(u"Access token has expired or is not yet valid."_s, request);
    case 403:
        code = u"Authorization_RequestDenied"_s;
        message = u"Insufficient privileges to complete the operation."_s;
        break;
    case 404:
        code = u"Request_ResourceNotFound"_s;
        message =
            u"Resource '%1' does not exist or one of its queried reference-property objects are not present."_s.arg(
                request.path.section(u'/', -1));
        break;
    case 429:
        code = u"TooManyRequests"_s;
        message = u"Too many requests."_s;
        break;
    case 503:
        code = u"serviceNotAvailable"_s;
        message = u"Service unavailable."_s;
        break;
    case 504:
        code = u"UnknownError"_s;
        message = u"The gateway did not receive a timely response from the upstream server."_s;
        break;
    default:
        code = status >= 500 ? u"generalException"_s : u"BadRequest"_s;
        message = u"graphsim injected status %1."_s.arg(status);
        break;
    }
    GraphSimReply reply = error(status, code, message, request);
    if (retryAfter >= 0)
        reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    if (status == 429) {
        reply.setHeader(QByteArrayLiteral("x-ms-throttle-scope"),
                        QByteArrayLiteral("Tenant_Application/ReadWrite/00000000-0000-0000-0000-000000000001/"
                                          "00000000-0000-0000-0000-000000000002"));
        reply.setHeader(QByteArrayLiteral("x-ms-throttle-information"), QByteArrayLiteral("ResourceUnitLimitExceeded"));
    }
    return reply;
}

GraphSimReply GraphSimErrors::unauthorized(const QString &message, const GraphSimRequest &request)
{
    GraphSimReply reply = error(401, u"InvalidAuthenticationToken"_s, message, request);
    reply.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                    QByteArrayLiteral("Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/"
                                      "oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\""));
    return reply;
}
