#pragma once

#include "core/common/Result.h"
#include "core/directory/BindingChange.h"
#include "core/directory/BindingLink.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class SqlContext;

// Which users and groups an integration binds, and its links to M365 accounts (migration 0004). The effective bound
// set is the users bound directly plus the members of bound groups. A cheap handle over the Store's connection:
// obtain it from Store::bindings() and use it on the Store's thread only. The writing calls do not open a
// transaction of their own, so OutboxTable::commit can run them inside its one.
class BindingTable final
{
public:
    explicit BindingTable(const SqlContext &context)
        : m_context(context)
    { }

    // Every bindings row of the integration (direct bindings and links), ordered by user id.
    [[nodiscard]] Result<QList<BindingLink>> links(const QString &integrationId);
    // The bindings rows of just these users (the executor's round: a few dozen users, not the whole integration).
    [[nodiscard]] Result<QList<BindingLink>> links(const QString &integrationId, const QStringList &userIds);
    [[nodiscard]] Result<QStringList> boundGroupIds(const QString &integrationId);
    // Direct bindings plus members of bound groups.
    [[nodiscard]] Result<QSet<QString>> effectiveUserIds(const QString &integrationId);
    // Members of each of groupIds, as (group id, user id) pairs.
    [[nodiscard]] Result<QList<std::pair<QString, QString>>> memberships(const QStringList &groupIds);

    // Binds and unbinds. Unbinding a user keeps its link row (direct = 0) so the next plan can suspend the account;
    // so does deleting the user (migration 0007: the row outlives the user, the plan suspends the account).
    [[nodiscard]] Result<void> apply(const QString &integrationId, const BindingChange &change);
    // Upserts links; keeps `direct` of existing rows (a new row is direct = 0).
    [[nodiscard]] Result<void> saveLinks(const QString &integrationId, const QList<BindingLink> &links);

private:
    [[nodiscard]] Result<void> bindUsers(const QString &integrationId, const QStringList &ids);
    [[nodiscard]] Result<void> run(const QString &sql, const QString &integrationId, const QStringList &ids,
                                   const QString &operation, bool withTime);

    const SqlContext &m_context;
};
