#pragma once

#include "core/common/Result.h"
#include "core/directory/OutboxBatch.h"
#include "core/sync/Plan.h"
#include "core/sync/PlanInput.h"
#include "core/sync/PlanRequest.h"

class Store;

// Confirming a plan: its operations become outbox rows (payloads in PlanOperation.h), every M365 value they overwrite
// a snapshot, and the planned request (bindings, settings, mappings) plus the learnt account links are written with
// them in ONE transaction. Cancelling is simply not calling confirm(): nothing was written while planning.
namespace PlanQueue {

// What confirm() writes; skips produce nothing.
OutboxBatch batch(const Plan &plan, const PlanInput &input, const PlanRequest &request);
// typedConfirmation must equal plan.confirmationText() when plan.needsConfirmation() (the brake). The audit log gets
// the configuration change and every queued attribute change (PlanAudit) in the same transaction, recorded as actor
// (the integration's signed-in admin from the window; empty = the OS user, "os:<login>", for the command line).
[[nodiscard]] Result<int> confirm(Store &store, const Plan &plan, const PlanInput &input, const PlanRequest &request,
                                  const QString &typedConfirmation = QString(), const QString &actor = QString());

} // namespace PlanQueue
