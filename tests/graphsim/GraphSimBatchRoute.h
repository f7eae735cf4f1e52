#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <optional>

class GraphSimRouter;

// POST /v1.0/$batch (graph.md §0 traps 8 and 9, §2.7): at most 20 requests with unique ids, relative urls without
// the version, Content-Type required with a body, dependsOn absent everywhere (parallel) or a chain (each request
// depends on the one before). A malformed batch is an outer 400; otherwise the answer is 200 and each inner request
// has its own status: run through `Runner` (the server's per-request pipeline: faults, chaos, write quota, routes),
// 424 FailedDependency for the rest of a chain after a failure. Responses come back shuffled.
// An inner reply marked lost or dropped (ReplyLostAfterCommit / DropConnection) makes the whole batch reply lost or
// cut, after every inner request has run.
class GraphSimBatchRoute
{
public:
    using Runner = std::function<GraphSimReply(GraphSimRequest &)>;

    GraphSimBatchRoute(Runner runner, QRandomGenerator *shuffle);

    void registerIn(GraphSimRouter &router);
    GraphSimReply batch(const GraphSimRequest &request);

    static constexpr int maxRequests = 20;

private:
    // The requests array, or the outer 400.
    std::optional<GraphSimReply> validate(const GraphSimRequest &request, QJsonArray *requests) const;
    GraphSimRequest innerRequest(const GraphSimRequest &outer, const QJsonObject &item) const;
    QJsonObject run(const GraphSimRequest &outer, const QJsonObject &item, GraphSimReply *aggregate);

    Runner m_runner;
    QRandomGenerator *m_shuffle;
};
