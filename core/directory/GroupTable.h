#pragma once

#include "core/common/Result.h"
#include "core/directory/Group.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SqlContext;

// Directory groups and their members (migration 0001's groups and group_members). A cheap handle over the Store's
// connection: obtain it from Store::groups() and use it on the Store's thread only.
class GroupTable final
{
public:
    explicit GroupTable(const SqlContext &context)
        : m_context(context)
    { }

    // Names are 1–255 characters, not blank, unique ignoring case. Fills id and timestamps.
    [[nodiscard]] Result<Group> create(const QString &name, const QString &description = QString());
    // Every group, ordered by name (case-insensitively).
    [[nodiscard]] Result<QList<Group>> all();
    [[nodiscard]] Result<std::optional<Group>> byName(const QString &name);
    // Adds users to a group; users already in it are left as they are. All or nothing.
    [[nodiscard]] Result<void> addMembers(const QString &groupId, const QStringList &userIds);
    [[nodiscard]] Result<void> removeMembers(const QString &groupId, const QStringList &userIds);
    // The member user ids, ordered by id.
    [[nodiscard]] Result<QStringList> memberIds(const QString &groupId);

private:
    [[nodiscard]] Result<void> changeMembers(const QString &groupId, const QStringList &userIds, bool add);

    const SqlContext &m_context;
};
