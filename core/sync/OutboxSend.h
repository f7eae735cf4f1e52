#pragma once

#include "core/common/Secret.h"
#include "core/directory/OutboxEntry.h"

#include <QString>

#include <optional>

// One outbox row resolved for sending (Executor): which account the path names (its id, or its UPN when the account
// is created earlier in the same sequential $batch), the manager's account id for a manager row, and the password a
// create or a password update carries.
struct OutboxSend
{
    OutboxEntry entry;
    QString key;       // users/{key}: an id or a userPrincipalName; unused by a create
    QString managerId; // manager rows: the manager's account id ('' = clear the manager)
    std::optional<Secret> password;
    bool adminPassword = false; // the password came from the keychain (remove it once Graph accepted it)
};
