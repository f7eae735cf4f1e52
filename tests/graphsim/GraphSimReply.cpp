#include "tests/graphsim/GraphSimReply.h"

namespace {
// What Graph sends for OData payloads; clients must not depend on the parameters, but some log them.
constexpr auto odataJson = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;"
                           "charset=utf-8";
} // namespace

GraphSimReply GraphSimReply::json(int status, const QByteArray &body)
{
    GraphSimReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArray(odataJson)});
    reply.headers.append({QByteArrayLiteral("OData-Version"), QByteArrayLiteral("4.0")});
    return reply;
}

GraphSimReply GraphSimReply::text(int status, const QByteArray &body)
{
    GraphSimReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    return reply;
}

void GraphSimReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}
