#pragma once

#include "core/common/Result.h"
#include "core/directory/OutboxSummary.h"
#include "core/sync/ExecutorOptions.h"
#include "ui/AppContext.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class Executor;
class OutboxKeychain;

// The window's executors (issue 7): one running Executor per integration that has a Graph client, so an edit is
// pushed within seconds, and the outbox status for the status bar ("3 pending, 1 failed") summed over integrations.
// The summary is read on a worker thread after the executors' progress (coalesced) and every StatusPollMs (another
// process may drain the outbox). Thread affinity: the GUI thread. stopAll() before quitting lets batches in flight
// finish and be recorded; destruction stops whatever still runs.
class ExecutorHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutorHost)

public:
    static constexpr int StatusPollMs = 10000;
    static constexpr int StatusDelayMs = 300;

    // options.passwords is set here from context.passwords (the keychain) when that is given.
    ExecutorHost(const AppContext &context, QObject *parent = nullptr);
    ExecutorHost(const AppContext &context, ExecutorOptions options, QObject *parent = nullptr);
    ~ExecutorHost() override;

    // Starts an executor for every integration with a client that has none yet (after sign-in or adding one).
    void startAll();
    // Something was queued for this integration (an edit, a confirmed plan, Retry): send it soon. Starts the
    // integration's executor if it has none yet.
    void wake(const QString &integrationId);
    // An edit may concern every integration that binds the user: wake them all.
    void wakeAll();
    // Stops every executor; finished() is emitted once all of them have recorded their batches in flight.
    void stopAll();
    Executor *executor(const QString &integrationId) const { return m_executors.value(integrationId); }
    const OutboxSummary &totals() const { return m_totals; }
    QString statusText() const;

Q_SIGNALS:
    // An executor recorded results for this integration.
    void progressed(const QString &integrationId);
    void statusChanged(const QString &text);
    void stopped();

private:
    Executor *ensureExecutor(const Integration &integration);
    void scheduleStatus();
    void readStatus();
    void onStatus();
    void onExecutorFinished(const QString &integrationId);

    AppContext m_context;
    std::unique_ptr<OutboxKeychain> m_keychain;
    ExecutorOptions m_options;
    QHash<QString, Executor *> m_executors;
    QTimer m_statusDelay;
    QTimer m_statusPoll;
    QFutureWatcher<Result<OutboxSummary>> m_status;
    bool m_statusAgain = false;
    bool m_stopping = false;
    OutboxSummary m_totals;
    QString m_statusError;
};
