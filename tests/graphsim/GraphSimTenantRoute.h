#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"

#include <QJsonObject>
#include <QList>

class GraphSimIdentity;
class GraphSimRouter;

// The tenant around the signed-in admin: GET /v1.0/organization, GET /v1.0/me, GET /v1.0/domains and
// PATCH /v1.0/domains/{id} (graph.md §2.6). Domains start as the fixture's set (graph-fixtures/domains_list.json):
// an initial *.onmicrosoft.com that never expires (2147483647), a default domain with 90 days, a subdomain and an
// unverified domain. PATCH takes only passwordValidityPeriodInDays / passwordNotificationWindowInDays, on verified
// domains, and answers 204.
class GraphSimTenantRoute
{
public:
    explicit GraphSimTenantRoute(const GraphSimIdentity *identity);

    void registerIn(GraphSimRouter &router);
    void setDomains(const QList<QJsonObject> &domains) { m_domains = domains; }
    QList<QJsonObject> domains() const { return m_domains; }
    static QList<QJsonObject> defaultDomains();

private:
    GraphSimReply organization(const GraphSimRequest &request) const;
    GraphSimReply me(const GraphSimRequest &request) const;
    GraphSimReply listDomains(const GraphSimRequest &request) const;
    GraphSimReply patchDomain(const GraphSimRequest &request);

    const GraphSimIdentity *m_identity;
    QList<QJsonObject> m_domains = defaultDomains();
};
