#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"
#include "tests/graphsim/GraphSimUserStore.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class GraphSimRouter;

// GET /v1.0/users (paging, $top, $select, $filter, $count) and GET /v1.0/users/$count, as graph.md §0 and §2.1
// describe them. Rendered pages are cached by (generation, select, filter, top, count, offset, link base).
class GraphSimUsersRoute
{
public:
    explicit GraphSimUsersRoute(GraphSimUserStore *store);

    void registerIn(GraphSimRouter &router);
    GraphSimReply list(const GraphSimRequest &request);
    GraphSimReply count(const GraphSimRequest &request) const;

    // Graph's default property set for GET /users without $select (trap 5), in Graph's order.
    static QStringList defaultProperties();
    // The canonical spelling of a user property $select accepts (matched case-insensitively), or an empty string.
    static QString canonicalProperty(const QString &name);

private:
    // $filter=id eq '…' or userPrincipalName eq '…' (case-insensitive): property empty when not used.
    struct Lookup
    {
        QString property;
        QString value;
    };

    struct ListQuery
    {
        QStringList properties; // canonical names, in output order
        QString selectRaw;      // as the client wrote it, for nextLink
        QString filterRaw;
        GraphSimUserStore::Filter filter = GraphSimUserStore::Filter::All;
        Lookup lookup;
        int top = 100;
        bool countRequested = false; // $count=true
        bool countIncluded = false;  // ... and ConsistencyLevel: eventual
        int offset = 0;
        bool expandManager = false; // $expand=manager($select=id)
        QString expandRaw;
    };

    // Fills `query` or returns the 400 the request deserves.
    std::optional<GraphSimReply> parse(const GraphSimRequest &request, ListQuery *query) const;
    std::optional<GraphSimReply> parseFilter(const GraphSimRequest &request, GraphSimUserStore::Filter *filter,
                                             Lookup *lookup) const;
    std::vector<int> lookupIndices(const Lookup &lookup) const;
    QByteArray renderPage(const GraphSimRequest &request, const ListQuery &query);
    QString nextLink(const GraphSimRequest &request, const ListQuery &query, int nextOffset) const;

    GraphSimUserStore *m_store;
    QHash<QString, QByteArray> m_pageCache;
    quint64 m_cacheGeneration = 0; // the store revision the cached pages belong to
};
