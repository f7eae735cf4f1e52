#pragma once

#include "core/directory/Integration.h"
#include "core/sync/PlanRequest.h"
#include "ui/plan/PlanDialog.h"

#include <QObject>
#include <QPointer>

class GraphClient;
class PlanSession;
class QProgressDialog;
class QWidget;
class Store;

// The window's "plan before you write" (cloud-directories.md §2.3): a busy dialog while PlanSession reads the tenant
// and plans, then the PlanDialog; Confirm queues the plan, Cancel (or closing) changes nothing. finished() reports
// the outcome in one sentence; queued() comes just before it when the admin confirmed and the plan was queued (the
// request's settings, mappings and bindings are stored then). Deletes itself after finished.
class PlanFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFlow)

public:
    PlanFlow(GraphClient *client, Store *store, const Integration &integration, const PlanRequest &request,
             const QString &title, QWidget *parentWidget);

    void start();
    PlanDialog *planDialog() const { return m_dialog; }

Q_SIGNALS:
    void queued(int operations);
    void finished(const QString &message, bool isError);

private:
    void onPlanned();
    void finish(const QString &message, bool isError);

    QWidget *m_parentWidget;
    QString m_title;
    PlanSession *m_session;
    QPointer<QProgressDialog> m_progress;
    QPointer<PlanDialog> m_dialog;
    bool m_storesChange; // confirming stores settings, mappings or bindings even when nothing is queued
};
