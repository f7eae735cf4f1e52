#include "ui/integration/BoundUsersModel.h"

#include <QThreadPool>

BoundUsersModel::BoundUsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BoundUsersModel::setUsers(QList<BoundDirectory::BoundUser> users)
{
    beginResetModel();
    QList<BoundDirectory::BoundUser> old = std::exchange(m_users, std::move(users));
    endResetModel();
    // Freeing 100,000 rows of strings on the GUI thread is a visible stall: let a worker do it.
    QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old = {}; });
}

int BoundUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int BoundUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoundUsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const BoundDirectory::BoundUser &user = m_users.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == How)
        return user.direct
                   ? tr("Bound by itself: unbinding suspends its Microsoft 365 account.")
                   : tr("Bound only as a member of a bound group: unbind the group or remove the user from it.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Username:
        return user.key.username;
    case Email:
        return user.key.email;
    case Upn:
        return user.upn.isEmpty() ? tr("(not created yet)") : user.upn;
    case How:
        if (user.suspended)
            return tr("Suspension queued");
        return user.direct ? tr("Directly") : tr("Through a group");
    default:
        return {};
    }
}

QVariant BoundUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("User");
    case Email:
        return tr("Company email");
    case Upn:
        return tr("User principal name");
    case How:
        return tr("Bound");
    default:
        return {};
    }
}
