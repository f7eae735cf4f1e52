#include "ui/UsersModel.h"

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UsersModel::setUsers(QList<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (index.column()) {
    case Username:
        return user.username;
    case FirstName:
        return user.firstname;
    case LastName:
        return user.lastname;
    case Email:
        return user.email;
    case State:
        return user.state == UserState::Active ? tr("Active") : tr("Suspended");
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Email:
        return tr("Email");
    case State:
        return tr("State");
    }
    return {};
}
