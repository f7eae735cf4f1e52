#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "ui/activity/ActivityData.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QWidget>

class ActivityChart;
class OutboxModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class Store;

// Activity (cloud-directories.md §2.8): for the chosen integration, the outbox backlog by state, what is retrying and
// why, what failed with Graph's code, message and request id, Retry / Dismiss, and a chart of the last hours.
// Reads on a worker thread (ActivityLoader) when shown, every RefreshMs while visible (another process may drain the
// outbox), and whenever refresh() is called (the window calls it on the executor's progress).
class ActivityPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    static constexpr int RefreshMs = 10000;

    explicit ActivityPage(Store *store, QWidget *parent = nullptr);
    ~ActivityPage() override;

    // Reads the integrations again (after one was added or removed) and keeps the selection where possible.
    void reloadIntegrations();
    void selectIntegration(const QString &integrationId);
    QString integrationId() const;
    // Reads the selected integration's outbox again; a call while a read runs reads once more afterwards.
    void refresh();
    bool isLoading() const { return m_busy; }
    const ActivityData &data() const { return m_data; }
    OutboxModel *model() const { return m_model; }
    ActivityChart *chart() const { return m_chart; }

Q_SIGNALS:
    void loaded();
    // An admin put a row back into the queue: the window wakes the integration's executor.
    void retryRequested(const QString &integrationId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildSummary();
    QWidget *buildAttention();
    void onLoaded();
    void showData();
    void retrySelected();
    void dismissSelected();
    QStringList selectedIds() const;
    void updateButtons();
    void setStatus(const QString &text);

    Store *m_store;
    QList<Integration> m_integrations;
    QFutureWatcher<Result<ActivityData>> m_loader;
    bool m_loadAgain = false;
    bool m_busy = false; // a read is on its way (isRunning() turns false before its finished signal arrives)
    qint64 m_loadedAt = 0;
    ActivityData m_data;
    QTimer m_timer;
    QComboBox *m_integration;
    QHash<QString, QLabel *> m_counts;
    QLabel *m_nextRetry;
    QLabel *m_status;
    ActivityChart *m_chart;
    OutboxModel *m_model;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};
