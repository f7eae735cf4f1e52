#pragma once

#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

// Graph's checks on a user body for POST /users and PATCH /users/{id} (graph.md §0 traps 1, 4, 12, 20 and §2.2):
// unknown and read-only properties, types, the §2.2 length limits, businessPhones with at most one number,
// displayName not clearable, the required properties on create, userPrincipalName (characters, lengths, verified
// domain), mailNickname, password complexity, and the on-premises-mastered rule. Uniqueness needs the store and is
// checked by the route. Each check returns the 400 Graph gives, or nullopt when the body passes.
class GraphSimUserValidator
{
public:
    // Supplies the tenant's verified domains (lower case) at the time of the check.
    using DomainSource = std::function<QStringList()>;

    explicit GraphSimUserValidator(DomainSource verifiedDomains);

    std::optional<GraphSimReply> checkCreate(const QJsonObject &body, const GraphSimRequest &request) const;
    // `current` is the stored user the patch applies to.
    std::optional<GraphSimReply> checkPatch(const QJsonObject &body, const QJsonObject &current,
                                            const GraphSimRequest &request) const;

    static GraphSimReply invalidValue(const QString &property, const GraphSimRequest &request);
    static GraphSimReply onPremisesMastered(const GraphSimRequest &request);

private:
    std::optional<GraphSimReply> checkProperties(const QJsonObject &body, const GraphSimRequest &request) const;
    std::optional<GraphSimReply> checkUpn(const QString &upn, const GraphSimRequest &request) const;
    std::optional<GraphSimReply> checkPassword(const QJsonObject &body, const QString &policies,
                                               const GraphSimRequest &request) const;

    DomainSource m_verifiedDomains;
};
