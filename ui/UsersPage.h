#pragma once

#include "core/common/Result.h"
#include "core/directory/User.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class Store;
class UsersModel;

// The directory's users: sortable, searchable (any column, case-insensitive).
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Store *store, QWidget *parent = nullptr);
    ~UsersPage() override;

    // Reads the users again from the directory, on a worker thread with its own connection (100,000 users take
    // most of a second); the table keeps the old rows until the new ones arrive.
    void reload();
    bool isLoading() const { return m_loader.isRunning(); }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

Q_SIGNALS:
    void loaded();

private:
    void onLoaded();

    Store *m_store;
    QFutureWatcher<Result<QList<User>>> m_loader;
    bool m_reloadAgain = false;
    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_countLabel;
};
