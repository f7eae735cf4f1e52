#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/directory/OutboxBatch.h"
#include "core/directory/User.h"
#include "core/sync/Plan.h"

#include <optional>

class Store;

// What one edit of one directory user pushes to one integration (cloud-directories.md §2.3 "later edits are pushed
// automatically"): the planner runs on that user alone against what clouddir last wrote to the account — the
// integration's Always-applied mappings evaluated on the user before the edit, overlaid with the outbox's pending
// rows — so only exported attributes that change are queued: update (changed properties), rename (the UPN rule),
// manager (when exported), suspend / update accountEnabled=true for the state, suspend for a deleted user. The
// snapshots keep the value each row overwrites (the mapped value before the edit). Payloads as PlanOperation.h.
struct UserPush
{
    Integration integration;
    Plan plan;         // the user's operations, skips included (their messages say why nothing is queued)
    OutboxBatch batch; // the rows to queue (ids filled), snapshots and link updates
};

namespace UserPushPlanner {

// after = nullopt: the user is being deleted. password: also queue a password update ("password": "keychain").
// nullopt when the integration does not bind the user (or it has no account link yet: the next plan creates it).
[[nodiscard]] Result<std::optional<UserPush>> plan(Store &store, const Integration &integration, const User &before,
                                                   const std::optional<User> &after, bool password);

} // namespace UserPushPlanner
