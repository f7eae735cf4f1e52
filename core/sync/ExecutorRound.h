#pragma once

#include "core/directory/Integration.h"
#include "core/directory/OutboxEntry.h"
#include "core/sync/ExecutorCounts.h"
#include "core/sync/ExecutorOptions.h"
#include "core/sync/OutboxOutcome.h"
#include "core/sync/OutboxSend.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class BatchJob;
class GraphClient;
class Store;
struct BindingLink;

// One round of the Executor over the rows it claimed: resolve, pack, send, record. Private to Executor.
//
// 1. Resolve, all lookups at once: a create that may have reached M365 (attempt > 0) is looked up by its UPN and, when
//    found, recorded done without a POST; a row without an account id gets it from the binding or by UPN (rows after
//    a create in the same chain name the account by UPN); a manager created by this plan is found the same way;
//    passwords are read (OutboxPasswords) or generated.
// 2. Pack: a user's rows form a chain, sent as one sequential $batch (each request dependsOn the one before); single
//    rows share parallel $batch requests of up to batchSize. At most `concurrency` batches are in flight.
// 3. Record every answer under the lease (OutboxClassifier decides): done, retry at T, failed; 424 dependents follow
//    their parent; an ObjectConflict on a create looks the UPN up and takes the account over.
// A row whose chain stops early (its earlier row waits or failed) is released unsent.
// Lives on the Executor's thread and uses its Store; emits finished() once, from the event loop.
class ExecutorRound final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutorRound)

public:
    struct Context
    {
        Store *store = nullptr;
        GraphClient *client = nullptr;
        Integration integration;
        ExecutorOptions options;
        QString owner;
        QHash<QString, qint64> *recentCreates = nullptr; // user id → when its account was created (epoch ms)
        ExecutorCounts *counts = nullptr;
        // Epoch ms until which Graph throttles the tenant (the latest 429's Retry-After): flights not yet sent wait
        // for it instead of provoking more 429s (shared by the rounds of one Executor).
        qint64 *throttledUntil = nullptr;
    };

    ExecutorRound(Context context, QList<OutboxEntry> claimed, QObject *parent = nullptr);
    ~ExecutorRound() override;

    void start();
    // Sends nothing more; batches in flight are still recorded.
    void stop() { m_stopping = true; }

Q_SIGNALS:
    void entryFinished(const OutboxEntry &entry);
    void progressed();
    void finished();

private:
    struct Row
    {
        OutboxSend send;
        bool finished = false;                // recorded already (found by UPN)
        std::optional<OutboxOutcome> blocked; // resolution failed: apply this, release the rows after it
    };
    using Chain = QList<Row *>; // one user's rows in sending order
    struct Flight
    {
        QList<Row *> rows;
        bool sequential = false; // one user's chain: each request dependsOn the one before
    };

    void resolve();
    void resolveChain(Chain &chain, const QHash<QString, BindingLink> &links);
    void lookUp(const QString &upn, std::function<void(const QString &id, bool notFound, const QString &error)> done);
    void readPassword(Row &row);
    void prepared();
    void pack();
    void sendNext();
    void onBatchFinished(BatchJob *job, const Flight &flight);
    void takeOver(Row *row, const OutboxOutcome &conflict);
    void patchTakenOver(Row *row, const QString &id);
    // Records outcome for the row at time `at` (one time for a whole batch) and returns what was recorded (a retry
    // past maxAttempts becomes a failure).
    OutboxOutcome apply(Row &row, OutboxOutcome outcome, qint64 batchRetryAfterMs, qint64 at);
    void recorded(Row &row, const OutboxOutcome &outcome);
    void releaseAfter(const Chain &chain, qsizetype from, qint64 nextAt);
    void finishRow(Row &row, const QString &state);
    // Removes the user's admin-set password from the keychain (Graph accepted it).
    void forgetPassword(const QString &userId);
    void audit(const OutboxEntry &entry);
    bool recentlyCreated(const QString &userId) const;
    qint64 now() const;
    // Whether a batch started now would still be answered inside the lease (another executor takes the rows after
    // it): lookups and keychain reads can eat a round's time, and nothing may be sent on a lease that ran out.
    bool leaseAllowsSending() const;
    qint64 backoff(int attempt) const;
    void done(int delta);

    Context m_c;
    std::vector<std::unique_ptr<Row>> m_rows; // owns the rows; chains and flights point into it
    QList<Chain> m_chains;
    QList<Flight> m_queue;
    int m_pending = 0; // lookups, password reads, batches and takeovers not yet answered
    int m_inFlight = 0;
    bool m_packed = false;
    bool m_stopping = false;
    bool m_finished = false;
    qint64 m_sendBy = 0; // the last moment a batch may start: the lease minus a margin for its answer
};
