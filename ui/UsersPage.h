#pragma once

#include "core/common/Result.h"
#include "core/common/Secret.h"
#include "core/directory/User.h"
#include "ui/AppContext.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Store;
class UserEditDialog;
class UsersModel;
struct UserEditResult;

// The directory's users: sortable, searchable (any column, case-insensitive). Edit… changes a user through
// UserEditor (the row and its outbox rows in one transaction); History… shows what clouddir overwrote in M365 and
// restores it through the plan view. Both are on buttons, the context menu and the keyboard (Return / Ctrl+H).
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(const AppContext &context, QWidget *parent = nullptr);
    ~UsersPage() override;

    // Reads the users again from the directory, on a worker thread with its own connection (100,000 users take
    // most of a second); the table keeps the old rows until the new ones arrive.
    void reload();
    bool isLoading() const { return m_loader.isRunning(); }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    // Opens the dialogs for the selected user (nothing when none is selected).
    void editSelected();
    void showHistoryOfSelected();
    // Selects the row of this username (case-insensitive); false when it is not shown.
    bool selectUser(const QString &username);

Q_SIGNALS:
    void loaded();
    // Outbox rows were queued for this integration (after an edit or a confirmed restore).
    void changesQueued(const QString &integrationId);
    // One sentence for the status bar after a save.
    void statusMessage(const QString &message);

private:
    void onLoaded();
    QWidget *buildButtons();
    void updateButtons();
    void showContextMenu(const QPoint &position);
    const User *selectedUser() const;
    void saveUser(UserEditDialog *dialog, const User &user, const Secret &password);
    void onSaved(UserEditDialog *dialog, const QString &username, const Result<UserEditResult> &saved);

    AppContext m_context;
    Store *m_store;
    QFutureWatcher<Result<QList<User>>> m_loader;
    bool m_reloadAgain = false;
    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_countLabel;
    QPushButton *m_editButton;
    QPushButton *m_historyButton;
    QString m_selectAfterLoad;
};
