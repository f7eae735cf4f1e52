#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>

// The route table: (method, anchored path regex) -> handler. Later routes (POST /users, /$batch, /groups, ...) are
// one add() each, so the server's plumbing never changes for a new endpoint.
class GraphSimRouter
{
public:
    using Handler = std::function<GraphSimReply(const GraphSimRequest &)>;

    enum class Match { Found, WrongMethod, NoRoute };

    // pathPattern is anchored for you: "/v1\\.0/users" matches that path only. Captures land in request.captures.
    void add(const QString &method, const QString &pathPattern, Handler handler);
    // Finds the handler for request (filling its captures); nullopt with `match` saying why when there is none.
    std::optional<GraphSimReply> dispatch(GraphSimRequest &request, Match *match) const;

private:
    struct Route
    {
        QString method;
        QRegularExpression pattern;
        Handler handler;
    };
    QList<Route> m_routes;
};
