#pragma once

#include "core/sync/BoundDirectory.h"

#include <QAbstractTableModel>

// The users an integration binds (directly or through a group), with the account's user principal name as last
// queued and whether an unbind suspended it. Holds a copy of the rows.
class BoundUsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundUsersModel)

public:
    enum Column { Username, Email, Upn, How, ColumnCount };

    explicit BoundUsersModel(QObject *parent = nullptr);

    void setUsers(QList<BoundDirectory::BoundUser> users);
    const BoundDirectory::BoundUser &user(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BoundDirectory::BoundUser> m_users;
};
