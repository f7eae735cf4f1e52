// OutboxTable: claiming due rows under a lease and recording their results (see OutboxTable.h).
#include "core/directory/OutboxTable.h"

#include "core/directory/OutboxTable_p.h"
#include "core/directory/SqlContext.h"
#include "core/directory/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxTable", text);
}

qint64 wallClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Due rows of one integration in sending order, skipping rows that wait for an earlier open row of the same user.
// `%1` is the engine's locking clause. Values: owner, lease end, integration, now (due), now (lease), now (earlier
// lease), now (earlier due), limit.
const char *ClaimSql =
    "UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id IN ("
    " SELECT o.id FROM outbox o WHERE o.integration_id = ? AND o.state IN ('pending', 'retrying')"
    " AND o.next_at <= ? AND o.lease_until <= ?"
    " AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.integration_id = o.integration_id AND o.user_id <> ''"
    " AND e.user_id = o.user_id AND e.state IN ('pending', 'retrying') AND (e.lease_until > ? OR e.next_at > ?)"
    " AND (e.created_at < o.created_at OR (e.created_at = o.created_at AND (e.plan_id < o.plan_id"
    " OR (e.plan_id = o.plan_id AND e.seq < o.seq)))))"
    " ORDER BY o.created_at, o.plan_id, o.seq LIMIT ?%1) RETURNING %2";

// Values: finished, updated, request-id, id, owner.
const char *DoneSql = "UPDATE outbox SET state = 'done', finished_at = ?, updated_at = ?, request_id = ?, "
                      "last_error = '', http_status = 0, graph_code = '', lease_owner = '', lease_until = 0 "
                      "WHERE id = ? AND lease_owner = ? AND state IN ('pending', 'retrying')";

bool sendingOrder(const OutboxEntry &a, const OutboxEntry &b)
{
    return std::tie(a.createdAt, a.planId, a.seq) < std::tie(b.createdAt, b.planId, b.seq);
}

} // namespace

Result<QList<OutboxEntry>> OutboxTable::claimDue(const QString &integrationId, const QString &owner, qint64 nowMs,
                                                 int limit, qint64 leaseMs)
{
    if (owner.isEmpty() || limit <= 0 || leaseMs <= 0)
        return makeError(tr("Claiming outbox rows needs an owner, a positive limit and a positive lease."));
    return claimInTransaction(integrationId, owner, nowMs, limit, leaseMs);
}

Result<QList<OutboxEntry>> OutboxTable::claimInTransaction(const QString &integrationId, const QString &owner,
                                                           qint64 nowMs, int limit, qint64 leaseMs)
{
    const QString operation = tr("claim due outbox rows");
    QSqlQuery lock(m_context.db()); // statements before the transaction: it must end before they are freed
    QSqlQuery claim(m_context.db());
    Transaction transaction(m_context);
    if (auto began = transaction.begin(); !began)
        return began.error();
    const bool postgres = m_context.isPostgres();
    if (postgres) {
        // Serialises claims per integration, so a claim sees the leases another process just committed and never
        // hands out a user's later row while that process sends the earlier one. SKIP LOCKED keeps it from waiting
        // on rows another transaction is recording.
        if (auto locked = m_context.run(lock, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"),
                                        {integrationId}, operation);
            !locked)
            return locked.error();
    }
    const QString sql = QString::fromLatin1(ClaimSql).arg(
        postgres ? QStringLiteral(" FOR UPDATE OF o SKIP LOCKED") : QString(), OutboxRows::selectColumns());
    if (auto ran = m_context.run(
            claim, sql, {owner, nowMs + leaseMs, integrationId, nowMs, nowMs, nowMs, nowMs, qint64(limit)}, operation);
        !ran)
        return ran.error();
    QList<OutboxEntry> claimed;
    while (claim.next())
        claimed.append(OutboxRows::read(claim));
    claim.finish();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    std::sort(claimed.begin(), claimed.end(), sendingOrder);
    return claimed;
}

Result<void> OutboxTable::updateLeased(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                       const QString &id, const QString &operation)
{
    if (auto ran = m_context.run(query, sql, values, operation); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return makeError(tr("Cannot %1: the outbox row %2 is no longer held by this executor (its lease ran out and "
                            "another executor may have taken it over). Its result was not recorded; the row will be "
                            "sent again if it is still due.")
                             .arg(operation, id));
    return {};
}

Result<void> OutboxTable::recordDone(const QString &id, const QString &owner, const QString &requestId, qint64 nowMs)
{
    QSqlQuery query(m_context.db());
    return updateLeased(query, QString::fromLatin1(DoneSql),
                        {nowMs, wallClock(), SqlContext::text(requestId), id, owner}, id,
                        tr("record a sent outbox row"));
}

Result<void> OutboxTable::recordCreated(const QString &id, const QString &owner, const QString &requestId, qint64 nowMs,
                                        const QString &m365Id)
{
    const QString operation = tr("record a created account");
    QSqlQuery find(m_context.db());
    QSqlQuery done(m_context.db());
    QSqlQuery binding(m_context.db());
    QSqlQuery dependents(m_context.db());
    Transaction transaction(m_context);
    if (auto began = transaction.begin(); !began)
        return began;
    if (auto ran = m_context.run(find, QStringLiteral("SELECT integration_id, user_id FROM outbox WHERE id = ?"), {id},
                                 operation);
        !ran)
        return ran;
    if (!find.next())
        return makeError(tr("Cannot %1: the outbox row %2 does not exist.").arg(operation, id));
    const QString integrationId = find.value(0).toString();
    const QString userId = find.value(1).toString();
    find.finish();
    if (auto updated = updateLeased(done, QString::fromLatin1(DoneSql),
                                    {nowMs, wallClock(), SqlContext::text(requestId), id, owner}, id, operation);
        !updated)
        return updated;
    if (auto ran = m_context.run(binding,
                                 QStringLiteral("UPDATE bindings SET m365_id = ? WHERE integration_id = ? AND "
                                                "user_id = ?"),
                                 {m365Id, integrationId, userId}, operation);
        !ran)
        return ran;
    if (auto ran = m_context.run(dependents,
                                 QStringLiteral("UPDATE outbox SET m365_id = ?, updated_at = ? WHERE id = ? OR "
                                                "(integration_id = ? AND user_id = ? AND user_id <> '' AND "
                                                "m365_id = '' AND state IN ('pending', 'retrying'))"),
                                 {m365Id, wallClock(), id, integrationId, userId}, operation);
        !ran)
        return ran;
    return transaction.commit();
}

Result<void> OutboxTable::recordRetry(const QString &id, const QString &owner, qint64 nextAtMs, const QString &why,
                                      const QString &requestId)
{
    QSqlQuery query(m_context.db());
    return updateLeased(query,
                        QStringLiteral("UPDATE outbox SET state = 'retrying', attempt = attempt + 1, next_at = ?, "
                                       "last_error = ?, request_id = ?, updated_at = ?, lease_owner = '', "
                                       "lease_until = 0 WHERE id = ? AND lease_owner = ? AND "
                                       "state IN ('pending', 'retrying')"),
                        {nextAtMs, SqlContext::text(why), SqlContext::text(requestId), wallClock(), id, owner}, id,
                        tr("schedule a retry of an outbox row"));
}

Result<void> OutboxTable::recordFailed(const QString &id, const QString &owner, const OutboxFailure &failure,
                                       qint64 nowMs)
{
    QSqlQuery query(m_context.db());
    return updateLeased(query,
                        QStringLiteral("UPDATE outbox SET state = 'failed', attempt = attempt + 1, finished_at = ?, "
                                       "http_status = ?, graph_code = ?, last_error = ?, request_id = ?, "
                                       "updated_at = ?, lease_owner = '', lease_until = 0 WHERE id = ? AND "
                                       "lease_owner = ? AND state IN ('pending', 'retrying')"),
                        {nowMs, failure.httpStatus, SqlContext::text(failure.code), SqlContext::text(failure.message),
                         SqlContext::text(failure.requestId), wallClock(), id, owner},
                        id, tr("record a failed outbox row"));
}

Result<void> OutboxTable::release(const QString &id, const QString &owner, qint64 nextAtMs)
{
    QSqlQuery query(m_context.db());
    return updateLeased(query,
                        QStringLiteral("UPDATE outbox SET next_at = ?, updated_at = ?, lease_owner = '', "
                                       "lease_until = 0 WHERE id = ? AND lease_owner = ? AND "
                                       "state IN ('pending', 'retrying')"),
                        {nextAtMs, wallClock(), id, owner}, id, tr("give back an outbox row"));
}

Result<int> OutboxTable::releaseDeadLeases(const QString &integrationId, qint64 nowMs,
                                           const std::function<bool(const QString &owner)> &isDead)
{
    const QString operation = tr("free the rows of a stopped executor");
    QSqlQuery owners(m_context.db());
    owners.setForwardOnly(true);
    if (auto ran = m_context.run(owners,
                                 QStringLiteral("SELECT DISTINCT lease_owner FROM outbox WHERE integration_id = ? AND "
                                                "lease_until > ? AND state IN ('pending', 'retrying')"),
                                 {integrationId, nowMs}, operation);
        !ran)
        return ran.error();
    QStringList dead;
    while (owners.next()) {
        const QString owner = owners.value(0).toString();
        if (isDead(owner))
            dead.append(owner);
    }
    owners.finish();
    int freed = 0;
    for (const QString &owner : std::as_const(dead)) {
        QSqlQuery free(m_context.db());
        if (auto ran =
                m_context.run(free,
                              QStringLiteral("UPDATE outbox SET lease_owner = '', lease_until = 0, updated_at = ? "
                                             "WHERE integration_id = ? AND lease_owner = ? AND "
                                             "state IN ('pending', 'retrying')"),
                              {wallClock(), integrationId, owner}, operation);
            !ran)
            return ran.error();
        freed += free.numRowsAffected();
    }
    return freed;
}

Result<void> OutboxTable::retryNow(const QString &id)
{
    const qint64 now = wallClock();
    QSqlQuery query(m_context.db());
    if (auto ran = m_context.run(
            query,
            QStringLiteral("UPDATE outbox SET state = 'pending', next_at = ?, finished_at = 0, updated_at = ?, "
                           "attempt = CASE WHEN op = 'create' AND attempt > 0 THEN 1 ELSE 0 END, lease_owner = '', "
                           "lease_until = 0 WHERE id = ? AND state IN ('failed', 'retrying') AND lease_until <= ?"),
            {now, now, id, now}, tr("retry an outbox row"));
        !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return makeError(tr("Cannot retry the outbox row %1: only a failed or retrying row that is not being sent "
                            "right now can be retried. Reload the outbox and try again.")
                             .arg(id));
    return {};
}

Result<void> OutboxTable::dismiss(const QString &id)
{
    QSqlQuery query(m_context.db());
    if (auto ran = m_context.run(query,
                                 QStringLiteral("UPDATE outbox SET state = 'dismissed', updated_at = ? WHERE id = ? "
                                                "AND state = 'failed'"),
                                 {wallClock(), id}, tr("dismiss an outbox row"));
        !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return makeError(tr("Cannot dismiss the outbox row %1: only a failed row can be dismissed. Reload the outbox "
                            "and try again.")
                             .arg(id));
    return {};
}
