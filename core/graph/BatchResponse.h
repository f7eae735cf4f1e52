#pragma once

#include "core/graph/GraphError.h"

#include <QJsonValue>
#include <QString>

// The answer to one request of a JSON batch. Graph answers the batch with 200 even when inner requests fail
// (graph.md trap 8), so each inner answer carries its own status, Retry-After and request-id, and for a non-2xx
// status its own GraphError (kind Http, with Graph's code, details and message). A request the batch answer left out
// gets status 0 and a Protocol error (clouddir.MissingBatchResponse): its outcome is unknown.
struct BatchResponse
{
    QString id;
    int status = 0;
    QJsonValue body;
    QString requestId;
    GraphError error; // kind None for 2xx

    bool isSuccess() const { return status >= 200 && status < 300; }
    bool operator==(const BatchResponse &) const = default;
};
