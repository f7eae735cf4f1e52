#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"

#include <QList>
#include <QPair>
#include <QString>

// Builds Graph's error answers: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
// (shared/spec/graph.md §2.8, graph-fixtures/error_*.json).
class GraphSimErrors
{
public:
    // One entry of error.details: {"code","target"} (e.g. ObjectConflict + userPrincipalName).
    using Detail = QPair<QString, QString>;

    static GraphSimReply error(int status, const QString &code, const QString &message, const GraphSimRequest &request,
                               const QList<Detail> &details = {});
    // The answer an injected Status fault or a chaos hit gives: the realistic code and message for `status`, plus
    // Retry-After (when retryAfter >= 0) and, for 429, the x-ms-throttle-* headers.
    static GraphSimReply forStatus(int status, int retryAfter, const GraphSimRequest &request);
    // 401 for a missing or unknown bearer token, with Graph's WWW-Authenticate header.
    static GraphSimReply unauthorized(const QString &message, const GraphSimRequest &request);
};
