#pragma once

#include "core/common/Result.h"
#include "core/directory/OutboxBatch.h"
#include "core/directory/OutboxEntry.h"
#include "core/directory/OutboxFailure.h"
#include "core/directory/OutboxRate.h"
#include "core/directory/OutboxSummary.h"
#include "core/directory/Snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;
class SqlContext;

// The outbox of planned Graph operations and the snapshots of the M365 values they overwrite (migrations 0004,
// 0005). A cheap handle over the Store's connection: obtain it from Store::outbox(); same thread rules as Store.
//
// Leases (several executors, one directory): claimDue() marks the rows it returns with the caller's owner id and a
// lease end. Until then no other claim returns them; after it (the owner died) they are due again. The record*()
// calls change a row only while `owner` still holds its lease, so an executor whose lease ran out cannot overwrite
// the result of the one that took over: they then fail with an error saying so and change nothing.
// Nothing here deletes a row: done, failed and dismissed rows stay for the Activity page and the record.
//
// Times are UTC epoch ms passed in by the caller (the executor's injectable clock); updated_at uses the wall clock.
// Implemented in OutboxTable.cpp (plans), OutboxLeases.cpp (claims and results) and OutboxStats.cpp (reads).
class OutboxTable final
{
public:
    explicit OutboxTable(const SqlContext &context)
        : m_context(context)
    { }

    // Writes a confirmed plan in ONE transaction: binding change, settings, mappings, links, outbox rows and
    // snapshots — all of it or, on any failure, nothing. Fills ids and times. Returns the number of outbox rows.
    [[nodiscard]] Result<int> commit(const OutboxBatch &batch);
    // The integration's outbox rows in sending order (created_at, plan, seq).
    [[nodiscard]] Result<QList<OutboxEntry>> entries(const QString &integrationId);
    // The integration's snapshots, oldest first.
    [[nodiscard]] Result<QList<Snapshot>> snapshots(const QString &integrationId);

    // Claims up to `limit` due rows (pending or retrying, nextAt <= nowMs, no live lease) in sending order and leases
    // them to `owner` until nowMs + leaseMs. A row waits while an earlier open row of the same user is leased or not
    // yet due, so a user's operations go in order (create before update before manager before suspend).
    // PostgreSQL: one transaction holding a per-integration advisory lock, rows picked FOR UPDATE SKIP LOCKED;
    // SQLite: BEGIN IMMEDIATE. Returns the claimed rows in sending order.
    [[nodiscard]] Result<QList<OutboxEntry>> claimDue(const QString &integrationId, const QString &owner, qint64 nowMs,
                                                      int limit, qint64 leaseMs);
    // Graph confirmed the row: state done, finished now, lease released.
    [[nodiscard]] Result<void> recordDone(const QString &id, const QString &owner, const QString &requestId,
                                          qint64 nowMs);
    // recordDone for a create (or a takeover found by UPN) that gave the account m365Id, in one transaction: the row,
    // the user's binding and every open outbox row of the user without an account id get m365Id.
    [[nodiscard]] Result<void> recordCreated(const QString &id, const QString &owner, const QString &requestId,
                                             qint64 nowMs, const QString &m365Id);
    // Try again at nextAtMs: state retrying, attempt + 1, why (for a person) in lastError, lease released.
    [[nodiscard]] Result<void> recordRetry(const QString &id, const QString &owner, qint64 nextAtMs, const QString &why,
                                           const QString &requestId);
    // Final failure: state failed, attempt + 1, Graph's status, code, message and request-id kept, finished now.
    [[nodiscard]] Result<void> recordFailed(const QString &id, const QString &owner, const OutboxFailure &failure,
                                            qint64 nowMs);
    // Gives the row back unsent (e.g. it waits for another account): lease released, due at nextAtMs, attempt kept.
    [[nodiscard]] Result<void> release(const QString &id, const QString &owner, qint64 nextAtMs);

    // Frees the leases of owners that isDead() says are gone (e.g. a process on this host that no longer runs, after a
    // kill -9), so their rows are due now instead of when the lease runs out. Returns how many rows were freed.
    [[nodiscard]] Result<int> releaseDeadLeases(const QString &integrationId, qint64 nowMs,
                                                const std::function<bool(const QString &owner)> &isDead);

    // The Activity page's "Retry": a failed or retrying row that is not being sent becomes pending and due now. Its
    // attempt count restarts (a create keeps attempt 1 if it was sent before, so the executor first looks its UPN up
    // instead of creating the account twice).
    [[nodiscard]] Result<void> retryNow(const QString &id);
    // The Activity page's "Dismiss": a failed row becomes dismissed, kept for the record.
    [[nodiscard]] Result<void> dismiss(const QString &id);

    // Rows per state, leased, due, the next retry and the oldest open row, as of nowMs.
    [[nodiscard]] Result<OutboxSummary> summary(const QString &integrationId, qint64 nowMs);
    // The integration's rows in any of `states` (e.g. {"retrying", "failed"}), in sending order, at most limit.
    [[nodiscard]] Result<QList<OutboxEntry>> entriesInState(const QString &integrationId, const QStringList &states,
                                                            int limit);
    // Throughput in buckets of bucketMs from sinceMs up to untilMs: per bucket the rows finished done, finished
    // failed (or later dismissed), and the backlog (created, not finished) at the bucket's end.
    [[nodiscard]] Result<QList<OutboxRate>> throughput(const QString &integrationId, qint64 sinceMs, qint64 untilMs,
                                                       qint64 bucketMs);

private:
    [[nodiscard]] Result<int> commitInTransaction(const OutboxBatch &batch);
    [[nodiscard]] Result<QList<OutboxEntry>> claimInTransaction(const QString &integrationId, const QString &owner,
                                                                qint64 nowMs, int limit, qint64 leaseMs);
    // Runs an UPDATE of one leased row on query; fails when no row matched (the lease is gone).
    [[nodiscard]] Result<void> updateLeased(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                            const QString &id, const QString &operation);

    const SqlContext &m_context;
};
