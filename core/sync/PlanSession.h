#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/sync/M365State.h"
#include "core/sync/Plan.h"
#include "core/sync/PlanInput.h"
#include "core/sync/PlanRequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

class GraphClient;
class M365StateReader;
class QThread;
class Store;

// One "plan before you write" for the window (cloud-directories.md §2.3): loads what the request changes (in
// memory), reads the tenant's verified domains and accounts with Graph (one paged listing), plans on a worker thread
// (planning 100,000 users takes seconds), then waits for the admin. A restore (request.restore) reads only the
// account's current values instead (RestoreReader). confirm() queues the plan in one transaction;
// dropping the session instead changes nothing. The same steps as the command line's PlanSupport, without blocking.
//
// Signals: progress while reading, then exactly one of planned or failed. Thread affinity: the GUI thread (the
// Store and GraphClient are used only there; the worker sees copies of the input and the state).
class PlanSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanSession)

public:
    PlanSession(GraphClient *client, Store *store, Integration integration, PlanRequest request,
                QObject *parent = nullptr);
    ~PlanSession() override;

    void start();
    const Plan &plan() const { return m_plan; }
    // Queues the planned operations (PlanQueue::confirm); typedName is what the admin typed under the brake.
    [[nodiscard]] Result<int> confirm(const QString &typedName);

Q_SIGNALS:
    void progress(const QString &step);
    void planned();
    void failed(const QString &message);

private:
    void readCurrentValues(); // a restore: the snapshots' properties of one account, no domains or listing
    void readDomains();
    void readAccounts();
    void planOnWorker();
    void fail(const QString &message);

    GraphClient *m_client;
    Store *m_store;
    Integration m_integration;
    PlanRequest m_request;
    std::optional<PlanInput> m_input;
    M365State m_state;
    Plan m_plan;
    QPointer<M365StateReader> m_reader;
    QPointer<QThread> m_worker;
    bool m_finished = false; // planned or failed: exactly one signal was sent
    bool m_planned = false;
};
