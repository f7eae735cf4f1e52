#pragma once

#include "core/directory/Integration.h"
#include "core/directory/OutboxEntry.h"
#include "core/sync/ExecutorCounts.h"
#include "core/sync/ExecutorOptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ExecutorRound;
class GraphClient;
class Store;

// Sends an integration's outbox to Microsoft Graph (DESIGN.md "Data flow of a change", issue 7): claims due rows
// under a lease (OutboxTable::claimDue), packs them into $batch requests — one sequential batch per user with several
// rows (create → update/rename → manager → suspend), parallel batches of single rows — with at most
// options.concurrency in flight, and records each result (ExecutorRound). Nothing leaves the outbox before Graph
// confirmed it; rows of a process that died come back when their lease runs out; a create whose reply was lost is
// looked up by its UPN before it is sent again. Rows leased by a process on this host that no longer runs (kill -9)
// are taken over at once (owner ids are "<host>/<pid>/<tag>"); other leases run out after options.leaseMs. Several
// executors (processes) on one directory never send the same row (leases; PostgreSQL: FOR UPDATE SKIP LOCKED).
//
// Thread affinity: the thread it is created on; it opens its own Store from storeSpec there (on first use) and uses
// `client` (not owned; must outlive it or be destroyed after stop()). Everything is asynchronous; nothing blocks.
// Signals: progressed after each batch; entryFinished for every recorded result (done, retrying, failed);
// idle when start() mode finds nothing due; finished once after runUntilEmpty() emptied the outbox, after stop(),
// or on an error that stops it (errorString()).
class Executor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Executor)

public:
    Executor(const QString &storeSpec, Integration integration, GraphClient *client, ExecutorOptions options = {},
             QObject *parent = nullptr);
    ~Executor() override;

    const ExecutorCounts &counts() const { return m_counts; }
    // Why the executor stopped on its own (the directory could not be opened, ...); empty otherwise.
    const QString &errorString() const { return m_error; }
    bool isRunning() const { return m_mode != Mode::Stopped; }
    // The lease owner id of this executor.
    const QString &owner() const { return m_owner; }

public Q_SLOTS:
    // Runs continuously: sends what is due, then waits for wake(), the next retry time or the poll interval.
    void start();
    // Something was queued (the GUI after an edit): look within options.debounceMs, coalescing calls.
    void wake();
    // Sends until no open row is left (waiting for retry times as needed), then emits finished.
    void runUntilEmpty();
    // Takes no new rows; batches in flight finish and are recorded, then finished is emitted.
    void stop();

Q_SIGNALS:
    void progressed(const ExecutorCounts &counts);
    void entryFinished(const OutboxEntry &entry);
    void idle();
    void finished(const ExecutorCounts &counts);

private:
    enum class Mode { Stopped, Continuous, UntilEmpty };

    void begin(Mode mode);
    void runRound();
    void onRoundFinished();
    void waitForWork();
    void schedule(qint64 delayMs);
    void finish(const QString &error = QString());
    qint64 now() const;

    QString m_spec;
    Integration m_integration;
    QPointer<GraphClient> m_client;
    ExecutorOptions m_options;
    QString m_owner;
    std::unique_ptr<Store> m_store;
    QTimer m_timer;
    QTimer m_debounce;
    QPointer<ExecutorRound> m_round;
    QHash<QString, qint64> m_recentCreates;
    qint64 m_throttledUntil = 0; // see ExecutorRound::Context
    ExecutorCounts m_counts;
    QString m_error;
    Mode m_mode = Mode::Stopped;
    bool m_stopping = false;
    bool m_idle = false;
};
