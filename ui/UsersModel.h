#pragma once

#include "core/directory/User.h"

#include <QAbstractTableModel>

// The directory's users for the Users page. Holds a copy of the rows; reload() replaces them.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { Username, FirstName, LastName, Email, State, ColumnCount };

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(QList<User> users);
    const User &user(int row) const { return m_users.at(row); }
    const QList<User> &users() const { return m_users; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};
