#pragma once

#include "core/common/Result.h"
#include "core/directory/OutboxBatch.h"
#include "core/directory/OutboxEntry.h"
#include "core/directory/Snapshot.h"

#include <QList>
#include <QString>

class SqlContext;

// The outbox of planned Graph operations and the snapshots of the M365 values they overwrite (migration 0004). A
// cheap handle over the Store's connection: obtain it from Store::outbox(); same thread rules as Store.
class OutboxTable final
{
public:
    explicit OutboxTable(const SqlContext &context)
        : m_context(context)
    { }

    // Writes a confirmed plan in ONE transaction: binding change, settings, mappings, links, outbox rows and
    // snapshots — all of it or, on any failure, nothing. Fills ids and times. Returns the number of outbox rows.
    [[nodiscard]] Result<int> commit(const OutboxBatch &batch);
    // The integration's outbox rows in sending order (created_at, seq).
    [[nodiscard]] Result<QList<OutboxEntry>> entries(const QString &integrationId);
    // The integration's snapshots, oldest first.
    [[nodiscard]] Result<QList<Snapshot>> snapshots(const QString &integrationId);

private:
    [[nodiscard]] Result<int> commitInTransaction(const OutboxBatch &batch);

    const SqlContext &m_context;
};
