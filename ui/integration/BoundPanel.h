#pragma once

#include "core/sync/BoundDirectory.h"

#include <QWidget>

class BoundUsersModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// What an integration binds: its bound users (directly or through a group) and its bound groups, with Unbind for
// the selected ones. Unbinding suspends the Microsoft 365 accounts (cloud-directories.md §1.5, §2.3), so the panel
// only asks: unbindRequested() goes to the page, which shows the plan (and the brake) before anything is stored.
class BoundPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundPanel)

public:
    explicit BoundPanel(QWidget *parent = nullptr);

    void setLoading();
    void setError(const QString &message);
    void setBound(const BoundDirectory &bound);
    const BoundDirectory &bound() const { return m_bound; }
    // Selects the users with these usernames (for keyboard-less callers and tests).
    void selectUsers(const QStringList &usernames);
    void unbindSelectedUsers();
    void unbindSelectedGroups();

Q_SIGNALS:
    void bindRequested();
    void unbindRequested(const QStringList &userIds, const QStringList &groupIds);

private:
    void updateButtons();

    BoundDirectory m_bound;
    QLabel *m_status;
    QLineEdit *m_search;
    BoundUsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_users;
    QListWidget *m_groups;
    QPushButton *m_bind;
    QPushButton *m_unbindUsers;
    QPushButton *m_unbindGroups;
};
