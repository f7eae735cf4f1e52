#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/directory/Snapshot.h"
#include "core/directory/User.h"
#include "ui/AppContext.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTableView;
class SnapshotModel;

// History… on the Users page: every Microsoft 365 value clouddir overwrote for one user, per integration (property,
// old value, when, operation), with Restore. A restore is a write like any other: it goes through PlanFlow (the plan
// view) and is queued only when the admin confirms. Snapshots are read on a worker thread.
class UserHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserHistoryDialog)

public:
    UserHistoryDialog(const AppContext &context, const User &user, QWidget *parent = nullptr);
    ~UserHistoryDialog() override;

    SnapshotModel *model() const { return m_model; }
    bool isLoading() const { return m_loader.isRunning(); }
    // Reads the snapshots again.
    void reload();

Q_SIGNALS:
    void loaded();
    // A restore plan was confirmed and queued for this integration: the window wakes its executor.
    void restoreQueued(const QString &integrationId);

private:
    struct History
    {
        QList<Integration> integrations;
        QList<Snapshot> snapshots;
    };

    void onLoaded();
    void restoreSelected();
    void restoreAll();
    // selected: empty = every property's original value; one row = that snapshot's value.
    void restore(const QString &integrationId, const QList<Snapshot> &selected);
    void updateButtons();

    AppContext m_context;
    User m_user;
    QList<Integration> m_integrations;
    QFutureWatcher<Result<History>> m_loader;
    SnapshotModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_restoreSelected;
    QPushButton *m_restoreAll;
};
