#pragma once

#include "core/directory/Snapshot.h"
#include "core/sync/Plan.h"
#include "core/sync/PlanInput.h"
#include "core/sync/RestoreRequest.h"

#include <QObject>
#include <QPointer>

class GetUserJob;
class GraphClient;
class Store;

// Plans a restore (RestorePlanner) for the window's PlanSession and the command line: chooses the user's snapshots
// from the Store, reads the account's CURRENT values of those properties with Graph (GET /users/{id}?$select=...),
// with the user's outbox rows Graph has not confirmed yet applied on top (M365StateOverlay), then plans the update.
// Signals finished exactly once; then either error() or plan() holds the outcome. Thread affinity: the Store's and the
// GraphClient's thread.
class RestoreReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreReader)

public:
    RestoreReader(GraphClient *client, Store *store, PlanInput input, RestoreRequest request,
                  QObject *parent = nullptr);

    void start();
    const QString &error() const { return m_error; }
    const Plan &plan() const { return m_plan; }

Q_SIGNALS:
    void finished();

private:
    void onRead();
    void finish(const QString &error);

    GraphClient *m_client;
    Store *m_store;
    PlanInput m_input;
    RestoreRequest m_request;
    User m_user;
    BindingLink m_link;
    QList<Snapshot> m_chosen;
    QPointer<GetUserJob> m_job;
    QString m_error;
    Plan m_plan;
};
