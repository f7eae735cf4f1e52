#include "ui/mapping/MappingListModel.h"

#include "core/mapping/BuiltInMappings.h"

#include <QIcon>

MappingListModel::MappingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MappingListModel::setMappings(const QList<Mapping> &mappings)
{
    beginResetModel();
    m_mappings = mappings;
    endResetModel();
}

int MappingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mappings.size());
}

int MappingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mappings.size())
        return {};
    const Mapping &m = m_mappings.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Property && m.locked)
        return QIcon(QStringLiteral(":/icons/lock.svg"));
    if (role == Qt::ToolTipRole)
        return m.locked
                   ? BuiltInMappings::lockReason()
                   : (m.builtIn.isEmpty() ? tr("Custom mapping") : tr("Optional export attribute (%1)").arg(m.builtIn));
    if (role == Qt::AccessibleDescriptionRole && m.locked)
        return tr("Locked");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Property:
        return m.targetProperty;
    case Type:
        switch (m.type) {
        case Mapping::Type::Direct:
            return tr("Direct");
        case Mapping::Type::Constant:
            return tr("Constant");
        case Mapping::Type::Expression:
            return tr("Expression");
        }
        return {};
    case Source:
        return m.type == Mapping::Type::Direct ? QStringLiteral("[%1]").arg(m.source) : m.source;
    case Apply:
        return m.apply == Mapping::Apply::Always ? tr("Always") : tr("Only during creation");
    case Default:
        return m.defaultValue.value_or(QString());
    default:
        return {};
    }
}

QVariant MappingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Property:
        return tr("Microsoft 365 property");
    case Type:
        return tr("Type");
    case Source:
        return tr("Source");
    case Apply:
        return tr("Apply");
    case Default:
        return tr("Default if empty");
    default:
        return {};
    }
}
