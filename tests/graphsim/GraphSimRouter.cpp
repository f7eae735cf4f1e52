#include "tests/graphsim/GraphSimRouter.h"

void GraphSimRouter::add(const QString &method, const QString &pathPattern, Handler handler)
{
    m_routes.append(Route {method.toUpper(), QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)),
                           std::move(handler)});
}

std::optional<GraphSimReply> GraphSimRouter::dispatch(GraphSimRequest &request, Match *match) const
{
    bool pathSeen = false;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.pattern.match(request.path);
        if (!m.hasMatch())
            continue;
        pathSeen = true;
        if (route.method != request.method)
            continue;
        request.captures = m.capturedTexts().mid(1);
        *match = Match::Found;
        return route.handler(request);
    }
    *match = pathSeen ? Match::WrongMethod : Match::NoRoute;
    return std::nullopt;
}
