#pragma once

#include <QString>

// One planned Graph operation in the outbox (DESIGN.md "Data flow of a change"). payload is JSON text; its shape per
// op is documented in core/sync/PlanOperation.h.
//
// Life of a row (OutboxTable): pending → (claimed by an executor: leaseOwner/leaseUntil set) → done | retrying (at
// nextAt, why in lastError) | failed (httpStatus, graphCode, lastError = Graph's message, requestId). An admin may
// retry a failed or retrying row (→ pending) or dismiss a failed one (→ dismissed). Rows are never deleted before
// Graph confirmed them, and stay after done so the Activity page can chart throughput (finishedAt).
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
    QString state = QStringLiteral("pending"); // pending | retrying | done | failed | dismissed
    int attempt = 0;                           // sends so far whose outcome was not a success
    qint64 nextAt = 0;                         // UTC epoch ms; 0 = now when committed
    QString lastError;                         // why it is retrying, or Graph's message when failed
    QString requestId;                         // Graph's request-id of the last answer
    qint64 createdAt = 0;
    QString leaseOwner;    // the executor holding the row, '' when none
    qint64 leaseUntil = 0; // UTC epoch ms; the lease is void after it
    qint64 finishedAt = 0; // UTC epoch ms when it became done, failed or dismissed; 0 while open
    int httpStatus = 0;    // HTTP status of the last answer (inner status for $batch), 0 when none
    QString graphCode;     // Graph's error code (or details[].code such as ObjectConflict), '' when none

    bool operator==(const OutboxEntry &) const = default;
};
