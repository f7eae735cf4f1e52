#pragma once

#include "core/directory/AuditEntry.h"
#include "core/directory/OutboxBatch.h"
#include "core/sync/Plan.h"
#include "core/sync/PlanInput.h"
#include "core/sync/PlanRequest.h"

#include <QList>
#include <QString>

// The audit log lines of a confirmed plan (cloud-directories.md §2.8): the configuration change itself — users and
// groups bound or unbound, export ticks and mappings saved or removed, domains, default domain and manager export —
// and one "queued" line per attribute change of every queued operation (old → new, the outbox row in detail).
namespace PlanAudit {

// storedSettings: the integration's settings before the request (input holds them as they will be).
QList<AuditEntry> lines(const Plan &plan, const PlanInput &input, const PlanRequest &request,
                        const IntegrationSettings &storedSettings, const OutboxBatch &batch, const QString &actor);

} // namespace PlanAudit
