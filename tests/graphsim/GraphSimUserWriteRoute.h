#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"
#include "tests/graphsim/GraphSimUserValidator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

class GraphSimIdentity;
class GraphSimRouter;
class GraphSimTenantRoute;
class GraphSimUserStore;

// One user by id or UPN (graph.md §2.2, §2.3): POST /v1.0/users, GET and PATCH /v1.0/users/{id|upn}, and the manager
// relationship (GET /users/{id}/manager, PUT and DELETE /users/{id}/manager/$ref). The manager link is stored in the
// user's JSON as graphsim's own "managerId", which the listing's $expand=manager reads too.
class GraphSimUserWriteRoute
{
public:
    GraphSimUserWriteRoute(GraphSimUserStore *store, const GraphSimIdentity *identity,
                           const GraphSimTenantRoute *tenant);

    void registerIn(GraphSimRouter &router);
    void setReplicationLagMs(int ms) { m_lagMs = ms; }
    int usersCreated() const { return m_usersCreated; }

private:
    GraphSimReply create(const GraphSimRequest &request);
    GraphSimReply get(const GraphSimRequest &request);
    GraphSimReply patch(const GraphSimRequest &request);
    GraphSimReply getManager(const GraphSimRequest &request);
    GraphSimReply setManager(const GraphSimRequest &request);
    GraphSimReply clearManager(const GraphSimRequest &request);

    // The user the path's first capture names, or the 404 Graph gives (also while replication lag hides it).
    std::optional<int> find(const QString &idOrUpn) const;
    QByteArray renderWithContext(const QString &context, const QJsonObject &user, const QStringList &properties) const;

    GraphSimUserStore *m_store;
    const GraphSimIdentity *m_identity;
    GraphSimUserValidator m_validator;
    QHash<QString, qint64> m_createdAtMs; // id -> m_clock time of creation, for replication lag
    QElapsedTimer m_clock;
    int m_lagMs = 0;
    int m_usersCreated = 0;
};
