#pragma once

#include "core/directory/Mapping.h"

#include <QAbstractTableModel>
#include <QList>

// The mappings of one integration as a small table (a handful of rows: a QSortFilterProxyModel would be fine, but the
// list keeps the property order the Store gives). Locked defaults show a lock and say why in a tooltip.
class MappingListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Property, Type, Source, Apply, Default, ColumnCount };

    explicit MappingListModel(QObject *parent = nullptr);

    void setMappings(const QList<Mapping> &mappings);
    const Mapping &mapping(int row) const { return m_mappings.at(row); }
    const QList<Mapping> &mappings() const { return m_mappings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Mapping> m_mappings;
};
