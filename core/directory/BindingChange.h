#pragma once

#include <QStringList>

// What an admin asks to bind or unbind, before it is confirmed: the planner evaluates the bound set as it would be,
// and OutboxTable::commit writes the change together with the plan's outbox rows.
struct BindingChange
{
    QStringList bindUsers; // user ids
    QStringList unbindUsers;
    QStringList bindGroups; // group ids
    QStringList unbindGroups;

    bool isEmpty() const
    {
        return bindUsers.isEmpty() && unbindUsers.isEmpty() && bindGroups.isEmpty() && unbindGroups.isEmpty();
    }
    bool operator==(const BindingChange &) const = default;
};
