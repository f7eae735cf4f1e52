#include "ui/activity/OutboxModel.h"

#include <QDateTime>
#include <QLocale>

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OutboxModel::setEntries(QList<OutboxEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int OutboxModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(const QString &state)
{
    if (state == u"pending")
        return tr("Pending");
    if (state == u"retrying")
        return tr("Retrying");
    if (state == u"failed")
        return tr("Failed");
    if (state == u"done")
        return tr("Done");
    if (state == u"dismissed")
        return tr("Dismissed");
    return state;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return display(entry, index.column());
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return entry.lastError;
    if (role == Qt::UserRole)
        return entry.id;
    return {};
}

QVariant OutboxModel::display(const OutboxEntry &entry, int column) const
{
    switch (column) {
    case State:
        return stateText(entry.state);
    case Operation:
        return entry.op;
    case Account:
        return entry.upn;
    case Attempts:
        return entry.attempt;
    case NextAttempt:
        if (entry.state != u"retrying" || entry.nextAt == 0)
            return QString();
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.nextAt), QLocale::ShortFormat);
    case GraphCode:
        if (entry.httpStatus == 0)
            return entry.graphCode;
        return entry.graphCode.isEmpty() ? tr("HTTP %1").arg(entry.httpStatus)
                                         : tr("HTTP %1 %2").arg(entry.httpStatus).arg(entry.graphCode);
    case LastError:
        return entry.lastError.section(QLatin1Char('\n'), 0, 0);
    case RequestId:
        return entry.requestId;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State:
        return tr("State");
    case Operation:
        return tr("Operation");
    case Account:
        return tr("Microsoft 365 account");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case GraphCode:
        return tr("Graph code");
    case LastError:
        return tr("Why / Graph's message");
    case RequestId:
        return tr("Request id");
    }
    return {};
}
