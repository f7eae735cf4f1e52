#pragma once

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

    // Reads the users again from the directory.
    void reload();
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

private:
    Store *m_store;
    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_countLabel;
};
