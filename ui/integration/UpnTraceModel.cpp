#include "ui/integration/UpnTraceModel.h"

#include <QBrush>
#include <QPalette>
#include <QThreadPool>

UpnTraceModel::UpnTraceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UpnTraceModel::setTrace(UpnTrace::Result trace)
{
    beginResetModel();
    UpnTrace::Result old = std::exchange(m_trace, std::move(trace));
    endResetModel();
    // Freeing 100,000 rows of strings took tens of milliseconds of the GUI thread: let a worker do it.
    QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old = {}; });
}

int UpnTraceModel::rowOf(const QString &username) const
{
    for (int row = 0; row < m_trace.rows.size(); ++row) {
        if (m_trace.rows.at(row).username == username)
            return row;
    }
    return -1;
}

QString UpnTraceModel::outcomeText(UpnRule::Reason reason)
{
    switch (reason) {
    case UpnRule::Reason::NoDomains:
        return tr("Syncs (email)");
    case UpnRule::Reason::Listed:
        return tr("Syncs (listed)");
    case UpnRule::Reason::Translated:
        return tr("Syncs (default domain)");
    case UpnRule::Reason::NotListed:
        return tr("Out of scope");
    case UpnRule::Reason::NotVerified:
        return tr("Rejected: not verified");
    case UpnRule::Reason::Collision:
        return tr("Blocked: collision");
    case UpnRule::Reason::InvalidEmail:
        return tr("Out of scope: no valid email");
    case UpnRule::Reason::InvalidUpn:
        return tr("Out of scope: invalid name");
    }
    return {};
}

int UpnTraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trace.rows.size());
}

int UpnTraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpnTraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_trace.rows.size())
        return {};
    const UpnTrace::Row &row = m_trace.rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return row.message;
    if (role == Qt::ForegroundRole && !row.sync)
        return QBrush(index.column() == Outcome && row.reason == UpnRule::Reason::Collision ? Qt::red : Qt::darkGray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Username:
        return row.username;
    case Email:
        return row.email;
    case Upn:
        return row.sync ? row.upn : tr("—");
    case Outcome:
        return outcomeText(row.reason);
    case Explanation:
        return row.message;
    default:
        return {};
    }
}

QVariant UpnTraceModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Outcome:
        return tr("Outcome");
    case Explanation:
        return tr("Why");
    default:
        return {};
    }
}
