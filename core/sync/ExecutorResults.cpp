// ExecutorRound: recording Graph's answers — done, retry, failed, 424 dependents, takeover after an ObjectConflict
// (see ExecutorRound.h and OutboxClassifier.h).
#include "core/sync/ExecutorRound.h"

#include "core/common/Logging.h"
#include "core/directory/AuditTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/BatchJob.h"
#include "core/graph/GetUserJob.h"
#include "core/graph/GraphClient.h"
#include "core/sync/OutboxClassifier.h"
#include "core/sync/OutboxPasswords.h"
#include "core/sync/OutboxRequests.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

bool ExecutorRound::recentlyCreated(const QString &userId) const
{
    const auto it = m_c.recentCreates->constFind(userId);
    return it != m_c.recentCreates->constEnd() && now() - it.value() <= m_c.options.replicationLagMs;
}

qint64 ExecutorRound::backoff(int attempt) const
{
    const double full = std::min(double(m_c.options.backoffBaseMs) * std::ldexp(1.0, std::clamp(attempt - 1, 0, 30)),
                                 double(m_c.options.backoffMaxMs));
    return qint64(full / 2 + QRandomGenerator::global()->bounded(1.0) * full / 2);
}

void ExecutorRound::onBatchFinished(BatchJob *job, const Flight &flight)
{
    --m_inFlight;
    QList<OutboxOutcome> outcomes;
    if (job->hasError()) {
        // Dropped, timed out or refused as a whole: the outcome of every write is unknown. Retried; a create then
        // goes through the UPN lookup first (attempt > 0).
        for (qsizetype i = 0; i < flight.rows.size(); ++i)
            outcomes.append(OutboxClassifier::classifyBatchFailure(job->error()));
    } else {
        bool createdBefore = false;
        for (qsizetype i = 0; i < flight.rows.size(); ++i) {
            const OutboxEntry &entry = flight.rows.at(i)->send.entry;
            const BatchResponse &response = job->responses().at(i);
            outcomes.append(
                OutboxClassifier::classify(entry, response, createdBefore || recentlyCreated(entry.userId)));
            if (outcomes.last().requestId.isEmpty()) // inner answers rarely carry one: the batch's identifies it
                outcomes.last().requestId = job->batchRequestId();
            createdBefore = createdBefore || (entry.op == u"create" && response.isSuccess());
        }
    }
    qint64 retryAfter = -1; // the largest Retry-After of the batch's inner answers
    for (const OutboxOutcome &o : std::as_const(outcomes)) {
        if (o.kind == OutboxOutcome::Kind::Retry)
            retryAfter = std::max(retryAfter, o.retryAfterMs);
    }
    for (const OutboxOutcome &o : std::as_const(outcomes)) {
        if (m_c.throttledUntil && o.kind == OutboxOutcome::Kind::Retry && o.failure.httpStatus == 429
            && o.retryAfterMs >= 0)
            *m_c.throttledUntil =
                std::max(*m_c.throttledUntil, now() + std::llround(double(o.retryAfterMs) * m_c.options.timeScale));
    }
    std::optional<OutboxOutcome> parent;
    const qint64 batchTime = now();
    qint64 parentNextAt = batchTime;
    for (qsizetype i = 0; i < flight.rows.size(); ++i) {
        Row &row = *flight.rows.at(i);
        OutboxOutcome outcome = outcomes.at(i);
        if (outcome.kind == OutboxOutcome::Kind::FollowParent) {
            if (!parent || parent->kind != OutboxOutcome::Kind::Failed) {
                // The parent retries or is being taken over: this row goes after it, unsent and uncounted.
                releaseAfter(Chain {&row}, 0, parentNextAt);
                continue;
            }
            outcome.kind = OutboxOutcome::Kind::Failed;
            outcome.failure.message = tr("Not sent: the %1 before it failed (%2).")
                                          .arg(flight.rows.at(i - 1)->send.entry.op, parent->failure.message);
        }
        parent = apply(row, outcome, retryAfter, batchTime);
        parentNextAt = row.send.entry.nextAt;
    }
    job->deleteLater();
    Q_EMIT progressed();
    done(1);
}

OutboxOutcome ExecutorRound::apply(Row &row, OutboxOutcome outcome, qint64 batchRetryAfterMs, qint64 t)
{
    using Kind = OutboxOutcome::Kind;
    OutboxEntry &e = row.send.entry;
    OutboxTable outbox = m_c.store->outbox();
    // Throttling is not a failure: Graph asks to keep retrying while 429 persists (graph.md §2.9), so only other
    // retryable answers (5xx, lost replies, replication lag) count towards giving up.
    const bool throttled = outcome.failure.httpStatus == 429;
    if (outcome.kind == Kind::Retry && !throttled && e.attempt + 1 >= m_c.options.maxAttempts) {
        outcome.kind = Kind::Failed;
        outcome.failure.message = tr("Gave up after %n attempt(s): %1", nullptr, e.attempt + 1).arg(outcome.why);
    }
    if (outcome.failure.requestId.isEmpty())
        outcome.failure.requestId = outcome.requestId;
    Result<void> result;
    switch (outcome.kind) {
    case Kind::Done:
        result = outbox.recordDone(e.id, m_c.owner, outcome.requestId, t);
        break;
    case Kind::Created:
        result = outcome.m365Id.isEmpty() ? outbox.recordDone(e.id, m_c.owner, outcome.requestId, t)
                                          : outbox.recordCreated(e.id, m_c.owner, outcome.requestId, t, outcome.m365Id);
        m_c.recentCreates->insert(e.userId, t);
        e.m365Id = outcome.m365Id;
        break;
    case Kind::Retry: {
        const qint64 wait = batchRetryAfterMs >= 0      ? batchRetryAfterMs
                            : outcome.retryAfterMs >= 0 ? outcome.retryAfterMs
                                                        : backoff(e.attempt + 1);
        e.nextAt = t + qint64(std::llround(double(wait) * m_c.options.timeScale));
        result = outbox.recordRetry(e.id, m_c.owner, e.nextAt, outcome.why, outcome.requestId);
        break;
    }
    case Kind::Failed:
        result = outbox.recordFailed(e.id, m_c.owner, outcome.failure, t);
        break;
    case Kind::Takeover:
        e.nextAt = t;
        takeOver(&row, outcome);
        return outcome;
    case Kind::FollowParent:
        break;
    }
    if (!result) {
        qCWarning(lcSync).noquote() << result.error().message;
        return outcome;
    }
    recorded(row, outcome);
    return outcome;
}

void ExecutorRound::recorded(Row &row, const OutboxOutcome &outcome)
{
    using Kind = OutboxOutcome::Kind;
    OutboxEntry &e = row.send.entry;
    e.requestId = outcome.requestId;
    if (outcome.kind == Kind::Done || outcome.kind == Kind::Created) {
        ++m_c.counts->done;
        if (row.send.adminPassword)
            forgetPassword(e.userId); // Graph accepted it: the keychain keeps it no longer (DESIGN.md "Secrets")
        finishRow(row, QStringLiteral("done"));
    } else if (outcome.kind == Kind::Retry) {
        ++m_c.counts->retried;
        ++e.attempt;
        e.lastError = outcome.why;
        finishRow(row, QStringLiteral("retrying"));
    } else if (outcome.kind == Kind::Failed) {
        ++m_c.counts->failed;
        ++e.attempt;
        e.httpStatus = outcome.failure.httpStatus;
        e.graphCode = outcome.failure.code;
        e.lastError = outcome.failure.message;
        e.requestId = outcome.failure.requestId;
        finishRow(row, QStringLiteral("failed"));
    }
}

void ExecutorRound::forgetPassword(const QString &userId)
{
    if (!m_c.options.passwords)
        return;
    // The round finishes only after the keychain answered, so a command-line run does not exit before.
    ++m_pending;
    m_c.options.passwords->remove(m_c.integration.id, userId, this, [this](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcSync).noquote() << "could not remove an accepted password from the keychain:" << error;
        done(1);
    });
}

void ExecutorRound::takeOver(Row *row, const OutboxOutcome &conflict)
{
    ++m_pending;
    ++m_c.counts->lookups;
    const QString upn = row->send.entry.upn;
    auto *job = new GetUserJob(m_c.client, upn, this);
    connect(job, &GraphJob::finished, this, [this, job, row, conflict, upn] {
        OutboxOutcome outcome;
        outcome.requestId = conflict.requestId;
        if (job->isFound() && !job->isOnPremisesSynced()
            && job->user().value(QLatin1String("accountEnabled")).toBool(true)) {
            patchTakenOver(row, job->id());
            done(1);
            return;
        }
        if (job->isFound()) {
            outcome.kind = OutboxOutcome::Kind::Failed;
            outcome.failure = conflict.failure;
            outcome.failure.message =
                job->isOnPremisesSynced()
                    ? tr("The account %1 already exists and is synced from on-premises Active Directory: clouddir "
                         "cannot take it over. Change or remove it on premises, or choose another UPN.")
                          .arg(upn)
                    : tr("The account %1 already exists and is disabled: clouddir takes over only enabled "
                         "accounts. Enable or delete it in Microsoft 365, then retry.")
                          .arg(upn);
        } else if (job->isNotFound()) {
            outcome.kind = OutboxOutcome::Kind::Failed;
            outcome.failure = conflict.failure;
            outcome.failure.message = tr("Another object already uses a value of %1 (%2), but no account has that "
                                         "userPrincipalName: the conflict is on mailNickname or a proxy address. "
                                         "Change the user's alias, then retry.")
                                          .arg(upn, conflict.failure.message);
        } else {
            outcome.kind = OutboxOutcome::Kind::Retry;
            outcome.why = tr("Cannot look up %1 after a conflict: %2").arg(upn, job->errorString());
            outcome.failure = OutboxClassifier::failureOf(job->error());
        }
        apply(*row, outcome, -1, now());
        Q_EMIT progressed();
        done(1);
    });
    job->start();
}

void ExecutorRound::patchTakenOver(Row *row, const QString &id)
{
    if (!leaseAllowsSending()) { // the lookup took the lease's time: the next round starts over
        releaseAfter(Chain {row}, 0, now());
        return;
    }
    // The plan's takeover rule: PATCH the found account with the create body (which never holds a password).
    OutboxSend send = row->send;
    send.entry.op = QStringLiteral("takeover");
    send.key = id;
    auto request = OutboxRequests::build(send, m_c.client->baseUrl());
    if (!request) {
        apply(*row, OutboxClassifier::classifyBatchFailure(GraphError()), -1, now());
        return;
    }
    request->id = QStringLiteral("1");
    ++m_pending;
    ++m_c.counts->batches;
    auto *job = new BatchJob(m_c.client, QList<BatchRequest> {*request}, this);
    connect(job, &GraphJob::finished, this, [this, job, row, id, send] {
        OutboxOutcome outcome = job->hasError()
                                    ? OutboxClassifier::classifyBatchFailure(job->error())
                                    : OutboxClassifier::classify(send.entry, job->responses().first(), false);
        if (outcome.kind == OutboxOutcome::Kind::Done) {
            outcome.kind = OutboxOutcome::Kind::Created;
            outcome.m365Id = id;
        }
        apply(*row, outcome, -1, now());
        Q_EMIT progressed();
        done(1);
    });
    job->start();
}

void ExecutorRound::releaseAfter(const Chain &chain, qsizetype from, qint64 nextAt)
{
    for (qsizetype i = from; i < chain.size(); ++i) {
        Row *row = chain.at(i);
        if (row->finished)
            continue;
        row->finished = true;
        if (auto r = m_c.store->outbox().release(row->send.entry.id, m_c.owner, nextAt); !r)
            qCWarning(lcSync).noquote() << r.error().message;
    }
}

void ExecutorRound::finishRow(Row &row, const QString &state)
{
    row.finished = true;
    row.send.entry.state = state;
    row.send.entry.leaseOwner.clear();
    row.send.entry.leaseUntil = 0;
    if (state != u"retrying")
        row.send.entry.finishedAt = now();
    audit(row.send.entry);
    Q_EMIT entryFinished(row.send.entry);
}

void ExecutorRound::audit(const OutboxEntry &entry)
{
    // Every finished row leaves one line in the audit log (cloud-directories.md §2.8); retries are on the row.
    if (entry.state == u"retrying")
        return;
    AuditEntry a;
    a.at = entry.finishedAt;
    a.actor = m_c.options.actor.isEmpty()
                  ? QStringLiteral("os:") + qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))
                  : m_c.options.actor;
    a.integrationId = entry.integrationId;
    a.action = AuditEntry::ActionSent;
    a.userId = entry.userId;
    a.newValue = entry.m365Id;
    a.requestId = entry.requestId;
    a.result = entry.state == u"done" ? AuditEntry::ResultDone : AuditEntry::ResultFailed;
    a.detail = entry.state == u"done"
                   ? tr("%1 of %2 (plan %3, outbox row %4)").arg(entry.op, entry.upn, entry.planId, entry.id)
                   : tr("%1 of %2 failed: HTTP %3 %4: %5 (plan %6, outbox row %7)")
                         .arg(entry.op, entry.upn)
                         .arg(entry.httpStatus)
                         .arg(entry.graphCode, entry.lastError, entry.planId, entry.id);
    if (auto appended = m_c.store->audit().append(a); !appended)
        qCWarning(lcSync).noquote() << appended.error().message;
}
