#pragma once

#include "ui/AppContext.h"

#include <QMainWindow>

class CloudDirectoriesPage;
class QListWidget;
class QStackedWidget;
class UsersPage;

// The main window: a sidebar with Cloud Directories and Users, and the selected page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { CloudDirectories, Users };

    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    CloudDirectoriesPage *cloudDirectoriesPage() const { return m_cloudPage; }
    UsersPage *usersPage() const { return m_usersPage; }

private:
    void buildMenus();

    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    CloudDirectoriesPage *m_cloudPage;
    UsersPage *m_usersPage;
};
