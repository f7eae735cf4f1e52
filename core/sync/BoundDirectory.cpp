#include "core/sync/BoundDirectory.h"

#include "core/directory/BindingTable.h"
#include "core/directory/GroupTable.h"
#include "core/directory/Store.h"

#include <QHash>

#include <algorithm>

QList<UserKey> BoundDirectory::keys() const
{
    QList<UserKey> result;
    result.reserve(users.size());
    for (const BoundUser &user : users)
        result.append(user.key);
    return result;
}

Result<BoundDirectory> BoundDirectory::load(Store &store, const QString &integrationId)
{
    Result<QSet<QString>> bound = store.bindings().effectiveUserIds(integrationId);
    if (!bound)
        return bound.error();
    Result<QList<BindingLink>> links = store.bindings().links(integrationId);
    if (!links)
        return links.error();
    Result<QStringList> groupIds = store.bindings().boundGroupIds(integrationId);
    if (!groupIds)
        return groupIds.error();
    Result<QList<UserKey>> keys = store.userKeys();
    if (!keys)
        return keys.error();
    Result<QList<Group>> groups = store.groups().all();
    if (!groups)
        return groups.error();

    QHash<QString, BindingLink> byUser;
    byUser.reserve(links->size());
    for (const BindingLink &link : std::as_const(*links))
        byUser.insert(link.userId, link);
    BoundDirectory result;
    result.users.reserve(bound->size());
    for (const UserKey &key : std::as_const(*keys)) {
        if (!bound->contains(key.id))
            continue;
        const BindingLink link = byUser.value(key.id);
        result.users.append({key, link.direct, link.upn, link.suspended});
    }
    std::sort(result.users.begin(), result.users.end(), [](const BoundUser &a, const BoundUser &b) {
        return a.key.username.compare(b.key.username, Qt::CaseInsensitive) < 0;
    });
    for (const Group &group : std::as_const(*groups)) {
        if (groupIds->contains(group.id))
            result.groups.append(group);
    }
    return result;
}
