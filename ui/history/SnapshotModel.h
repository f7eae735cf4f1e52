#pragma once

#include "core/directory/Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// One user's snapshots (the M365 values clouddir overwrote) across integrations, newest first, for the history
// dialog. Holds a copy; setSnapshots() swaps all rows in one reset.
class SnapshotModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotModel)

public:
    enum Column { Integration, Property, OldValue, When, Operation, ColumnCount };

    explicit SnapshotModel(QObject *parent = nullptr);

    // integrationNames: id → name, for the Integration column.
    void setSnapshots(QList<Snapshot> snapshots, QHash<QString, QString> integrationNames);
    const Snapshot &snapshot(int row) const { return m_snapshots.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A snapshot's old value as a person reads it: JSON text unwrapped, "(none)" when M365 had no value.
    static QString valueText(const std::optional<QString> &json);

private:
    QList<Snapshot> m_snapshots;
    QHash<QString, QString> m_names;
};
