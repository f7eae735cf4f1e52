#pragma once

#include <QString>

// One planned Graph operation waiting in the outbox (DESIGN.md "Data flow of a change"). payload is JSON text; its
// shape per op is documented in core/sync/PlanOperation.h.
struct OutboxEntry
{
    QString id; // filled by OutboxTable::commit when empty
    QString integrationId;
    QString planId;
    int seq = 0; // order inside the plan: the executor sends a plan's rows in seq order
    QString userId;
    QString op; // create | takeover | update | rename | manager | suspend
    QString m365Id;
    QString upn;
    QString payload;
    QString state = QStringLiteral("pending"); // pending | retrying | done | failed
    int attempt = 0;
    qint64 nextAt = 0; // UTC epoch ms; 0 = now when committed
    QString lastError;
    QString requestId;
    qint64 createdAt = 0;

    bool operator==(const OutboxEntry &) const = default;
};
