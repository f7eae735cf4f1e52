#include "tests/graphsim/GraphSimRouter.h"

void GraphSimRouter::add(const QString &method, const QString &pathPattern, Handler handler)
{
    // Graph matches path segments case-insensitively (/v1.0/Users works), so routes do too.
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(pathPattern),
                                     QRegularExpression::CaseInsensitiveOption);
    m_routes.append(Route {method.toUpper(), pattern, std::move(handler)});
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
