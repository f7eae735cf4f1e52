#include "tests/graphsim/GraphSimTenantRoute.h"

#include "tests/graphsim/GraphSimErrors.h"
#include "tests/graphsim/GraphSimIdentity.h"
#include "tests/graphsim/GraphSimRouter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject domain(const QString &id, bool isDefault, bool isInitial, bool isRoot, bool verified, QJsonValue validity)
{
    QJsonObject d;
    d.insert("authenticationType"_L1, u"Managed"_s);
    d.insert("availabilityStatus"_L1, QJsonValue::Null);
    d.insert("id"_L1, id);
    d.insert("isAdminManaged"_L1, true);
    d.insert("isDefault"_L1, isDefault);
    d.insert("isInitial"_L1, isInitial);
    d.insert("isRoot"_L1, isRoot);
    d.insert("isVerified"_L1, verified);
    d.insert("passwordNotificationWindowInDays"_L1, verified ? QJsonValue(14) : QJsonValue(QJsonValue::Null));
    d.insert("passwordValidityPeriodInDays"_L1, validity);
    d.insert("state"_L1, QJsonValue::Null);
    d.insert("supportedServices"_L1, QJsonArray {u"Email"_s});
    return d;
}

GraphSimReply jsonReply(const QJsonObject &object)
{
    return GraphSimReply::json(200, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

GraphSimTenantRoute::GraphSimTenantRoute(const GraphSimIdentity *identity)
    : m_identity(identity)
{ }

QList<QJsonObject> GraphSimTenantRoute::defaultDomains()
{
    return {domain(u"northwindlabs.onmicrosoft.com"_s, false, true, true, true, 2147483647),
            domain(u"northwind-labs.com"_s, true, false, true, true, 90),
            domain(u"eu.northwind-labs.com"_s, false, false, false, true, 90),
            domain(u"northwind-staging.dev"_s, false, false, false, false, QJsonValue::Null)};
}

void GraphSimTenantRoute::registerIn(GraphSimRouter &router)
{
    router.add(u"GET"_s, u"/v1\\.0/organization"_s, [this](const GraphSimRequest &r) { return organization(r); });
    router.add(u"GET"_s, u"/v1\\.0/me"_s, [this](const GraphSimRequest &r) { return me(r); });
    router.add(u"GET"_s, u"/v1\\.0/domains"_s, [this](const GraphSimRequest &r) { return listDomains(r); });
    router.add(u"PATCH"_s, u"/v1\\.0/domains/([^/]+)"_s, [this](const GraphSimRequest &r) { return patchDomain(r); });
}

GraphSimReply GraphSimTenantRoute::organization(const GraphSimRequest &request) const
{
    const GraphSimAccount &account = m_identity->account();
    QJsonArray verified;
    for (const QJsonObject &d : m_domains) {
        if (!d.value("isVerified"_L1).toBool())
            continue;
        verified.append(QJsonObject {{u"name"_s, d.value("id"_L1)},
                                     {u"isDefault"_s, d.value("isDefault"_L1)},
                                     {u"isInitial"_s, d.value("isInitial"_L1)},
                                     {u"type"_s, u"Managed"_s},
                                     {u"capabilities"_s, u"Email"_s}});
    }
    QJsonObject org {
        {u"id"_s, account.tenantId}, {u"displayName"_s, account.organizationName}, {u"verifiedDomains"_s, verified}};
    return jsonReply(QJsonObject {{u"@odata.context"_s, request.linkBase + u"/v1.0/$metadata#organization"_s},
                                  {u"value"_s, QJsonArray {org}}});
}

GraphSimReply GraphSimTenantRoute::me(const GraphSimRequest &request) const
{
    const GraphSimAccount &account = m_identity->account();
    return jsonReply(QJsonObject {{u"@odata.context"_s, request.linkBase + u"/v1.0/$metadata#users/$entity"_s},
                                  {u"id"_s, account.userId},
                                  {u"displayName"_s, account.displayName},
                                  {u"userPrincipalName"_s, account.username},
                                  {u"mail"_s, account.username}});
}

GraphSimReply GraphSimTenantRoute::listDomains(const GraphSimRequest &request) const
{
    QJsonArray value;
    for (const QJsonObject &d : m_domains)
        value.append(d);
    return jsonReply(
        QJsonObject {{u"@odata.context"_s, request.linkBase + u"/v1.0/$metadata#domains"_s}, {u"value"_s, value}});
}

GraphSimReply GraphSimTenantRoute::patchDomain(const GraphSimRequest &request)
{
    const QString id = request.captures.value(0);
    for (QJsonObject &d : m_domains) {
        if (d.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) != 0)
            continue;
        QJsonParseError parseError;
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !body.isObject())
            return GraphSimErrors::error(400, u"BadRequest"_s, u"Empty Payload. JSON content expected."_s, request);
        if (!d.value("isVerified"_L1).toBool())
            return GraphSimErrors::error(400, u"Request_BadRequest"_s, u"Domain '%1' is not verified."_s.arg(id),
                                         request);
        const QJsonObject patch = body.object();
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.key() != u"passwordValidityPeriodInDays" && it.key() != u"passwordNotificationWindowInDays")
                return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                             u"Property '%1' is read-only or unknown."_s.arg(it.key()), request);
            if (!it.value().isDouble())
                return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                             u"Invalid value for property '%1'."_s.arg(it.key()), request);
            d.insert(it.key(), it.value());
        }
        return GraphSimReply::text(204, QByteArray());
    }
    return GraphSimErrors::error(404, u"Request_ResourceNotFound"_s,
                                 u"Resource '%1' does not exist or one of its queried reference-property objects are "
                                 u"not present."_s.arg(id),
                                 request);
}
