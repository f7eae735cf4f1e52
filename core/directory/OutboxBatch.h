#pragma once

#include "core/directory/BindingChange.h"
#include "core/directory/BindingLink.h"
#include "core/directory/IntegrationSettings.h"
#include "core/directory/Mapping.h"
#include "core/directory/OutboxEntry.h"
#include "core/directory/Snapshot.h"

#include <QList>
#include <QStringList>

#include <optional>

// Everything a confirmed plan writes, in one transaction (OutboxTable::commit): the binding and configuration change
// that was planned, the links the plan learnt (takeover ids, queued UPNs, suspensions), the outbox rows and the
// snapshots of the M365 values they overwrite. Snapshots name their outbox row by index into entries (outboxId is
// filled on commit).
struct OutboxBatch
{
    QString integrationId;
    BindingChange change;
    QList<BindingLink> links; // upserted; `direct` of existing rows is kept
    std::optional<IntegrationSettings> settings;
    QList<Mapping> saveMappings; // e.g. newly ticked exports
    QStringList removeMappings;  // target properties whose mappings are unticked
    QList<OutboxEntry> entries;
    QList<Snapshot> snapshots;
    QList<int> snapshotEntry; // per snapshot, the index of its entry
};
