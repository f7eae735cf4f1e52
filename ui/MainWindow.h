#pragma once

#include "ui/AppContext.h"

#include <QMainWindow>

class ActivityPage;
class AuditPage;
class CloudDirectoriesPage;
class ExecutorHost;
class QLabel;
class QListWidget;
class QStackedWidget;
class UsersPage;

// The main window: a sidebar with Cloud Directories, Users, Activity and Audit log, and the selected page. It runs
// the executors (ExecutorHost) that push queued changes to Microsoft 365 and shows their status in the status bar;
// closing the window first lets batches in flight finish and be recorded (at most CloseTimeoutMs).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { CloudDirectories, Users, Activity, AuditLog };
    static constexpr int CloseTimeoutMs = 15000;

    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    CloudDirectoriesPage *cloudDirectoriesPage() const { return m_cloudPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    ActivityPage *activityPage() const { return m_activityPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    ExecutorHost *executors() const { return m_executors; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void connectPages();

    ExecutorHost *m_executors;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    CloudDirectoriesPage *m_cloudPage;
    UsersPage *m_usersPage;
    ActivityPage *m_activityPage;
    AuditPage *m_auditPage;
    QLabel *m_outboxStatus;
    bool m_closing = false;
    bool m_stopped = false;
};
